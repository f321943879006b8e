package vn.bantin.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bantin.text.Folding;

/**
 * Shape features of one line, independent of its neighbours. The thresholds come from the seed dumps and their
 * gold (see package notes in {@link TextDumpExtractor}): body paragraphs end with terminal punctuation and have
 * 12–160 words; headlines have 4–35 words and no final period; captions have at most ~45 words.
 */
final class LineShapes {
  private LineShapes() {}

  /** "07:19:05 04/10/2024", "04/10/2024", "01/08/2025 10:03", "Thứ bảy, 5/10/2024, 07:19 (GMT+7)". */
  static final Pattern TIMESTAMP = Pattern.compile("(?iu)^(?:(?:thứ\\s+\\S+|chủ\\s+nhật)\\s*[,-]?\\s*)?"
      + "(?:\\d{1,2}[:h]\\d{2}(?::\\d{2})?\\s*(?:[,|-]\\s*)?(?:(?:thứ\\s+\\S+|chủ\\s+nhật)\\s*[,-]?\\s*)?)?"
      + "(?:ngày\\s+)?\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}"
      + "(?:\\s*[,|-]?\\s*\\d{1,2}[:h]\\d{2}(?::\\d{2})?)?\\s*(?:\\(?\\s*(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?\\s*\\)?)?$");

  /** Image alt text ending in an image number: "… - Hình 1", "… hinh anh 2", "… ảnh 3". */
  static final Pattern IMAGE_NUMBER = Pattern.compile(
      "(?iu)(?:^|\\s)(?:[-–—]\\s*)?(?:hình ảnh|hinh anh|hình|hinh|ảnh|photo|image)\\s*\\d{1,2}$");

  /** A caption's photo credit at the end of the line: "Ảnh: Reuters.", "(Nguồn: Getty)", "(Ảnh minh họa)". */
  static final Pattern PHOTO_CREDIT = Pattern.compile("(?iu)[\\s(.](?:ảnh|hình|nguồn|photo|đồ họa|đồ hoạ|video|clip)"
      + "(?:\\s+\\p{L}+){0,3}\\s*:\\s*[^.:()\\s][^.:()]{0,59}[.)]?\\)?\\s*$"
      + "|(?iu)\\((?:ảnh|hình)(?:\\s+\\p{L}+){1,3}\\)\\.?$"
      + "|(?iu)\\s[-–—]\\s*(?:ảnh|hình) minh h(?:ọa|oạ)\\.?$"
      // English editions: "… Photo by VnExpress/Ngoc Thanh", "(Photo courtesy of the company)"
      + "|(?iu)[\\s(.](?:photo|image|picture)s?\\s+(?:by|courtesy of)\\s+[^.()]{2,60}[.)]?\\)?\\s*$");

