package vn.bantin.text;

import java.util.Arrays;

/**
 * Validator for legal Vietnamese syllables: onset + (medial) + nucleus + coda + tone, with the spelling
 * rules of the orthography (c/k/q, g/gh, ng/ngh, gi, qu) and the rule that stop codas (p, t, c, ch) take only
 * the sắc or nặng tone. Works on any token in any case; allocation-free.
 *
 * <p>The rhymes are listed explicitly (they are a closed set of about 160); everything else is derived.
 */
public final class Syllables {
  private Syllables() {}

  /** Rhymes without a medial glide; may follow any onset. */
  private static final String PLAIN =
      "a ac ach ai am an ang anh ao ap at au ay "
          + "ăc ăm ăn ăng ăp ăt "
          + "âc âm ân âng âp ât âu ây "
          + "e ec em en eng eo ep et "
          + "ê êch êm ên ênh êp êt êu "
          + "i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu "
          + "o oc oi om on ong op ot ooc oong "
          + "ô ôc ôi ôm ôn ông ôp ôt "
          + "ơ ơi ơm ơn ơp ơt "
          + "u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt "
          + "ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu "
          + "y";
  /** Rhymes starting with a glide (o/u before the nucleus); after any onset but q (qu covers those). */
  private static final String GLIDED =
      "oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt "
          + "oe oen oeo oet oem "
          + "uy uya uych uyên uyêt uynh uyt uyu uyêng "
          + "uâ uân uâng uât uây uê uêch uênh uên uêt uơ uơn "
          + "uă uăn uăng uăc uăt";
  /** Rhymes written with y that only stand without an onset (yêu, yến) or after the u glide. */
  private static final String Y_INITIAL = "yêm yên yêng yêt yêu";
  /** After qu the glide is the u of qu: "quỳnh", "quýt", "quých", "quya" use the uy- rhymes without it. */
  private static final String QU_ONLY = "ynh yt ych ya yu";

  private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy";
  private static final byte[] CODE = codes();

  private static byte[] codes() {
    byte[] c = new byte[VietChars.LIMIT];
    for (int i = 0; i < LETTERS.length(); i++) c[LETTERS.charAt(i)] = (byte) (i + 1);
    return c;
  }

  private static final int[] PLAIN_KEYS = keys(PLAIN);
  private static final int[] GLIDED_KEYS = keys(GLIDED);
  private static final int[] Y_KEYS = keys(Y_INITIAL);
  private static final int[] QU_KEYS = keys(QU_ONLY);

  private static int code(char base) {
    return base < VietChars.LIMIT ? CODE[base] : 0; // 0 = not a Vietnamese letter
  }

