package vn.bantin.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Provenance;

/**
 * Scores a folder of blind HTML fixtures (page.html + page.expected.json) field by field: body paragraphs as
 * exact paragraph precision/recall, then title, lead, publication instant, authors, outlet, credited source and
 * URL, captions, and absence of the listed noise from the body. Shared by the blind fixture tests, which differ
 * only in their folder and floors.
 */
final class FixtureScorecard {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One page's scores; field flags are 1 when right. */
  record Row(String name, double p, double r, int title, int lead, int date, int authors, int outlet,
      int credit, int captions, int noiseFree) {
    double f1() {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int fields() {
      return title + lead + date + authors + outlet + credit + captions + noiseFree;
    }
  }

  /** The folder's rows, the macro-averaged totals and a printable table with every miss. */
  record Card(List<Row> rows, double p, double r, int fieldsRight, String table) {
    double f1() {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    int fieldsTotal() {
      return 8 * rows.size();
    }
  }

  private final String dir;

  FixtureScorecard(String dir) {
    this.dir = dir;
  }

  List<String> names() throws IOException, URISyntaxException {
    URL url = Objects.requireNonNull(FixtureScorecard.class.getResource(dir), dir);
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
          .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
    }
  }

  JsonNode expected(String name) throws IOException {
    return JSON.readTree(read(name + ".expected.json"));
  }

  /**
   * The fixtures agree with themselves: title, lead, paragraphs (table rows "cell | cell" as their cells),
   * captions, authors and the listed noise are all visible on the page; no expected paragraph holds noise; the
   * date parses. Returns the problems found (empty when consistent).
   */
  List<String> inconsistencies() throws IOException, URISyntaxException {
    List<String> out = new ArrayList<>();
    for (String name : names()) {
      JsonNode exp = expected(name);
      String text = norm(org.jsoup.Jsoup.parse(read(name + ".html")).text());
      List<String> all = new ArrayList<>(List.of(exp.get("title").asText(), exp.get("lead").asText()));
      for (String f : List.of("paragraphs", "captions", "noise", "authors")) all.addAll(strings(exp, f));
      for (String s : all) if (!text.contains(norm(s.replace(" | ", " ")))) out.add(name + ": not on the page: " + s);
      for (String p : strings(exp, "paragraphs")) {
        for (String n : strings(exp, "noise")) if (norm(p).contains(norm(n))) out.add(name + ": noise in " + p);
      }
      try {
        OffsetDateTime.parse(exp.get("published").asText());
      } catch (RuntimeException e) {
        out.add(name + ": bad date " + exp.get("published"));
      }
    }
    return out;
  }

  /** Fails unless the folder holds at least {@code minPages} pages and they agree with themselves. */
  void assertConsistent(int minPages) throws IOException, URISyntaxException {
    org.junit.jupiter.api.Assertions.assertTrue(names().size() >= minPages, "fixtures: " + names());
    List<String> problems = inconsistencies();
    org.junit.jupiter.api.Assertions.assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  /**
   * Scores the folder, prints its table and fails when paragraph F1 falls under {@code f1}, more than {@code
   * maxFieldsWrong} metadata fields are wrong, or any page's paragraph F1 falls under {@code pageF1}.
   */
  Card assertFloors(double f1, int maxFieldsWrong, double pageF1) throws IOException, URISyntaxException {
    Card c = score();
    System.out.println(c.table());
    org.junit.jupiter.api.Assertions.assertTrue(c.f1() >= f1, "paragraph F1 " + c.f1() + "\n" + c.table());
    org.junit.jupiter.api.Assertions.assertTrue(c.fieldsRight() >= c.fieldsTotal() - maxFieldsWrong,
        "fields right " + c.fieldsRight() + "/" + c.fieldsTotal() + "\n" + c.table());
    for (Row row : c.rows()) {
      org.junit.jupiter.api.Assertions.assertTrue(row.f1() >= pageF1, row.name() + " paragraph F1 " + row.f1()
          + "\n" + c.table());
    }
    return c;
  }

  Card score() throws IOException, URISyntaxException {
    Map<String, List<String>> misses = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    for (String name : names()) rows.add(score(name, misses.computeIfAbsent(name, k -> new ArrayList<>())));
    int width = Math.max(14, rows.stream().mapToInt(r -> r.name().length()).max().orElse(0) + 1);
    String row = "%-" + width + "s %5.2f %5.2f %5.2f  %5d %4d %4d %4d %4d %4d %4d %5d";
    StringBuilder out = new StringBuilder(String.format(
        "%-" + width + "s %5s %5s %5s  title lead date auth outl cred capt clean%n", "page", "P", "R", "F1"));
    double sp = 0, sr = 0;
    int[] fields = new int[8];
    for (Row r : rows) {
      int[] f = {r.title(), r.lead(), r.date(), r.authors(), r.outlet(), r.credit(), r.captions(), r.noiseFree()};
      out.append(String.format(row + "%n", r.name(), r.p(), r.r(), r.f1(), f[0], f[1], f[2], f[3], f[4], f[5], f[6],
          f[7]));
      sp += r.p();
      sr += r.r();
      for (int i = 0; i < f.length; i++) fields[i] += f[i];
    }
    int n = rows.size();
    double p = sp / n, r = sr / n, f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    int right = 0;
    for (int v : fields) right += v;
    out.append(String.format(row + "  fields %d/%d%n", "TOTAL", p, r, f1, fields[0], fields[1], fields[2],
        fields[3], fields[4], fields[5], fields[6], fields[7], right, 8 * n));
    misses.forEach((k, v) -> v.forEach(m -> out.append("  ").append(k).append(": ").append(m).append('\n')));
    return new Card(rows, p, r, right, out.toString());
  }

  private Row score(String name, List<String> miss) throws IOException {
    JsonNode exp = expected(name);
    List<Article> as = new HtmlExtractor().extract(
        new Page(Provenance.ofFile(name + ".html"), PageFormat.HTML, read(name + ".html"), "UTF-8"));
    // a page may hold several complete articles ("articles": n); the fields are those of the first
    int wantArticles = exp.has("articles") ? exp.get("articles").asInt() : 1;
    if (as.size() != wantArticles) miss.add("articles: " + as.size() + " " + as.stream().map(Article::title).toList());
    if (as.isEmpty()) return new Row(name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    Article a = as.get(0);
    List<String> want = strings(exp, "paragraphs").stream().map(FixtureScorecard::norm).toList();
    List<String> got = a.paragraphs().stream().map(Paragraph::text).map(FixtureScorecard::norm).toList();
    long hitsGot = got.stream().filter(want::contains).count();
    long hitsWant = want.stream().filter(got::contains).count();
    double p = got.isEmpty() ? 0 : hitsGot / (double) got.size();
    double r = hitsWant / (double) want.size();
    for (String g : got) if (!want.contains(g)) miss.add("extra paragraph <" + g + ">");
    for (String w : want) if (!got.contains(w)) miss.add("missing paragraph <" + w + ">");
    int title = eq(miss, "title", norm(exp.get("title").asText()), norm(a.title()));
    int lead = eq(miss, "lead", norm(exp.get("lead").asText()), norm(a.lead()));
    OffsetDateTime wantDate = OffsetDateTime.parse(exp.get("published").asText());
    int date = eq(miss, "published", wantDate.toInstant(), a.published() == null ? null : a.published().toInstant());
    int authors = eq(miss, "authors", strings(exp, "authors"), a.authors());
    int outlet = eq(miss, "outlet", text(exp, "outlet"), a.outlet());
    int credit = eq(miss, "credited source", text(exp, "creditedSource"), a.creditedSource())
        & eq(miss, "credited url", text(exp, "creditedUrl"), a.creditedUrl());
    int captions = eq(miss, "captions", strings(exp, "captions").stream().map(FixtureScorecard::norm).toList(),
        a.captions().stream().map(FixtureScorecard::norm).toList());
    String body = String.join("\n", got);
    int clean = 1;
    for (String noise : strings(exp, "noise")) {
      if (body.contains(norm(noise))) {
        miss.add("body holds noise <" + noise + ">");
        clean = 0;
      }
    }
    return new Row(name, p, r, title, lead, date, authors, outlet, credit, captions, clean);
  }

  private static int eq(List<String> miss, String field, Object want, Object got) {
    if (Objects.equals(want, got)) return 1;
    miss.add(field + ": expected <" + want + "> got <" + got + ">");
    return 0;
  }

  private static String text(JsonNode exp, String field) {
    JsonNode n = exp.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  static List<String> strings(JsonNode exp, String field) {
    List<String> out = new ArrayList<>();
    JsonNode arr = exp.get(field);
    if (arr != null) arr.forEach(x -> out.add(x.asText()));
    return out;
  }

  static String norm(String s) {
    if (s == null) return "";
    return Normalizer.normalize(s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip(), Normalizer.Form.NFC);
  }

  String read(String file) throws IOException {
    try (InputStream in = FixtureScorecard.class.getResourceAsStream(dir + "/" + file)) {
      return new String(Objects.requireNonNull(in, file).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