  /** Terminal punctuation a paragraph ends with, before closing quotes/brackets. */
  private static final Pattern TERMINAL = Pattern.compile("[.!?…;:]$");
  private static final Pattern TRAILING_CLOSERS = Pattern.compile("[\"”’'»)\\]\\s]+$");
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern FOLLOW_US = Pattern.compile("^theo doi .{1,40} tren(?: .{0,30})?$"
      + "|^.{0,40}\\b(?:tren|on) google(?: news| search)?$|^(?:prefer|add|them) .{1,30} (?:on|tren) google\\b.*$");
  /** Decorations a date line may carry around it: "Thứ Năm, 16/07/2026 17:17 |". */
  private static final Pattern DATE_DECORATION = Pattern.compile("(?iu)^[\\s|•·–—-]*(?:(?:cập nhật|đăng|ngày đăng|"
      + "thời gian|xuất bản|published|updated|posted)(?:\\s+(?:lúc|ngày|on|at))?\\s*:?\\s*)?|[\\s|•·–—-]+$");
  private static final Pattern RELATED_LINK = Pattern.compile("(?iu)^(?:>>|»|►|→|(?:xem|đọc)\\s+(?:thêm|tiếp)\\s*"
      + "(?::|>>|»)|(?:tin|bài)\\s+(?:liên quan|cùng chủ đề)\\s*:)\\s*\\S");
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Footer lines of Vietnamese news sites: licence, editors, address, contacts, copyright. */
  private static final Pattern FOOTER = Pattern.compile("(?iu)^(?:©|\\(c\\)|(?:copyright|bản quyền|giấy phép(?: số| thiết lập)?|"
      + "(?:phó )?tổng biên tập|cơ quan chủ quản|chịu trách nhiệm(?: nội dung| xuất bản| quản lý)?|trụ sở(?: chính)?|"
      + "tòa soạn|toà soạn|phòng đại diện|văn phòng đại diện|điện thoại|đt|tel|fax|email|e-mail|hotline|đường dây nóng|"
      + "liên hệ quảng cáo|hỗ trợ|cấm sao chép|ghi rõ nguồn|chỉ được phát hành lại|all rights reserved)\\b).*");
  /** Topic and tag labels: "Sự kiện: …", "Chủ đề: …", "Từ khóa: …", "Tags: …". */
  private static final Pattern LABEL_LINE =
      Pattern.compile("(?iu)^(?:sự kiện|chủ đề|từ khóa|từ khoá|tags?|keywords?|chuyên mục|danh mục|#\\S+)\\s*[:#]?.*");
  /** A writer box: a name with a newsroom role ("Đàm Đệ Nhà báo", "Phóng viên Minh Anh"). */
  private static final Pattern ROLE =
      Pattern.compile("(?iu)^(?:(?:nhà báo|phóng viên|pv|ctv|biên tập viên|btv)\\s+.{2,30}|.{2,30}\\s+(?:nhà báo|phóng viên|pv|ctv))$");
  private static final Pattern BULLET = Pattern.compile("^[-•–+*●▪◦·]\\s+\\S");
  private static final Pattern ROLE_WORD =
      Pattern.compile("(?iu)^(?:nhà báo|phóng viên|pv|ctv|biên tập viên|btv)\\s+|\\s+(?:nhà báo|phóng viên|pv|ctv)$");
  /** Words share bars and tool rows are made of, folded: a line of only these is page furniture. */
  private static final Set<String> TOOL_WORDS = Set.copyOf(List.of("nghe", "chia", "se", "luu", "tin", "binh", "luan", "tro",
      "ve", "in", "bai", "copy", "link", "facebook", "zalo", "twitter", "x", "email", "gui", "bao", "loi", "sao",
      "chep", "lien", "ket", "theo", "doi", "google", "news", "thich", "like", "share", "tweet", "pinterest",
      "telegram", "messenger", "linkedin", "lay", "goc", "cho", "nay", "viet", "ban", "font", "size", "co", "chu",
      "a", "aa", "a-", "a+", "phong", "to", "nho", "dong", "mo", "in", "trang", "quay", "lai",
      // forum post actions: "Thích Trả lời Báo cáo", "Trích dẫn"
      "tra", "cao", "trich", "dan"));

  /**
   * Unaccented syllables frequent in Vietnamese: a line of only unaccented words made mostly of these is a URL
   * slug or diacritic-stripped alt text ("my van hy vong tai khoi dong quan he ngoai giao voi trieu tien").
   */
  private static final Set<String> PLAIN_SYLLABLES = Set.copyOf(List.of("va", "cua", "voi", "trong", "cho", "ve", "tai",
      "khong", "nhung", "duoc", "la", "mot", "cac", "nhu", "se", "da", "dang", "tu", "den", "sau", "truoc",
      "tren", "duoi", "nguoi", "nha", "ong", "ba", "thu", "quan", "he", "giao", "tien", "trieu", "han", "quoc",
      "my", "nga", "viet", "nam", "hoi", "nghi", "dam", "phan", "tiep", "tuc", "hinh", "anh", "thong", "tong",
      "cam", "ket", "giup", "bang", "moi", "cach", "hy", "vong", "khoi", "dong", "ngoai", "lanh", "dao",
      "chinh", "phu", "kinh", "te", "xa", "thanh", "pho", "lai", "len", "ra", "vao", "khi", "neu", "thi", "ma",
      "de", "nay", "do", "co", "cung", "nhat", "hai", "nhieu", "lon", "dau", "ngay", "thang",
      "tin", "bao", "dan", "canh", "an", "toan", "chien", "tranh", "luc", "truong", "bo", "dinh", "di"));

