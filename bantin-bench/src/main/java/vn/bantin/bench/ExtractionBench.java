package vn.bantin.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.dankito.readability4j.Readability4J;
import vn.bantin.eval.ExtractionMetric;
import vn.bantin.eval.HtmlExtractionEval;
import vn.bantin.eval.SharedData;
import vn.bantin.extract.html.HtmlExtractor;
import vn.bantin.model.Page;

/**
 * Body extraction quality and speed of bantin's HTML extractor against Readability4J and boilerpipe on the
 * article-extraction benchmark pages (shared/eval/extraction-html/zyte), in one JVM and one thread, on the
 * same decoded pages. Each extractor is warmed up first; timed rounds then alternate between extractors so
 * a noisy machine affects all alike. Usage: {@code ExtractionBench [SET_DIR] [ROUNDS]}.
 */
public final class ExtractionBench {
  private ExtractionBench() {}

  /** One extractor under test: decoded page in, body text out. */
  interface Candidate {
    String text(Page page) throws Exception;
  }

  record Sample(String id, Page page, String truth) {}

  public static void main(String[] args) throws Exception {
    Path dir = args.length > 0 ? Paths.get(args[0]) : SharedData.resolve("eval/extraction-html/zyte");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<Sample> samples = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    truth.fieldNames().forEachRemaining(ids::add);
    ids.sort(null);
    for (String id : ids) {
      Path f = dir.resolve("html").resolve(id + ".html.gz");
      if (!Files.exists(f)) f = dir.resolve("html").resolve(id + ".html");
      String url = truth.get(id).path("url").asText(null);
      samples.add(new Sample(id, HtmlExtractionEval.page(f, url), truth.get(id).path("articleBody").asText("")));
    }

    HtmlExtractor bantin = new HtmlExtractor();
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    candidates.put("bantin", p -> HtmlExtractionEval.predictedText(bantin.extract(p)));
    candidates.put("Readability4J", p -> {
      String url = p.provenance().url() == null ? "http://example.com/" : p.provenance().url();
      String t = new Readability4J(url, p.content()).parse().getTextContent();
      return t == null ? "" : t;
    });
    candidates.put("boilerpipe", p -> ArticleExtractor.INSTANCE.getText(p.content()));

    Map<String, Double> f1 = new LinkedHashMap<>();
    Map<String, Double> prec = new LinkedHashMap<>();
    Map<String, Double> rec = new LinkedHashMap<>();
    Map<String, Long> nanos = new LinkedHashMap<>();
    // warm-up and quality: one untimed pass each
    for (Map.Entry<String, Candidate> c : candidates.entrySet()) {
      List<ExtractionMetric.Score> scores = new ArrayList<>();
      for (Sample s : samples) scores.add(ExtractionMetric.score(safeText(c.getValue(), s.page()), s.truth()));
      ExtractionMetric.Summary sum = ExtractionMetric.summarize(scores);
      f1.put(c.getKey(), sum.f1());
      prec.put(c.getKey(), sum.precision());
      rec.put(c.getKey(), sum.recall());
      nanos.put(c.getKey(), 0L);
    }
    for (int r = 0; r < rounds; r++) {
      for (Map.Entry<String, Candidate> c : candidates.entrySet()) {
        long sink = 0;
        long t0 = System.nanoTime();
        for (Sample s : samples) sink += safeText(c.getValue(), s.page()).length();
        long dt = System.nanoTime() - t0;
        nanos.merge(c.getKey(), dt, Long::sum);
        if (sink == Long.MIN_VALUE) System.out.print("");
      }
    }
    System.out.printf(Locale.ROOT, "%d pages, %d timed rounds, one thread%n", samples.size(), rounds);
    System.out.printf(Locale.ROOT, "%-14s %8s %8s %8s %10s%n", "extractor", "P", "R", "F1", "pages/s");
    Map<String, Double> speed = new LinkedHashMap<>();
    for (String k : candidates.keySet()) {
      double pps = samples.size() * (double) rounds / (nanos.get(k) / 1e9);
      speed.put(k, pps);
      System.out.printf(Locale.ROOT, "%-14s %8.4f %8.4f %8.4f %10.1f%n", k, prec.get(k), rec.get(k), f1.get(k), pps);
    }
    for (String k : candidates.keySet()) {
      if (k.equals("bantin")) continue;
      System.out.printf(Locale.ROOT, "bantin / %-13s F1 %+.4f, speed x%.2f%n", k, f1.get("bantin") - f1.get(k),
          speed.get("bantin") / speed.get(k));
    }
  }

  private static String safeText(Candidate c, Page p) {
    try {
      String t = c.text(p);
      return t == null ? "" : t;
    } catch (Exception | StackOverflowError e) {
      return "";
    }
  }
}
