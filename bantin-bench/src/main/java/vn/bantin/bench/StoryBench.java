package vn.bantin.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import vn.bantin.dedup.SyndicationLinker;
import vn.bantin.model.Article;
import vn.bantin.model.ArticleIds;
import vn.bantin.model.Paragraph;
import vn.bantin.stories.GroupingStage;

/**
 * Throughput of syndication and story grouping on synthetic Vietnamese-like news at 10k and 100k articles:
 * MinHash signatures per second, syndication linking (signatures + LSH) per second, the whole grouping stage
 * per second, peak heap, and how time grows from 10k to 100k (1.0 = linear). Articles: stories of 1–6
 * articles over one year of days, Zipf-distributed common syllables mixed with each story's own topic words
 * and capitalized names, 10 % re-posts with a credit line.
 *
 * <p>Run: {@code java -cp "$(cat cp.txt):bantin-bench/target/classes" vn.bantin.bench.StoryBench [sizes…]}
 */
public final class StoryBench {
  private StoryBench() {}

  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {10_000, 100_000}
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    // warm-up so the JIT does not bill the first size
    run(2_000, false);
    double[] perArticle = new double[sizes.length];
    for (int k = 0; k < sizes.length; k++) perArticle[k] = run(sizes[k], true);
    for (int k = 1; k < sizes.length; k++) {
      System.out.printf(Locale.ROOT, "growth %d -> %d: time per article x%.2f (1.00 = linear)%n",
          sizes[k - 1], sizes[k], perArticle[k] / perArticle[k - 1]);
    }
  }

  /** Returns grouping seconds per article. */
  static double run(int n, boolean print) {
    List<Article> corpus = generate(n, 7L * n);
    System.gc();
    resetPeaks();
    SyndicationLinker linker = SyndicationLinker.DEFAULT;
    long t0 = System.nanoTime();
    long shingles = 0;
    for (Article a : corpus) shingles += linker.signature(a).shingles();
    long t1 = System.nanoTime();
    linker.link(corpus);
    long t2 = System.nanoTime();
    List<Article> out = new GroupingStage().apply(corpus);
    long t3 = System.nanoTime();
    long peak = peakHeap();
    Set<String> stories = new HashSet<>(), lines = new HashSet<>();
    int copies = 0;
    for (Article a : out) {
      stories.add(a.storyId());
      lines.add(a.storylineId());
      if (a.syndication() != null) copies++;
    }
    double sig = (t1 - t0) / 1e9, link = (t2 - t1) / 1e9, group = (t3 - t2) / 1e9;
    if (print) {
      System.out.printf(Locale.ROOT,
          "n=%d: MinHash %.0f signatures/s (%.1f shingles/article) | syndication link %.0f articles/s | "
              + "grouping stage %.0f articles/s (%.1f s) | peak heap %.0f MB | copies linked %d, stories %d, "
              + "storylines %d%n",
          n, n / sig, shingles / (double) n, n / link, n / group, group, peak / 1048576.0, copies,
          stories.size(), lines.size());
    }
    return group / n;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
    }
    return sum;
  }

  private static final String[] ONSETS = {"", "b", "c", "ch", "d", "đ", "g", "h", "kh", "l", "m", "n", "ng", "nh",
      "ph", "qu", "s", "t", "th", "tr", "v", "x"};
  private static final String[] RHYMES = {"a", "á", "à", "ả", "ã", "ạ", "an", "ang", "anh", "ao", "ay", "ân",
      "âu", "ây", "e", "em", "en", "eo", "ê", "ên", "i", "im", "in", "inh", "iêt", "iêu", "o", "oa", "oai",
      "on", "ong", "ô", "ông", "ôi", "ơ", "ơi", "ơn", "u", "ua", "uân", "ung", "uy", "ư", "ưa", "ương", "ươc",
      "ạt", "ắc", "ết", "ọc", "ức", "ượng", "ình", "ầu", "ời", "ữa"};

  static List<Article> generate(int n, long seed) {
    Random r = new Random(seed);
    String[] vocab = new String[6000];
    for (int i = 0; i < vocab.length; i++) {
      vocab[i] = ONSETS[r.nextInt(ONSETS.length)] + RHYMES[r.nextInt(RHYMES.length)];
    }
    List<Article> out = new ArrayList<>(n);
    OffsetDateTime start = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(7));
    int storyNo = 0;
    while (out.size() < n) {
      int size = 1 + r.nextInt(6);
      String[] topic = new String[30];
      for (int i = 0; i < topic.length; i++) topic[i] = vocab[1000 + r.nextInt(vocab.length - 1000)];
      String[] names = new String[3];
      for (int i = 0; i < names.length; i++) names[i] = cap(vocab[r.nextInt(vocab.length)]) + " " + cap(vocab[r.nextInt(vocab.length)]);
      OffsetDateTime day = start.plusMinutes((long) (r.nextDouble() * 365 * 24 * 60));
      for (int a = 0; a < size && out.size() < n; a++) {
        String title = cap(sentence(r, vocab, topic, names, 10));
        List<Paragraph> paras = new ArrayList<>();
        for (int p = 0; p < 6; p++) paras.add(Paragraph.of(cap(sentence(r, vocab, topic, names, 40)) + "."));
        String outlet = "outlet" + r.nextInt(80) + ".vn";
        String url = "https://" + outlet + "/s" + storyNo + "-" + a + ".html";
        OffsetDateTime when = day.plusMinutes(r.nextInt(24 * 60));
        Article art = Article.builder().id(ArticleIds.of(url, title, paras.toString())).title(title)
            .paragraphs(paras).published(when).outlet(outlet).url(url).language("vi").build();
        out.add(art);
        if (r.nextDouble() < 0.1 && out.size() < n) {
          List<Paragraph> cp = new ArrayList<>(paras);
          cp.add(Paragraph.of("Theo " + outlet));
          String curl = "https://repost" + r.nextInt(20) + ".vn/" + storyNo + "-" + a;
          out.add(art.toBuilder().id(ArticleIds.of(curl, title, cp.toString())).paragraphs(cp)
              .outlet("repost.vn").url(curl).creditedSource(outlet).published(when.plusHours(3)).build());
        }
      }
      storyNo++;
    }
    return out;
  }

  private static String sentence(Random r, String[] vocab, String[] topic, String[] names, int len) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      if (sb.length() > 0) sb.append(' ');
      double x = r.nextDouble();
      if (x < 0.3) sb.append(topic[r.nextInt(topic.length)]);
      else if (x < 0.35) sb.append(names[r.nextInt(names.length)]);
      else sb.append(vocab[(int) Math.min(vocab.length - 1, Math.exp(r.nextDouble() * Math.log(vocab.length)))]);
    }
    return sb.toString();
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
