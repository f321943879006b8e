package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Provenance;

/**
 * Article pages laid out like those of major Vietnamese outlets (Tuổi Trẻ, Thanh Niên, Dân trí, Znews, ...),
 * each with the article a reader sees written down in {@code <outlet>.expected.json}. The HTML reproduces
 * each site's real page conventions (containers, sapo with outlet tag, date formats, bylines at the end of
 * the body or in meta, table or figure captions, related-news boxes, share bars, comments); the texts are
 * invented. Every field mismatch of a fixture is collected and reported together, so one run shows all
 * that the extractor gets wrong on a site instead of only the first difference.
 */
class VietnameseOutletFixturesTest {
  private static final String DIR = "/vn/bantin/extract/html/outlet-fixtures";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Page chrome that must never reach the body, whatever the site. */
  private static final List<String> CHROME = List.of(
      "Tin liên quan", "TIN LIÊN QUAN", "Xem thêm", "Đọc thêm", "Chia sẻ", "Bình luận", "Gửi bình luận",
      "Tin cùng chuyên mục", "Copy link");

  static Stream<String> fixtures() throws IOException, URISyntaxException {
    URL url = VietnameseOutletFixturesTest.class.getResource(DIR);
    if (url == null) throw new IllegalStateException("fixture directory missing: " + DIR);
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".html"))
          .map(n -> n.substring(0, n.length() - ".html".length()))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  @Test
  void everyRequiredOutletHasAFixture() throws Exception {
    List<String> names = fixtures().collect(Collectors.toList());
    for (String o : List.of("tuoitre", "thanhnien", "dantri", "znews", "baoquocte", "vtv", "danviet",
        "kenh14", "cafef")) {
      assertTrue(names.contains(o), "missing fixture " + o);
    }
  }

  /**
   * The fixture files agree with each other: every expected text is visible on the page, and every noise
   * text (related headlines, share and comment widgets) is there too, so the noise check is not vacuous.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void expectationsAreVisibleOnThePage(String name) throws Exception {
    String html = read(name + ".html");
    JsonNode exp = JSON.readTree(read(name + ".expected.json"));
    String pageText = norm(Jsoup.parse(html).text());
    List<String> all = new ArrayList<>();
    all.add(exp.get("title").asText());
    all.add(exp.get("lead").asText());
    all.addAll(strings(exp, "paragraphs"));
    all.addAll(strings(exp, "captions"));
    all.addAll(strings(exp, "noise"));
    for (String s : all) assertTrue(pageText.contains(norm(s)), name + ": not on the page: " + s);
    // the expected body itself must be free of what the extractor is asked to keep out of it
    List<String> banned = new ArrayList<>(CHROME);
    banned.addAll(strings(exp, "noise"));
    banned.addAll(strings(exp, "captions"));
    for (String p : strings(exp, "paragraphs")) {
      for (String b : banned) assertFalse(norm(p).contains(norm(b)), name + ": expected body holds <" + b + ">");
    }
    assertTrue(strings(exp, "paragraphs").size() >= 4, name + ": fewer than 4 body paragraphs");
    assertFalse(strings(exp, "captions").isEmpty(), name + ": no caption");
    OffsetDateTime.parse(exp.get("published").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void extractorReadsTheArticleAsAReaderSeesIt(String name) throws Exception {
    String html = read(name + ".html");
    JsonNode exp = JSON.readTree(read(name + ".expected.json"));
    Page page = new Page(Provenance.ofFile(name + ".html"), PageFormat.HTML, html, "UTF-8");
    List<Article> articles = new HtmlExtractor().extract(page);
    List<String> mismatches = new ArrayList<>();
    if (articles.size() != 1) {
      mismatches.add("articles: expected 1, got " + articles.size() + " "
          + articles.stream().map(Article::title).collect(Collectors.toList()));
    }
    if (!articles.isEmpty()) compare(exp, articles.get(0), mismatches);
    assertTrue(mismatches.isEmpty(), name + ": " + mismatches.size() + " mismatch(es)\n  "
        + String.join("\n  ", mismatches));
  }

  private static void compare(JsonNode exp, Article a, List<String> out) {
    check(out, "title", exp.get("title").asText(), a.title());

    OffsetDateTime want = OffsetDateTime.parse(exp.get("published").asText());
    OffsetDateTime got = a.published();
    if (got == null || !want.toInstant().equals(got.toInstant()) || !want.getOffset().equals(got.getOffset())) {
      out.add("published: expected <" + want + "> got <" + got + ">");
    }
    check(out, "authors", strings(exp, "authors"), a.authors());
    check(out, "outlet", exp.get("outlet").asText(), a.outlet());
    check(out, "lead", norm(exp.get("lead").asText()), norm(a.lead()));

    List<String> wantBody = strings(exp, "paragraphs").stream().map(VietnameseOutletFixturesTest::norm)
        .collect(Collectors.toList());
    List<String> gotBody = a.paragraphs().stream().map(Paragraph::text).map(VietnameseOutletFixturesTest::norm)
        .collect(Collectors.toList());
    if (!wantBody.equals(gotBody)) out.add("paragraphs: " + firstDifference(wantBody, gotBody));

    List<String> gotCaptions = a.captions().stream().map(VietnameseOutletFixturesTest::norm)
        .collect(Collectors.toList());
    String body = String.join("\n", gotBody);
    for (String c : strings(exp, "captions")) {
      String nc = norm(c);
      if (!gotCaptions.contains(nc)) out.add("captions: missing <" + nc + "> got " + gotCaptions);
      if (body.contains(nc)) out.add("body holds caption <" + nc + ">");
    }
    check(out, "url", exp.get("url").asText(), a.url());

    List<String> noise = new ArrayList<>(CHROME);
    noise.addAll(strings(exp, "noise"));
    for (String n : noise) {
      if (body.contains(norm(n))) out.add("body holds page chrome <" + norm(n) + ">");
    }
  }

  private static String firstDifference(List<String> want, List<String> got) {
    int n = Math.min(want.size(), got.size());
    for (int i = 0; i < n; i++) {
      if (!want.get(i).equals(got.get(i))) {
        return "expected " + want.size() + " got " + got.size() + "; first difference at #" + i
            + ": expected <" + want.get(i) + "> got <" + got.get(i) + ">";
      }
    }
    return "expected " + want.size() + " got " + got.size() + "; "
        + (want.size() > n ? "missing from #" + n + ": <" + want.get(n) + ">"
            : "extra from #" + n + ": <" + got.get(n) + ">");
  }

  private static void check(List<String> out, String field, Object want, Object got) {
    if (!want.equals(got)) out.add(field + ": expected <" + want + "> got <" + got + ">");
  }

  private static List<String> strings(JsonNode exp, String field) {
    List<String> out = new ArrayList<>();
    JsonNode arr = exp.get(field);
    if (arr != null) arr.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** Whitespace (including no-break spaces) collapsed and trimmed, Unicode in composed form. */
  static String norm(String s) {
    if (s == null) return "";
    String t = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    return Normalizer.normalize(t, Normalizer.Form.NFC);
  }

  private static String read(String file) throws IOException {
    try (var in = VietnameseOutletFixturesTest.class.getResourceAsStream(DIR + "/" + file)) {
      if (in == null) throw new IOException("missing fixture " + file);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
