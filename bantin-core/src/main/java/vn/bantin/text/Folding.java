package vn.bantin.text;

import java.text.Normalizer;

/**
 * Diacritic folding for search and matching: lower-case, strip every combining mark, map đ/Đ to d. "Triều
 * Tiên" folds to "trieu tien". A lookup table covers Latin-1, Latin Extended-A/B and the Vietnamese block;
 * other characters fall back to lower-casing (combining marks are dropped).
 */
public final class Folding {
  private Folding() {}

  private static final int LIMIT = 0x2100;
  /** Folded char per char; 0xFFFF = drop (combining mark). */
  private static final char[] TABLE = new char[LIMIT];

  static {
    for (int c = 0; c < LIMIT; c++) {
      char ch = (char) c;
      if (Character.getType(ch) == Character.NON_SPACING_MARK) {
        TABLE[c] = 0xFFFF;
        continue;
      }
      String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
      char first = d.charAt(0);
      char f = Character.toLowerCase(first);
      if (ch == 'đ' || ch == 'Đ') f = 'd';
      // Only map to a single char when the decomposition is base + marks; keep others (ligatures...) lower-cased.
      boolean baseAndMarks = true;
      for (int i = 1; i < d.length(); i++) {
        if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) baseAndMarks = false;
      }
      TABLE[c] = baseAndMarks ? f : Character.toLowerCase(ch);
    }
  }

  /** Folds one char; returns 0xFFFF for a char to drop. */
  public static char foldChar(char c) {
    if (c < LIMIT) return TABLE[c];
    if (c >= 0xFE20 && c <= 0xFE2F) return 0xFFFF;
    return Character.isSurrogate(c) ? c : Character.toLowerCase(c);
  }

  public static String fold(CharSequence s) {
    int n = s.length();
    int i = 0;
    // Fast path: leading run already folded (ASCII lower-case, digits, punctuation).
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) break;
      i++;
    }
    if (i == n) return s.toString();
    char[] out = new char[n];
    for (int k = 0; k < i; k++) out[k] = s.charAt(k);
    int o = i;
    for (; i < n; i++) {
      char f = foldChar(s.charAt(i));
      if (f != 0xFFFF) out[o++] = f;
    }
    return new String(out, 0, o);
  }

  /** Folds s[start,end) into out; returns out for chaining. Used by analyzers that fold token by token. */
  public static StringBuilder fold(CharSequence s, int start, int end, StringBuilder out) {
    for (int i = start; i < end; i++) {
      char f = foldChar(s.charAt(i));
      if (f != 0xFFFF) out.append(f);
    }
    return out;
  }
}
