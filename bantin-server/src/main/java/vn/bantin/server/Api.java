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
import vn.bantin.model.Article;
import vn.bantin.store.ArticleStore;
import vn.bantin.store.SearchHit;
import vn.bantin.store.view.KnowledgeViews;

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
        KnowledgeViews.entities(corpus.articles(), ctx.queryParam("type"))))));
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
  }

  private static <T> List<T> limit(Context ctx, List<T> xs) {
    int n = intParam(ctx, "limit", 1000, 1, 100000);
    return xs.size() <= n ? xs : xs.subList(0, n);
  }

  private void health(Context ctx) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "ok");
    m.put("articles", store.size());
    ctx.result(BantinServer.json(m));
  }

  private void search(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) throw new IllegalArgumentException("missing query parameter q");
    int limit = intParam(ctx, "limit", 10, 1, 1000);
    List<SearchHit> hits = store.search(q, limit);
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
