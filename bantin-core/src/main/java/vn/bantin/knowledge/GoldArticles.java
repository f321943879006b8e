package vn.bantin.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.bantin.eval.SharedData;
import vn.bantin.model.Article;
import vn.bantin.model.Paragraph;

/**
 * Builds the articles the knowledge gold refers to, from the shared data: the seed articles of
 * eval/extraction-text (id "SEED#index", e.g. "003#1"; no publication date) and VietnameseMDS cluster
 * documents (id = their path under the shared dir; title de-segmented, body one paragraph, published from
 * TIME, Vietnam time).
 */
public final class GoldArticles {
  private GoldArticles() {}

  public static List<Article> seeds() throws IOException {
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

  /** One VietnameseMDS document, by its path under the shared dir without suffix ("…/cluster_10/12234265"). */
  public static Article mds(String ref) throws IOException {
    Path body = SharedData.resolve(ref + ".body.txt");
    Path info = SharedData.resolve(ref + ".info.txt");
    String title = "";
    String url = null;
    java.time.OffsetDateTime published = null;
    for (String line : Files.readAllLines(info, StandardCharsets.UTF_8)) {
      if (line.startsWith("TITLE:")) title = desegment(line.substring(6));
      else if (line.startsWith("LINK:")) url = line.substring(5).trim();
      else if (line.startsWith("TIME:")) {
        published = LocalDateTime.parse(line.substring(5).trim(), DateTimeFormatter.ofPattern("d/M/yyyy H:mm"))
            .atOffset(ZoneOffset.ofHours(7));
      }
    }
    String text = Files.readString(body, StandardCharsets.UTF_8).trim();
    return Article.builder().id(ref).title(title).paragraphs(List.of(Paragraph.of(text))).url(url)
        .published(published).language("vi").build();
  }

  /** "Trung_Quốc tố Nhật , Mỹ" → "Trung Quốc tố Nhật, Mỹ". */
  static String desegment(String s) {
    return s.replace('_', ' ').replaceAll("\\s+([,.:;!?)])", "$1").replaceAll("([(])\\s+", "$1")
        .replaceAll("\\s+", " ").trim();
  }
}
