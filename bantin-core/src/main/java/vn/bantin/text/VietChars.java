package vn.bantin.text;

import java.text.Normalizer;

/**
 * Character tables for Vietnamese letters, built once from Unicode composition so no hand-typed table can
 * drift: for every char below {@link #LIMIT} its toneless lower-case base letter, its tone and whether it is
 * upper case; and the reverse, composing a base vowel with a tone.
 */
public final class VietChars {
  private VietChars() {}

  /** Tones, in the order used by every table here. */
  public static final int NONE = 0, GRAVE = 1, ACUTE = 2, HOOK = 3, TILDE = 4, DOT = 5;

  /** Combining marks for the tones above (index = tone). */
  static final char[] TONE_MARKS = {0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

  /** The twelve Vietnamese vowel letters without tone. */
  public static final String VOWELS = "aăâeêioôơuưy";

  static final int LIMIT = 0x1F00;
  private static final char[] BASE = new char[LIMIT];
  private static final byte[] TONE = new byte[LIMIT];
  private static final boolean[] UPPER = new boolean[LIMIT];
  private static final char[][] COMPOSE = new char[VOWELS.length()][6];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      BASE[c] = c;
      BASE[Character.toUpperCase(c)] = c;
      UPPER[Character.toUpperCase(c)] = true;
    }
    BASE['đ'] = 'đ';
    BASE['Đ'] = 'đ';
    UPPER['Đ'] = true;
    for (int v = 0; v < VOWELS.length(); v++) {
      char base = VOWELS.charAt(v);
      BASE[base] = base;
      char ub = Character.toUpperCase(base);
      BASE[ub] = base;
      UPPER[ub] = true;
      COMPOSE[v][0] = base;
      for (int t = 1; t < 6; t++) {
        String s = Normalizer.normalize(base + String.valueOf(TONE_MARKS[t]), Normalizer.Form.NFC);
        if (s.length() != 1) throw new IllegalStateException("no precomposed " + base + t);
        char lc = s.charAt(0);
        char uc = Character.toUpperCase(lc);
        COMPOSE[v][t] = lc;
        BASE[lc] = base;
        TONE[lc] = (byte) t;
        BASE[uc] = base;
        TONE[uc] = (byte) t;
        UPPER[uc] = true;
      }
    }
  }

  /** Toneless lower-case base letter of c ('ấ' gives 'â', 'Đ' gives 'đ'), or 0 when c is no Vietnamese letter. */
  public static char base(char c) {
    return c < LIMIT ? BASE[c] : 0;
  }

  /** Tone carried by c, {@link #NONE} for anything else. */
  public static int tone(char c) {
    return c < LIMIT ? TONE[c] : NONE;
  }

  public static boolean isUpper(char c) {
    return c < LIMIT && UPPER[c];
  }

  private static final boolean[] VOWEL_BASE = new boolean[LIMIT];

  static {
    for (int v = 0; v < VOWELS.length(); v++) VOWEL_BASE[VOWELS.charAt(v)] = true;
  }

  /** True when b is one of the twelve toneless lower-case vowel letters. */
  static boolean isVowelBase(char b) {
    return b < LIMIT && VOWEL_BASE[b];
  }

  /** True for the twelve vowel letters, in any case and with any tone. */
  public static boolean isVowel(char c) {
    return isVowelBase(base(c));
  }

  /** The letter for base vowel b with tone t (upper case when upper); b itself when b is no vowel. */
  public static char compose(char base, int tone, boolean upper) {
    int v = VOWELS.indexOf(base);
    char c = v < 0 ? base : COMPOSE[v][tone];
    return upper ? Character.toUpperCase(c) : c;
  }

  /** True for letters with a Vietnamese-only mark (tone, breve, circumflex, horn, đ). */
  public static boolean hasVietMark(char c) {
    if (c >= LIMIT) return false;
    char b = BASE[c];
    if (b == 0) return false;
    return TONE[c] != NONE || b == 'ă' || b == 'â' || b == 'ê' || b == 'ô' || b == 'ơ' || b == 'ư' || b == 'đ';
  }

  /** Tone of a combining tone mark, or -1 when m is none of the five. */
  public static int toneOfMark(char m) {
    for (int t = 1; t < 6; t++) if (TONE_MARKS[t] == m) return t;
    if (m == '\u0340') return GRAVE;
    if (m == '\u0341') return ACUTE;
    return -1;
  }
}
