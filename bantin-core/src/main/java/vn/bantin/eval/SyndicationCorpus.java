package vn.bantin.eval;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import vn.bantin.dedup.SyndicationLinker;
import vn.bantin.model.Article;
import vn.bantin.model.ArticleIds;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Provenance;
import vn.bantin.model.Syndication;

/**
 * A generated syndication test set with known truth: real articles (vietnamese-mds) left untouched, plus
 * re-posts of some of them made the way aggregators re-post — a credit line added ("Theo Thanhnien",
 * "(Theo Vnmedia)", "Nguồn: URL", with the credited-source field set as extraction would), paragraphs
 * dropped or reordered, the title rewritten, the lead dropped, share/related-news boilerplate appended, a
 * later or missing date. {@link #measure} runs a {@link SyndicationLinker} over the shuffled mix.
 */
public final class SyndicationCorpus {
  private SyndicationCorpus() {}

  /** The mixed corpus, the original id of every copy, and the gold story of every article. */
  public record Corpus(List<Article> articles, Map<String, String> originalOf, Map<String, String> storyOf) {}

  /** Copy outlets: re-posting sites (made-up hosts). */
  private static final String[] REPOSTERS = {"tinmoi24.vn", "docbaonhanh.net", "tintucviet.info",
      "baomoi24h.com", "newsvn.net", "tin247.org", "kenhtinmoi.vn", "giaitri-xahoi.com"};
  private static final String[] TITLE_PREFIX = {"Tin nóng: ", "NÓNG: ", "Xôn xao: ", "", "Cập nhật: "};
  private static final String[] TITLE_SUFFIX = {" - Tin tức 24h", " | Đọc báo", "", " (video)", "!"};
  private static final String[] BOILERPLATE = {"Mời bạn đọc xem thêm các tin tức liên quan khác.",
      "Chia sẻ bài viết này qua Facebook, Zalo.", "Bình luận (0) - Gửi bình luận của bạn",
      "Tin liên quan: các bài viết cùng chuyên mục được quan tâm nhất"};

  public static Corpus generate(List<StoryEval.Labeled> source, long seed, double copyShare) {
    Random r = new Random(seed);
    List<Article> out = new ArrayList<>();
    Map<String, String> originalOf = new HashMap<>();
    Map<String, String> storyOf = new HashMap<>();
    int serial = 0;
    for (StoryEval.Labeled l : source) {
      Article o = l.article();
      out.add(o);
      storyOf.put(o.id(), l.cluster());
      if (r.nextDouble() >= copyShare) continue;
      int copies = 1 + r.nextInt(3);
      for (int c = 0; c < copies; c++) {
        Article copy = repost(o, r, serial++, source.get(r.nextInt(source.size())).article().title());
        out.add(copy);
        originalOf.put(copy.id(), o.id());
        storyOf.put(copy.id(), l.cluster());
      }
    }
    Collections.shuffle(out, r);
    return new Corpus(out, originalOf, storyOf);
  }