  private static final Set<String> LIST_HEADERS = loadPhrases("lists");
  private static final Set<String> FURNITURE = loadPhrases("furniture");
  private static final Set<String> SECTIONS = loadPhrases("sections");

  static int words(String s) {
    int n = 0;
    var m = WORD.matcher(s);
    while (m.find()) n++;
    return n;
  }

  /**
   * Ends with terminal punctuation, ignoring closing quotes and brackets. Every gold paragraph, lead and caption
   * on the seeds ends with . ! or ? (possibly before a closing quote), while headlines end with a word or a
   * closing quote.
   */
  static boolean endsTerminal(String s) {
    String t = TRAILING_CLOSERS.matcher(s).replaceAll("");
    return !t.isEmpty() && TERMINAL.matcher(t).find();
  }

  /**
   * A headline cut short by a list ("… Cuba vận hành công..."): ends with an ellipsis, one clause (no sentence
   * break inside), headline length.
   */
  static boolean isTruncatedHeadline(String s, int words) {
    String t = s.strip();
    if (!endsWithEllipsis(t) || words > 30) return false;
    String inner = t.replaceAll("(?:\\.\\.\\.|…)$", "");
    return !inner.matches(".*[.!?…]\\s.*");
  }

  static boolean endsWithEllipsis(String s) {
    String t = s.strip();
    return t.endsWith("...") || t.endsWith("…");
  }

  /** Folded, letters and digits only, single-spaced: the key for comparing lines. */
  static String key(String s) {
    return NON_ALNUM.matcher(Folding.fold(s)).replaceAll(" ").strip();
  }

  static boolean isTimestamp(String s) {
    return s.length() <= 60 && TIMESTAMP.matcher(DATE_DECORATION.matcher(s).replaceAll("")).matches();
  }

  /** A known furniture phrase, or a "follow us on …" widget. */
  static boolean isBoilerplatePhrase(String s) {
    String k = key(s);
    return LIST_HEADERS.contains(k) || FURNITURE.contains(k) || FOLLOW_US.matcher(k).matches();
  }

