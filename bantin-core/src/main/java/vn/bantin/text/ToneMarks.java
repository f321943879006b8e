package vn.bantin.text;

/**
 * Tone-mark placement: a canonical matching key for a syllable (old- and new-style spellings get the same
 * key), re-placement in a chosen style, and repair of misplaced marks ("lựơng" becomes "lượng").
 * Allocation-free when nothing changes.
 */
public final class ToneMarks {
  private ToneMarks() {}

  /**
   * Matching key: lower case, tone placed new-style. "Hòa", "hoà" and "HOÀ" all give "hoà". Words that are
   * not one legal syllable are only lower-cased (after NFC, which callers are expected to have applied).
   */
  public static String key(CharSequence word) {
    String placed = place(word, 0, word.length(), ToneStyle.NEW, true);
    if (placed != null) return placed;
    return word.toString().toLowerCase(java.util.Locale.ROOT);
  }

  /** The syllable with its tone placed in the given style (KEEP: only repaired), case kept; unchanged input when not a syllable. */
  public static String restyle(CharSequence word, ToneStyle style) {
    String placed = place(word, 0, word.length(), style, false);
    return placed != null ? placed : word.toString();
  }

  /**
   * Places the tone of s[start,end) per style; returns null when the span is not one legal syllable with at
   * most one tone mark (nothing to do). lower: lower-case the result.
   */
  static String place(CharSequence s, int start, int end, ToneStyle style, boolean lower) {
    int n = end - start;
    if (n <= 0 || n > Syllables.MAX_LEN) return null;
    char[] b = new char[n];
    boolean[] up = new boolean[n];
    int tone = VietChars.NONE;
    int tonePos = -1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(start + i);
      char base = VietChars.base(c);
      if (base == 0) return null;
      int t = VietChars.tone(c);
      if (t != VietChars.NONE) {
        if (tone != VietChars.NONE) return null;
        tone = t;
        tonePos = i;
      }
      b[i] = base;
      up[i] = !lower && VietChars.isUpper(c);
    }
    int rhyme = Syllables.analyze(b, n, tone);
    if (rhyme < 0) return null;
    int target = tone == VietChars.NONE ? -1 : target(b, n, rhyme, style == ToneStyle.OLD);
    if (style == ToneStyle.KEEP && tone != VietChars.NONE && tonePos != target) {
      int alt = target(b, n, rhyme, true);
      if (tonePos == alt) target = tonePos; // the other style's valid variant: keep it
    }
    char[] out = new char[n];
    boolean changed = false;
    for (int i = 0; i < n; i++) {
      char c = VietChars.compose(b[i], i == target ? tone : VietChars.NONE, up[i]);
      if (b[i] == 'đ' && up[i]) c = 'Đ';
      out[i] = c;
      if (c != s.charAt(start + i)) changed = true;
    }
    if (!changed) return s.subSequence(start, end).toString();
    return new String(out);
  }

  /** Index in b of the vowel that carries the tone. rhyme = where the rhyme starts (after onset). */
  static int target(char[] b, int n, int rhyme, boolean oldStyle) {
    // The vowel cluster: vowels from the rhyme start; the i of "gi" and u of "qu" belong to the onset.
    int vs = rhyme;
    while (vs < n && !isVowelBase(b[vs])) vs++;
    int ve = vs;
    while (ve < n && isVowelBase(b[ve])) ve++;
    if (vs >= n) return n - 1;
    // 1. A vowel with a quality mark takes the tone (the last one: ươ gives ơ).
    for (int i = ve - 1; i >= vs; i--) {
      char v = b[i];
      if (v == 'ă' || v == 'â' || v == 'ê' || v == 'ô' || v == 'ơ' || v == 'ư') return i;
    }
    int len = ve - vs;
    boolean coda = ve < n;
    if (coda) return ve - 1; // closed syllable: last vowel (hoàn, tuấn, toán)
    if (len == 1) return vs;
    if (len == 3) return vs + 1; // oai, oay, uyu, oeo: the middle one
    // Two vowels, open syllable: glide + main vowel (oa, oe, uy) differ between styles; others take the first.
    char a = b[vs], c = b[vs + 1];
    boolean glide = (a == 'o' && (c == 'a' || c == 'e')) || (a == 'u' && c == 'y');
    if (glide) return oldStyle ? vs : vs + 1;
    return vs;
  }

  private static boolean isVowelBase(char b) {
    return VietChars.isVowelBase(b);
  }

  /**
   * Allocation-free check: true when s[start,end) is one legal syllable whose tone mark sits where the style
   * does not put it (KEEP: where neither style does). scratch needs {@link Syllables#MAX_LEN} chars.
   */
  static boolean needsRepair(CharSequence s, int start, int end, ToneStyle style, char[] scratch) {
    int n = end - start;
    if (n <= 0 || n > Syllables.MAX_LEN) return false;
    int tone = VietChars.NONE;
    int tonePos = -1;
    int vowels = 0;
    int lastQuality = -1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(start + i);
      char base = VietChars.base(c);
      if (base == 0) return false;
      int t = VietChars.tone(c);
      if (t != VietChars.NONE) {
        if (tone != VietChars.NONE) return false;
        tone = t;
        tonePos = i;
      }
      if (VietChars.isVowelBase(base)) {
        vowels++;
        if (base == 'ă' || base == 'â' || base == 'ê' || base == 'ô' || base == 'ơ' || base == 'ư') lastQuality = i;
      }
      scratch[i] = base;
    }
    if (tone == VietChars.NONE) return false;
    // Fast paths, the vast majority: one vowel, or the mark on the last vowel with a quality mark (rule 1).
    if (vowels == 1 || tonePos == lastQuality) return false;
    int rhyme = Syllables.analyze(scratch, n, tone);
    if (rhyme < 0) return false;
    int target = target(scratch, n, rhyme, style == ToneStyle.OLD);
    if (tonePos == target) return false;
    return style != ToneStyle.KEEP || tonePos != target(scratch, n, rhyme, true);
  }

  /**
   * Repairs a misplaced tone mark in s[start,end) (KEEP style: valid variants stay) or re-places it in
   * the given style. Returns null when nothing changes.
   */
  static String repair(CharSequence s, int start, int end, ToneStyle style) {
    boolean toned = false;
    for (int i = start; i < end; i++) {
      if (VietChars.tone(s.charAt(i)) != VietChars.NONE) {
        toned = true;
        break;
      }
    }
    if (!toned) return null;
    String placed = place(s, start, end, style, false);
    if (placed == null) return null;
    for (int i = 0; i < placed.length(); i++) if (placed.charAt(i) != s.charAt(start + i)) return placed;
    return null;
  }
}
