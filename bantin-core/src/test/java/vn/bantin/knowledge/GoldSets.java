package vn.bantin.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The VietnameseMDS gold files of this folder, for the floor tests: read one, score the layer on it. */
final class GoldSets {
  private GoldSets() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  static List<JsonNode> articles(String file) throws IOException {
    try (InputStream in = Objects.requireNonNull(GoldSets.class.getResourceAsStream(file), file)) {
      List<JsonNode> out = new ArrayList<>();
      JSON.readTree(in).get("articles").forEach(out::add);
      return out;
    }
  }

  /** The knowledge layer scored against every article of {@code file}. */
  static GoldScorer score(String file) throws IOException {
    KnowledgeStage stage = new KnowledgeStage();
    GoldScorer scorer = new GoldScorer();
    for (JsonNode g : articles(file)) scorer.score(stage.apply(GoldArticles.mds(g.get("path").asText())), g);
    return scorer;
  }

  /** The vietnamese-mds clusters ("cluster_66") the articles of these files come from. */
  static Set<String> clusters(String... files) throws IOException {
    Set<String> out = new HashSet<>();
    for (String f : files) for (JsonNode g : articles(f)) out.add(g.get("id").asText().split("/")[0]);
    return out;
  }

  static String report(GoldScorer scorer) {
    return scorer.report() + String.join("\n", scorer.misses);
  }
}
