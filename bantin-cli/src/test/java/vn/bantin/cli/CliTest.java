package vn.bantin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.json.ArticleJson;

/** Runs the CLI in-process, as a user would from the shell, on the sample pages shipped in samples/. */
class CliTest {
  static final Path SAMPLES = Path.of("..", "samples");

  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static synchronized Run run(String... args) {
    PrintStream o = System.out, e = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(o);
      System.setErr(e);
    }
  }

  @Test
  void extractPrintsOnePageObjectPerLineWithTheDocumentedArticleFields() throws Exception {
    Run r = run("extract", "--format", "jsonl", SAMPLES.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
    assertEquals(7, lines.size(), "5 files + 2 WARC records: " + r.err());
    int articles = 0;
    for (String line : lines) {
      JsonNode page = ArticleJson.MAPPER.readTree(line);
      assertTrue(page.get("source").isTextual());
      for (JsonNode a : page.get("articles")) {
        articles++;
        for (String f : List.of("id", "title", "lead", "body", "paragraphs", "captions", "published", "authors",
            "outlet", "credited_source", "url", "language")) {
          assertTrue(a.has(f), f + " in " + a);
        }
        assertTrue(a.get("paragraphs").get(0).has("type"));
        assertTrue(!a.get("title").asText().isBlank());
      }
    }
    assertTrue(articles >= 7, "every sample page yields an article");
  }

  @Test
  void extractWithLangKeepsOnlyThoseArticlesAndReportsTheOthers() throws Exception {
    String zyte = vn.bantin.eval.SharedData.resolve("eval/extraction-html/zyte/html").toString();
    String seeds = vn.bantin.eval.SharedData.resolve("seeds").toString();
    Run r = run("extract", "--format", "jsonl", "--lang", "vi", zyte, seeds);
    assertEquals(0, r.code(), r.err());
    int kept = 0;
    for (String line : r.out().lines().filter(l -> !l.isBlank()).toList()) {
      for (JsonNode a : ArticleJson.MAPPER.readTree(line).get("articles")) {
        kept++;
        assertEquals("vi", a.get("language").asText(), a.get("title").asText());
      }
    }
    assertEquals(7, kept, "the seven seed articles");
    assertTrue(r.err().matches("(?s).*\\d+ article\\(s\\) filtered out: language en.*"), r.err());
  }

  @Test
  void extractJsonIsOneValidArray() throws Exception {
    Run r = run("extract", SAMPLES.resolve("html").toString());
    JsonNode arr = ArticleJson.MAPPER.readTree(r.out());
    assertTrue(arr.isArray());
    assertEquals(3, arr.size());
  }

  @Test
  void ingestSearchAndExportRoundTrip() throws Exception {
    String data = tmp.resolve("data").toString();
    Run in = run("ingest", SAMPLES.toString(), "--data", data);
    assertEquals(0, in.code(), in.err());
    assertTrue(in.out().contains("pages read:          7"), in.out());
    assertTrue(in.out().contains("warcinfo"), "the skipped warcinfo record is reported: " + in.out());

    Run again = run("ingest", SAMPLES.toString(), "--data", data);
    assertTrue(again.out().contains("nothing new"), again.out());

    Run s = run("search", "bao sao mai", "--json", "--data", data);
    JsonNode hits = ArticleJson.MAPPER.readTree(s.out());
    assertTrue(hits.size() >= 4, s.out());
    JsonNode narrowed = ArticleJson.MAPPER.readTree(run("search", "bao sao mai", "--outlet", "tin mien trung", "--json",
        "--data", data).out());
    assertTrue(narrowed.size() >= 1 && narrowed.size() < hits.size(), narrowed.toString());
    for (JsonNode h : narrowed) assertEquals("Tin Miền Trung", h.get("outlet").asText());
    JsonNode listed = ArticleJson.MAPPER.readTree(run("search", "--from", "2026-09-20", "--json", "--data", data).out());
    assertTrue(listed.size() >= 2, listed.toString());
    assertEquals(2, run("search", "--data", data).code(), "neither words nor a filter");
    for (String f : List.of("id", "title", "score", "outlet", "published", "snippet")) assertTrue(hits.get(0).has(f), f);
    assertTrue(hits.get(0).get("title").asText().contains("Sao Mai"));

    Path out = tmp.resolve("all.jsonl");
    assertEquals(0, run("export", "--format", "jsonl", "--out", out.toString(), "--data", data).code());
    List<String> rows = Files.readAllLines(out);
    assertTrue(rows.size() >= 7);
    JsonNode first = ArticleJson.MAPPER.readTree(rows.get(0));
    for (String f : List.of("story_id", "storyline_id", "syndication", "body", "paragraphs")) assertTrue(first.has(f), f);

    Run stories = run("stories", "--data", data);
    assertEquals(0, stories.code(), stories.err());
    assertTrue(stories.out().contains("storyline "), stories.out());
    JsonNode sj = ArticleJson.MAPPER.readTree(run("stories", "--json", "--data", data).out());
    String line = sj.get("storylines").get(0).get("id").asText();
    JsonNode one = ArticleJson.MAPPER.readTree(run("stories", "--storyline", line, "--json", "--data", data).out());
    assertEquals(line, one.get("storyline").get("id").asText());
    assertEquals(1, run("stories", "--storyline", "no-such-line", "--data", data).code());
    assertEquals(0, run("entities", "--type", "LOC", "--data", data).code());
    assertEquals(0, run("quotes", "--data", data).code());
    Run tsv = run("events", "--format", "tsv", "--data", data);
    assertTrue(tsv.out().startsWith("Date\tDatePrecision\t"), tsv.out());

    // Export, then import into a fresh store: the same articles, with stories assigned again.
    Path bad = tmp.resolve("bad.jsonl");
    Files.writeString(bad, "{not json\n");
    String data2 = tmp.resolve("data2").toString();
    Run imp = run("import", out.toString(), bad.toString(), "--data", data2);
    assertEquals(0, imp.code(), imp.err());
    assertTrue(imp.out().contains("articles stored:     " + rows.size()), imp.out());
    assertTrue(imp.out().contains("bad.jsonl:1: not an article JSON line"), imp.out());
    Path out2 = tmp.resolve("all2.jsonl");
    run("export", "--format", "jsonl", "--out", out2.toString(), "--data", data2);
    assertEquals(new java.util.HashSet<>(rows), new java.util.HashSet<>(Files.readAllLines(out2)));

    Path csv = tmp.resolve("all.csv");
    run("export", "--format", "csv", "--out", csv.toString(), "--data", data);
    assertTrue(Files.readString(csv).startsWith("id,title,published,outlet,"));
  }

  @Test
  void exportTextMakesACleanCorpusWithoutCopies() throws Exception {
    String data = tmp.resolve("data").toString();
    assertEquals(0, run("ingest", SAMPLES.toString(), "--data", data).code());
    Run all = run("export", "--format", "text", "--sentences", "--data", data);
    Run originals = run("export", "--format", "text", "--sentences", "--originals", "--data", data);
    assertEquals(0, originals.code(), originals.err());
    int docsAll = all.out().split("\n\n").length, docsOrig = originals.out().split("\n\n").length;
    assertTrue(docsOrig < docsAll, "the samples hold a re-post that --originals leaves out");
    assertTrue(originals.err().contains("left out"), originals.err());
    assertTrue(all.out().contains("Bão Sao Mai"), all.out());
    assertTrue(all.out().lines().noneMatch(l -> l.startsWith("Ảnh:") || l.matches("\\(?[Tt]heo [^,.]{1,30}\\)?")),
        "no captions or credit lines");
    Run words = run("export", "--format", "text", "--words", "--data", data);
    assertTrue(words.out().contains("_"), "multi-syllable words are joined");
    assertEquals(2, run("export", "--format", "jsonl", "--words", "--data", data).code());
  }

  @Test
  void nothingReadableMeansExitCodeOneWithTheReason() {
    Run r = run("ingest", tmp.resolve("missing-dir").toString(), "--data", tmp.resolve("d").toString());
    assertEquals(1, r.code());
    assertTrue(r.out().contains("missing-dir: no such file or directory"), r.out());
  }

  @Test
  void everyCommandHasHelp() {
    for (String c : List.of("ingest", "extract", "search", "export", "serve", "warc", "stories", "entities",
        "quotes", "events", "eval", "import")) {
      Run r = run(c, "--help");
      assertEquals(0, r.code(), c);
      assertTrue(r.out().contains("Usage: bantin " + c), r.out());
    }
  }

  @Test
  void theShippedSampleWarcIsWhatThePackerMakesFromItsSources() throws Exception {
    Path src = Path.of("src/test/resources/sample-warc-src");
    Path fresh = tmp.resolve("fresh.warc.gz");
    List<String> files;
    try (var s = Files.list(src)) {
      files = s.map(Path::toString).sorted().toList();
    }
    String[] args = new String[files.size() + 3];
    args[0] = "warc";
    args[1] = "-o";
    args[2] = fresh.toString();
    for (int i = 0; i < files.size(); i++) args[i + 3] = files.get(i);
    assertEquals(0, run(args).code());
    JsonNode a = ArticleJson.MAPPER.readTree(run("extract", "--raw", fresh.toString()).out());
    JsonNode b = ArticleJson.MAPPER.readTree(run("extract", "--raw",
        SAMPLES.resolve("warc/songhong-thoibaobiendong.warc.gz").toString()).out());
    assertEquals(2, a.size());
    for (int i = 0; i < 2; i++) {
      for (JsonNode art : List.of(a.get(i).get("articles").get(0), b.get(i).get("articles").get(0))) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) art).remove(List.of("source", "provenance"));
      }
      assertEquals(a.get(i).get("articles"), b.get(i).get("articles"));
    }
  }
}
