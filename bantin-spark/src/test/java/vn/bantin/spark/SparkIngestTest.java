package vn.bantin.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.eval.SharedData;
import vn.bantin.json.ArticleJson;
import vn.bantin.model.Article;
import vn.bantin.pipeline.Pipeline;
import vn.bantin.pipeline.Pipelines;
import vn.bantin.read.PageReader;
import vn.bantin.read.ReadEvent;
import vn.bantin.read.WarcPacker;

/** The Spark job in local mode gives exactly the articles the one-machine pipeline gives, and counts skips. */
class SparkIngestTest {
  @TempDir Path tmp;

  @Test
  void sparkOutputEqualsTheLocalPipelineOnSeedsAndAWarc() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    List<Path> zyte;
    try (Stream<Path> s = Files.list(SharedData.resolve("eval/extraction-html/zyte/html"))) {
      zyte = s.sorted().limit(12).toList();
    }
    Map<Path, String> urls = new LinkedHashMap<>();
    for (Path z : zyte) urls.put(z, "https://zyte.example/" + z.getFileName());
    WarcPacker.pack(urls, in.resolve("zyte.warc.gz"), "https://x.example/");
    for (Path seed : Files.list(SharedData.resolve("seeds")).toList()) Files.copy(seed, in.resolve(seed.getFileName()));
    Files.writeString(in.resolve("notes.md"), "not a page");

    Pipeline p = Pipelines.standard();
    Set<String> expected = new HashSet<>();
    int[] skips = {0};
    new PageReader().read(in.toString(), ev -> {
      if (ev instanceof ReadEvent.PageRead pr) for (Article a : p.process(pr.page())) expected.add(a.id());
      else if (ev instanceof ReadEvent.Skipped) skips[0]++;
    });

    SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("bantin-test").set("spark.ui.enabled", "false")
        .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
    String out = tmp.resolve("out").toString();
    SparkIngest.Summary sum, vi;
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sum = SparkIngest.run(sc, List.of(in.toString()), out, p);
      vi = SparkIngest.run(sc, List.of(in.toString()), tmp.resolve("out-vi").toString(), p,
          vn.bantin.pipeline.ArticleFilter.languages(Set.of("vi")));
    }
    assertEquals(7, vi.articles(), "--lang vi keeps the seven seed articles");
    assertEquals(expected.size() - 7, vi.filtered().values().stream().mapToLong(Long::longValue).sum(), vi.format());
    assertTrue(vi.filtered().containsKey("language en"), vi.format());
    assertTrue(sum.filtered().isEmpty());
    assertEquals(6, sum.files(), "5 seeds + 1 WARC; notes.md is unsupported");
    assertEquals(List.of("notes.md"), sum.unsupported().stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).toList());
    assertEquals(skips[0], sum.skipped(), "warcinfo and the unsupported file, as the local reader reports them");

    Set<String> got = new HashSet<>();
    List<Path> parts;
    try (Stream<Path> s = Files.list(Path.of(out, "articles"))) {
      parts = s.filter(f -> f.getFileName().toString().startsWith("part-")).toList();
    }
    List<String> lines = new ArrayList<>();
    for (Path part : parts) lines.addAll(Files.readAllLines(part));
    for (String l : lines) got.add(ArticleJson.fromJsonString(l).id());
    assertEquals(expected.size(), lines.size());
    assertEquals(expected, got);
    assertTrue(got.size() >= 12 + 7);
  }
}
