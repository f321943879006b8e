package vn.bantin.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.bantin.eval.SyntheticDumpEval;
import vn.bantin.eval.SyntheticDumps;
import vn.bantin.extract.text.TextDumpExtractor;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Paragraph;
import vn.bantin.model.ParagraphType;
import vn.bantin.model.Provenance;
import vn.bantin.pipeline.Extractor;

/**
 * Text-dump extraction, quality and speed side by side on one core: bantin's {@link TextDumpExtractor} and a
 * naive baseline (one article per page: first non-empty line the title, every other line a paragraph — what a
 * pipeline without dump handling keeps), over synthetic dump pages composed from the vietnamese-mds articles
 * with menus, related boxes, captions, credits and several articles per page ({@link SyntheticDumps}; a seed
 * other than the one the tests use). Usage: java -cp ... vn.bantin.bench.TextDumpBench [pages] [seed]
 */
public final class TextDumpBench {
  private TextDumpBench() {}

  /** The baseline: the whole page as one article, line by line. */
  static final Extractor NAIVE = page -> {
    List<Paragraph> ps = new ArrayList<>();
    String title = null;
    for (String line : page.content().split("\\R")) {
      String l = line.strip();
      if (l.isEmpty()) continue;
      if (title == null) title = l;
      else ps.add(new Paragraph(ParagraphType.PARAGRAPH, l));
    }
    return title == null ? List.of()
        : List.of(Article.builder().id(page.provenance().ref()).provenance(page.provenance()).title(title).paragraphs(ps).build());
  };

  public static void main(String[] args) {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 7L;
    List<SyntheticDumps.Dump> dumps = SyntheticDumpEval.dumps(seed, pages);
    long bytes = 0;
    List<Page> input = new ArrayList<>();
    for (SyntheticDumps.Dump d : dumps) {
      bytes += d.content().getBytes(StandardCharsets.UTF_8).length;
      input.add(new Page(Provenance.ofFile(d.name()), PageFormat.TEXT, d.content(), "UTF-8"));
    }
    System.out.printf("%d synthetic dump pages (seed %d), %.1f MB%n", pages, seed, bytes / 1e6);
    Extractor bantin = new TextDumpExtractor();
    double[] b = time(bantin, input), n = time(NAIVE, input);
    SyntheticDumpEval.Scores qb = SyntheticDumpEval.score(bantin, dumps), qn = SyntheticDumpEval.score(NAIVE, dumps);
    System.out.printf("%-9s %9s %9s %9s %12s %12s%n", "", "count ok", "titles", "body F1", "pages/s cpu", "MB/s cpu");
    row("bantin", qb, b, pages, bytes);
    row("naive", qn, n, pages, bytes);
    System.out.printf("bantin/naive speed: %.2f×%n", b[0] / n[0]);
  }

  private static void row(String name, SyntheticDumpEval.Scores q, double[] t, int pages, long bytes) {
    System.out.printf("%-9s %9.3f %9.3f %9.3f %12.0f %12.1f   (wall: %.0f pages/s)%n", name, q.countExactRate(),
        q.titleAccuracy(), q.bodyF1(), t[0], bytes / 1e6 / (pages / t[0]), t[1]);
  }

  /** Best of three runs after a warm-up: {pages/s by this thread's CPU time, pages/s by wall clock}. */
  private static double[] time(Extractor x, List<Page> input) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double bestCpu = Double.MAX_VALUE, bestWall = Double.MAX_VALUE;
    for (int round = 0; round < 4; round++) {
      long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
      long sink = 0;
      for (Page p : input) sink += x.extract(p).size();
      double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9, wall = (System.nanoTime() - w0) / 1e9;
      if (sink < 0) System.out.print("");
      if (round == 0) continue; // warm-up
      bestCpu = Math.min(bestCpu, cpu);
      bestWall = Math.min(bestWall, wall);
    }
    return new double[] {input.size() / bestCpu, input.size() / bestWall};
  }
}