  /**
   * A navigation menu: the whole line is three or more section names ("Thời sự Thế giới Kinh tế Pháp luật",
   * "Trang chủ | Giao thông | Đô thị"). Matched greedily, longest name first, on folded words.
   */
  static boolean isMenuLine(String s) {
    String[] w = key(s).split(" ");
    if (w.length < 3 || w.length > 40) return false;
    int i = 0, names = 0;
    while (i < w.length) {
      int step = 0;
      for (int len = Math.min(3, w.length - i); len >= 1 && step == 0; len--) {
        if (SECTIONS.contains(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + len)))) step = len;
      }
      if (step == 0) return false;
      i += step;
      names++;
    }
    return names >= 3;
  }

  /**
   * Navigation: a breadcrumb or a row of links, short chunks of one to four words set apart by "›", "»", ">",
   * "|" or runs of spaces ("Trang chủ > Thế giới", "Đăng ký   Đăng nhập"), with no sentence end. Headlines use
   * ":" and " - " but not these.
   */
  static boolean isNavigation(String s) {
    if (s.indexOf('>') < 0 && s.indexOf('|') < 0 && s.indexOf('»') < 0 && s.indexOf('›') < 0
        && !s.contains("   ")) {
      return false; // no separator: most lines stop here
    }
    String t = s.strip();
    if (endsTerminal(t)) return false;
    String[] chunks = NAV_SEPARATOR.split(t);
    if (chunks.length < 2) return false;
    for (String c : chunks) {
      int w = words(c);
      if (w < 1 || w > 4) return false;
    }
    return true;
  }

  private static final Pattern NAV_SEPARATOR = Pattern.compile("\\s*[›»>|]\\s*|\\s{3,}");

  /** The header of a list of other articles ("Tin liên quan", "Đọc thêm", "Cùng chủ đề"…). */
  static boolean isListHeader(String s) {
    return LIST_HEADERS.contains(key(s));
  }

  static boolean hasImageNumber(String s) {
    return !endsTerminal(s) && IMAGE_NUMBER.matcher(s.strip()).find();
  }

  /** The line without a trailing image number ("… - Hình 1" gives "…"). */
  static String withoutImageNumber(String s) {
    return IMAGE_NUMBER.matcher(s.strip()).replaceAll("").strip();
  }

  static boolean hasPhotoCredit(String s) {
    return PHOTO_CREDIT.matcher(s.strip()).find();
  }

  /** Count of leading words written without any diacritic that look like Vietnamese syllables. */
  static int plainPrefixWords(String s) {
    String[] ws = splitWords(s);
    int n = 0;
    for (String w : ws) {
      if (!isPlainAscii(w)) break;
      n++;
    }
    return n;
  }

  /** The line's words, split on whitespace. */
  static String[] splitWords(String s) {
    String t = s.strip();
    return t.isEmpty() ? new String[0] : SPACES.split(t);
  }

  /** Whole line unaccented and slug-like: mostly common Vietnamese syllables written without diacritics. */
  static boolean isSlug(String s) {
    String[] ws = splitWords(s);
    if (ws.length < 5 || plainPrefixWords(s) < ws.length) return false;
    return plainSyllableShare(ws, ws.length) >= 0.4;
  }

  /** A slug glued in front of an accented headline: a related link. */
  static boolean isSlugPrefixed(String s) {
    String[] ws = splitWords(s);
    int p = plainPrefixWords(s);
    return p >= 5 && p < ws.length && plainSyllableShare(ws, p) >= 0.5;
  }

  private static double plainSyllableShare(String[] ws, int upTo) {
    int hit = 0;
    for (int i = 0; i < upTo; i++) {
      if (PLAIN_SYLLABLES.contains(asciiLetters(ws[i]))) hit++;
    }
    return upTo == 0 ? 0 : hit / (double) upTo;
  }

  /** No letter outside ASCII (punctuation may be anything): the word carries no diacritic. */
  private static boolean isPlainAscii(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c > 127 && Character.isLetter(c)) return false;
    }
    return true;
  }

  private static String asciiLetters(String w) {
    StringBuilder sb = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = Character.toLowerCase(w.charAt(i));
      if (c >= 'a' && c <= 'z') sb.append(c);
    }
    return sb.toString();
  }

  /** "Xem thêm: …", "Đọc thêm >> …", ">> …": an inline link to another article. */
  static boolean isRelatedLink(String s) {
    return RELATED_LINK.matcher(s.strip()).find();
  }

  /** A bulleted line: "- …", "• …", "+ …". */
  static boolean isBullet(String s) {
    return BULLET.matcher(s.strip()).find();
  }

  /** The writer named in a writer box ("Đàm Đệ Nhà báo" gives "Đàm Đệ"), or null. */
  static String writerName(String s) {
    String t = s.strip();
    if (words(t) > 6 || !ROLE.matcher(t).matches()) return null;
    String name = ROLE_WORD.matcher(t).replaceAll("").strip();
    return name.isEmpty() ? null : name;
  }

  /** A site-footer line (licence, editors, address, contacts, copyright); footers are short lines. */
  static boolean isFooter(String s) {
    String t = s.strip();
    if (words(t) > 40 || !FOOTER.matcher(t).matches()) return false;
    // a sentence or a headline may open with a contact word ("Hỗ trợ 10 triệu đồng cho mỗi hộ…", "Điện thoại
    // Samsung giảm giá"): besides the copyright notice, contact lines are labels ("Tòa soạn: …") or short lines
    // with a number or an address in them ("Hotline 0903 000 000")
    return COPYRIGHT.matcher(t).find() || FOOTER_LABEL.matcher(t).find() || words(t) <= MAX_FOOTER_LINK_WORDS
        || (words(t) <= MAX_FOOTER_FIELD_WORDS && CONTACT_DATA.matcher(t).find());
  }

  /** Longest footer link ("Liên hệ quảng cáo", "Đường dây nóng"): shorter than any gold headline. */
  static final int MAX_FOOTER_LINK_WORDS = 4;
  /** Longest contact line without a colon ("Hotline 0903 000 000", "Tòa soạn 12 phố Huế, Hà Nội"), in words. */
  static final int MAX_FOOTER_FIELD_WORDS = 12;
  private static final Pattern CONTACT_DATA = Pattern.compile("\\d{3}|@|www\\.|\\.vn\\b|\\.com\\b");
  private static final Pattern COPYRIGHT = Pattern.compile("(?iu)^(?:©|\\(c\\)|copyright|bản quyền|giấy phép|"
      + "cấm sao chép|ghi rõ nguồn|chỉ được phát hành lại|all rights reserved)");
  private static final Pattern FOOTER_LABEL = Pattern.compile("(?iu)^[^:：]{1,40}[:：]");

  /** Page tool rows ("Nghe Chia sẻ Lưu tin Bình luận Trở về", "Chia sẻ Facebook"), tag and topic labels. */
  static boolean isToolRow(String s) {
    String t = s.strip();
    if (LABEL_LINE.matcher(t).matches() && words(t) <= 16) return true;
    if (ROLE.matcher(t).matches() && words(t) <= 6) return true;
    String k = key(t);
    if (k.isEmpty()) return false;
    if (k.startsWith("bao loi") && words(t) <= 5) return true;
    String[] ws = k.split(" ");
    if (ws.length < 2 || ws.length > 10) return false;
    for (String w : ws) if (!TOOL_WORDS.contains(w)) return false;
    return true;
  }

  /**
   * Furniture printed under an article's text: share and comment rows ("Bình luận (12)", "Chia sẻ Facebook"),
   * tag and topic lines, writer boxes, "follow us" widgets, comment and share prompts. Counts in the row do not
   * matter.
   */
  static boolean isEndFurniture(String s) {
    String k = key(s);
    if (k.isEmpty()) return false;
    String bare = DIGITS.matcher(k).replaceAll(" ").strip();
    return FURNITURE.contains(k) || FURNITURE.contains(bare) || FOLLOW_US.matcher(k).matches() || isToolRow(s)
        || (!bare.isEmpty() && !bare.equals(k) && isToolRow(bare));
  }

  private static final Pattern DIGITS = Pattern.compile("\\s*\\d+\\s*");

  /** The same text twice in a row with nothing between ("Trở lại Thời sựTrở lại Thời sự"): glued navigation. */
  static boolean isDoubled(String s) {
    String t = s.strip();
    int n = t.length();
    return n >= 6 && n % 2 == 0 && t.substring(0, n / 2).equals(t.substring(n / 2));
  }

  /** A data line (line-ups, tables flattened): several semicolons and no final punctuation. */
  static boolean isDataLine(String s) {
    return s.chars().filter(c -> c == ';').count() >= 2 && !endsTerminal(s);
  }

  /** An image file name or URL left as alt text ("hoa-ca-phe-dak-lak-1.jpg", "https://…/anh.png?w=800"). */
  static boolean isImageFile(String s) {
    return IMAGE_FILE.matcher(s.strip()).matches();
  }

  private static final Pattern IMAGE_FILE = Pattern.compile("(?i)\\S{1,200}\\.(?:jpe?g|png|gif|webp|avif|bmp)(?:\\?\\S*)?");

  /** The number of a numbered heading or step ("1. Đăng nhập…", "2) Khai tờ khai"), or -1. */
  static int headingNumber(String s) {
    Matcher m = NUMBERED.matcher(s.strip());
    return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
  }

  private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2})[.)]\\s+\\p{L}");

  /** An advertising label ("Quảng cáo", "Advertisement", "Sponsored", "Nội dung tài trợ"). */
  static boolean isAdLabel(String s) {
    return AD_LABELS.contains(key(s));
  }

  private static final Set<String> AD_LABELS = Set.of("quang cao", "advertisement", "sponsored", "tai tro",
      "noi dung tai tro", "ads", "promoted", "ad");

  /** A writer's name and the date on one line ("Minh Anh - 08:30, 13/02/2026", "Hà Thu | 13/02/2026 08:30"). */
  static boolean isNamedDate(String s) {
    Matcher m = NAMED_DATE.matcher(s.strip());
    return m.matches() && LineClassifier.isName(m.group(1)) && isTimestamp(m.group(2).replace(",", " ").strip());
  }

  private static final Pattern NAMED_DATE = Pattern.compile("(\\p{Lu}[^\\d|–-]{2,40}?)\\s+[-–|]\\s+(.{6,40})");

  /**
   * The signature line of an embedded social post ("— Alex Morgan (@alexmorgan) February 11, 2026") or its
   * picture link ("pic.twitter.com/…"): the embed's furniture.
   */
  static boolean isEmbedSignature(String s) {
    return EMBED_SIGNATURE.matcher(s.strip()).find();
  }

  private static final Pattern EMBED_SIGNATURE = Pattern.compile(
      "(?i)^(?:[—–-]\\s*.{1,60}\\(@\\w{1,30}\\).{0,40}$|pic\\.twitter\\.com/\\S+$)");

  /** A name after an academic or professional title ("TS. Nguyễn Văn Khoa", "PGS.TS Lê Hoa", "Luật sư Trần Hòa"). */
  static boolean isHonorificName(String s) {
    Matcher m = HONORIFIC.matcher(s.strip());
    return m.matches() && LineClassifier.isName(m.group(1));
  }

  private static final Pattern HONORIFIC = Pattern.compile("(?:(?:GS|PGS|TS|ThS|TSKH|BS|BSCKII|BSCKI|KTS|KS|LS|NSND|NSƯT)"
      + "(?:\\.\\s?(?:TS|ThS|BS|KTS))?\\.?|Luật sư|Bác sĩ|Kiến trúc sư|Nhà báo|Nhà văn|Kỹ sư|Tiến sĩ|Thạc sĩ)\\s+(.{4,40})");

  /** An opinion column's disclaimer ("Bài viết thể hiện quan điểm riêng của tác giả."). */
  static boolean isDisclaimer(String s) {
    return words(s) <= 25 && DISCLAIMER.matcher(s).find();
  }

  private static final Pattern DISCLAIMER = Pattern.compile("(?iu)quan điểm riêng của tác giả|không nhất thiết phản ánh"
      + "|views expressed (?:here |in this article )?are");

  /** Ends with a colon (before closing quotes/brackets): the line announces what follows. */
  static boolean endsWithColon(String s) {
    return TRAILING_CLOSERS.matcher(s).replaceAll("").endsWith(":");
  }

  /** Starts like a headline: capital letter, digit or opening quote. */
  static boolean startsLikeHeadline(String s) {
    String t = s.strip();
    if (t.isEmpty()) return false;
    int c = t.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘«([".indexOf(c) >= 0 || camelCaseStart(t);
  }

  /** Starts with a letter, digit or opening quote: a headline's start on a page written without capitals. */
  static boolean startsWithWord(String s) {
    String t = s.strip();
    if (t.isEmpty()) return false;
    int c = t.codePointAt(0);
    return Character.isLetterOrDigit(c) || "\"'“‘«([".indexOf(c) >= 0;
  }

  /** A brand written with an inner capital opens the line ("iPhone 6 có…", "eBay mở…"): a capitalized start. */
  private static boolean camelCaseStart(String t) {
    int end = t.indexOf(' ');
    String first = end < 0 ? t : t.substring(0, end);
    for (int i = 1; i < first.length(); i++) {
      if (Character.isUpperCase(first.charAt(i))) return Character.isLowerCase(first.charAt(0));
    }
    return false;
  }

  /**
   * A turn of an interview printed as "PV: …", "Phóng viên: …", "Hỏi: …", "Đáp: …" (also "Q:"/"A:"): the
   * question is body text even when it is short and ends with "?" or "!", which would otherwise make it
   * headline-shaped.
   */
  static boolean isInterviewTurn(String s) {
    return INTERVIEW_TURN.matcher(s.strip()).find();
  }

  private static final Pattern INTERVIEW_TURN =
      Pattern.compile("(?iu)^(?:pv|phóng viên|hỏi|đáp|q|a)\\s*[:：]\\s*\\S+\\s+\\S+");

  /** Cells of a flattened table row ("Tỉnh | Lượng mưa (mm) | Mức cảnh báo", tab-separated cells): 0 if none. */
  static int tableCells(String s) {
    String t = s.strip();
    if (t.indexOf('|') < 0 && t.indexOf('\t') < 0) return 0;
    String[] cells = t.split("\\s*[|\t]\\s*", -1);
    if (cells.length < 2) return 0;
    for (String c : cells) if (c.isBlank() || words(c) > MAX_TABLE_CELL_WORDS) return 0;
    return cells.length;
  }

  /** Longest table cell in words: cells are labels and figures, not sentences. */
  static final int MAX_TABLE_CELL_WORDS = 12;

  static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }

  /**
   * Forum furniture: the thread line ("Thảo luận trong 'X' bắt đầu bởi Y, 13/11/2025", "Discussion in 'X'
   * started by Y") and login prompts ("Bạn phải đăng nhập hoặc đăng ký để trả lời bài viết này.",
   * "Vui lòng đăng nhập để bình luận"): never article text, though shaped like sentences.
   */
  static boolean isForumOrLoginPrompt(String s) {
    return FORUM_META.matcher(s.strip()).find();
  }

  private static final Pattern FORUM_META = Pattern.compile("(?iu)^(?:(?:thảo luận|chủ đề) trong .{1,60}"
      + "(?:bắt đầu bởi|được tạo bởi|gửi bởi)|discussion in .{1,60} started by"
      + "|(?:bạn\\s+)?(?:phải|cần|vui lòng|hãy)\\s+đăng nhập|(?:you must )?log in (?:or register )?to (?:reply|comment))");

  /**
   * Alt text printing a headline with a bare image number ("Động đất … - 1", Dân trí's pictures): the
   * headline without the number when the line ends in " - N", else null.
   */
  static String withoutBareImageNumber(String s) {
    Matcher m = BARE_IMAGE_NUMBER.matcher(s.strip());
    return m.find() ? s.strip().substring(0, m.start()).strip() : null;
  }

  private static final Pattern BARE_IMAGE_NUMBER = Pattern.compile("\\s[-–—]\\s*\\d{1,2}$");

  private static Set<String> loadPhrases(String section) {
    Set<String> out = new HashSet<>();
    String current = "";
    try (InputStream in = LineShapes.class.getResourceAsStream("boilerplate-phrases.txt")) {
      if (in == null) throw new IllegalStateException("boilerplate-phrases.txt missing from the classpath");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        if (line.startsWith("[")) { current = line.replaceAll("[\\[\\]]", "").strip(); continue; }
        if (current.equals(section)) out.add(key(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
