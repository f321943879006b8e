package vn.bantin.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.bantin.extract.text.TextDumpExtractor;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Provenance;
import vn.bantin.pipeline.Extractor;

/**
 * Generalization measure of the text-dump extractor on pages composed by {@link SyntheticDumps} from the
 * vietnamese-mds articles (none of which the extractor was tuned on). Adds, to the seeds' scores of
 * {@link TextExtractionEval}, what matters on multi-article pages: the share of pages whose article count is exact,
 * and article boundaries (an article starts at its first text block, lead or paragraph; precision and recall of
 * predicted starts against gold starts, whatever the titles).
 *
 * <p>Run: {@code java vn.bantin.eval.SyntheticDumpEval [SEED [PAGES]] [--same-story] [--show N]} (defaults
 * 20260701, 300 pages; {@code --same-story} puts two or three reports of one event on every page; {@code --show N}
 * prints the first N pages whose articles differ from gold). Prints the scores and the
 * extraction throughput over the generated pages (single thread, after a warm-up).
 */
public final class SyntheticDumpEval {
  public static final long DEFAULT_SEED = 20260701L;
  public static final int DEFAULT_PAGES = 300;
  private static final ObjectMapper JSON = new ObjectMapper();

  private SyntheticDumpEval() {}

  /** The page-level scores and the seeds-style report behind them. */
  public record Scores(int pages, int countExact, int goldStarts, int predictedStarts, int startHits,
      TextExtractionEval.Report report) {
    public double countExactRate() { return pages == 0 ? 0 : countExact / (double) pages; }
    public double boundaryPrecision() { return predictedStarts == 0 ? 0 : startHits / (double) predictedStarts; }
    public double boundaryRecall() { return goldStarts == 0 ? 0 : startHits / (double) goldStarts; }
    public double titleAccuracy() {
      return report.goldArticles() == 0 ? 0 : report.matched() / (double) report.goldArticles();
    }
    public double bodyF1() { return ExtractionMetric.f1(report.blockPrecision(), report.blockRecall()); }

    /** The headline numbers on one line each. */
    public String summary() {
      TextExtractionEval.Report r = report;
      return String.format(Locale.ROOT, """
          pages %d, gold articles %d, predicted %d
          article count exact: %.3f (%d/%d pages)
          boundaries: P %.3f R %.3f (%d hit / %d predicted / %d gold)
          titles exact: %.3f of gold (%d/%d), %.3f of predicted
          body blocks (lead+paragraphs): P %.3f R %.3f F1 %.3f; strict paragraphs P %.3f R %.3f
          shingles: P %.3f R %.3f F1 %.3f
          captions: P %.3f R %.3f; credited outlet %.3f (%d/%d), wrong or invented %d
          """, pages, r.goldArticles(), r.predictedArticles(), countExactRate(), countExact, pages,
          boundaryPrecision(), boundaryRecall(), startHits, predictedStarts, goldStarts, titleAccuracy(), r.matched(),
          r.goldArticles(), r.predictedArticles() == 0 ? 0 : r.matched() / (double) r.predictedArticles(),
          r.blockPrecision(), r.blockRecall(), bodyF1(), r.paragraphPrecision(), r.paragraphRecall(),
          r.shinglePrecision(), r.shingleRecall(), r.shingleF1(), r.captionPrecision(), r.captionRecall(),
          r.creditAccuracy(), r.creditsRight(), r.creditsExpected(), r.creditErrors().size());
    }
  }

  /** Generates {@code pages} pages from the shared vietnamese-mds clusters with {@code seed} and scores them. */
  public static Scores run(Extractor extractor, long seed, int pages) {
    return score(extractor, dumps(seed, pages));
  }

  public static List<SyntheticDumps.Dump> dumps(long seed, int pages) {
    return dumps(seed, pages, false);
  }

  /** Pages of unrelated articles, or with {@code sameStory} pages of two or three reports of one event. */
  public static List<SyntheticDumps.Dump> dumps(long seed, int pages, boolean sameStory) {
    List<SyntheticDumps.Story> stories =
        SyntheticDumps.loadStories(SharedData.resolve("eval/stories/vietnamese-mds/clusters"));
    return SyntheticDumps.generate(stories, seed, pages, sameStory);
  }

