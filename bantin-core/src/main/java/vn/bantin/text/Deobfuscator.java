package vn.bantin.text;

import java.util.Locale;
import java.util.Set;

/**
 * Rejoins words broken by inserted separators ("tấ.n côn.g" becomes "tấn công"), a trick some sites use
 * against keyword filters. A run of letter pieces joined by single dots is rejoined only when the joined form
 * is one legal Vietnamese syllable and the run is none of: part of a URL, e-mail or path; a domain
 * ("Baonghean.vn"); initials or an abbreviation ("B.I.", "D.C.", "T.Ư", "TP.HCM"); a name with an inner
 * capital ("Mr.Nawat"); a run touching digits. Joined forms without any Vietnamese mark ("l.y") are only
 * accepted inside Vietnamese text, so English "a.m" never turns into "am".
 */
public final class Deobfuscator {
  private Deobfuscator() {}

  /** Top-level and second-level domain labels seen after a dot in host names. */
  private static final Set<String> TLDS = Set.of(
      "vn", "com", "net", "org", "edu", "gov", "info", "io", "co", "uk", "us", "fr", "de", "jp", "kr", "cn",
      "ru", "au", "ca", "biz", "tv", "me", "asia", "news", "online", "site", "app", "dev", "ai", "int", "mil",
      "html", "htm", "php", "aspx", "asp", "jpg", "png", "gif", "pdf", "js", "css", "xml", "txt", "doc", "mp4");

  private static int nextSeparator(String s, int from) {
    for (int k = from; k < s.length(); k++) if (isSeparator(s.charAt(k))) return k;
    return -1;
  }

  static boolean isSeparator(char c) {
    return c == '.' || c == '\u00B7' || c == '\u2027' || c == '\u2219' || c == '\u2022';
  }

  /** One rejoined word: where it was in the input text, as written and as rejoined. */
  public record Repair(int start, int end, String written, String joined) {}

  /** The words {@link #apply} would rejoin in s, in order. */
  public static java.util.List<Repair> find(String s) {
    NormalizedText t = apply(NormalizedText.of(s));
    java.util.List<Repair> out = new java.util.ArrayList<>();
    if (t.repairs() == 0) return out;
    String o = t.text();
    int i = 0, j = 0;
    // Walk both texts: they differ only by removed separators inside rejoined words.
    while (i < s.length()) {
      if (j < o.length() && s.charAt(i) == o.charAt(j)) {
        i++;
        j++;
        continue;
      }
      int ws = i;
      while (ws > 0 && Character.isLetter(s.charAt(ws - 1))) ws--;
      int we = i;
      while (we < s.length() && (Character.isLetter(s.charAt(we)) || isSeparator(s.charAt(we))
          && we + 1 < s.length() && Character.isLetter(s.charAt(we + 1)))) we++;
      int jw = j - (i - ws);
      int je = jw;
      while (je < o.length() && Character.isLetter(o.charAt(je))) je++;
      out.add(new Repair(ws, we, s.substring(ws, we), o.substring(jw, je)));
      j = je;
      i = we;
    }
    return out;
  }

  public static NormalizedText apply(NormalizedText t) {
    String s = t.text();
    int n = s.length();
    NormalizedText.Edits e = null;
    int copied = 0;
    int repairs = 0;
    int i = 0;
    // Separators other than '.' are rare: look for them only when the text has one.
    boolean others = s.indexOf('\u00B7') >= 0 || s.indexOf('\u2027') >= 0 || s.indexOf('\u2219') >= 0
        || s.indexOf('\u2022') >= 0;
    while (i < n) {
      // Find the next separator with a letter on both sides (String.indexOf is vectorized).
      int d = others ? nextSeparator(s, i) : s.indexOf('.', i);
      while (d >= 0 && !(d > 0 && d + 1 < n && Character.isLetter(s.charAt(d - 1))
          && Character.isLetter(s.charAt(d + 1)))) {
        d = others ? nextSeparator(s, d + 1) : s.indexOf('.', d + 1);
      }
      if (d < 0) d = n;
      if (d >= n) break;
      // The whitespace-delimited chunk holding it, and the letter/separator run inside the chunk.
      int cs = d;
      while (cs > 0 && !Character.isWhitespace(s.charAt(cs - 1))) cs--;
      int ce = d;
      while (ce < n && !Character.isWhitespace(s.charAt(ce))) ce++;
      int rs = d;
      while (rs > cs && Character.isLetter(s.charAt(rs - 1))) rs--;
      int re = d + 1;
      while (re < ce && (Character.isLetter(s.charAt(re))
          || (isSeparator(s.charAt(re)) && re + 1 < ce && Character.isLetter(s.charAt(re + 1))
              && Character.isLetter(s.charAt(re - 1))))) {
        re++;
      }
      if (shouldJoin(s, cs, ce, rs, re)) {
        if (e == null) e = new NormalizedText.Edits(s);
        e.copy(copied, rs);
        for (int k = rs; k < re; k++) if (!isSeparator(s.charAt(k))) e.put(s.charAt(k), k);
        copied = re;
        repairs++;
      }
      i = re;
    }
    if (e == null) return t;
    e.copy(copied, n);
    return t.then(e.text(), e.map(), repairs);
  }

