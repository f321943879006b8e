package vn.bantin.extract.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.bantin.extract.source.CreditLines;
import vn.bantin.extract.source.Outlets;

/**
 * First pass over a dump: each non-blank line gets a kind from its own shape, then neighbours refine it
 * (a line after an image marker is its caption; a line above a date in a run of dated lines is a listed
 * headline; a headline repeated nearby is image alt text). Article membership is decided later by
 * {@link ArticleSegmenter}.
 */
final class LineClassifier {
  /** Most words a caption has (gold captions: 12–40 words). */
  static final int MAX_CAPTION_WORDS = 55;
  /** Most words a headline has (gold titles: 6–24 words; listed headlines up to ~35). */
  static final int MAX_HEADLINE_WORDS = 40;
  /** Fewest words of a sentence-shaped line counted as paragraph text (shorter ones are labels/prompts). */
  static final int MIN_SENTENCE_WORDS = 8;
  /** A line this long is running text even without final punctuation (truncated snippets, slogans). */
  static final int LONG_LINE_WORDS = 35;
  /** Most words of a headline ending in "?" or "!" (listed question headlines on the seeds: up to 27). */
  static final int MAX_QUESTION_HEADLINE_WORDS = 30;
  /** How far (in non-blank lines) a repeated headline is taken for image alt text. */
  static final int REPEAT_WINDOW = 8;
  /** How near another date must be for a dated line to be part of a list. */
  static final int LIST_DATE_WINDOW = 6;

  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.?\\p{Lu}){1,3}\\.?");
  private final CreditLines credits;
  private final Outlets outlets;

  LineClassifier(CreditLines credits) {
    this.credits = credits;
    this.outlets = credits.outlets();
  }

  LineKind[] classify(List<String> lines) {
    int n = lines.size();
    LineKind[] k = new LineKind[n];
    boolean cased = capitalizesSentences(lines);
    for (int i = 0; i < n; i++) k[i] = shape(lines.get(i), cased);
    markTables(lines, k);
    markRepeats(lines, k);
    markCaptions(lines, k);
    markDatedLists(lines, k);
    markBylines(lines, k);
    markLinkLists(lines, k);
    markInterviewQuestions(lines, k);
    markNumberedSections(lines, k);
    markAdCopy(lines, k);
    markPullQuotes(lines, k);
    markEmbeddedPosts(lines, k);
    markAffiliations(lines, k);
    markInlineVideos(lines, k);
    return k;
  }

  /**
   * Whether the page starts its sentences with capitals. Every paragraph on the seeds and fixtures does; a page
   * in a script without case (Korean, Chinese, Thai) or lower-cased by whatever made the dump does not, and there
   * a headline cannot be told by its first letter. Pages with too few sentence lines to tell count as cased.
   */
  static boolean capitalizesSentences(List<String> lines) {
    int sentences = 0, capitalized = 0;
    for (String l : lines) {
      if (!LineShapes.endsTerminal(l) || LineShapes.words(l) < MIN_SENTENCE_WORDS) continue;
      sentences++;
      if (LineShapes.startsLikeHeadline(l)) capitalized++;
      // settled once the first sentences mostly open with capitals (nearly every page): stop reading
      if (capitalized >= CASE_SETTLED && capitalized * 2 >= sentences) return true;
    }
    return sentences < MIN_CASE_EVIDENCE || capitalized >= MIN_CAPITALIZED_SHARE * sentences;
  }

  /** Capitalized sentence lines, at least half of those seen, that settle a page as cased. */
  static final int CASE_SETTLED = 5;
  /** Sentence lines needed to judge a page's capitalization. */
  static final int MIN_CASE_EVIDENCE = 3;
  /** Share of sentence lines starting with a capital under which a page is taken as written without case. */
  static final double MIN_CAPITALIZED_SHARE = 0.2;

  /** The kind a line has on its own, on a page that capitalizes its sentences. */
  LineKind shape(String s) {
    return shape(s, true);
  }

  /** The kind a line has on its own; on a page without capitals any first letter may open a headline. */
  LineKind shape(String s, boolean cased) {
    int w = LineShapes.words(s);
    if (LineShapes.isTimestamp(s) || LineShapes.isNamedDate(s)) return LineKind.TIMESTAMP;
    if (LineShapes.isEmbedSignature(s) || LineShapes.isHonorificName(s) || LineShapes.isDisclaimer(s)) {
      return LineKind.BOILERPLATE;
    }
    if (LineShapes.isImageFile(s)) return LineKind.IMAGE_MARKER;
    if (w <= 14 && (credits.parse(s).isPresent() || AgencyCredits.parse(s, outlets).isPresent())) return LineKind.CREDIT;
    if (LineShapes.isFooter(s)) return LineKind.FOOTER;
    if (w <= MAX_PROMPT_WORDS && LineShapes.isForumOrLoginPrompt(s)) return LineKind.BOILERPLATE;
    if (LineShapes.isBoilerplatePhrase(s) || LineShapes.isDoubled(s) || LineShapes.isDataLine(s)
        || LineShapes.isToolRow(s) || LineShapes.isMenuLine(s) || LineShapes.isNavigation(s)) {
      return LineKind.BOILERPLATE;
    }
    if (LineShapes.hasImageNumber(s) || LineShapes.isSlug(s)) return LineKind.IMAGE_MARKER;
    if (LineShapes.isSlugPrefixed(s) || LineShapes.isRelatedLink(s)) return LineKind.RELATED;
    if (w >= 2 && LineShapes.isBullet(s)) return LineKind.BULLET;
    if (w <= MAX_CAPTION_WORDS && LineShapes.hasPhotoCredit(s)) return LineKind.CAPTION;
    // "PV: … ?" is an interview question, body text however short: no headline ends in a question put by "PV:"
    if (LineShapes.isInterviewTurn(s)) return LineKind.SENTENCE;
    boolean terminal = LineShapes.endsTerminal(s);
    boolean headStart = cased ? LineShapes.startsLikeHeadline(s) : LineShapes.startsWithWord(s);
    if (terminal && headStart && (isQuestionHeadline(s, w) || LineShapes.isTruncatedHeadline(s, w))) {
      return LineKind.HEADLINE;
    }
    if ((terminal && w >= MIN_SENTENCE_WORDS) || w >= LONG_LINE_WORDS) return LineKind.SENTENCE;
    if (w <= 3) return LineKind.BOILERPLATE; // section labels: "Netizen", "Du lịch", "Có;"
    if (headStart && w <= MAX_HEADLINE_WORDS && !terminalPeriod(s)) return LineKind.HEADLINE;
    if (terminal) return LineKind.SENTENCE;
    return LineKind.BOILERPLATE;
  }

  /** Longest forum line or login prompt ("Bạn phải đăng nhập hoặc đăng ký để trả lời bài viết này."). */
  static final int MAX_PROMPT_WORDS = 20;

  /** A headline may end with "?" or "!" ("Sẽ thế nào nếu NATO vắng bóng Mỹ?"): short, one clause. */
  private static boolean isQuestionHeadline(String s, int w) {
    String t = s.strip().replaceAll("[\"”’'»)\\]\\s]+$", "");
    if (!(t.endsWith("?") || t.endsWith("!")) || w > MAX_QUESTION_HEADLINE_WORDS) return false;
    String inner = t.substring(0, t.length() - 1).replace("...", " ").replace("…", " ");
    return !inner.matches(".*[.!?]\\s.*");
  }

  private static boolean terminalPeriod(String s) {
    String t = s.strip().replaceAll("[\"”’'»)\\]\\s]+$", "");
    return t.endsWith(".") && !t.endsWith("...");
  }

  /**
   * A headline printed twice in a row (the h1 and a hidden copy, or a list item's link and its image's alt
   * text) counts once: the copy is alt text. A sentence printed twice in a row is a caption shown under the
   * image and again in a lightbox. A headline repeated a few lines on is image alt text; a sentence repeated
   * anywhere later is a copy (sticky bars, share boxes) and dropped.
   */
  private static void markRepeats(List<String> lines, LineKind[] k) {
    int n = lines.size();
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) keys[i] = LineShapes.key(lines.get(i));
    for (int i = 0; i + 1 < n; i++) {
      if (keys[i].isEmpty() || !keys[i].equals(keys[i + 1])) continue;
      if (k[i] == LineKind.CAPTION || k[i + 1] == LineKind.CAPTION
          || (k[i] == LineKind.SENTENCE && LineShapes.words(lines.get(i)) <= MAX_CAPTION_WORDS)) {
        k[i] = LineKind.CAPTION;
        k[i + 1] = LineKind.CAPTION;
      } else if (k[i] == LineKind.HEADLINE) {
        // a hidden copy right under it, not a picture: the line after it is no caption
        k[i + 1] = LineKind.BOILERPLATE;
      }
    }
    java.util.Map<String, Integer> firstSeen = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      if (k[i] == LineKind.SENTENCE) {
        Integer first = firstSeen.putIfAbsent(keys[i], i);
        if (first != null) {
          // the copy is the one standing alone (a page description over the headline, a sticky bar): keep the
          // one set among paragraphs
          if (!amongSentences(k, first) && amongSentences(k, i)) { k[first] = LineKind.BOILERPLATE; firstSeen.put(keys[i], i); }
          else k[i] = LineKind.BOILERPLATE;
        }
      }
      if (k[i] != LineKind.HEADLINE) continue;
      for (int j = i + 2; j < n && j <= i + REPEAT_WINDOW; j++) {
        if (k[j] == LineKind.LISTING) continue;
        // the headline again, or again with a bare image number ("… - 1"): alt text of the article's picture
        String bare = LineShapes.withoutBareImageNumber(lines.get(j));
        if (keys[j].equals(keys[i]) || (bare != null && LineShapes.key(bare).equals(keys[i]))) {
          k[j] = LineKind.IMAGE_MARKER;
        }
      }
    }
  }

  /**
   * A table flattened to text prints one row a line, cells set apart by "|" or tabs. Rows come in blocks of at
   * least two lines with the same number of cells, and most rows of a data table hold figures; a breadcrumb or a
   * link row ("Trang chủ | Tin tức | Liên hệ") stands alone and holds none, so it stays navigation.
   */
  private static void markTables(List<String> lines, LineKind[] k) {
    int n = lines.size();
    int i = 0;
    while (i < n) {
      int cells = LineShapes.tableCells(lines.get(i));
      if (cells < 2 || LineShapes.words(lines.get(i)) > MAX_HEADLINE_WORDS) { i++; continue; }
      int j = i;
      int withDigits = 0;
      while (j < n && LineShapes.tableCells(lines.get(j)) == cells) {
        if (LineShapes.hasDigit(lines.get(j))) withDigits++;
        j++;
      }
      int rows = j - i;
      if (rows >= MIN_TABLE_ROWS && withDigits * 2 >= rows) {
        for (int m = i; m < j; m++) k[m] = LineKind.TABLE_ROW;
      }
      i = Math.max(j, i + 1);
    }
    // data lines ("Hà Nội FC: Văn Toản; Đức Huy, …; …") announced by a line ending with a colon inside the
    // text ("Đội hình xuất phát:") are the article's own data, and the announcing line is its text
    for (int m = 1; m + 1 < n; m++) {
      if (!LineShapes.endsWithColon(lines.get(m)) || LineShapes.isListHeader(lines.get(m))
          || k[m + 1] != LineKind.BOILERPLATE || !LineShapes.isDataLine(lines.get(m + 1))) {
        continue;
      }
      int above = m - 1;
      while (above > 0 && (k[above] == LineKind.IMAGE_MARKER || k[above] == LineKind.CAPTION)) above--;
      if (k[above] != LineKind.SENTENCE) continue;
      if (k[m] == LineKind.HEADLINE || k[m] == LineKind.BOILERPLATE) k[m] = LineKind.SENTENCE;
      for (int d = m + 1; d < n && k[d] == LineKind.BOILERPLATE && LineShapes.isDataLine(lines.get(d)); d++) {
        k[d] = LineKind.TABLE_ROW;
      }
    }
  }

  /** Fewest rows of a flattened table (a header and one data row). */
  static final int MIN_TABLE_ROWS = 2;

  /** A sentence line next to another (past pictures and furniture): part of a text, not a lone copy. */
  private static boolean amongSentences(LineKind[] k, int i) {
    for (int d = -1; d <= 1; d += 2) {
      for (int m = i + d; m >= 0 && m < k.length; m += d) {
        if (k[m] == LineKind.SENTENCE) return true;
        if (k[m] != LineKind.IMAGE_MARKER && k[m] != LineKind.CAPTION && k[m] != LineKind.TIMESTAMP) break;
      }
    }
    return false;
  }

  /** The line right after image alt text, if shaped like a caption, is the caption. */
  private static void markCaptions(List<String> lines, LineKind[] k) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (k[i] != LineKind.IMAGE_MARKER) continue;
      String next = lines.get(i + 1);
      boolean shaped = LineShapes.endsTerminal(next) || LineShapes.hasPhotoCredit(next);
      if ((k[i + 1] == LineKind.SENTENCE || k[i + 1] == LineKind.CAPTION) && shaped
          && LineShapes.words(next) <= MAX_CAPTION_WORDS) {
        k[i + 1] = LineKind.CAPTION;
      } else if (k[i + 1] == LineKind.HEADLINE && (LineShapes.hasImageNumber(lines.get(i))
          || (pictureMarker(lines.get(i)) && insideText(k, i) && (textRunsOn(k, i + 2) || textEnds(k, i + 2))))) {
        // a picture between paragraphs: the headline-shaped line under it is its caption, since a sub-heading
        // opens a section above its picture, not under it. A link's thumbnail (a URL slug) over a headline and
        // a one-line snippet is an inline teaser instead, so the text must run on for two paragraphs. A
        // picture closing the text (a credit, a byline, furniture or the page end under it) has its caption
        // under it too: a sub-heading is never the last line of an article. Numbered alt text ("… - Hình 2")
        // is always a picture of the article, never a link, so the line under it is its caption wherever it is.
        k[i + 1] = LineKind.CAPTION;
      }
    }
  }

  /** Alt text of a picture: numbered ("… - Hình 1", "… hinh anh 2") or not a bare URL slug (a link's thumbnail). */
  private static boolean pictureMarker(String line) {
    return LineShapes.hasImageNumber(line) || !LineShapes.isSlug(line);
  }

  private static boolean textRunsOn(LineKind[] k, int i) {
    return i + 1 < k.length && k[i] == LineKind.SENTENCE && k[i + 1] == LineKind.SENTENCE;
  }

  /** Nothing of an article follows line {@code i}: the page ends, or a credit, byline or footer line comes. */
  private static boolean textEnds(LineKind[] k, int i) {
    return i >= k.length || k[i] == LineKind.CREDIT || k[i] == LineKind.BYLINE || k[i] == LineKind.FOOTER
        || k[i] == LineKind.BOILERPLATE;
  }

  /** The line above the image marker at {@code i} (past other markers) is article text. */
  private static boolean insideText(LineKind[] k, int i) {
    int j = i - 1;
    while (j >= 0 && k[j] == LineKind.IMAGE_MARKER) j--;
    return j >= 0 && k[j] == LineKind.SENTENCE;
  }

  /**
   * An interview printing its questions without a "PV:" label: short lines ending in "?" that address the
   * interviewee ("Ông bắt đầu làm gốm từ khi nào?"), each between paragraphs (the answer under it, text or
   * furniture-separated text above). Two or more such questions on a page make it an interview, whose questions
   * between paragraphs are turns, body text; a single one may be a listed question headline between two
   * teasers' snippets, so it stays a headline.
   */
  private static void markInterviewQuestions(List<String> lines, LineKind[] k) {
    List<Integer> questions = new java.util.ArrayList<>();
    int addressed = 0;
    for (int i = 1; i + 1 < k.length; i++) {
      if (k[i] != LineKind.HEADLINE || !lines.get(i).strip().endsWith("?") || k[i + 1] != LineKind.SENTENCE) continue;
      int j = i - 1;
      while (j > 0 && (k[j] == LineKind.BOILERPLATE || k[j] == LineKind.IMAGE_MARKER || k[j] == LineKind.CAPTION)) j--;
      if (k[j] != LineKind.SENTENCE) continue;
      questions.add(i);
      if (ADDRESS.matcher(lines.get(i)).find()) addressed++;
    }
    // once the page reads as an interview, its other questions between paragraphs are turns too
    if (addressed >= MIN_INTERVIEW_QUESTIONS) for (int q : questions) k[q] = LineKind.SENTENCE;
  }

  /** Fewest unlabeled questions that make a page an interview. */
  static final int MIN_INTERVIEW_QUESTIONS = 2;
  /** Words an interviewer addresses the interviewee with ("ông", "bà", "anh", "chị", "bạn", "thưa"…). */
  private static final Pattern ADDRESS =
      Pattern.compile("(?iu)(?<!\\p{L})(?:ông|bà|anh|chị|bạn|cô|thầy|em|thưa|you)(?!\\p{L})");

  /**
   * A video set inside the text prints its title with a "Video:" or "Clip:" label, then player furniture
   * ("00:00"): with article text above it, that line is the video's caption-like marker, which the text flows
   * around, not a sub-heading or a new article's title (a page may open with such a title: no text above it).
   */
  private static void markInlineVideos(List<String> lines, LineKind[] k) {
    for (int i = 1; i < k.length; i++) {
      if (k[i] != LineKind.HEADLINE || !VIDEO_LABEL.matcher(lines.get(i).strip()).lookingAt()) continue;
      int j = i - 1;
      while (j > 0 && (k[j] == LineKind.IMAGE_MARKER || k[j] == LineKind.CAPTION)) j--;
      if (k[j] == LineKind.SENTENCE) k[i] = LineKind.IMAGE_MARKER;
    }
  }

  private static final Pattern VIDEO_LABEL = Pattern.compile("(?iu)(?:video|clip)\\s*[:：|-]\\s*\\S");

  /**
   * Numbered sub-headings ("1. Đăng nhập tài khoản", "2. Khai tờ khai"…): headline-shaped lines numbered 1, 2,
   * 3… in page order, each over text. A how-to's sections may hold one paragraph each, which a plain sub-heading
   * would cut into list-snippet-sized runs; numbered, they are one article's sections. A listed headline is
   * never numbered in sequence over its snippet this way three times.
   */
  private static void markNumberedSections(List<String> lines, LineKind[] k) {
    List<Integer> found = new java.util.ArrayList<>();
    int expect = 1;
    for (int i = 0; i + 1 < k.length; i++) {
      if (k[i] != LineKind.HEADLINE || LineShapes.words(lines.get(i)) > MAX_SECTION_WORDS) continue;
      int no = LineShapes.headingNumber(lines.get(i));
      if (no < 0) continue;
      if (no == 1 && expect != 1 && found.size() < MIN_SECTIONS) { found.clear(); expect = 1; }
      if (no != expect || k[i + 1] != LineKind.SENTENCE) continue;
      found.add(i);
      expect++;
    }
    if (found.size() >= MIN_SECTIONS) for (int i : found) k[i] = LineKind.SECTION_HEADING;
  }

  /** Fewest numbered sub-headings in sequence that make a page's sections. */
  static final int MIN_SECTIONS = 3;
  /** Longest numbered sub-heading in words. */
  static final int MAX_SECTION_WORDS = 14;

  /**
   * An ad set inside the text: its label ("Quảng cáo", "Advertisement", "Sponsored"), then the ad's
   * headline-shaped copy and buttons, up to the next sentence. The copy is no sub-heading.
   */
  private static void markAdCopy(List<String> lines, LineKind[] k) {
    for (int i = 0; i < k.length; i++) {
      if (k[i] != LineKind.BOILERPLATE || !LineShapes.isAdLabel(lines.get(i))) continue;
      for (int j = i + 1; j < k.length && j <= i + MAX_AD_LINES; j++) {
        if (k[j] == LineKind.HEADLINE) k[j] = LineKind.BOILERPLATE;
        else if (k[j] != LineKind.BOILERPLATE) break;
      }
    }
  }

  /** Lines an ad block inside the text runs to after its label. */
  static final int MAX_AD_LINES = 5;

  /**
   * A pull-quote: a line wholly in quotation marks, set between paragraphs, repeating words of a quote the text
   * gives elsewhere ("“Nhìn các em biết đọc…”" over "\"Nhìn các em biết đọc…\", cô Lan nói."). It is a display
   * copy, neither a sub-heading nor a new article's title.
   */
  private static void markPullQuotes(List<String> lines, LineKind[] k) {
    for (int i = 1; i + 1 < k.length; i++) {
      String t = lines.get(i).strip();
      if (k[i] != LineKind.HEADLINE || !QUOTED_LINE.matcher(t).matches()) continue;
      int above = i - 1;
      while (above > 0 && (k[above] == LineKind.IMAGE_MARKER || k[above] == LineKind.CAPTION)) above--;
      if (k[above] != LineKind.SENTENCE) continue;
      java.util.Set<String> words = new java.util.HashSet<>(List.of(LineShapes.key(t).split(" ")));
      for (int j = 0; j < k.length; j++) {
        if (j == i || k[j] != LineKind.SENTENCE) continue;
        java.util.Set<String> other = new java.util.HashSet<>(List.of(LineShapes.key(lines.get(j)).split(" ")));
        int common = 0;
        for (String w : words) if (other.contains(w)) common++;
        if (common >= PULL_QUOTE_SHARE * words.size()) { k[i] = LineKind.BOILERPLATE; break; }
      }
    }
  }

  /** Share of a pull-quote's words the quoted sentence must hold. */
  static final double PULL_QUOTE_SHARE = 0.9;
  private static final Pattern QUOTED_LINE = Pattern.compile("^[\"“”«'‘].{8,}[\"“”»'’]$");

  /**
   * An embedded social post prints its text, then its signature ("— Name (@handle) date"): the line over the
   * signature is the post, quoted in the page but not written by the article's author, so it is no paragraph.
   */
  private static void markEmbeddedPosts(List<String> lines, LineKind[] k) {
    for (int i = 1; i < k.length; i++) {
      if (LineShapes.isEmbedSignature(lines.get(i)) && lines.get(i).contains("(@") && k[i - 1] == LineKind.SENTENCE) {
        k[i - 1] = LineKind.BOILERPLATE;
      }
    }
  }

  /**
   * A writer box: a name with an academic or professional title ("TS. Nguyễn Văn Khoa"), then often the
   * writer's institution on the next line ("Viện Khoa học Giáo dục"), which is headline-shaped but no title.
   */
  private static void markAffiliations(List<String> lines, LineKind[] k) {
    for (int i = 1; i < k.length; i++) {
      if (k[i] == LineKind.HEADLINE && LineShapes.isHonorificName(lines.get(i - 1))
          && LineShapes.words(lines.get(i)) <= ArticleSegmenter.MAX_SUBHEADING_WORDS) {
        k[i] = LineKind.BOILERPLATE;
      }
    }
  }

  /** Bullets right under a list header or a related link are links to other articles, not article text. */
  private static void markLinkLists(List<String> lines, LineKind[] k) {
    for (int i = 1; i < lines.size(); i++) {
      if (k[i] != LineKind.BULLET) continue;
      boolean underHeader = k[i - 1] == LineKind.BOILERPLATE && LineShapes.isListHeader(lines.get(i - 1));
      if (underHeader || k[i - 1] == LineKind.RELATED) k[i] = LineKind.RELATED;
    }
  }

  /**
   * A name of two to four capitalized words right under a paragraph ("Đức Hùng") signs the article and ends
   * its text.
   */
  private void markBylines(List<String> lines, LineKind[] k) {
    for (int i = 1; i < lines.size(); i++) {
      if (k[i] == LineKind.BOILERPLATE && k[i - 1] == LineKind.SENTENCE
          && (isName(lines.get(i)) || isInitials(lines.get(i)))) {
        k[i] = LineKind.BYLINE;
      }
    }
  }

  /** A writer's initials ("TP", "H.A"), not an outlet's abbreviation ("TTXVN" is a source, not a writer). */
  private boolean isInitials(String line) {
    String t = line.strip();
    return INITIALS.matcher(t).matches() && outlets.byName(t).isEmpty();
  }

  /** A name right above or under a date line is the writer of the article the date belongs to. */
  static boolean isWriterNextToDate(List<String> lines, LineKind[] k, int i) {
    if (k[i] != LineKind.BOILERPLATE || !isName(lines.get(i))) return false;
    return (i > 0 && k[i - 1] == LineKind.TIMESTAMP) || (i + 1 < k.length && k[i + 1] == LineKind.TIMESTAMP);
  }

  /** Two to four capitalized words, no digits, not a furniture phrase: a person's name. */
  static boolean isName(String line) {
    if (LineShapes.isBoilerplatePhrase(line) || line.matches(".*\\d.*")) return false;
    String[] ws = line.strip().split("\\s+");
    if (ws.length < 2 || ws.length > 4) return false;
    for (String w : ws) {
      if (!Character.isUpperCase(w.codePointAt(0)) || !Character.isLetter(w.codePointAt(w.length() - 1))) return false;
    }
    return true;
  }

  /**
   * Lists of other articles print each headline over its date (and sometimes a category label and a
   * snippet under it). A headline over a date is listed only when another date is near, so a lone date line
   * under an article's own title keeps that title.
   */
  private static void markDatedLists(List<String> lines, LineKind[] k) {
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      if (k[i] != LineKind.TIMESTAMP || !dateNearby(k, i)) continue;
      int header = headerAbove(lines, k, i);
      // a dated box under a list header set inside the text (text above the header): related links the text
      // flows around, even when the article goes on under the box
      if (header > 0 && k[header - 1] == LineKind.SENTENCE && i - 1 > header && k[i - 1] == LineKind.HEADLINE) {
        k[i - 1] = LineKind.RELATED;
        continue;
      }
      if (articleTextUnder(k, i)) continue;
      int h = i - 1;
      if (h >= 0 && k[h] == LineKind.BOILERPLATE && LineShapes.words(lines.get(h)) <= 3) h--;
      if (h >= 0 && (k[h] == LineKind.HEADLINE || k[h] == LineKind.SENTENCE)) {
        k[h] = LineKind.LISTING;
        if (i + 1 < n && k[i + 1] == LineKind.SENTENCE) k[i + 1] = LineKind.LISTING;
      }
    }
  }

  /** The list header heading the run of dated headlines that ends at the date line {@code date}, or -1. */
  private static int headerAbove(List<String> lines, LineKind[] k, int date) {
    for (int m = date - 1; m >= 0 && m >= date - LIST_DATE_WINDOW * 2; m--) {
      if (k[m] == LineKind.BOILERPLATE && LineShapes.isListHeader(lines.get(m))) return m;
      if (k[m] != LineKind.HEADLINE && k[m] != LineKind.TIMESTAMP && k[m] != LineKind.RELATED) return -1;
    }
    return -1;
  }

  /**
   * At least {@link ArticleSegmenter#MIN_PARAGRAPHS} sentence lines under a date before the next headline or
   * date: an article's own text, not a list item's one- or two-line snippet (category pages may print whole
   * short articles one after another, each headline over its date).
   */
  private static boolean articleTextUnder(LineKind[] k, int date) {
    int sentences = 0;
    for (int j = date + 1; j < k.length; j++) {
      if (k[j] == LineKind.SENTENCE) sentences++;
      else if (k[j] == LineKind.HEADLINE || k[j] == LineKind.TIMESTAMP || k[j] == LineKind.CREDIT
          || k[j] == LineKind.FOOTER) break;
    }
    return sentences >= ArticleSegmenter.MIN_PARAGRAPHS;
  }

  private static boolean dateNearby(LineKind[] k, int i) {
    for (int j = Math.max(0, i - LIST_DATE_WINDOW); j <= Math.min(k.length - 1, i + LIST_DATE_WINDOW); j++) {
      if (j != i && k[j] == LineKind.TIMESTAMP) return true;
    }
    return false;
  }
}
