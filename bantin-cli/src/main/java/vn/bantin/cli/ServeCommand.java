package vn.bantin.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.bantin.server.BantinServer;
import vn.bantin.store.ArticleStore;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the store over HTTP: the web UI at /, and the REST API",
        "(GET /api/health, /api/search?q=&limit=, /api/articles/{id}, ... see README.md).",
        "Binds to 127.0.0.1 unless --host says otherwise. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "7700", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Mixin DataOption data;

  @Override
  public Integer call() throws Exception {
    ArticleStore store = ArticleStore.openReadOnly(data.data);
    Javalin app = BantinServer.start(store, host, port);
    System.out.println("bantin: serving " + store.size() + " articles from " + data.data.toAbsolutePath()
        + " at http://" + host + ":" + app.port() + "/  (Ctrl-C to stop)");
    CountDownLatch done = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
        store.close();
      } catch (java.io.IOException ignored) {
        // shutting down: nothing left to report to
      }
      done.countDown();
    }));
    done.await();
    return 0;
  }
}
