package vn.bantin.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.bantin.text.Folding;

/**
 * Composes text dumps of crawled news pages, with their gold, from real article texts (the
 * {@code shared/eval/stories/vietnamese-mds} clusters: {@code <id>.info.txt} gives TITLE and SUMMARY, word-segmented
 * with '_', {@code <id>.body.txt} the body on one line). Nothing is stored: pages are built in memory at run time from
 * a seed, so the same seed always gives the same pages.
 *
 * <p>A page holds one to three articles. Each has its title, sometimes a date line above or under it, sometimes a
 * lead (the story's summary), body paragraphs (the body's sentences grouped one to three a paragraph), sometimes a
 * sub-heading, zero to two pictures (alt text repeating the title, a diacritic-free slug, or nothing, then a
 * caption), sometimes a writer's name under the text and a credit line ("Theo X", "(Nguồn: X)", "Nguồn: URL",
 * "Tên (theo X)"). Around and between the articles sits the furniture of Vietnamese news templates: menus and
 * breadcrumbs, share and comment rows, tag lines, "Tin liên quan" boxes of other stories' headlines (some with a
 * snippet or a date), footers. One page in ten is hard-wrapped at 72–80 columns and about one in seven has no blank
 * lines between blocks. Every line of furniture and every caption is written here or taken from a story not on the
 * page as an article, so the gold is exact: the articles' titles, leads, paragraphs, captions and credits.
 */
public final class SyntheticDumps {
  private SyntheticDumps() {}

  /** One source article: detokenized title and summary, and its body's sentences. */
  public record Story(String id, String cluster, String title, String summary, List<String> sentences) {}

  /** One gold article of a generated page. */
  public record GoldArticle(String title, String lead, List<String> paragraphs, List<String> captions,
      String creditLine, String creditedSource) {}

  /** One generated page: its name, its dump text and the articles on it in page order. */
  public record Dump(String name, String content, List<GoldArticle> articles) {}

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=[\"“‘'(]?[\\p{Lu}\\d])");
  private static final Pattern SPACE_BEFORE = Pattern.compile("\\s+([,.:;!?…)\\]%])");
  private static final Pattern SPACE_AFTER = Pattern.compile("([(\\[])\\s+");
  private static final Pattern DQUOTED = Pattern.compile("\"\\s*([^\"]*?)\\s*\"");
  private static final Pattern CURLY_OPEN = Pattern.compile("([“‘])\\s+");
  private static final Pattern CURLY_CLOSE = Pattern.compile("\\s+([”’])");
  private static final Pattern SQUOTED = Pattern.compile("(?<![\\p{L}])'\\s*([^']*?)\\s*'(?![\\p{L}])");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WORDS = Pattern.compile("\\S+");

