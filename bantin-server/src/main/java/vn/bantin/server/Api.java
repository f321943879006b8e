package vn.bantin.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bantin.json.ArticleJson;
import vn.bantin.knowledge.EntityIndex;
import vn.bantin.model.Article;
import vn.bantin.store.ArticleStore;
import vn.bantin.store.SearchFilter;
import vn.bantin.store.SearchHit;
import vn.bantin.store.view.KnowledgeViews;
import vn.bantin.stories.Story;
import vn.bantin.stories.Storyline;

/** The REST API. Every response is JSON; errors are {"error": ..., "status": ...}. */
final class Api {
  private final ArticleStore store;
  private final CorpusSnapshot corpus;

  Api(ArticleStore store) {
    this.store = store;
    this.corpus = new CorpusSnapshot(store);
  }

  void register(Javalin app) {
    app.get("/api/health", this::health);
    app.get("/api/search", this::search);
    app.get("/api/articles/{id}", this::article);
    app.get("/api/entities", ctx -> ctx.result(BantinServer.json(limit(ctx,
        corpus.entities(ctx.queryParam("type"))))));
    app.get("/api/entities/{id}", ctx -> ctx.result(BantinServer.json(entity(ctx))));
    app.get("/api/export.jsonl", this::export);
    app.get("/api/cameo", ctx -> ctx.result(BantinServer.json(vn.bantin.knowledge.CameoCodes.all())));
    app.get("/api/quotes", ctx -> ctx.result(BantinServer.json(limit(ctx,
        KnowledgeViews.quotes(corpus.articles(), ctx.queryParam("speaker"))))));
    app.get("/api/events", ctx -> ctx.result(BantinServer.json(limit(ctx, KnowledgeViews.events(corpus.articles(),
        ctx.queryParam("actor"), ctx.queryParam("from"), ctx.queryParam("to"))))));
    app.get("/api/events.tsv", ctx -> {
      StringBuilder sb = new StringBuilder();
      KnowledgeViews.writeEventsTsv(corpus.articles(), sb);
      ctx.contentType("text/tab-separated-values; charset=utf-8").result(sb.toString());
    });
    app.get("/api/timeline", ctx -> ctx.result(BantinServer.json(KnowledgeViews.timeline("all", corpus.articles()))));
    app.get("/api/stories", ctx -> ctx.result(BantinServer.json(limit(ctx, corpus.catalog().stories()))));
    app.get("/api/storylines", ctx -> ctx.result(BantinServer.json(limit(ctx, corpus.catalog().storylines()))));
    app.get("/api/stories/{id}", ctx -> ctx.result(BantinServer.json(story(ctx))));
    app.get("/api/stories/{id}/{view}", ctx -> knowledge(ctx, story(ctx).label(), corpus.articles(story(ctx).articleIds())));
    app.get("/api/storylines/{id}", ctx -> ctx.result(BantinServer.json(storyline(ctx))));
    app.get("/api/storylines/{id}/{view}", ctx -> {
      Storyline l = storyline(ctx);
      List<String> ids = new java.util.ArrayList<>();
      for (String sid : l.storyIds()) corpus.catalog().story(sid).ifPresent(st -> ids.addAll(st.articleIds()));
      knowledge(ctx, l.label(), corpus.articles(ids));
    });
  }

  private Story story(Context ctx) throws IOException {
    return corpus.catalog().story(ctx.pathParam("id"))
        .orElseThrow(() -> new NotFound("no story with id " + ctx.pathParam("id")));
  }

  private Storyline storyline(Context ctx) throws IOException {
    return corpus.catalog().storyline(ctx.pathParam("id"))
        .orElseThrow(() -> new NotFound("no storyline with id " + ctx.pathParam("id")));
  }

