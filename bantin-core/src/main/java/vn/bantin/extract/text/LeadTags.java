package vn.bantin.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bantin.extract.source.Outlets;

/**
 * The outlet tag a Vietnamese lead opens with in a text dump: "(Dân trí) - …", "TTO - …", "VOV.VN - …",
 * "(NLĐO) - …". The tag names the publishing outlet, which a dump without a URL says nowhere else.
 *
 * <p>In parentheses any short name without digits is a tag (a parenthesis followed by a dash opens no
 * sentence). Before a bare dash only a name the outlet table knows or a domain is one: "HÀ NỘI -" and
 * "HUẾ -" are datelines, part of the text. The "TGVN." form (a tag closed by a full stop) is left in the
 * text: the shared seed gold keeps it in the lead.
 *
 * @param outlet the tag's text ("Dân trí", "TTO"), or null when the text opens with none
 * @param rest   the text without the tag
 */
record LeadTags(String outlet, String rest) {
  private static final Pattern PAREN = Pattern.compile("^\\(([^()\\d]{2,30})\\)\\s*[-–—:]\\s*(?=\\S)");
  private static final Pattern DASH = Pattern.compile("^([\\p{L}][\\p{L}.]{0,15}(?: [\\p{L}][\\p{L}.]{0,10})?)\\s*[-–—]\\s+(?=\\S)");
  private static final Pattern DOMAIN = Pattern.compile("(?i)[\\p{L}\\d-]+\\.(?:vn|com|net|com\\.vn|org)");
  /** Longest name in a parenthesized tag ("(Tổ Quốc) -", "(Thể thao & Văn hóa) -"). */
  static final int MAX_TAG_WORDS = 4;

  static LeadTags of(String text, Outlets outlets) {
    String t = text.strip();
    Matcher m = PAREN.matcher(t);
    if (m.lookingAt() && LineShapes.words(m.group(1)) <= MAX_TAG_WORDS) {
      return new LeadTags(m.group(1).strip(), t.substring(m.end()));
    }
    m = DASH.matcher(t);
    if (m.lookingAt() && (outlets.byName(m.group(1)).isPresent() || DOMAIN.matcher(m.group(1)).matches())) {
      return new LeadTags(m.group(1).strip(), t.substring(m.end()));
    }
    return new LeadTags(null, text);
  }
}
