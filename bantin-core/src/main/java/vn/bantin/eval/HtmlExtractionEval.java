package vn.bantin.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Provenance;
import vn.bantin.pipeline.Extractor;
import vn.bantin.read.CharsetSniffer;
import vn.bantin.read.Decoded;

/**
 * Runs an {@link Extractor} over an HTML evaluation set and scores the bodies with {@link ExtractionMetric}.
 * Two layouts: the article-extraction benchmark ({@code html/<id>.html.gz} + {@code ground-truth.json}
 * with {id: {articleBody, url}}) and the hand-checked one ({@code pages/<name>.html} + {@code gold/<name>.json}
 * with title, published, authors, lead, body, body_optional), where title, publication date and authors are
 * also checked exactly. The predicted text of a page is every article's lead and body paragraphs, in order.
 */
public final class HtmlExtractionEval {
  private HtmlExtractionEval() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One page's outcome; {@code problems} lists metadata mismatches (empty when all agree or not checked). */
  public record PageResult(String id, double precision, double recall, int articles, List<String> problems) {
    public double f1() {
      return ExtractionMetric.f1(precision, recall);
    }
  }

  /** The whole run. */
  public record Report(String set, int pages, double precision, double recall, double f1, double pagesPerSecond,
      int metadataChecked, int metadataExact, List<PageResult> results) {

    /** The pages with the lowest F1, worst first. */
    public List<PageResult> worst(int n) {
      return results.stream().sorted(Comparator.comparingDouble(PageResult::f1)).limit(n).toList();
    }

    public String format() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "set %s: %d pages%n", set, pages));
      sb.append(String.format(Locale.ROOT, "body  P %.4f  R %.4f  F1 %.4f%n", precision, recall, f1));
      sb.append(String.format(Locale.ROOT, "speed %.1f pages/s (extraction only, one thread)%n", pagesPerSecond));
      if (metadataChecked > 0) {
        sb.append(String.format(Locale.ROOT, "metadata exact (title, published, authors): %d/%d pages%n",
            metadataExact, metadataChecked));
      }
      sb.append("worst pages:\n");
      for (PageResult r : worst(10)) {
        sb.append(String.format(Locale.ROOT, "  %-40s P %.3f R %.3f F1 %.3f%s%n", r.id(), r.precision(),
            r.recall(), r.f1(), r.problems().isEmpty() ? "" : "  " + String.join("; ", r.problems())));
      }
      return sb.toString();
    }
  }

  /** Evaluates {@code extractor} on the set in {@code dir} (either layout). */
  public static Report run(Extractor extractor, Path dir) {
    try {
      if (Files.isRegularFile(dir.resolve("ground-truth.json"))) return runBenchmark(extractor, dir);
      if (Files.isDirectory(dir.resolve("gold")) && Files.isDirectory(dir.resolve("pages"))) {
        return runGold(extractor, dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("not an evaluation set (expected ground-truth.json + html/, or gold/ + "
        + "pages/): " + dir);
  }

  /** The text scored for a page: every article's lead and body. */
  public static String predictedText(List<Article> articles) {
    StringBuilder sb = new StringBuilder();
    for (Article a : articles) {
      if (!a.lead().isEmpty()) sb.append(a.lead()).append("\n\n");
      sb.append(a.body()).append("\n\n");
    }
    return sb.toString().trim();
  }

  /** Decodes page bytes (gunzipping .gz) the way the reader does. */
  public static Page page(Path file, String url) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      }
    }
    Decoded d = CharsetSniffer.decode(bytes, null, true);
    return new Page(new Provenance(file.toString(), null, -1, url, null), PageFormat.HTML, d.text(), d.charset());
  }

  private static Report runBenchmark(Extractor extractor, Path dir) throws IOException {
    JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    List<PageResult> results = new ArrayList<>();
    List<ExtractionMetric.Score> scores = new ArrayList<>();
    long nanos = 0;
    List<String> ids = new ArrayList<>();
    truth.fieldNames().forEachRemaining(ids::add);
    ids.sort(null);
    for (String id : ids) {
      JsonNode t = truth.get(id);
      Path f = dir.resolve("html").resolve(id + ".html.gz");
      if (!Files.exists(f)) f = dir.resolve("html").resolve(id + ".html");
      Page page = page(f, t.path("url").asText(null));
      long t0 = System.nanoTime();
      List<Article> articles = extractor.extract(page);
      nanos += System.nanoTime() - t0;
      ExtractionMetric.Score s = ExtractionMetric.score(predictedText(articles), t.path("articleBody").asText(""));
      scores.add(s);
      results.add(new PageResult(id, s.precision(), s.recall(), articles.size(), List.of()));
    }
    ExtractionMetric.Summary sum = ExtractionMetric.summarize(scores);
    return new Report(dir.toString(), results.size(), sum.precision(), sum.recall(), sum.f1(),
        results.size() / Math.max(1e-9, nanos / 1e9), 0, 0, results);
  }

  private static Report runGold(Extractor extractor, Path dir) throws IOException {
    List<Path> golds;
    try (Stream<Path> s = Files.list(dir.resolve("gold"))) {
      golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<PageResult> results = new ArrayList<>();
    List<ExtractionMetric.Score> scores = new ArrayList<>();
    long nanos = 0;
    int exact = 0;
    for (Path g : golds) {
      JsonNode gold = JSON.readTree(g.toFile());
      String name = g.getFileName().toString().replaceFirst("\\.json$", "");
      Path f = dir.resolve("pages").resolve(name + ".html");
      Page page = page(f, gold.path("url").asText(null));
      long t0 = System.nanoTime();
      List<Article> articles = extractor.extract(page);
      nanos += System.nanoTime() - t0;
      List<String> optional = new ArrayList<>();
      gold.path("body_optional").forEach(n -> optional.add(n.asText()));
      List<String> truth = new ArrayList<>();
      if (!gold.path("lead").asText("").isEmpty()) truth.add(gold.path("lead").asText());
      gold.path("body").forEach(n -> {
        if (!optional.contains(n.asText())) truth.add(n.asText());
      });
      ExtractionMetric.Score s = ExtractionMetric.score(predictedText(articles), String.join("\n\n", truth),
          String.join("\n\n", optional));
      scores.add(s);
      List<String> problems = checkMetadata(gold, articles);
      if (problems.isEmpty()) exact++;
      results.add(new PageResult(name, s.precision(), s.recall(), articles.size(), problems));
    }
    ExtractionMetric.Summary sum = ExtractionMetric.summarize(scores);
    return new Report(dir.toString(), results.size(), sum.precision(), sum.recall(), sum.f1(),
        results.size() / Math.max(1e-9, nanos / 1e9), results.size(), exact, results);
  }

  /** Exact checks of the first article's title, publication date-time (same instant and offset), authors. */
  static List<String> checkMetadata(JsonNode gold, List<Article> articles) {
    List<String> problems = new ArrayList<>();
    if (articles.isEmpty()) {
      problems.add("no article");
      return problems;
    }
    Article a = articles.get(0);
    String title = gold.path("title").asText("");
    if (!squash(title).equals(squash(a.title()))) problems.add("title '" + a.title() + "'");
    String pub = gold.path("published").asText(null);
    if (pub != null) {
      OffsetDateTime want = OffsetDateTime.parse(pub);
      if (a.published() == null || !want.equals(a.published())) problems.add("published " + a.published());
    }
    List<String> authors = new ArrayList<>();
    gold.path("authors").forEach(n -> authors.add(squash(n.asText())));
    List<String> got = a.authors().stream().map(HtmlExtractionEval::squash).toList();
    if (!authors.equals(got)) problems.add("authors " + a.authors());
    return problems;
  }

  private static String squash(String s) {
    return java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFC)
        .replaceAll("\\s+", " ").trim();
  }
}