  static Article repost(Article o, Random r, int serial, String otherTitle) {
    String host = REPOSTERS[r.nextInt(REPOSTERS.length)];
    String url = "http://" + host + "/tin-" + serial + ".html";
    List<String> paras = new ArrayList<>();
    for (Paragraph p : o.paragraphs()) paras.add(p.text());
    String lead = r.nextDouble() < 0.3 ? "" : o.lead();
    if (paras.size() > 2 && r.nextDouble() < 0.5) {
      int drop = 1 + r.nextInt(Math.max(1, (int) (paras.size() * 0.3)));
      for (int d = 0; d < drop && paras.size() > 1; d++) paras.remove(1 + r.nextInt(paras.size() - 1));
    }
    if (paras.size() > 1 && r.nextDouble() < 0.3) {
      int k = r.nextInt(paras.size() - 1);
      Collections.swap(paras, k, k + 1);
    }
    String credited = null, creditedUrl = null;
    double cr = r.nextDouble();
    String name = creditName(o.outlet());
    if (cr < 0.25 && name != null) {
      paras.add("Theo " + name);
      credited = name;
    } else if (cr < 0.45 && name != null && !paras.isEmpty()) {
      paras.set(paras.size() - 1, paras.get(paras.size() - 1) + " (Theo " + name + ")");
      credited = name;
    } else if (cr < 0.6 && o.url() != null) {
      paras.add("Nguồn: " + o.url());
      creditedUrl = o.url();
    }
    if (r.nextDouble() < 0.6) paras.add(BOILERPLATE[r.nextInt(BOILERPLATE.length)]);
    if (r.nextDouble() < 0.3) paras.add("Xem thêm: " + otherTitle);
    String title = o.title();
    double tr = r.nextDouble();
    if (tr < 0.4) {
      title = TITLE_PREFIX[r.nextInt(TITLE_PREFIX.length)] + title + TITLE_SUFFIX[r.nextInt(TITLE_SUFFIX.length)];
    } else if (tr < 0.7 && !o.lead().isBlank()) {
      String[] w = o.lead().split("\\s+");
      title = String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, 12)));
    }
    List<Paragraph> body = new ArrayList<>();
    for (String p : paras) body.add(Paragraph.of(p));
    String bodyText = String.join("\n\n", paras);
    return Article.builder()
        .id(ArticleIds.of(url, title, bodyText))
        .provenance(new Provenance("generated", null, -1, url, null))
        .title(title).lead(lead).paragraphs(body)
        .published(o.published() == null || r.nextDouble() < 0.2 ? null
            : o.published().plus(Duration.ofMinutes(30 + r.nextInt(48 * 60))))
        .outlet(host).url(url).language("vi")
        .creditedSource(credited).creditedUrl(creditedUrl)
        .build();
  }

  /** How a re-poster names the source: the host's registered name, capitalized ("thanhnien.com.vn" → "Thanhnien"). */
  static String creditName(String outlet) {
    if (outlet == null) return null;
    String h = outlet.toLowerCase(Locale.ROOT).replaceFirst("^www\\d*\\.", "");
    String[] parts = h.split("\\.");
    String name = parts[0];
    if (parts.length > 2 && parts[1].length() > 3) name = parts[1]; // kinhdoanh.vnexpress.net
    return name.isEmpty() ? null : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * Linking quality on a corpus.
   *
   * @param copies        generated copies
   * @param linkedCopies  copies linked to anything
   * @param rightOriginal copies linked to their own original, or to the article that original re-writes
   * @param strictOriginal copies linked to exactly their own original
   * @param links         articles linked in total
   * @param falseLinks    links joining different gold stories, or a copy to an article outside its family
   * @param originalLinks links between two untouched originals of one gold story: genuine re-writes exist in
   *                      the source data, so they are reported, not judged
   */
  public record Result(int copies, int linkedCopies, int rightOriginal, int strictOriginal, int links,
      int falseLinks, int originalLinks) {
    public double linkedRate() {
      return copies == 0 ? 1 : linkedCopies / (double) copies;
    }

    public double rightOriginalRate() {
      return copies == 0 ? 1 : rightOriginal / (double) copies;
    }

    public double falseLinkRate() {
      return links == 0 ? 0 : falseLinks / (double) links;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "copies=%d linked=%.4f right-original=%.4f (strict %.4f) false-links=%.4f (%d of %d links)"
              + " same-story original links=%d",
          copies, linkedRate(), rightOriginalRate(), copies == 0 ? 1 : strictOriginal / (double) copies,
          falseLinkRate(), falseLinks, links, originalLinks);
    }
  }

  public static Result measure(Corpus c, SyndicationLinker linker) {
    List<Article> a = c.articles();
    Syndication[] s = linker.link(a);
    // where each untouched original itself points (a genuine re-write in the source data), if anywhere
    Map<String, String> upstream = new HashMap<>();
    for (int i = 0; i < a.size(); i++) {
      if (s[i] != null && !c.originalOf().containsKey(a.get(i).id())) upstream.put(a.get(i).id(), s[i].originalId());
    }
    int copies = c.originalOf().size(), linked = 0, right = 0, strict = 0, links = 0, wrong = 0, orig = 0;
    for (int i = 0; i < a.size(); i++) {
      if (s[i] == null) continue;
      links++;
      String id = a.get(i).id();
      String to = s[i].originalId();
      String truth = c.originalOf().get(id);
      boolean sameStory = c.storyOf().get(id).equals(c.storyOf().get(to));
      if (truth == null) {
        // an original linked to another article: fine only as a same-story re-write of an untouched original
        if (!sameStory || c.originalOf().containsKey(to)) wrong++;
        else orig++;
        continue;
      }
      linked++;
      // right: its own original, or the article its own original was found to re-write (same group root)
      boolean ok = to.equals(truth) || (sameStory && to.equals(upstream.get(truth)));
      if (to.equals(truth)) strict++;
      if (ok) right++;
      else wrong++;
    }
    return new Result(copies, linked, right, strict, links, wrong, orig);
  }

  public static void main(String[] args) {
    Path dir = args.length > 0 ? Path.of(args[0]) : SharedData.resolve("eval/stories/vietnamese-mds/clusters");
    Corpus c = generate(StoryEval.load(dir), 20261122L, 0.5);
    System.out.println("articles=" + c.articles().size());
    System.out.println(measure(c, SyndicationLinker.DEFAULT));
  }
}
