package vn.bantin.stories;

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
import vn.bantin.model.ArticleIds;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Provenance;

/** Articles built from the hand-made seed gold (title, lead, paragraphs, captions, credit line, credited source). */
final class SeedArticles {
  private SeedArticles() {}

  /** One seed article and the seed file (page) it comes from. */
  record Seed(String page, Article article) {}

  static List<Seed> load() throws IOException {
    Path dir = SharedData.resolve("eval/extraction-text");
    ObjectMapper om = new ObjectMapper();
    List<Seed> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
        JsonNode root = om.readTree(f.toFile());
        String page = f.getFileName().toString().substring(0, 3);
        for (JsonNode a : root.get("articles")) {
          List<Paragraph> paras = new ArrayList<>();
          for (JsonNode p : a.path("paragraphs")) paras.add(Paragraph.of(p.asText()));
          // the credit line is part of the page text the extractor sees; keep it as the last paragraph
          if (a.hasNonNull("attribution_line")) paras.add(Paragraph.of(a.get("attribution_line").asText()));
          List<String> captions = new ArrayList<>();
          for (JsonNode c : a.path("captions")) captions.add(c.asText());
          String title = a.path("title").asText();
          String url = a.hasNonNull("url") ? a.get("url").asText() : null;
          String body = String.join("\n\n", paras.stream().map(Paragraph::text).toList());
          out.add(new Seed(page, Article.builder()
              .id(ArticleIds.of(url, title, body))
              .provenance(Provenance.ofFile(f.getFileName().toString()))
              .title(title).lead(a.path("lead").asText("")).paragraphs(paras).captions(captions)
              .creditedSource(a.hasNonNull("source_name") ? a.get("source_name").asText() : null)
              .url(url).language("vi")
              .build()));
        }
      }
    }
    return out;
  }
}