  private static int[] keys(String list) {
    String[] parts = list.trim().split("\\s+");
    int[] k = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      int key = 0;
      for (int j = 0; j < parts[i].length(); j++) key = key * 32 + code(parts[i].charAt(j));
      k[i] = key;
    }
    Arrays.sort(k);
    return k;
  }

  /**
   * Every legal syllable with its diacritics stripped ("nguoi", "duong", "viet"): what Vietnamese written
   * without diacritics is made of. Built once from the rhyme lists and onsets above, keeping the combinations
   * {@link #analyze} accepts (with the sắc tone, which every rhyme allows).
   */
  private static final java.util.Set<String> FOLDED = foldedInventory();

  private static java.util.Set<String> foldedInventory() {
    String[] onsets = ("_ b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x").split(" ");
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String list : new String[] {PLAIN, GLIDED, Y_INITIAL, QU_ONLY}) {
      for (String rhyme : list.trim().split("\\s+")) {
        for (String on : onsets) {
          String cand = (on.equals("_") ? "" : on) + rhyme;
          char[] b = cand.toCharArray();
          if (b.length <= MAX_LEN && analyze(b, b.length, VietChars.ACUTE) >= 0) out.add(Folding.fold(cand));
        }
      }
    }
    return java.util.Set.copyOf(out);
  }

  /** True when s, lower-cased, is some legal syllable with its diacritics stripped ("nguoi", "dang"). */
  public static boolean isFoldedSyllable(String s) {
    return s.length() <= MAX_LEN && FOLDED.contains(s.toLowerCase(java.util.Locale.ROOT));
  }

  /** Max letters in a syllable ("nghiêng" has 7). */
  static final int MAX_LEN = 8;

  /** True when s is exactly one legal Vietnamese syllable. */
  public static boolean isValid(CharSequence s) {
    return isValid(s, 0, s.length());
  }

  /** True when s[start,end) is exactly one legal Vietnamese syllable (any case, at most one tone mark). */
  public static boolean isValid(CharSequence s, int start, int end) {
    int n = end - start;
    if (n <= 0 || n > MAX_LEN) return false;
    char[] b = new char[n];
    int tone = VietChars.NONE;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(start + i);
      char base = VietChars.base(c);
      if (base == 0) return false;
      int t = VietChars.tone(c);
      if (t != VietChars.NONE) {
        if (tone != VietChars.NONE) return false;
        tone = t;
      }
      b[i] = base;
    }
    return analyze(b, n, tone) >= 0;
  }

  /**
   * Checks toneless lower-case letters b[0,n) with the given tone. Returns the onset length (the index where
   * the rhyme starts in b; for merged "gi" the i counts to the rhyme) or -1 when the syllable is not legal.
   */
  static int analyze(char[] b, int n, int tone) {
    int on = onsetLength(b, n);
    if (on < 0) return -1;
    // gi + rhyme: the i of gi may double as the rhyme's own i ("gì", "gìn", "giếng").
    if (on == 2 && b[0] == 'g' && b[1] == 'i') {
      if (n > 2 && rhymeOk(b, 2, n, 'g', tone, true)) return 2;
      return rhymeOk(b, 1, n, 'g', tone, true) ? 1 : -1;
    }
    char onset0 = on == 0 ? 0 : b[0];
    if (on == 2 && b[0] == 'q') return rhymeOkAfterQu(b, 2, n, tone) ? 2 : -1;
    if (on >= 2) onset0 = on == 3 ? NGH : onsetTag(b); // tags for digraphs with spelling rules
    return rhymeOk(b, on, n, onset0, tone, false) ? on : -1;
  }

  /** Tags for digraph onsets whose spelling depends on the vowel (not letters, so no clash with onsets). */
  private static final char GH = '1', NG = '2', NGH = '3';

  private static char onsetTag(char[] b) {
    if (b[0] == 'g' && b[1] == 'h') return GH;
    if (b[0] == 'n' && b[1] == 'g') return NG;
    return 'x'; // any other digraph: no vowel restriction
  }

  private static int onsetLength(char[] b, int n) {
    char c0 = b[0];
    if (VietChars.isVowelBase(c0)) return 0;
    if (n >= 3 && c0 == 'n' && b[1] == 'g' && b[2] == 'h') return 3;
    if (n >= 2) {
      char c1 = b[1];
      switch (c0) {
        case 'c': if (c1 == 'h') return 2; break;
        case 'g': if (c1 == 'h') return 2; if (c1 == 'i') return 2; break;
        case 'k': if (c1 == 'h') return 2; break;
        case 'n': if (c1 == 'g' || c1 == 'h') return 2; break;
        case 'p': if (c1 == 'h') return 2; break;
        case 't': if (c1 == 'h' || c1 == 'r') return 2; break;
        case 'q': if (c1 == 'u') return 2; return -1;
        default: break;
      }
    }
    switch (c0) {
      case 'b': case 'c': case 'd': case 'đ': case 'g': case 'h': case 'k': case 'l': case 'm': case 'n':
      case 'p': case 'r': case 's': case 't': case 'v': case 'x':
        return 1;
      default:
        return -1;
    }
  }

  private static boolean front(char v) {
    return v == 'i' || v == 'e' || v == 'ê' || v == 'y';
  }

  private static boolean rhymeOk(char[] b, int from, int n, char onset, int tone, boolean afterGi) {
    if (from >= n) return false;
    int key = key(b, from, n);
    if (key < 0) return false;
    boolean plain = Arrays.binarySearch(PLAIN_KEYS, key) >= 0;
    boolean glided = !plain && Arrays.binarySearch(GLIDED_KEYS, key) >= 0;
    boolean yInit = !plain && !glided && Arrays.binarySearch(Y_KEYS, key) >= 0;
    if (!plain && !glided && !yInit) return false;
    if (yInit && onset != 0) return false;
    char v = b[from];
    boolean fr = front(v);
    switch (onset) {
      case 'c': if (fr) return false; break;
      case 'k': if (!fr || v == 'y' && from + 1 < n) return false; break; // ky, kê, kia; not "kyên"
      case 'g': if (!afterGi && fr) return false; if (afterGi && glided) return false; break;
      case GH: if (!fr || v == 'y') return false; break; // ghi, ghe, ghê
      case NG: if (fr) return false; break;
      case NGH: if (!fr || v == 'y') return false; break;
      default: break;
    }
    return stopToneOk(b, n, tone);
  }

  private static boolean rhymeOkAfterQu(char[] b, int from, int n, int tone) {
    if (from >= n) return false;
    char v = b[from];
    if (v == 'u' || v == 'ư' || v == 'o') return false; // "quu", "quư", "quo" are not written
    int key = key(b, from, n);
    if (key < 0) return false;
    boolean ok = Arrays.binarySearch(PLAIN_KEYS, key) >= 0 || Arrays.binarySearch(Y_KEYS, key) >= 0
        || Arrays.binarySearch(QU_KEYS, key) >= 0;
    return ok && stopToneOk(b, n, tone);
  }

  /** Stop codas p, t, c, ch allow only sắc and nặng. */
  private static boolean stopToneOk(char[] b, int n, int tone) {
    char last = b[n - 1];
    boolean stop = last == 'p' || last == 't' || last == 'c' || (last == 'h' && n >= 2 && b[n - 2] == 'c');
    return !stop || tone == VietChars.ACUTE || tone == VietChars.DOT;
  }

  private static int key(char[] b, int from, int n) {
    if (n - from > 6) return -1;
    int key = 0;
    for (int i = from; i < n; i++) {
      int c = code(b[i]);
      if (c == 0) return -1;
      key = key * 32 + c;
    }
    return key;
  }
}
