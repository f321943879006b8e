package vn.bantin.server;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.bantin.json.ArticleJson;
import vn.bantin.store.ArticleStore;

/**
 * The HTTP shell: a REST API over the store and the web UI's static page. Routes are registered by {@link
 * Api}; this class only assembles and starts them. Binds to 127.0.0.1 unless told otherwise.
 */
public final class BantinServer {
  private BantinServer() {}

  public static Javalin create(ArticleStore store) {
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.defaultContentType = "application/json; charset=utf-8";
    });
    new Api(store).register(app);
    app.get("/", BantinServer::index);
    app.exception(Api.NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(IOException.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, e.toString()));
    app.error(HttpStatus.NOT_FOUND, ctx -> {
      if (ctx.result() == null) error(ctx, HttpStatus.NOT_FOUND, "no such resource: " + ctx.path());
    });
    return app;
  }

  public static Javalin start(ArticleStore store, String host, int port) {
    return create(store).start(host, port);
  }

  static void error(Context ctx, HttpStatus status, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", message);
    m.put("status", status.getCode());
    ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(json(m));
  }

  static String json(Object o) {
    try {
      return ArticleJson.MAPPER.writeValueAsString(o);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void index(Context ctx) throws IOException {
    try (InputStream in = BantinServer.class.getResourceAsStream("/web/index.html")) {
      if (in == null) throw new IOException("web UI missing from the jar");
      ctx.contentType(ContentType.TEXT_HTML).result(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