  public static Scores score(Extractor extractor, List<SyntheticDumps.Dump> dumps) {
    int countExact = 0, goldStarts = 0, predStarts = 0, startHits = 0;
    List<TextExtractionEval.GoldPage> cases = new ArrayList<>();
    for (SyntheticDumps.Dump d : dumps) {
      cases.add(new TextExtractionEval.GoldPage(d.name(), d.content(), gold(d)));
      List<Article> pred = extract(extractor, d);
      if (pred.size() == d.articles().size()) countExact++;
      Map<String, Integer> starts = new HashMap<>();
      for (SyntheticDumps.GoldArticle g : d.articles()) {
        String s = TextExtractionEval.fold(g.lead().isEmpty() ? g.paragraphs().get(0) : g.lead());
        starts.merge(s, 1, Integer::sum);
        goldStarts++;
      }
      for (Article a : pred) {
        String s = TextExtractionEval.fold(firstText(a));
        predStarts++;
        Integer c = starts.get(s);
        if (c != null && c > 0) { startHits++; starts.put(s, c - 1); }
      }
    }
    return new Scores(dumps.size(), countExact, goldStarts, predStarts, startHits,
        TextExtractionEval.score(extractor, cases));
  }

  private static List<Article> extract(Extractor extractor, SyntheticDumps.Dump d) {
    return extractor.extract(new Page(Provenance.ofFile(d.name()), PageFormat.TEXT, d.content(), "UTF-8"));
  }

  private static String firstText(Article a) {
    if (!a.lead().isEmpty()) return a.lead();
    for (Paragraph p : a.paragraphs()) if (!p.text().isEmpty()) return p.text();
    return "";
  }

  /** The page's gold in the seeds' format. */
  static ObjectNode gold(SyntheticDumps.Dump d) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("file", d.name());
    ArrayNode arts = doc.putArray("articles");
    for (SyntheticDumps.GoldArticle g : d.articles()) {
      ObjectNode a = arts.addObject();
      a.put("title", g.title());
      a.put("lead", g.lead());
      ArrayNode ps = a.putArray("paragraphs");
      g.paragraphs().forEach(ps::add);
      ArrayNode cs = a.putArray("captions");
      g.captions().forEach(cs::add);
      a.put("attribution_line", g.creditLine());
      a.put("source_name", g.creditedSource());
    }
    return doc;
  }

  public static void main(String[] args) {
    long seed = DEFAULT_SEED;
    int pages = DEFAULT_PAGES;
    int show = 0;
    boolean sameStory = false;
    List<String> pos = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--show")) show = Integer.parseInt(args[++i]);
      else if (args[i].equals("--same-story")) sameStory = true;
      else pos.add(args[i]);
    }
    if (pos.size() > 0) seed = Long.parseLong(pos.get(0));
    if (pos.size() > 1) pages = Integer.parseInt(pos.get(1));
    TextDumpExtractor x = new TextDumpExtractor();
    List<SyntheticDumps.Dump> dumps = dumps(seed, pages, sameStory);
    Scores s = score(x, dumps);
    System.out.printf(Locale.ROOT, "synthetic dumps, seed %d%s%n", seed, sameStory ? ", same-story pages" : "");
    System.out.print(s.summary());
    if (show > 0) showMismatches(x, dumps, show);
    throughput(x, dumps);
  }

  private static void showMismatches(TextDumpExtractor x, List<SyntheticDumps.Dump> dumps, int show) {
    for (SyntheticDumps.Dump d : dumps) {
      List<Article> pred = extract(x, d);
      List<String> got = pred.stream().map(a -> TextExtractionEval.fold(a.title())).toList();
      List<String> want = d.articles().stream().map(a -> TextExtractionEval.fold(a.title())).toList();
      if (got.equals(want)) continue;
      System.out.println("==== " + d.name() + "\n  gold " + want + "\n  got  " + got);
      System.out.println(d.content());
      if (--show == 0) return;
    }
  }

  private static void throughput(TextDumpExtractor x, List<SyntheticDumps.Dump> dumps) {
    long bytes = 0;
    for (SyntheticDumps.Dump d : dumps) bytes += d.content().length();
    long sink = 0;
    for (int w = 0; w < 3; w++) for (SyntheticDumps.Dump d : dumps) sink += extract(x, d).size();
    int rounds = 5;
    // CPU time of this thread as well as wall time: on a shared machine the wall clock mostly measures the others
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (int w = 0; w < rounds; w++) for (SyntheticDumps.Dump d : dumps) sink += extract(x, d).size();
    double sec = (System.nanoTime() - t0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
    System.out.printf(Locale.ROOT, "throughput: %.0f pages/s, %.2f M chars/s wall; %.0f pages/s, %.2f M chars/s of CPU "
        + "time (single thread, %d pages x %d; %d)%n", rounds * dumps.size() / sec, rounds * bytes / sec / 1e6,
        rounds * dumps.size() / cpu, rounds * bytes / cpu / 1e6, dumps.size(), rounds, sink % 7);
  }
}
