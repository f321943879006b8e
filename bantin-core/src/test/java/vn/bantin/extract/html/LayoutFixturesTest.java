package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Paragraph;
import vn.bantin.model.ParagraphType;
import vn.bantin.model.Provenance;

/**
 * Page layouts outside the big outlets' templates (texts invented for these tests), written before the
 * extractor was tuned on them: a WordPress blog (entry-content, figure captions, comments, sidebar widgets),
 * a provincial paper laid out in nested tables (caption in a table cell, byline in a right-aligned cell, list
 * of other news with dates), a body of bare text between {@code <br>} tags inside a {@code <div>}, and an AMP
 * page with a photo carousel. Expected fields in {@code layout-fixtures/<name>.expected.json}; a null outlet or
 * url means the page does not say.
 */
class LayoutFixturesTest {
  private static final String DIR = "/vn/bantin/extract/html/layout-fixtures/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String read(String name) throws IOException {
    try (InputStream in = LayoutFixturesTest.class.getResourceAsStream(DIR + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"wordpress-blog", "provincial-table", "div-br-body", "amp-gallery"})
  void everyFieldMatches(String name) throws IOException {
    JsonNode exp = JSON.readTree(read(name + ".expected.json"));
    List<Article> as = new HtmlExtractor().extract(
        new Page(Provenance.ofFile(name + ".html"), PageFormat.HTML, read(name + ".html"), "UTF-8"));
    List<String> bad = new ArrayList<>();
    if (as.size() != 1) bad.add("articles: " + as.size() + " " + as.stream().map(Article::title).toList());
    if (!as.isEmpty()) compare(exp, as.get(0), bad);
    assertTrue(bad.isEmpty(), name + ": " + bad.size() + " mismatch(es)\n  " + String.join("\n  ", bad));
  }

  private static void compare(JsonNode exp, Article a, List<String> bad) {
    check(bad, "title", exp.get("title").asText(), a.title());
    OffsetDateTime want = OffsetDateTime.parse(exp.get("published").asText());
    if (a.published() == null || !want.toInstant().equals(a.published().toInstant())) {
      bad.add("published: expected " + want + " got " + a.published());
    }
    check(bad, "authors", strings(exp.get("authors")), a.authors());
    if (!exp.get("outlet").isNull()) check(bad, "outlet", exp.get("outlet").asText(), a.outlet());
    if (!exp.get("url").isNull()) check(bad, "url", exp.get("url").asText(), a.url());
    check(bad, "lead", norm(exp.get("lead").asText()), norm(a.lead()));
    List<String> wantBody = strings(exp.get("paragraphs")).stream().map(LayoutFixturesTest::norm).toList();
    List<String> gotBody = a.paragraphs().stream().map(Paragraph::text).map(LayoutFixturesTest::norm).toList();
    Set<String> hits = new HashSet<>(wantBody);
    hits.retainAll(gotBody);
    if (!wantBody.equals(gotBody)) {
      bad.add(String.format("paragraphs P=%.2f R=%.2f: expected %s%n  got %s",
          gotBody.isEmpty() ? 0.0 : hits.size() / (double) gotBody.size(), hits.size() / (double) wantBody.size(),
          wantBody, gotBody));
    }
    Set<Integer> headings = new HashSet<>();
    exp.get("headings").forEach(h -> headings.add(h.asInt()));
    for (int i = 0; i < a.paragraphs().size(); i++) {
      boolean heading = a.paragraphs().get(i).type() == ParagraphType.HEADING;
      if (heading != headings.contains(i)) bad.add("paragraph " + i + " typed " + a.paragraphs().get(i).type());
    }
    check(bad, "captions", strings(exp.get("captions")).stream().map(LayoutFixturesTest::norm).toList(),
        a.captions().stream().map(LayoutFixturesTest::norm).toList());
    String body = String.join("\n", gotBody);
    for (String n : strings(exp.get("noise"))) if (body.contains(norm(n))) bad.add("body holds noise <" + n + ">");
  }

  private static void check(List<String> bad, String field, Object want, Object got) {
    if (!Objects.equals(want, got)) bad.add(field + ": expected <" + want + "> got <" + got + ">");
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static String norm(String s) {
    return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
  }
}
