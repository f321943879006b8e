package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Paragraph;
import vn.bantin.model.ParagraphType;
import vn.bantin.model.Provenance;

/**
 * Pages written in the markup of major Vietnamese outlets (text written for these tests), each with menus,
 * related-news boxes, share bars, tags, comments and footers around the article. Every field is checked
 * against {@code <name>.expected.json}: title, lead (outlet tag removed), published/modified, authors,
 * outlet, canonical URL, language, every body paragraph with its type, captions, credited source.
 */
class OutletFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static String resource(String name) throws IOException {
    try (InputStream in = OutletFixturesTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<Article> extract(String name) throws IOException {
    Page page = new Page(Provenance.ofFile(name), PageFormat.HTML, resource(name), "UTF-8");
    return new HtmlExtractor().extract(page);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tuoitre", "thanhnien", "dantri", "znews", "baoquocte", "vtv", "danviet", "kenh14",
      "cafef", "vov"})
  void everyFieldMatches(String name) throws IOException {
    JsonNode want = JSON.readTree(resource(name + ".expected.json"));
    List<Article> out = extract(name + ".html");
    assertEquals(1, out.size(), name + ": one article");
    Article a = out.get(0);
    assertEquals(want.get("title").asText(), a.title(), name + " title");
    assertEquals(want.get("lead").asText(), a.lead(), name + " lead");
    assertEquals(OffsetDateTime.parse(want.get("published").asText()), a.published(), name + " published");
    if (want.has("modified")) {
      assertEquals(OffsetDateTime.parse(want.get("modified").asText()), a.modified(), name + " modified");
    }
    assertEquals(strings(want.get("authors")), a.authors(), name + " authors");
    assertEquals(want.get("outlet").asText(), a.outlet(), name + " outlet");
    assertEquals(want.get("url").asText(), a.url(), name + " url");
    assertEquals(want.get("language").asText(), a.language(), name + " language");
    assertEquals(strings(want.get("body")), a.paragraphs().stream().map(Paragraph::text).toList(), name + " body");
    for (int i = 0; i < a.paragraphs().size(); i++) {
      JsonNode t = want.path("types").get(String.valueOf(i));
      ParagraphType type = t == null ? ParagraphType.PARAGRAPH : ParagraphType.valueOf(t.asText());
      assertEquals(type, a.paragraphs().get(i).type(), name + " type of paragraph " + i);
    }
    assertEquals(strings(want.get("captions")), a.captions(), name + " captions");
    assertEquals(want.has("creditedSource") ? want.get("creditedSource").asText() : null, a.creditedSource(),
        name + " credited source");
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }
}
