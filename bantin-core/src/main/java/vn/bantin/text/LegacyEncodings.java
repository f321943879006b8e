package vn.bantin.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pre-Unicode Vietnamese encodings: VNI-Windows, TCVN3 ("ABC"), VIQR and windows-1258. Legacy text reaches
 * us as mojibake, its bytes read as windows-1252 ("Vieät Nam", "ViÖt Nam", "Vie^.t Nam"); this class converts
 * such text to Unicode, encodes Unicode into it (for tests and tools), and detects which encoding a text is in.
 * The VNI/TCVN3/VIQR letter tables are data (legacy-encodings.tsv); windows-1258 is a byte table.
 *
 * <p>Detection decodes a line with each candidate and keeps the one that turns the most words into legal
 * Vietnamese syllables; ordinary Unicode Vietnamese and other languages (English, French, German) gain
 * nothing and are left alone.
 */
public final class LegacyEncodings {
  private LegacyEncodings() {}

  /** The legacy encodings handled. */
  public enum Kind { VNI, TCVN3, VIQR, CP1258 }

  private static final Map<String, String>[] DECODE;
  private static final Map<Character, String>[] ENCODE;
  private static final int[] MAX_KEY = {2, 1, 3, 1};
  /** windows-1252 char to byte (the view legacy text arrives in). */
  private static final short[] CP1252_BYTE = new short[0x10000];
  /** windows-1258 byte to char. */
  private static final char[] CP1258 = new char[256];

