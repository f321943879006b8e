package vn.bantin.extract.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id and role say about its content. Class and id names are the strongest
 * hint news pages give: related-news boxes, share bars, comments and ads are named so by their authors, in
 * English and in (diacritics-free) Vietnamese: "tin-lien-quan", "xem-them", "binh-luan", "tu-khoa", "qc".
 */
final class Hints {
  private Hints() {}

  /** Elements whose subtree is never article text. */
  static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
      "iframe", "object", "embed", "canvas", "video", "audio", "select", "option", "button", "input",
      "textarea", "head", "link", "meta", "map", "source", "picture", "img", "title", "base", "dialog",
      "label", "datalist", "optgroup", "track", "param", "area");

  /** Tags that start a new line of text (a new block). */
  static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "dd",
      "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
      "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
      "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "center", "caption", "br", "legend", "menu");

  /** Tags whose whole content is page furniture. */
  static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");

  // Distinctive substrings: safe to match anywhere in a class or id.
  private static final String NEGATIVE_SUB_WORDS = (
      "comment|binhluan|binh-luan|ykien|y-kien|cotphai|cot-phai|cot_phai|cottrai|cot-trai|related|relate|lienquan|lien-quan|xemthem|xem-them|docthem|doc-them|"
          + "tin-khac|tinkhac|cungchuyenmuc|cung-chuyen-muc|share|sharing|social|sidebar|breadcrumb|newsletter|"
          + "subscri|advert|sponsor|banner|outbrain|taboola|recommend|popular|mostread|most-read|docnhieu|"
          + "doc-nhieu|xemnhieu|xem-nhieu|footer|navbar|navigation|menu|widget|cookie|popup|modal|keyword|"
          + "tukhoa|tu-khoa|byline|author|tacgia|tac-gia|pagination|pager|toolbar|rating|masthead|"
          + "signup|sign-up|login|adsbygoogle|quangcao|quang-cao|promo|trending|hashtag|print-|"
          + "copyright|disclaimer|bottom-info|source-box|tin-moi|tinmoi|newest|latest|more-news|morenews|"
          + "list-news|news-list|listnews|box-news|boxnews|topnews|top-news|headline-list|follow|"
          + "video-short|shorts|suggest|fb-like|fb-share|teaser|nextarticle|next-article|ticker|marquee|"
          + "prev-next|article-footer|post-footer|entry-footer|entry-meta|post-meta|article-meta|"
          + "article__meta|detail-meta|metadata|audio|player|podcast|donate|paywall|inline-link|"
          + "readmore|read-more|see-also|seealso|also-read|jump|skip|sticky|topbar|top-bar|notification|"
          + "event-box|box-event|categories|tagcloud|tag-list|taglist|list-tag|tags");

  // Short words: only as whole parts of a class or id (split at non-letters and camel humps).
  private static final Set<String> NEGATIVE_TOKENS = Set.of("ad", "ads", "adv", "nav", "tag", "meta", "qc", "cmt",
      "rss", "aside", "hidden", "hide", "print", "tool", "tools", "poll", "vote", "date", "time", "sda",
      "rennab", "dfp", "gpt", "header", "btn", "icon", "logo", "search", "hotline");

  private static final String POSITIVE_SUB_WORDS = (
      "article|content|entry|post|body|story|detail|main|text|noidung|noi-dung|chitiet|chi-tiet|"
          + "fck|singular|maincontent|news-content|cms");

  private static final String CAPTION_SUB_WORDS = ("caption|chuthich|chu-thich|chu_thich|desc_image|image_desc|img_desc|image-desc-|"
      + "image-desc|img-desc|photo-desc|expnoedit|imgcaption|wp-caption-text|photo_caption|credit|imgdesc|imagedesc|photodesc");

  private static final String LEAD_SUB_WORDS = ("sapo|lead|summary|description|desc|chapeau|chappeau|"
      + "standfirst|excerpt|dek|intro|subtitle|sub-title|subhead|teaser-text|tomtat|tom-tat|abstract|trichdan|trich-dan");

  /** The class, id, role and itemprop of an element, lower-cased, space-separated ("" when none). */
  static String names(Element e) {
    String cls = e.attr("class");
    String id = e.attr("id");
    String role = e.attr("role");
    if (cls.isEmpty() && id.isEmpty() && role.isEmpty()) return "";
    return (cls + " " + id + " " + role).toLowerCase(Locale.ROOT);
  }

  static boolean negative(String names) {
    return (flagsOf(names) & NEGATIVE) != 0;
  }

  static boolean positive(String names) {
    return (flagsOf(names) & POSITIVE) != 0;
  }

  static boolean caption(String names) {
    return (flagsOf(names) & CAPTION) != 0;
  }

  static boolean lead(String names) {
    return (flagsOf(names) & LEAD) != 0;
  }

  /**
   * CMS classes that name the post's taxonomy, not the element's role (WordPress post_class: "tag-economy",
   * "category-news", "format-standard"): they must not make an article look like a tag list.
   */
  private static final String[] TAXONOMY_PREFIXES = {"tag-", "category-", "categories-", "format-", "status-",
      "type-", "post-", "postid-", "topic-"};

  /** Drops class tokens like "tag-economy" (see {@link #TAXONOMY_PREFIXES}); cheaper than a regex. */
  static String withoutTaxonomy(String names) {
    StringBuilder sb = null;
    int i = 0, n = names.length();
    while (i < n) {
      int j = names.indexOf(' ', i);
      if (j < 0) j = n;
      boolean drop = false;
      for (String p : TAXONOMY_PREFIXES) {
        if (names.startsWith(p, i) && j - i > p.length()) {
          // "post-" only as WordPress' "post-1234"/"post-template-…": "post-date", "post-author", "post-meta"
          // are named for their role and keep their hints
          drop = !p.equals("post-") || Character.isDigit(names.charAt(i + p.length()))
              || names.startsWith("template", i + p.length()) || names.startsWith("format", i + p.length());
          break;
        }
      }
      if (drop && sb == null) sb = new StringBuilder(names.substring(0, i));
      if (!drop && sb != null) sb.append(names, i, j).append(' ');
      i = j + 1;
    }
    return sb == null ? names : sb.toString();
  }

  static final int NEGATIVE = 1, POSITIVE = 2, CAPTION = 4, LEAD = 8, DATE = 16, BYLINE = 32, HIDDEN = 64;

  private static final int MAX_TOKEN = 7; // the longest of NEGATIVE_TOKENS

  private static final SubstringSet WORDS = new SubstringSet(NEGATIVE, NEGATIVE_SUB_WORDS, POSITIVE,
      POSITIVE_SUB_WORDS, CAPTION, CAPTION_SUB_WORDS, LEAD, LEAD_SUB_WORDS, DATE,
      "date|time|publish|ngay|thoigian|thoi-gian", BYLINE, "author|byline|tacgia|tac-gia|username|writer");

  /** Flags of one class or id value. */
  static int flagsOf(String raw) {
    if (raw.isEmpty()) return 0;
    String names = raw.toLowerCase(Locale.ROOT);
    if (names.indexOf('-') >= 0) names = withoutTaxonomy(names);
    int v = WORDS.scan(names);
    if ((v & NEGATIVE) == 0 && hasToken(names, NEGATIVE_TOKENS)) v |= NEGATIVE;
    String c = " " + names + " ";
    if (c.contains(" hidden ") || c.contains(" d-none ") || c.contains(" sr-only ") || c.contains(" visually-hidden ")
        || c.contains(" screen-reader-text ") || c.contains(" hide ")) {
      v |= HIDDEN;
    }
    return v;
  }

  /**
   * Per-page memo of the hint flags of each distinct class/id string: pages repeat the same few hundred
   * names across thousands of elements. Not thread-safe; one per extraction.
   */
  static final class Cache {
    private final java.util.HashMap<String, Integer> flags = new java.util.HashMap<>();

    /** Flags of an element's class (memoized), id and role (ids are unique: not memoized). */
    int flags(Element e) {
      if (e.attributesSize() == 0) return 0;
      int v = 0;
      String cls = e.attr("class");
      if (!cls.isEmpty()) {
        Integer f = flags.get(cls);
        if (f == null) {
          f = flagsOf(cls);
          flags.put(cls, f);
        }
        v = f;
      }
      String id = e.attr("id");
      if (!id.isEmpty()) v |= flagsOf(id) & ~HIDDEN;
      String role = e.attr("role");
      if (!role.isEmpty()) v |= flagsOf(role) & ~HIDDEN;
      // CMS embeds say what they are in a type attribute (VCCorp: type="RelatedNewsBox", "RelatedOneNews")
      String type = e.attr("type");
      if (!type.isEmpty() && !(e instanceof org.jsoup.nodes.FormElement)) v |= flagsOf(type) & (NEGATIVE | CAPTION);
      // an ARIA region points at the id of its own label: authored identifiers that say what the region is
      // ("article-byline", "podcast-promo", "related-content-heading", "most-read" on BBC-built pages)
      String labelledBy = e.attr("aria-labelledby");
      if (!labelledBy.isEmpty()) v |= flagsOf(labelledBy) & (NEGATIVE | BYLINE);
      return v;
    }
  }

  /** Splits class/id names into parts at non-letters and lower-to-upper humps, and tests the parts. */
  static boolean hasToken(String lowerNames, Set<String> tokens) {
    int start = -1;
    for (int i = 0; i <= lowerNames.length(); i++) {
      char c = i < lowerNames.length() ? lowerNames.charAt(i) : ' ';
      boolean letter = c >= 'a' && c <= 'z';
      if (letter && start < 0) start = i;
      if (!letter && start >= 0) {
        int len = i - start;
        if (len <= MAX_TOKEN) {
          for (String t : tokens) {
            if (t.length() == len && lowerNames.regionMatches(start, t, 0, len)) return true;
          }
        }
        start = -1;
      }
    }
    return false;
  }


  /** Inline style or attributes that hide an element from readers. */
  static boolean hidden(Element e, int flags) {
    if ((flags & HIDDEN) != 0) return true;
    if (e.attributesSize() == 0) return false;
    if (e.hasAttr("hidden")) return true;
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      return s.contains("display:none") || s.contains("visibility:hidden");
    }
    return false;
  }

  static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) return true;
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) return true;
    }
    String cls = e.attr("class");
    if (!cls.isEmpty()) {
      String c = " " + cls.toLowerCase(Locale.ROOT) + " ";
      return c.contains(" hidden ") || c.contains(" d-none ") || c.contains(" sr-only ")
          || c.contains(" visually-hidden ") || c.contains(" screen-reader-text ") || c.contains(" hide ");
    }
    return false;
  }

  /**
   * A short paragraph set wholly in italics right under an image-only paragraph: how many CMSs write a caption
   * when they have no figure markup ("&lt;p&gt;&lt;img&gt;&lt;/p&gt;&lt;p&gt;&lt;em&gt;Nông dân … Ảnh: …&lt;/em&gt;&lt;/p&gt;").
   */
  static boolean italicUnderImage(Element p) {
    Element prev = p.previousElementSibling();
    if (prev == null || prev.hasText() || (!prev.tagName().equals("img") && prev.getElementsByTag("img").isEmpty())) {
      return false;
    }
    String text = p.text();
    if (text.isBlank() || text.length() > 300) return false;
    int italic = 0;
    for (Element x : p.children()) {
      if (x.tagName().equals("em") || x.tagName().equals("i")) italic += x.text().length();
    }
    return italic >= 0.9 * text.strip().length();
  }

  /** A media credit closing a line: "… Ảnh: Ngọc Thành", "… Video: Đoàn phim cung cấp", "(Ảnh: TTXVN)". */
  private static final Pattern MEDIA_CREDIT_END = Pattern.compile(
      "(?<!\\p{L})(?:ảnh|video|clip|nguồn|đồ họa|đồ hoạ|photo)\\s*:\\s*[^.:!?]{2,60}[)\\]]?\\s*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A short line right under a box holding only a picture, a video player or an embed, and signed with a media
   * credit ("Trailer phim. Video: Đoàn phim"): the caption of that media, whatever its markup (VnExpress-family
   * "p.Image" under a video box). An unsigned line there may be the next paragraph, so the credit is required.
   */
  static boolean creditedUnderMedia(Element p) {
    // under the media, or right above it: video captions are often set before the player ("Clip …. Nguồn: …")
    if (!mediaOnly(p.previousElementSibling()) && !mediaOnly(p.nextElementSibling())) return false;
    String text = p.text();
    return !text.isBlank() && text.length() <= 300 && MEDIA_CREDIT_END.matcher(text).find();
  }

  private static boolean mediaOnly(Element e) {
    if (e == null || e.hasText()) return false;
    String t = e.normalName();
    return t.equals("img") || t.equals("video") || t.equals("iframe") || t.equals("picture")
        || e.selectFirst("img, video, iframe, picture, amp-img, amp-video, amp-iframe") != null;
  }

  /**
   * An italic or small run printed right under a picture inside the same box, only line breaks and spaces
   * between ({@code <img><br><em>caption</em>}): templates without figure markup set captions this way. A
   * run with more text after it in the same box is an emphasis inside a paragraph, not a caption.
   */
  static boolean inlineUnderImage(Element e) {
    // Cheap sibling tests first: text() is linear in the subtree, and this runs for every em/i/small, so on
    // deeply nested inline markup computing it up front would make the walk quadratic.
    boolean image = false;
    for (org.jsoup.nodes.Node n = e.previousSibling(); n != null; n = n.previousSibling()) {
      if (n instanceof org.jsoup.nodes.TextNode t) {
        if (t.isBlank()) continue;
        return false;
      }
      if (!(n instanceof Element x)) continue;
      if (x.tagName().equals("br")) continue;
      image = (x.tagName().equals("img") || x.selectFirst("img") != null) && !x.hasText();
      break;
    }
    if (!image) return false;
    for (org.jsoup.nodes.Node n = e.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) return false;
      // a line break ends the run's line: in bodies written as text between <br>s, what follows is the
      // next paragraph, not more of the caption's sentence
      if (n instanceof Element x && x.tagName().equals("br")) break;
      if (n instanceof Element x && x.hasText()) return false;
    }
    String text = e.text();
    return !text.isBlank() && text.length() <= 300;
  }

  /**
   * The text row under a picture row in a small picture table ({@code <table><tr><td><img></td></tr><tr><td>
   * caption</td></tr></table>}): how CMSs without figure markup (ASP.NET papers, old VnExpress "tplCaption",
   * provincial sites) set captions. Only tables of at most four rows, the row above holding an image and no
   * text, the row itself short: a data table's rows never sit under an image-only row.
   */
  static boolean rowUnderImageRow(Element tr) {
    Element prev = tr.previousElementSibling();
    if (prev == null || !prev.tagName().equals("tr") || prev.hasText() || prev.selectFirst("img") == null) {
      return false;
    }
    Element rows = tr.parent();
    if (rows == null || rows.childrenSize() > 4) return false;
    String text = tr.text();
    return !text.isBlank() && text.length() <= 400;
  }

  /** Lines that are page furniture whatever their markup: "Xem thêm", "Tin liên quan", share prompts. */
  private static final Pattern BOILERPLATE_LINE = Pattern.compile(
      "^(xem thêm|đọc thêm|xem tiếp|tin liên quan|(bạn )?có thể bạn (quan tâm|chưa đọc)|bạn có thể quan tâm|bài liên quan|tin cùng chuyên mục|tin khác|video liên quan|"
          + "mời (bạn|quý vị|quý độc giả|độc giả|quý bạn đọc|bạn đọc)( cùng)? (đọc|xem|theo dõi)|chia sẻ|bình luận|gửi bình luận|ý kiến (bạn đọc|của bạn)|từ khóa|từ khoá|"
          + "tags?\\s*:|chủ đề\\s*:|sự kiện\\s*:|chuyên mục\\s*:|danh mục\\s*:|filed under|theo dõi|nguồn\\s*:|quảng cáo|advertisement|related( articles| stories| "
          + "posts| content|:)|read more|read next|see also|also read|more from|share (this|on)|click here|"
          + "sign up|subscribe|follow us|recommended|most popular|most read|trending|sponsored|loading|don'?t miss|"
          + "must read|top stories|you may also like|you might also like|more on this|editor'?s picks|"
          + "bấm (vào )?(đây|xem)|nhấn (vào )?(đây|xem)|>>|»)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Reproduction notices Vietnamese outlets print under articles ("… xin vui lòng ghi rõ nguồn khi trích dẫn",
   * "Cấm sao chép dưới mọi hình thức"), wherever they sit in the line. English wire notices ("© 2019 Associated
   * Press. All Rights Reserved.") are left alone: the Zyte benchmark's truth counts them as article text.
   */
  private static final Pattern RIGHTS_NOTICE = Pattern.compile(
      "ghi rõ nguồn|cấm sao chép|không được sao chép|nghiêm cấm (sao chép|sử dụng)|bản quyền thuộc",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static boolean boilerplateLine(String text) {
    if (BOILERPLATE_LINE.matcher(text).find()) return true;
    if (Texts.words(text) <= 30 && RIGHTS_NOTICE.matcher(text).find()) return true;
    // short labels set between dashes or arrows ("- Quảng cáo -", "— Advertisement —", ">> Xem thêm")
    int i = 0;
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) i++;
    return i > 0 && i < text.length() && Texts.words(text) <= 5 && BOILERPLATE_LINE.matcher(text.substring(i)).find();
  }
}
