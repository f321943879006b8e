package vn.bantin.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bantin.knowledge.GoldArticles;
import vn.bantin.knowledge.GoldScorer;
import vn.bantin.knowledge.KnowledgeStage;
import vn.bantin.model.Article;

/**
 * Precision and recall of the knowledge layer (entities per type, direct quotes with speakers, main events)
 * against the hand annotation: the 7 seed articles, 30 VietnameseMDS articles used during development, 6
 * held-out ones, a second blind set of 10, a third of 6, and a fourth, fifth and sixth of 10 (one article per
 * cluster, all genres; the sixth never tuned on). Usage: KnowledgeEval [GOLD.json …] [-v]; defaults to the eight gold files in
 * bantin-core's test resources.
 */
public final class KnowledgeEval {
  private KnowledgeEval() {}

  public static void main(String[] args) throws Exception {
    boolean verbose = List.of(args).contains("-v");
    List<String> files = List.of(args).stream().filter(a -> !a.equals("-v")).toList();
    if (files.isEmpty()) {
      String base = Files.isDirectory(Path.of("bantin-core")) ? "bantin-core/" : "";
      files = List.of(base + "src/test/resources/vn/bantin/knowledge/seed-gold.json",
          base + "src/test/resources/vn/bantin/knowledge/mds-gold.json",
          base + "src/test/resources/vn/bantin/knowledge/mds-heldout-gold.json",
          base + "src/test/resources/vn/bantin/knowledge/mds-blind2-gold.json",
          base + "src/test/resources/vn/bantin/knowledge/mds-blind3-gold.json",
          base + "src/test/resources/vn/bantin/knowledge/mds-blind4-gold.json",
          base + "src/test/resources/vn/bantin/knowledge/mds-blind5-gold.json",
          base + "src/test/resources/vn/bantin/knowledge/mds-blind6-gold.json");
    }
    KnowledgeStage stage = new KnowledgeStage();
    Map<String, Article> seeds = new HashMap<>();
    for (Article a : GoldArticles.seeds()) seeds.put(a.id(), a);
    ObjectMapper om = new ObjectMapper();
    for (String f : files) {
      if (!Files.exists(Path.of(f))) continue;
      GoldScorer scorer = new GoldScorer();
      JsonNode root = om.readTree(Path.of(f).toFile());
      int n = 0;
      for (JsonNode g : root.get("articles")) {
        String id = g.get("id").asText();
        Article a = g.has("path") ? GoldArticles.mds(g.get("path").asText()) : seeds.get(id);
        if (a == null) throw new IllegalStateException("no article for gold " + id);
        scorer.score(stage.apply(a), g);
        n++;
      }
      System.out.println("== " + f + " (" + n + " articles)");
      System.out.print(scorer.report());
      if (verbose) scorer.misses.forEach(m -> System.out.println("  " + m));
    }
  }
}
