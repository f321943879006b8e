package vn.bantin.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.pipeline.Pipelines;
import vn.bantin.store.ArticleStore;
import vn.bantin.store.Ingest;

/**
 * The web UI in a real browser: headless Chromium loads the page, runs its JavaScript against the live API and
 * dumps the resulting DOM. CI installs Chromium (.ci/run), so there this test must run; elsewhere it runs when
 * Chromium is installed.
 */
class WebUiTest {
  @TempDir static Path tmp;
  static ArticleStore store;
  static Javalin app;

  @BeforeAll
  static void start() throws Exception {
    try (ArticleStore w = ArticleStore.openWritable(tmp.resolve("data"))) {
      new Ingest(Pipelines.standard(), Pipelines.grouping(), 2).run(List.of("../samples"), w, null);
    }
    store = ArticleStore.openReadOnly(tmp.resolve("data"));
    app = BantinServer.start(store, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    store.close();
  }

  static String chromium() {
    for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(c))) return c;
    }
    return null;
  }

  static String dom(String hash) throws Exception {
    String exe = chromium();
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (exe == null && ci) throw new AssertionError("Chromium is required in CI (.ci/run installs it)");
    Assumptions.assumeTrue(exe != null, "Chromium not installed");
    List<String> cmd = new ArrayList<>(List.of(exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createTempDirectory(tmp, "chrome"), "--virtual-time-budget=5000", "--dump-dom",
        "http://127.0.0.1:" + app.port() + "/" + hash));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium finished");
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void searchWithoutDiacriticsShowsTheAccentedResults() throws Exception {
    String dom = dom("#/search/bao%20sao%20mai");
    assertTrue(dom.contains("kết quả cho"), dom);
    assertTrue(dom.contains("Bão Sao Mai đổ bộ Quảng Bình"), dom);
    assertTrue(dom.contains("href=\"#/article/"), "results link to article pages");
    String narrowed = dom("#/search/q=bao%20sao%20mai&outlet=bao%20song%20hong&sort=date");
    assertTrue(narrowed.contains("Báo Sông Hồng") && !narrowed.contains("Tin Miền Trung ·"), narrowed);
  }

  @Test
  void anArticlePageShowsItsBodyAndItsStoryLink() throws Exception {
    String id = store.all().stream().filter(a -> a.title().startsWith("Tuyến metro Nhổn")).findFirst().orElseThrow().id();
    String dom = dom("#/article/" + id);
    assertTrue(dom.contains("Tuyến metro Nhổn – ga Hà Nội chạy thử đoạn đi ngầm"), dom);
    assertTrue(dom.contains("<blockquote>"), "quote blocks keep their type");
    assertTrue(dom.contains("#/story/"), "link to the story page");
  }

  @Test
  void theHomePageShowsStorylinesLatestStoriesAndEntities() throws Exception {
    String dom = dom("#/");
    assertTrue(dom.contains("dòng sự kiện"), dom);
    assertTrue(dom.contains("href=\"#/storyline/"), "storylines are listed");
    assertTrue(dom.contains("href=\"#/story/"), "stories are listed");
    assertTrue(dom.contains("href=\"#/entity/"), "entities are listed");
  }

  @Test
  void aStorylinePageHasItsTimelineChartAndItsStoriesInOrder() throws Exception {
    var cat = vn.bantin.stories.StoryCatalog.of(store.all());
    var line = cat.storylines().stream().max(java.util.Comparator.comparingInt(l -> l.storyIds().size())).orElseThrow();
    String dom = dom("#/storyline/" + line.id());
    assertTrue(dom.contains(line.label()), dom);
    int last = -1;
    for (String sid : line.storyIds()) {
      int at = dom.indexOf("#/story/" + sid);
      assertTrue(at > last, "stories in time order: " + sid);
      last = at;
    }
    assertTrue(dom.contains("<svg class=\"chart\""), "the cooperation/conflict chart");
  }

  @Test
  void entityEventsAndExportPagesRender() throws Exception {
    String ent = dom("#/entities/LOC");
    assertTrue(ent.contains("Nơi chốn") && ent.contains("href=\"#/entity/loc%3A"), ent);
    String id = ent.substring(ent.indexOf("href=\"#/entity/loc%3A") + 15);
    id = id.substring(0, id.indexOf('"'));
    String one = dom("#/entity/" + id);
    assertTrue(one.contains("Bài nhắc đến") && one.contains("href=\"#/article/"), one);
    String ev = dom("#/events");
    assertTrue(ev.contains("Goldstein") && ev.contains("/api/events.tsv"), ev);
    String ex = dom("#/export");
    assertTrue(ex.contains("/api/export.jsonl"), ex);
  }

  @Test
  void theStoriesPageListsStories() throws Exception {
    String dom = dom("#/stories");
    assertTrue(dom.contains("sự kiện"), dom);
    assertTrue(dom.contains("href=\"#/story/"), dom);
  }
}
