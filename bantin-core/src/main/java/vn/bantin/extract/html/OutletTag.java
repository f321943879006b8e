package vn.bantin.extract.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet tag Vietnamese leads open with: "(Dân trí) -", "TPO -", "VOV.VN -", "TGVN.", "(VTC News) -".
 *
 * @param outlet the tag's text ("Dân trí", "TGVN"), or null when the text has none
 * @param rest   the text without the tag
 */
record OutletTag(String outlet, String rest) {
  private static final Pattern PAREN = Pattern.compile("^\\s*\\(([^()]{2,30})\\)\\s*[-–—:.]?\\s*");
  private static final Pattern DASH = Pattern.compile("^\\s*([\\p{L}][\\p{L}.]{0,15}(?: [\\p{L}][\\p{L}.]{0,10})?)\\s*[-–—]\\s+");
  private static final Pattern DOT = Pattern.compile("^\\s*(\\p{Lu}{2,8})\\.\\s+(?=\\p{Lu})");

  static OutletTag of(String text) {
    Matcher m = PAREN.matcher(text);
    if (m.lookingAt() && m.end() < text.length() && Texts.words(m.group(1)) <= 4 && !m.group(1).matches(".*\\d.*")) {
      return new OutletTag(m.group(1).trim(), text.substring(m.end()));
    }
    m = DASH.matcher(text);
    if (m.lookingAt() && (looksLikeTag(m.group(1)) || knownName(m.group(1))) && !placeDateline(m.group(1))) {
      return new OutletTag(m.group(1), text.substring(m.end()));
    }
    m = DOT.matcher(text);
    if (m.lookingAt() && !capitalsFollow(text, m.end())) return new OutletTag(m.group(1), text.substring(m.end()));
    return new OutletTag(null, text);
  }

  /**
   * "HÀ NỘI —", "TP HCM -": a place in capitals opening the lead is a dateline, part of the text. Outlet tags
   * written in capitals are one abbreviation ("TPO", "HNM"); two capitalised words are a place unless the
   * outlet table knows them as an outlet.
   */
  private static boolean placeDateline(String tag) {
    if (!tag.contains(" ")) return false;
    return vn.bantin.extract.source.Outlets.standard().byName(tag).isEmpty();
  }

  /**
   * A word in capitals right after "XX.": the abbreviation opens a place dateline ("ST. JOSEPH, Mich. (AP) —"),
   * where an outlet tag ("TGVN. Ngày 5/3, …") is followed by ordinary text.
   */
  private static boolean capitalsFollow(String text, int from) {
    int end = from;
    while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
    if (end - from < 2) return false;
    String w = text.substring(from, end);
    return w.equals(w.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * One capitalised word the outlet table knows as an outlet's name or domain label ("Kinhtedothi -",
   * "Vietnamplus -"): outlets sign their leads with their own short name, written like a word.
   */
  private static boolean knownName(String tag) {
    return tag.indexOf(' ') < 0 && tag.length() >= 4 && Character.isUpperCase(tag.charAt(0))
        && vn.bantin.extract.source.Outlets.standard().byName(tag).isPresent();
  }

  /** Upper-case abbreviations ("TPO", "ANTĐ") or outlet domains ("VOV.VN", "VTV.vn", "Baonghean.vn"). */
  private static boolean looksLikeTag(String tag) {
    int upper = 0, lower = 0;
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (Character.isUpperCase(c)) upper++;
      else if (Character.isLowerCase(c)) lower++;
    }
    String t = tag.toLowerCase(java.util.Locale.ROOT);
    boolean domain = t.endsWith(".vn") || t.endsWith(".net") || t.endsWith(".com") || t.endsWith(".com.vn");
    return domain || (upper >= 2 && lower == 0);
  }
}
