package vn.bantin.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.json.ArticleJson;
import vn.bantin.pipeline.Pipelines;
import vn.bantin.store.ArticleStore;
import vn.bantin.store.Ingest;

/** The REST API on a real port on 127.0.0.1, over a store holding the shipped sample pages. */
class ApiTest {
  @TempDir static Path tmp;
  static ArticleStore store;
  static Javalin app;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    try (ArticleStore w = ArticleStore.openWritable(tmp)) {
      new Ingest(Pipelines.standard(), Pipelines.grouping(), 2).run(List.of("../samples"), w, null);
    }
    store = ArticleStore.openReadOnly(tmp);
    app = BantinServer.start(store, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    store.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void healthCountsArticles() throws Exception {
    HttpResponse<String> r = get("/api/health");
    assertEquals(200, r.statusCode());
    JsonNode j = ArticleJson.MAPPER.readTree(r.body());
    assertEquals("ok", j.get("status").asText());
    assertEquals(store.size(), j.get("articles").asInt());
    assertTrue(store.size() >= 7);
    JsonNode stories = ArticleJson.MAPPER.readTree(get("/api/stories").body());
    assertEquals(stories.size(), j.get("stories").asInt());
    assertEquals(ArticleJson.MAPPER.readTree(get("/api/storylines").body()).size(), j.get("storylines").asInt());
  }

  @Test
  void anEntityPageGathersItsArticlesQuotesAndEvents() throws Exception {
    JsonNode people = ArticleJson.MAPPER.readTree(get("/api/entities?type=PER").body());
    JsonNode quotes = ArticleJson.MAPPER.readTree(get("/api/quotes").body());
    // a person who is quoted somewhere in the samples
    String speaker = null;
    for (JsonNode q : quotes) {
      if (q.get("quote").hasNonNull("speaker") && q.get("quote").get("speaker").get("id").asText().startsWith("per:")) {
        speaker = q.get("quote").get("speaker").get("id").asText();
        break;
      }
    }
    assertTrue(speaker != null, "the samples quote somebody by name: " + quotes);
    HttpResponse<String> r = get("/api/entities/" + URLEncoder.encode(speaker, StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode d = ArticleJson.MAPPER.readTree(r.body());
    assertEquals(speaker, d.get("entity").get("id").asText());
    assertEquals(d.get("entity").get("article_ids").size(), d.get("articles").size());
    assertTrue(d.get("quotes").size() >= 1);
    for (JsonNode q : d.get("quotes")) assertEquals(speaker, q.get("quote").get("speaker").get("id").asText());
    boolean listed = false;
    for (JsonNode p : people) listed |= p.get("id").asText().equals(speaker);
    assertTrue(listed, "the speaker is among the people");
    assertEquals(404, get("/api/entities/per:nobody-at-all").statusCode());
  }

  @Test
  void exportStreamsEveryArticleAsOneJsonLine() throws Exception {
    HttpResponse<String> r = get("/api/export.jsonl");
    assertEquals(200, r.statusCode());
    List<String> lines = r.body().lines().filter(l -> !l.isBlank()).toList();
    assertEquals(store.size(), lines.size());
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (String l : lines) {
      JsonNode a = ArticleJson.MAPPER.readTree(l);
      assertTrue(a.has("story_id") && a.has("storyline_id") && a.has("syndication"), l);
      ids.add(a.get("id").asText());
    }
    assertEquals(store.size(), ids.size());
  }

  @Test
  void searchWithoutDiacriticsThenFetchTheArticle() throws Exception {
    HttpResponse<String> r = get("/api/search?limit=3&q=" + URLEncoder.encode("tau dien metro", StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode hits = ArticleJson.MAPPER.readTree(r.body());
    assertTrue(hits.size() >= 1 && hits.size() <= 3, r.body());
    String id = hits.get(0).get("id").asText();
    HttpResponse<String> a = get("/api/articles/" + id);
    assertEquals(200, a.statusCode());
    JsonNode art = ArticleJson.MAPPER.readTree(a.body());
    assertEquals(id, art.get("id").asText());
    String text = (art.get("title").asText() + " " + art.get("lead").asText() + " " + art.get("body").asText()).toLowerCase();
    assertTrue(text.contains("tàu điện") && text.contains("metro"), text);
  }

  @Test
  void searchNarrowsByOutletAndDatesAndListsByFilterAlone() throws Exception {
    JsonNode hits = ArticleJson.MAPPER.readTree(get("/api/search?q=bao&outlet=bao%20song%20hong&limit=50").body());
    assertTrue(hits.size() >= 1, hits.toString());
    for (JsonNode h : hits) assertEquals("Báo Sông Hồng", h.get("outlet").asText());
    JsonNode days = ArticleJson.MAPPER.readTree(get("/api/search?from=2026-09-20&to=2026-09-22&limit=50").body());
    assertTrue(days.size() >= 2, days.toString());
    for (JsonNode h : days) assertTrue(h.get("published").asText().compareTo("2026-09-20") >= 0, h.toString());
    assertEquals(400, get("/api/search?from=2026-13-01").statusCode());
    assertEquals(400, get("/api/search?from=2026-09-22&to=2026-09-20").statusCode());
  }

  @Test
  void errorsAreJsonWithStatus() throws Exception {
    HttpResponse<String> missing = get("/api/articles/nope");
    assertEquals(404, missing.statusCode());
    assertTrue(ArticleJson.MAPPER.readTree(missing.body()).get("error").asText().contains("nope"));
    HttpResponse<String> bad = get("/api/search?q=");
    assertEquals(400, bad.statusCode());
    HttpResponse<String> badLimit = get("/api/search?q=x&limit=abc");
    assertEquals(400, badLimit.statusCode());
  }

  @Test
  void knowledgeEndpointsAnswerWithJsonAndTsv() throws Exception {
    HttpResponse<String> ents = get("/api/entities?type=LOC&limit=5");
    assertEquals(200, ents.statusCode(), ents.body());
    JsonNode es = ArticleJson.MAPPER.readTree(ents.body());
    assertTrue(es.size() >= 1 && es.size() <= 5, ents.body());
    for (JsonNode e : es) assertEquals("LOC", e.get("type").asText());
    assertEquals(200, get("/api/quotes").statusCode());
    assertEquals(200, get("/api/events?from=2026-09-01&to=2026-09-30").statusCode());
    HttpResponse<String> tsv = get("/api/events.tsv");
    assertTrue(tsv.body().startsWith("Date\tDatePrecision\t"), tsv.body());
    JsonNode tl = ArticleJson.MAPPER.readTree(get("/api/timeline").body());
    assertTrue(tl.has("events") && tl.has("months"));
    JsonNode cameo = ArticleJson.MAPPER.readTree(get("/api/cameo").body());
    assertEquals("Make a visit", cameo.get("042").get("name").asText());
    for (JsonNode e : tl.get("events")) assertTrue(cameo.has(e.get("code").asText()), "every coded event has a name");
  }

  @Test
  void storiesAndStorylinesLinkToEachOtherAndToTheirArticles() throws Exception {
    JsonNode stories = ArticleJson.MAPPER.readTree(get("/api/stories").body());
    assertTrue(stories.size() >= 2, stories.toString());
    int seen = 0;
    for (JsonNode s : stories) {
      JsonNode one = ArticleJson.MAPPER.readTree(get("/api/stories/" + s.get("id").asText()).body());
      assertEquals(s, one);
      JsonNode line = ArticleJson.MAPPER.readTree(get("/api/storylines/" + s.get("storyline_id").asText()).body());
      boolean listed = false;
      for (JsonNode sid : line.get("story_ids")) listed |= sid.asText().equals(s.get("id").asText());
      assertTrue(listed, "a story's storyline lists it");
      JsonNode arts = ArticleJson.MAPPER.readTree(get("/api/stories/" + s.get("id").asText() + "/articles").body());
      assertEquals(s.get("article_ids").size(), arts.size());
      for (JsonNode a : arts) assertEquals(s.get("id").asText(), a.get("story_id").asText());
      seen += arts.size();
    }
    assertEquals(store.size(), seen, "every article is in exactly one story");
    String sl = stories.get(0).get("storyline_id").asText();
    JsonNode tl = ArticleJson.MAPPER.readTree(get("/api/storylines/" + sl + "/timeline").body());
    assertTrue(tl.has("months"));
    assertEquals(404, get("/api/stories/nope").statusCode());
    assertEquals(404, get("/api/stories/" + stories.get(0).get("id").asText() + "/nonsense").statusCode());
  }

  @Test
  void servesTheSearchPage() throws Exception {
    HttpResponse<String> r = get("/");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("<title>bantin"));
    assertTrue(r.headers().firstValue("content-type").orElse("").contains("text/html"));
  }
}
