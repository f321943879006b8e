package vn.bantin.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Unicode cleanup: NFC, removal of zero-width characters and soft hyphens, odd spaces to a plain space.
 * A pre-computed table tells which BMP chars are safe (unchanged by NFC whatever surrounds them), so clean
 * text passes in one table-lookup scan without allocating.
 */
public final class UnicodeCleanup {
  private UnicodeCleanup() {}

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /** Per BMP char: 0 = keep, 1 = remove, 2 = replace by space, 3 = needs NFC. */
  private static final byte[] ACTION = new byte[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      char ch = (char) c;
      byte a = 0;
      if (isInvisible(ch)) {
        a = 1;
      } else if (ch == 0x00A0 || (ch >= 0x2000 && ch <= 0x200A) || ch == 0x202F || ch == 0x205F
          || ch == 0x3000) {
        a = 2;
      } else if (Character.isSurrogate(ch)) {
        a = 3; // supplementary chars: let ICU decide
      } else if (c >= 0x300 && (!NFC.hasBoundaryBefore(c) || !NFC.isNormalized(String.valueOf(ch)))) {
        a = 3;
      }
      ACTION[c] = a;
    }
  }

  /** Zero-width and invisible formatting chars dropped by cleanup: ZWSP, ZWNJ, ZWJ, WJ, BOM, soft hyphen... */
  public static boolean isInvisible(char c) {
    return c == 0x00AD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x180E
        || c == 0x2061 || c == 0x2062 || c == 0x2063 || c == 0x2064 || c == 0x034F;
  }

  public static NormalizedText apply(NormalizedText t) {
    String s = t.text();
    int n = s.length();
    int i = 0;
    while (i < n && ACTION[s.charAt(i)] == 0) i++;
    if (i == n) return t;
    NormalizedText.Edits e = new NormalizedText.Edits(s);
    e.copy(0, i);
    int run = i;
    while (i < n) {
      char c = s.charAt(i);
      byte a = ACTION[c];
      if (a == 0) {
        i++;
        continue;
      }
      e.copy(run, i);
      if (a == 1) {
        i++;
      } else if (a == 2) {
        e.put(' ', i);
        i++;
      } else {
        // Normalize the run of unsafe chars together with the starter before it.
        int to = i + 1;
        while (to < n && ACTION[s.charAt(to)] == 3) to++;
        i = normalizeSegment(s, e, i, to);
      }
      run = i;
    }
    e.copy(run, n);
    return t.then(e.text(), e.map(), 0);
  }

  /**
   * Normalizes s[from,to) together with the starter just before it (already emitted to e), re-emitting
   * that starter when it composes. Returns the index after the segment.
   */
  private static int normalizeSegment(String s, NormalizedText.Edits e, int from, int to) {
    // Drop invisible chars inside the segment first ("a\u200B\u0301" should still compose).
    StringBuilder seg = new StringBuilder(to - from + 1);
    int[] src = new int[to - from + 1];
    int k = 0;
    boolean withStarter = from > 0 && e.lastIs(s.charAt(from - 1)) && NFC.hasBoundaryBefore(s.charAt(from - 1));
    if (withStarter) {
      seg.append(s.charAt(from - 1));
      src[k++] = from - 1;
    }
    for (int j = from; j < to; j++) {
      char c = s.charAt(j);
      if (isInvisible(c)) continue;
      seg.append(c);
      src[k++] = j;
    }
    String norm = NFC.normalize(seg);
    if (withStarter) e.dropLast();
    for (int j = 0; j < norm.length(); j++) e.put(norm.charAt(j), src[Math.min(j, k - 1)]);
    return to;
  }
}