  static {
    @SuppressWarnings("unchecked")
    Map<String, String>[] dec = new Map[4];
    @SuppressWarnings("unchecked")
    Map<Character, String>[] enc = new Map[4];
    for (int k = 0; k < 4; k++) {
      dec[k] = new HashMap<>();
      enc[k] = new HashMap<>();
    }
    try (InputStream in = LegacyEncodings.class.getResourceAsStream("legacy-encodings.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) continue;
        String[] f = line.split("\t");
        char u = f[0].charAt(0);
        for (int k = 0; k < 3; k++) {
          String legacy = f[k + 1];
          enc[k].put(u, legacy);
          if (!legacy.equals(f[0])) {
            // TCVN3 upper-case toned letters repeat the lower-case codes: decode to lower case.
            dec[k].merge(legacy, f[0], (a, b) -> a.equals(a.toLowerCase(Locale.ROOT)) ? a : b);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // VIQR escapes: a backslash keeps the next modifier literal.
    for (String m : new String[] {"\\.", "\\?", "\\'", "\\`", "\\~", "\\^", "\\+", "\\(", "\\\\"}) {
      dec[2].put(m, m.substring(1));
    }
    for (int k = 0; k < 4; k++) {
      dec[k] = Map.copyOf(dec[k]);
      enc[k] = Map.copyOf(enc[k]);
    }
    DECODE = dec;
    ENCODE = enc;
    java.util.Arrays.fill(CP1252_BYTE, (short) -1);
    byte[] all = new byte[256];
    for (int b = 0; b < 256; b++) all[b] = (byte) b;
    String w1252 = new String(all, Charset.forName("windows-1252"));
    for (int b = 0; b < 256; b++) {
      char c = w1252.charAt(b);
      if (c == '\uFFFD') c = (char) b; // undefined in 1252: read as Latin-1
      CP1252_BYTE[c] = (short) b;
      CP1258[b] = c;
    }
    // windows-1258 differs from windows-1252 here (Microsoft's published cp1258 table).
    int[][] diff = {
        {0xC3, 'Ă'}, {0xCC, 0x0300}, {0xD0, 'Đ'}, {0xD2, 0x0309}, {0xD5, 'Ơ'}, {0xDD, 'Ư'}, {0xDE, 0x0303},
        {0xE3, 'ă'}, {0xEC, 0x0301}, {0xF0, 'đ'}, {0xF2, 0x0323}, {0xF5, 'ơ'}, {0xFD, 'ư'}, {0xFE, 0x20AB},
        {0x8A, 0x8A}, {0x8E, 0x8E}, {0x9A, 0x9A}, {0x9E, 0x9E}};
    for (int[] d : diff) CP1258[d[0]] = (char) d[1];
  }

  /** Converts legacy text (bytes read as windows-1252) to Unicode (NFC). */
  public static String decode(String legacy, Kind kind) {
    NormalizedText t = decode(NormalizedText.of(legacy), kind);
    return UnicodeCleanup.apply(t).text();
  }

  /** Converts raw legacy bytes to Unicode. */
  public static String decode(byte[] bytes, Kind kind) {
    return decode(new String(bytes, StandardCharsets.ISO_8859_1).chars()
        .map(b -> CP1258_VIEW_OF_BYTE[b]).collect(StringBuilder::new, StringBuilder::appendCodePoint,
            StringBuilder::append).toString(), kind);
  }

  private static final char[] CP1258_VIEW_OF_BYTE = new char[256];

  static {
    for (int c = 0; c < 0x10000; c++) if (CP1252_BYTE[c] >= 0) CP1258_VIEW_OF_BYTE[CP1252_BYTE[c]] = (char) c;
  }

  /** Encodes Unicode Vietnamese text into the legacy form (as windows-1252 chars). */
  public static String encode(String unicode, Kind kind) {
    StringBuilder sb = new StringBuilder(unicode.length() * 2);
    if (kind == Kind.CP1258) {
      String nfd = java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFD);
      // cp1258 keeps â ê ô ă ơ ư đ precomposed and carries tones as combining marks.
      String comp = java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFC);
      for (int i = 0; i < comp.length(); i++) {
        char c = comp.charAt(i);
        char base = VietChars.base(c);
        int tone = VietChars.tone(c);
        if (base != 0 && VietChars.isVowel(c)) {
          sb.append(toCp1252View(VietChars.compose(base, VietChars.NONE, VietChars.isUpper(c))));
          if (tone != VietChars.NONE) sb.append(toCp1252View(VietChars.TONE_MARKS[tone]));
        } else {
          sb.append(toCp1252View(c));
        }
      }
      return nfd.isEmpty() ? "" : sb.toString();
    }
    Map<Character, String> m = ENCODE[kind.ordinal()];
    for (int i = 0; i < unicode.length(); i++) {
      char c = unicode.charAt(i);
      String e = m.get(c);
      // VIQR (RFC 1456): a literal modifier right after a vowel is escaped with a backslash.
      if (kind == Kind.VIQR && i > 0 && VIQR_MODIFIERS.indexOf(c) >= 0 && VietChars.isVowel(unicode.charAt(i - 1))) {
        sb.append('\\');
      }
      sb.append(e != null ? e : String.valueOf(c));
    }
    return sb.toString();
  }

  private static final String VIQR_MODIFIERS = ".?'`~^+(";

  private static char toCp1252View(char c) {
    for (int b = 0; b < 256; b++) if (CP1258[b] == c) return CP1258_VIEW_OF_BYTE[b];
    return c;
  }

  static NormalizedText decode(NormalizedText t, Kind kind) {
    String s = t.text();
    NormalizedText.Edits e = new NormalizedText.Edits(s);
    int n = s.length();
    if (kind == Kind.CP1258) {
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        short b = CP1252_BYTE[c];
        e.put(b >= 0 ? CP1258[b] : c, i);
      }
      return t.then(e.text(), e.map(), 0);
    }
    Map<String, String> m = DECODE[kind.ordinal()];
    int max = MAX_KEY[kind.ordinal()];
    int i = 0;
    while (i < n) {
      String hit = null;
      int len = 0;
      for (int l = Math.min(max, n - i); l >= 1 && hit == null; l--) {
        String h = m.get(s.substring(i, i + l));
        if (h != null && (kind != Kind.VIQR || viqrOk(s, i, l, h))) {
          hit = h;
          len = l;
        }
      }
      if (hit == null) {
        e.put(s.charAt(i), i);
        i++;
      } else {
        e.put(hit, i);
        i += len;
      }
    }
    String out = e.text();
    int[] map = e.map();
    if (kind == Kind.TCVN3) out = upperCaseTcvnWords(out);
    return t.then(out, map, 0);
  }

  /** VIQR: "dd" only at a word start, a final "." only before more letters of the same sentence. */
  private static boolean viqrOk(String s, int i, int l, String hit) {
    if (hit.equals("đ") || hit.equals("Đ")) return i == 0 || !Character.isLetter(s.charAt(i - 1));
    if (s.charAt(i + l - 1) == '.' && !hit.equals(".")) {
      // RFC 1456: an unescaped dot after a vowel is the nặng tone; at the end of a line it is a full stop.
      int after = i + l;
      return after < s.length() && s.charAt(after) != '\n' && s.charAt(after) != '\r';
    }
    // Tone marks ' ` ? ~ must follow a vowel and be followed by a letter, a space or an end.
    return true;
  }

  /** TCVN3 set upper-case toned letters in a separate font with the lower-case codes: restore the case. */
  private static String upperCaseTcvnWords(String s) {
    char[] c = null;
    int n = s.length();
    int up = 0, low = 0;
    for (int k = 0; k < n; k++) {
      char ch = s.charAt(k);
      if (ch >= 'A' && ch <= 'Z') up++;
      else if (ch >= 'a' && ch <= 'z') low++;
    }
    boolean headline = up >= 4 && up >= 4 * low; // an all-caps line: every word upper case
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int ws = i;
      int upper = 0;
      int lowerAscii = 0;
      int lowerViet = 0;
      while (i < n && Character.isLetter(s.charAt(i))) {
        char ch = s.charAt(i);
        if (Character.isUpperCase(ch)) upper++;
        else if (ch < 0x80) lowerAscii++;
        else lowerViet++;
        i++;
      }
      if (lowerAscii == 0 && lowerViet > 0 && (upper >= 2 || headline && upper >= 1)) {
        if (c == null) c = s.toCharArray();
        for (int k = ws; k < i; k++) c[k] = Character.toUpperCase(c[k]);
      }
    }
    return c == null ? s : new String(c);
  }