  /** Decides for the run s[rs,re) of letter pieces and separators inside chunk s[cs,ce). */
  static boolean shouldJoin(String s, int cs, int ce, int rs, int re) {
    // URLs, e-mails, paths, handles.
    for (int k = cs; k < ce; k++) {
      char c = s.charAt(k);
      if (c == '/' || c == '@' || c == '\\' || c == '=' || c == '#' || c == '_' || c == ':' && k + 1 < ce
          && s.charAt(k + 1) == '/') {
        return false;
      }
    }
    if (rs > cs && Character.isDigit(s.charAt(rs - 1))) return false;
    if (re < ce && (Character.isDigit(s.charAt(re)) || Character.isLetter(s.charAt(re)))) return false;
    boolean dotAfter = re < ce && isSeparator(s.charAt(re));
    // Pieces and their shapes.
    StringBuilder joined = new StringBuilder(re - rs);
    int pieces = 0;
    boolean allSingle = true;
    boolean anyToneMark = false;
    boolean anyVietMark = false;
    int pieceStart = rs;
    String lastPiece = null;
    for (int k = rs; k <= re; k++) {
      if (k == re || isSeparator(s.charAt(k))) {
        if (k - pieceStart != 1) allSingle = false;
        lastPiece = s.substring(pieceStart, k);
        pieces++;
        pieceStart = k + 1;
        continue;
      }
      char c = s.charAt(k);
      if (VietChars.base(c) == 0) return false; // a letter outside the Vietnamese alphabet
      if (VietChars.tone(c) != VietChars.NONE) anyToneMark = true;
      if (VietChars.hasVietMark(c)) anyVietMark = true;
      joined.append(c);
    }
    if (pieces < 2 || joined.length() > Syllables.MAX_LEN) return false;
    if (TLDS.contains(lastPiece.toLowerCase(Locale.ROOT))) return false;
    if (www(s, rs)) return false;
    // Case shape of the joined word: lower, Capitalized, or UPPER.
    boolean allUpper = true;
    boolean restLower = true;
    for (int k = 0; k < joined.length(); k++) {
      boolean up = VietChars.isUpper(joined.charAt(k));
      if (!up) allUpper = false;
      if (k > 0 && up) restLower = false;
    }
    if (!allUpper && !restLower) return false; // inner capital: a name or an abbreviation ("Mr.Nawat")
    if (allSingle && !anyToneMark && (allUpper || dotAfter)) return false; // initials: "B.I.", "D.C.", "a.m."
    if (allUpper && !anyToneMark) return false; // abbreviations: "T.Ư", "TP.HCM", "U.S"
    if (dotAfter && allUpper) return false;
    if (!Syllables.isValid(joined)) return false;
    if (!anyVietMark && !vietnameseContext(s, cs, ce)) return false;
    return true;
  }

  private static boolean www(String s, int rs) {
    return s.regionMatches(true, rs, "www.", 0, 4);
  }

  /** True when a word with a Vietnamese-only mark is near the chunk (within two words either side). */
  static boolean vietnameseContext(String s, int cs, int ce) {
    int found = 0;
    int words = 0;
    for (int k = ce; k < s.length() && words < 3; k++) {
      char c = s.charAt(k);
      if (Character.isWhitespace(c)) {
        words++;
      } else if (VietChars.hasVietMark(c)) {
        found++;
        break;
      }
    }
    words = 0;
    for (int k = cs - 1; k >= 0 && words < 3; k--) {
      char c = s.charAt(k);
      if (Character.isWhitespace(c)) {
        words++;
      } else if (VietChars.hasVietMark(c)) {
        found++;
        break;
      }
    }
    return found > 0;
  }
}