  // ---- furniture, written for this generator ----
  private static final String[] MENUS = {
    "Trang chủ | Thời sự | Thế giới | Kinh tế | Pháp luật | Thể thao",
    "Trang chủ Thời sự Góc nhìn Thế giới Kinh doanh Giải trí Thể thao Pháp luật Giáo dục Sức khỏe",
    "Thời sự Xã hội Kinh tế Văn hóa Thể thao Quốc tế",
    "Mới nhất Tin theo khu vực Thời sự Kinh doanh",
    "Đăng nhập",
    "Đăng ký   Đăng nhập",
    "Tìm kiếm",
    "Trang chủ > Thế giới",
    "Thời sự > Xã hội",
    "Kinh tế",
    "Pháp luật",
    "Giải trí",
  };
  private static final String[] SITE_NAMES = {"Tin Việt", "Báo Sông Hồng", "Nhịp sống số", "Tin Phương Nam",
      "Báo Miền Trung", "Điểm tin 24/7"};
  private static final String[] SHARE_ROWS = {
    "Chia sẻ", "Chia sẻ Facebook Zalo", "Bình luận", "Gửi bình luận", "Lưu bài viết", "In bài viết", "Like Share",
    "Ý kiến bạn đọc", "Bạn thấy bài viết này có hữu ích không?", "Chia sẻ bài viết", "Nghe Chia sẻ Lưu tin",
  };
  private static final String[] LIST_HEADERS = {"Tin liên quan", "Tin cùng chuyên mục", "Đọc nhiều", "Tin mới nhất",
      "Có thể bạn quan tâm", "Xem thêm", "Bài liên quan", "Tin khác"};
  private static final String[] SUBHEADINGS = {"Nhiều ý kiến trái chiều", "Cần giải pháp lâu dài",
      "Chưa có tiền lệ", "Phản ứng của dư luận", "Những con số biết nói", "Trách nhiệm thuộc về ai",
      "Diễn biến mới nhất", "Bài học kinh nghiệm", "Cơ quan chức năng vào cuộc", "Kỳ vọng từ người dân",
      "Bước ngoặt bất ngờ", "Góc nhìn chuyên gia"};
  private static final String[] WRITERS = {"Minh Anh", "Thanh Hà", "Quốc Huy", "Lê Hoàng", "Ngọc Mai",
      "Đức Trung", "Hoàng Long", "Phương Linh", "Trần Nam"};
  /** Credit names as printed, and the outlet display name the outlet table gives for each. */
  private static final String[][] OUTLETS = {{"VnExpress", "VnExpress"}, {"Tuổi Trẻ", "Tuổi Trẻ"},
      {"Thanh Niên", "Thanh Niên"}, {"Dân trí", "Dân trí"}, {"Dantri", "Dân trí"}, {"VietNamNet", "VietNamNet"},
      {"TTXVN", "TTXVN"}, {"Lao Động", "Lao Động"}, {"Tiền Phong", "Tiền Phong"}, {"VOV", "VOV"},
      {"Reuters", "Reuters"}, {"AFP", "AFP"}, {"Danviet", "Dân Việt"}, {"Người Lao Động", "Người Lao Động"}};
  private static final String[][] DOMAINS = {{"vnexpress.net", "VnExpress"}, {"tuoitre.vn", "Tuổi Trẻ"},
      {"dantri.com.vn", "Dân trí"}, {"thanhnien.vn", "Thanh Niên"}};
  private static final String[] PHOTO_CREDITS = {"Ảnh: TTXVN.", "Ảnh: Reuters.", "Ảnh: AFP.", "Ảnh: Minh Đức.",
      "(Ảnh minh họa)", "Ảnh: Internet.", "Ảnh: Hoàng Hà."};
  private static final String[] WEEKDAYS = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
      "Chủ nhật"};

  /** Stories of the clusters folder, in a fixed order; those with a title and at least four paragraphs. */
  public static List<Story> loadStories(Path clusters) {
    List<Story> out = new ArrayList<>();
    List<Path> bodies;
    try (Stream<Path> s = Files.walk(clusters)) {
      bodies = s.filter(p -> p.getFileName().toString().endsWith(".body.txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path b : bodies) {
      String name = b.getFileName().toString();
      String id = name.substring(0, name.length() - ".body.txt".length());
      Path info = b.resolveSibling(id + ".info.txt");
      try {
        String title = "", summary = "";
        if (Files.exists(info)) {
          for (String l : Files.readAllLines(info, StandardCharsets.UTF_8)) {
            if (l.startsWith("TITLE:")) title = detokenize(l.substring(6));
            else if (l.startsWith("SUMMARY:")) summary = detokenize(l.substring(8));
          }
        }
        String body = Normalizer.normalize(Files.readString(b, StandardCharsets.UTF_8), Normalizer.Form.NFC);
        List<String> sentences = sentences(body);
        if (title.isEmpty() || sentences.size() < 4) continue;
        out.add(new Story(id, b.getParent().getFileName().toString(), title, summary, sentences));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** Word-segmented text ("máy_bay , Trung_Quốc") back to running text ("máy bay, Trung Quốc"). */
  static String detokenize(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFC).replace('_', ' ');
    t = SPACES.matcher(t).replaceAll(" ").strip();
    t = DQUOTED.matcher(t).replaceAll("\"$1\"");
    t = SQUOTED.matcher(t).replaceAll("'$1'");
    t = CURLY_OPEN.matcher(t).replaceAll("$1");
    t = CURLY_CLOSE.matcher(t).replaceAll("$1");
    t = SPACE_BEFORE.matcher(t).replaceAll("$1");
    t = SPACE_AFTER.matcher(t).replaceAll("$1");
    return t;
  }

  /** The body's sentences; a fragment not ending in terminal punctuation joins the next one, a last one is dropped. */
  static List<String> sentences(String body) {
    List<String> out = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String part : SENTENCE_END.split(SPACES.matcher(body).replaceAll(" ").strip())) {
      if (part.isBlank()) continue;
      if (pending.length() > 0) pending.append(' ');
      pending.append(part.strip());
      if (part.strip().matches("(?s).*[.!?…][\"”’')]*$")) {
        out.add(pending.toString());
        pending.setLength(0);
      }
    }
    return out;
  }

  /** {@code pages} pages composed from {@code stories} with the random generator seeded by {@code seed}. */
  public static List<Dump> generate(List<Story> stories, long seed, int pages) {
    return generate(stories, seed, pages, false);
  }

  /**
   * With {@code sameStory}, every page holds two or three articles about one event (one cluster: other outlets'
   * reports of the same story, the way sites append related coverage), which share names and words, so only
   * the page's layout tells them apart.
   */
  public static List<Dump> generate(List<Story> stories, long seed, int pages, boolean sameStory) {
    if (stories.size() < 10) throw new IllegalArgumentException("need at least 10 stories, got " + stories.size());
    Random rnd = new Random(seed);
    List<List<Integer>> clusters = new ArrayList<>();
    if (sameStory) {
      java.util.Map<String, List<Integer>> by = new java.util.TreeMap<>();
      for (int i = 0; i < stories.size(); i++) by.computeIfAbsent(stories.get(i).cluster(), c -> new ArrayList<>()).add(i);
      for (List<Integer> c : by.values()) if (c.size() >= 2) clusters.add(c);
    }
    List<Dump> out = new ArrayList<>(pages);
    for (int p = 0; p < pages; p++) {
      String name = String.format(Locale.ROOT, "synthetic-%04d.txt", p);
      out.add(page(stories, rnd, name, sameStory ? clusters.get(rnd.nextInt(clusters.size())) : null));
    }
    return out;
  }

  /** Page-wide template choices: sites print every article on a page the same way. */
  private record Template(String site, int dateStyle, int imageStyle, boolean blankLines, int wrapWidth,
      boolean bylines) {}

  private static Dump page(List<Story> stories, Random rnd, String name, List<Integer> cluster) {
    double r = rnd.nextDouble();
    int count = cluster != null ? Math.min(cluster.size(), 2 + rnd.nextInt(2)) : r < 0.45 ? 1 : r < 0.8 ? 2 : 3;
    boolean blank = rnd.nextDouble() < 0.85;
    Template t = new Template(pick(rnd, SITE_NAMES), rnd.nextInt(3), rnd.nextInt(3), blank,
        blank && rnd.nextDouble() < 0.1 ? 72 + rnd.nextInt(9) : 0, rnd.nextDouble() < 0.4);
    // the page's articles, then other stories for its lists and captions: no text appears twice
    List<Integer> order = new ArrayList<>();
    if (cluster != null) {
      List<Integer> c = new ArrayList<>(cluster);
      java.util.Collections.shuffle(c, rnd);
      order.addAll(c.subList(0, count));
    }
    while (order.size() < count + 12) {
      int i = rnd.nextInt(stories.size());
      if (!order.contains(i)) order.add(i);
    }
    Others others = new Others(stories, order.subList(count, order.size()));
    List<List<String>> blocks = new ArrayList<>();
    List<GoldArticle> gold = new ArrayList<>();
    // header
    int header = 1 + rnd.nextInt(3);
    for (int i = 0; i < header; i++) blocks.add(List.of(pick(rnd, MENUS)));
    if (rnd.nextDouble() < 0.3) blocks.add(List.of(t.site()));
    for (int a = 0; a < count; a++) {
      if (a > 0) between(rnd, t, others, blocks);
      gold.add(article(stories.get(order.get(a)), rnd, t, others, blocks));
    }
    // page end: lists of other stories, prompts, footer
    int lists = rnd.nextInt(3);
    for (int i = 0; i < lists; i++) listing(rnd, others, blocks, rnd.nextDouble() < 0.5, rnd.nextDouble() < 0.3);
    if (rnd.nextDouble() < 0.5) blocks.add(List.of(pick(rnd, SHARE_ROWS)));
    footer(rnd, t, blocks);
    return new Dump(name, render(blocks, t), List.copyOf(gold));
  }

  private static GoldArticle article(Story s, Random rnd, Template t, Others others, List<List<String>> blocks) {
    String date = dateLine(rnd);
    if (t.dateStyle() == 1) blocks.add(List.of(date));
    blocks.add(List.of(s.title()));
    if (t.dateStyle() == 2) blocks.add(List.of(date));
    String lead = "";
    if (rnd.nextDouble() < 0.5 && words(s.summary()) >= 10 && terminal(s.summary()) && !s.sentences().isEmpty()
        && !Folding.fold(s.sentences().get(0)).startsWith(Folding.fold(s.summary()).substring(0, 20))) {
      lead = s.summary();
      blocks.add(List.of(lead));
    }
    List<String> paras = paragraphs(s.sentences(), rnd);
    List<String> body = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    int pictures = rnd.nextInt(3);
    List<Integer> pictureAfter = new ArrayList<>();
    for (int i = 0; i < pictures; i++) pictureAfter.add(rnd.nextInt(paras.size()) + (i == 0 && rnd.nextBoolean() ? 0 : 1));
    int headingAt = paras.size() >= 6 && rnd.nextDouble() < 0.25 ? 2 + rnd.nextInt(paras.size() - 3) : -1;
    int relatedAt = rnd.nextDouble() < 0.2 ? 1 + rnd.nextInt(Math.max(1, paras.size() - 2)) : -1;
    int imageNo = 1;
    for (int i = 0; i <= paras.size(); i++) {
      for (int at : pictureAfter) {
        if (at != i) continue;
        String caption = caption(rnd, others, t);
        if (t.imageStyle() == 0) blocks.add(List.of(s.title() + " - Hình " + imageNo, caption));
        else if (t.imageStyle() == 1) blocks.add(List.of(slug(s.title()) + " hinh anh " + imageNo, caption));
        else blocks.add(List.of(caption));
        captions.add(caption);
        imageNo++;
      }
      if (i == relatedAt) {
        List<String> box = new ArrayList<>();
        box.add(rnd.nextBoolean() ? "Tin liên quan" : "Xem thêm:");
        for (int k = 0; k < 2 + rnd.nextInt(2); k++) box.add(others.title());
        if (t.blankLines() && rnd.nextBoolean()) for (String b : box) blocks.add(List.of(b));
        else blocks.add(box);
      }
      if (i == headingAt) {
        String h = pick(rnd, SUBHEADINGS);
        blocks.add(List.of(h));
        body.add(h);
      }
      if (i < paras.size()) {
        blocks.add(List.of(paras.get(i)));
        body.add(paras.get(i));
      }
    }
    if (t.bylines() && rnd.nextDouble() < 0.6) blocks.add(List.of(pick(rnd, WRITERS)));
    String creditLine = null, source = null;
    double c = rnd.nextDouble();
    if (c < 0.55) {
      String[] o = OUTLETS[rnd.nextInt(OUTLETS.length)];
      source = o[1];
      if (c < 0.25) creditLine = "Theo " + o[0];
      else if (c < 0.35) creditLine = "(Nguồn: " + o[0] + ")";
      else if (c < 0.45) creditLine = pick(rnd, WRITERS) + " (theo " + o[0] + ")";
      else {
        String[] d = DOMAINS[rnd.nextInt(DOMAINS.length)];
        source = d[1];
        creditLine = "Nguồn: https://" + d[0] + "/" + slug(s.title()).replace(' ', '-') + "-" + (100000 + rnd.nextInt(900000))
            + ".html";
      }
      blocks.add(List.of(creditLine));
    }
    return new GoldArticle(s.title(), lead, List.copyOf(body), List.copyOf(captions), creditLine, source);
  }

  /** What sits between two articles of one page: sometimes nothing at all. */
  private static void between(Random rnd, Template t, Others others, List<List<String>> blocks) {
    double r = rnd.nextDouble();
    if (r < 0.2) return;
    if (r < 0.5) blocks.add(List.of(pick(rnd, SHARE_ROWS)));
    else if (r < 0.75) listing(rnd, others, blocks, rnd.nextDouble() < 0.3, false);
    else if (r < 0.9) blocks.add(List.of("Từ khóa: " + others.keywords()));
    else {
      blocks.add(List.of(pick(rnd, SHARE_ROWS)));
      blocks.add(List.of(pick(rnd, SHARE_ROWS)));
    }
  }

  /** A list of other stories under a header: headlines, sometimes each with a snippet or a date. */
  private static void listing(Random rnd, Others others, List<List<String>> blocks, boolean snippets, boolean dates) {
    blocks.add(List.of(pick(rnd, LIST_HEADERS)));
    int n = 2 + rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      blocks.add(List.of(others.title()));
      if (dates) blocks.add(List.of(dateLine(rnd)));
      if (snippets) blocks.add(List.of(others.snippet()));
    }
  }

  private static void footer(Random rnd, Template t, List<List<String>> blocks) {
    String site = t.site();
    String[] lines = {
      "© " + (2010 + rnd.nextInt(15)) + " " + site + ". Giấy phép số " + (100 + rnd.nextInt(800)) + "/GP-BTTTT.",
      "Tổng biên tập: " + pick(rnd, WRITERS),
      "Tòa soạn: " + (1 + rnd.nextInt(200)) + " phố Huế, Hà Nội",
      "Điện thoại: 024 3" + (100 + rnd.nextInt(900)) + " " + (1000 + rnd.nextInt(9000)),
      "Ghi rõ nguồn \"" + site + "\" khi phát hành lại thông tin từ website này.",
    };
    int n = rnd.nextInt(4);
    for (int i = 0; i < n; i++) blocks.add(List.of(lines[rnd.nextInt(lines.length)]));
  }

  /** A caption: a sentence with a photo credit, a headline-shaped line, or a plain sentence. */
  private static String caption(Random rnd, Others others, Template t) {
    double r = rnd.nextDouble();
    // without alt text above it, only a photo credit tells a caption from text (templates always print one then)
    if (t.imageStyle() == 2 || r < 0.4) {
      return rnd.nextBoolean() ? others.shortSentence(25) + " " + pick(rnd, PHOTO_CREDITS)
          : others.title() + " - " + pick(rnd, PHOTO_CREDITS).replace("(", "").replace(")", "");
    }
    if (r < 0.7) return others.title();
    return others.shortSentence(30);
  }

  private static String dateLine(Random rnd) {
    int d = 1 + rnd.nextInt(28), m = 1 + rnd.nextInt(12), y = 2013 + rnd.nextInt(12);
    int h = rnd.nextInt(24), min = rnd.nextInt(60);
    return switch (rnd.nextInt(4)) {
      case 0 -> String.format(Locale.ROOT, "%02d/%02d/%d %02d:%02d", d, m, y, h, min);
      case 1 -> String.format(Locale.ROOT, "%s, %d/%d/%d, %02d:%02d (GMT+7)", WEEKDAYS[rnd.nextInt(7)], d, m, y, h, min);
      case 2 -> String.format(Locale.ROOT, "%02d:%02d | %02d/%02d/%d", h, min, d, m, y);
      default -> String.format(Locale.ROOT, "Cập nhật: %02d:%02d %02d/%02d/%d", h, min, d, m, y);
    };
  }

  /**
   * The body's sentences grouped one to three a paragraph (at most 14), each paragraph at least 8 words; short
   * bodies go one sentence a paragraph so that every article has at least three (news articles do).
   */
  private static List<String> paragraphs(List<String> sentences, Random rnd) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int most = sentences.size() < 8 ? 1 : 3;
    while (i < sentences.size() && out.size() < 14) {
      int take = 1 + rnd.nextInt(most);
      StringBuilder p = new StringBuilder();
      while (i < sentences.size() && (take-- > 0 || words(p.toString()) < 8)) {
        if (p.length() > 0) p.append(' ');
        p.append(sentences.get(i++));
        if (words(p.toString()) > 120) break;
      }
      out.add(p.toString());
    }
    return out;
  }

  /** The title folded to a diacritic-free lower-case slug, as alt text and URLs print it. */
  private static String slug(String title) {
    return Folding.fold(title).replaceAll("[^a-z0-9]+", " ").strip();
  }

  private static int words(String s) {
    int n = 0;
    var m = WORDS.matcher(s);
    while (m.find()) n++;
    return n;
  }

  private static boolean terminal(String s) {
    return s.strip().matches("(?s).*[.!?…][\"”’')]*$");
  }

  private static String pick(Random rnd, String[] a) {
    return a[rnd.nextInt(a.length)];
  }

  /** Lays the blocks out: blank lines between blocks (or none), hard-wrapped at the template's width. */
  private static String render(List<List<String>> blocks, Template t) {
    StringBuilder sb = new StringBuilder();
    for (List<String> b : blocks) {
      for (String line : b) {
        if (t.wrapWidth() > 0) sb.append(wrap(line, t.wrapWidth()));
        else sb.append(line);
        sb.append('\n');
      }
      if (t.blankLines()) sb.append('\n');
    }
    return sb.toString();
  }

  /** Greedy wrapping at {@code width} code points, breaking at spaces. */
  private static String wrap(String line, int width) {
    StringBuilder out = new StringBuilder();
    int col = 0;
    for (String w : line.split(" ")) {
      int len = w.codePointCount(0, w.length());
      if (col > 0 && col + 1 + len > width) {
        out.append('\n');
        col = 0;
      } else if (col > 0) {
        out.append(' ');
        col++;
      }
      out.append(w);
      col += len;
    }
    return out.toString();
  }

  /** Stories lent to a page for its lists and captions, handed out in turn so no text repeats. */
  private static final class Others {
    private final List<Story> stories;
    private final List<Integer> ids;
    private int titles;
    private int texts;

    Others(List<Story> stories, List<Integer> ids) {
      this.stories = stories;
      this.ids = ids;
    }

    String title() {
      return stories.get(ids.get(titles++ % ids.size())).title();
    }

    /** A sentence of another story cut to at most {@code max} words, ending with a period. */
    String shortSentence(int max) {
      Story s = stories.get(ids.get(ids.size() - 1 - (texts % ids.size())));
      String sentence = s.sentences().get((texts++ / ids.size()) % s.sentences().size());
      String[] w = sentence.split("\\s+");
      if (w.length <= max) return sentence;
      return String.join(" ", java.util.Arrays.copyOf(w, max)).replaceAll("[,;:]$", "") + ".";
    }

    String snippet() {
      return shortSentence(40);
    }

    String keywords() {
      Story s = stories.get(ids.get(titles % ids.size()));
      String[] w = s.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").split("\\s+");
      return String.join(", ", w[0] + (w.length > 1 ? " " + w[1] : ""), w.length > 3 ? w[2] + " " + w[3] : "tin tức");
    }
  }
}
