package vn.bantin.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.bantin.eval.SharedData;
import vn.bantin.model.Article;
import vn.bantin.model.Paragraph;

/** Builds Articles from the shared seed gold (title, lead, paragraphs); ids "SEEDFILE#index" e.g. "003#1". */
final class SeedArticles {
  private SeedArticles() {}

  static List<Article> load() throws IOException {
    Path dir = SharedData.resolve("eval/extraction-text");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
    }
    ObjectMapper om = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    for (Path f : files) {
      JsonNode root = om.readTree(f.toFile());
      String seed = f.getFileName().toString().substring(0, 3);
      int i = 0;
      for (JsonNode a : root.get("articles")) {
        List<Paragraph> ps = new ArrayList<>();
        for (JsonNode p : a.get("paragraphs")) ps.add(Paragraph.of(p.asText()));
        out.add(Article.builder().id(seed + "#" + i++).title(a.get("title").asText())
            .lead(a.hasNonNull("lead") ? a.get("lead").asText() : "").paragraphs(ps)
            .url(a.hasNonNull("url") ? a.get("url").asText() : null).language("vi").build());
      }
    }
    return out;
  }
}