  /**
   * One entity with what a reader follows it for: the articles naming it (newest first), its own quotes, and
   * the events it takes part in.
   */
  private Map<String, Object> entity(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    EntityIndex.Item item = corpus.entities(null).stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFound("no entity with id " + id));
    List<Article> arts = new java.util.ArrayList<>(corpus.articles(item.articleIds()));
    arts.sort(java.util.Comparator.comparing(Article::published,
        java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entity", item);
    m.put("articles", arts.stream().map(Api::summary).toList());
    m.put("quotes", KnowledgeViews.quotes(arts, null).stream()
        .filter(q -> q.quote().speaker() != null && id.equals(q.quote().speaker().id())).toList());
    m.put("events", KnowledgeViews.events(arts, id, null, null));
    return m;
  }

  /** The fields a list of articles shows. */
  static Map<String, Object> summary(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("title", a.title());
    m.put("outlet", a.outlet());
    m.put("published", a.published() == null ? null : a.published().toString());
    m.put("story_id", a.storyId());
    m.put("original_id", a.syndication() == null ? null : a.syndication().originalId());
    return m;
  }

  /** Every stored article, one JSON per line: the same lines as {@code bantin export --format jsonl}. */
  private void export(Context ctx) throws IOException {
    ctx.contentType("application/x-ndjson; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"bantin-articles.jsonl\"");
    // streamed line by line: the export of a large store never sits whole in memory as one string
    try (java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(ctx.outputStream(),
        java.nio.charset.StandardCharsets.UTF_8))) {
      for (Article a : corpus.articles()) w.write(ArticleJson.toJsonString(a) + "\n");
    }
  }

  /** Entities, quotes, events, timeline or articles of a story or storyline: /api/stories/{id}/{view}. */
  private static void knowledge(Context ctx, String label, List<Article> arts) throws IOException {
    Object body = switch (ctx.pathParam("view")) {
      case "articles" -> arts.stream().map(ArticleJson::toJson).toList();
      case "entities" -> KnowledgeViews.entities(arts, ctx.queryParam("type"));
      case "quotes" -> KnowledgeViews.quotes(arts, ctx.queryParam("speaker"));
      case "events" -> KnowledgeViews.events(arts, ctx.queryParam("actor"), ctx.queryParam("from"), ctx.queryParam("to"));
      case "timeline" -> KnowledgeViews.timeline(label, arts);
      default -> throw new NotFound("unknown view " + ctx.pathParam("view")
          + " (articles, entities, quotes, events, timeline)");
    };
    ctx.result(BantinServer.json(body));
  }

  /** A missing resource: answered with 404 and a JSON error. */
  static final class NotFound extends RuntimeException {
    NotFound(String m) {
      super(m);
    }
  }

  private static <T> List<T> limit(Context ctx, List<T> xs) {
    int n = intParam(ctx, "limit", 1000, 1, 100000);
    return xs.size() <= n ? xs : xs.subList(0, n);
  }

  private void health(Context ctx) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "ok");
    m.put("articles", store.size());
    m.put("stories", corpus.catalog().stories().size());
    m.put("storylines", corpus.catalog().storylines().size());
    ctx.result(BantinServer.json(m));
  }

  private void search(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    SearchFilter filter = new SearchFilter(ctx.queryParam("outlet"), dateParam(ctx, "from"), dateParam(ctx, "to"),
        ctx.queryParam("story"), ctx.queryParam("storyline"));
    if ((q == null || q.isBlank()) && filter.isEmpty()) {
      throw new IllegalArgumentException("missing query parameter q (or a filter: outlet, from, to, story, storyline)");
    }
    int limit = intParam(ctx, "limit", 10, 1, 1000);
    List<SearchHit> hits = store.search(q, limit, filter, "date".equals(ctx.queryParam("sort")));
    ctx.result(BantinServer.json(hits));
  }

  private void article(Context ctx) throws IOException {
    Optional<Article> a = store.get(ctx.pathParam("id"));
    if (a.isEmpty()) {
      BantinServer.error(ctx, HttpStatus.NOT_FOUND, "no article with id " + ctx.pathParam("id"));
      return;
    }
    ctx.result(ArticleJson.toJsonString(a.get()));
  }

  static java.time.LocalDate dateParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return null;
    try {
      return java.time.LocalDate.parse(v.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD, not \"" + v + "\"");
    }
  }

  static int intParam(Context ctx, String name, int def, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return def;
    try {
      int n = Integer.parseInt(v.trim());
      if (n < min || n > max) throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, not \"" + v + "\"");
    }
  }
}