  /** The legacy encoding text is in, or null for Unicode (or any other language). */
  public static Kind detect(String text) {
    return best(text, 0, text.length());
  }

  private static Kind best(String s, int from, int to) {
    if (!hasLegacySignal(s, from, to)) return null;
    String line = s.substring(from, to);
    Score base = score(line);
    Kind best = null;
    int bestGain = 0;
    for (Kind k : Kind.values()) {
      String dec = decode(line, k);
      Score sc = score(dec);
      int gain = sc.vietValid - base.vietValid;
      boolean plausible = sc.words > 0 && sc.valid * 10 >= sc.words * 6
          && (long) sc.valid * base.words > (long) base.valid * sc.words;
      int need = sc.words <= 3 ? 1 : 2;
      if (plausible && gain >= need && gain > bestGain) {
        best = k;
        bestGain = gain;
      }
    }
    return best;
  }

  /** Cheap test: chars of the windows-1252 upper half without Unicode Vietnamese letters, or VIQR marks. */
  private static boolean hasLegacySignal(String s, int from, int to) {
    return hasLegacySignal(s.toCharArray(), from, to);
  }

  private static boolean hasLegacySignal(char[] s, int from, int to) {
    int high = 0;
    int viet = 0;
    int viqr = 0;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c >= 0x80 && c <= 0xFF) high++;
      else if (c >= 0x100 && VietChars.base(c) != 0) viet++;
      else if ((c == '^' || c == '+' || c == '(' || c == '`' || c == '~' || c == '?' || c == '\'' || c == '.')
          && i > from && VietChars.isVowel(s[i - 1]) && s[i - 1] < 0x80) {
        viqr++;
      }
    }
    if (viet > 0 && viet * 4 >= high) return false; // Unicode Vietnamese already
    return high > 0 || viqr >= 2;
  }

  private record Score(int words, int valid, int vietValid) {}

  private static Score score(String s) {
    int words = 0, valid = 0, vietValid = 0;
    int i = 0, n = s.length();
    while (i < n) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int ws = i;
      boolean mark = false;
      while (i < n && Character.isLetter(s.charAt(i))) {
        if (VietChars.hasVietMark(s.charAt(i))) mark = true;
        i++;
      }
      words++;
      if (Syllables.isValid(s, ws, i)) {
        valid++;
        if (mark) vietValid++;
      }
    }
    return new Score(words, valid, vietValid);
  }

  /**
   * Repairs legacy-encoded lines of t: each line is checked on its own (pages mix encodings), short lines
   * fall back to the encoding found for the whole text.
   */
  public static NormalizedText repair(NormalizedText t) {
    String s = t.text();
    int n = s.length();
    // One cheap pass over the lines; only lines that carry a legacy signal are decoded and scored.
    List<int[]> candidates = null;
    char[] chars = s.toCharArray();
    int start = 0;
    while (start < n) {
      int end = s.indexOf('\n', start);
      if (end < 0) end = n;
      if (hasLegacySignal(chars, start, end)) {
        if (candidates == null) candidates = new java.util.ArrayList<>();
        candidates.add(new int[] {start, end});
      }
      start = end + 1;
    }
    if (candidates == null) return t;
    Kind whole = null;
    if (candidates.size() > 1) {
      StringBuilder all = new StringBuilder();
      for (int[] c : candidates) all.append(s, c[0], c[1]).append('\n');
      whole = best(all.toString(), 0, all.length());
    }
    NormalizedText.Edits e = null;
    int copied = 0;
    for (int[] c : candidates) {
      Kind k = best(s, c[0], c[1]);
      if (k == null && whole != null && wordCount(s, c[0], c[1]) <= 3) k = whole;
      if (k == null) continue;
      if (e == null) e = new NormalizedText.Edits(s);
      e.copy(copied, c[0]);
      NormalizedText dec = decode(NormalizedText.of(s.substring(c[0], c[1])), k);
      for (int j = 0; j < dec.text().length(); j++) e.put(dec.text().charAt(j), c[0] + dec.toOriginal(j));
      copied = c[1];
    }
    if (e == null) return t;
    e.copy(copied, n);
    return t.then(e.text(), e.map(), 0);
  }

  private static int wordCount(String s, int from, int to) {
    int w = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean l = Character.isLetter(s.charAt(i));
      if (l && !in) w++;
      in = l;
    }
    return w;
  }
}
