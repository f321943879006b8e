package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;

/**
 * Quality floor on the 30 hand-annotated VietnameseMDS articles: the numbers KnowledgeEval reports must not
 * fall below what the layer reaches now (a regression fails the build).
 */
class MdsGoldTest {
  @Test
  void entitiesQuotesAndEventsStayAboveTheirFloor() throws Exception {
    JsonNode gold = new ObjectMapper().readTree(MdsGoldTest.class.getResourceAsStream("mds-gold.json"));
    assertTrue(gold.get("articles").size() >= 30);
    KnowledgeStage stage = new KnowledgeStage();
    GoldScorer scorer = new GoldScorer();
    for (JsonNode g : gold.get("articles")) {
      Article a = GoldArticles.mds(g.get("path").asText());
      assertEquals(g.get("path").asText(), a.id());
      scorer.score(stage.apply(a), g);
    }
    String report = scorer.report() + String.join("\n", scorer.misses);
    GoldScorer.Counts all = scorer.entities();
    assertTrue(all.f1() >= 0.88, report);
    assertTrue(scorer.counts.get("entity LOC").f1() >= 0.9, report);
    assertTrue(scorer.counts.get("quote found").f1() >= 0.9, report);
    assertTrue(scorer.counts.get("quote+speaker").f1() >= 0.75, report);
    assertTrue(scorer.counts.get("event").recall() >= 0.6, report);
  }
}
