package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;

/**
 * Quality floor on the second blind set (mds-blind2-gold.json: 10 VietnameseMDS articles from 10 clusters no
 * other gold file uses, across politics, world, economy, society, sport, entertainment and tech). Annotated
 * before the first run; its first-run scores are recorded in the commit history and the report (entities
 * F1 0.556, quote+speaker 0.643, events 0). The floors hold the level reached after the general fixes it
 * prompted, so a regression on these genres fails the build.
 */
class MdsBlind2GoldTest {
  @Test
  void secondBlindSetStaysAboveItsFloor() throws Exception {
    JsonNode gold = new ObjectMapper().readTree(MdsBlind2GoldTest.class.getResourceAsStream("mds-blind2-gold.json"));
    assertEquals(10, gold.get("articles").size());
    Set<String> clusters = new HashSet<>();
    KnowledgeStage stage = new KnowledgeStage();
    GoldScorer scorer = new GoldScorer();
    for (JsonNode g : gold.get("articles")) {
      clusters.add(g.get("id").asText().split("/")[0]);
      Article a = GoldArticles.mds(g.get("path").asText());
      scorer.score(stage.apply(a), g);
    }
    assertEquals(10, clusters.size(), "one article per cluster");
    String report = scorer.report() + String.join("\n", scorer.misses);
    GoldScorer.Counts all = scorer.entities();
    assertTrue(all.f1() >= 0.94, report);
    assertTrue(scorer.counts.get("entity PER").f1() >= 0.95, report);
    assertTrue(scorer.counts.get("entity ORG").f1() >= 0.88, report);
    assertTrue(scorer.counts.get("entity LOC").f1() >= 0.95, report);
    assertTrue(scorer.counts.get("quote found").f1() >= 0.95, report);
    assertTrue(scorer.counts.get("quote+speaker").f1() >= 0.9, report);
    assertTrue(scorer.counts.get("event").recall() >= 0.6, report);
  }

  /**
   * The third blind set (6 articles, annotated after the blind-2 fixes): entities 0.732 with the layer before
   * those fixes, 0.757 with them; the floor keeps the level reached after three general fixes its errors showed
   * (competition names, web-domain outlets, the "Mĩ" spelling); 0.880 after the fourth blind set's fixes.
   */
  @Test
  void thirdBlindSetStaysAboveItsFloor() throws Exception {
    JsonNode gold = new ObjectMapper().readTree(MdsBlind2GoldTest.class.getResourceAsStream("mds-blind3-gold.json"));
    KnowledgeStage stage = new KnowledgeStage();
    GoldScorer scorer = new GoldScorer();
    for (JsonNode g : gold.get("articles")) scorer.score(stage.apply(GoldArticles.mds(g.get("path").asText())), g);
    String report = scorer.report() + String.join("\n", scorer.misses);
    GoldScorer.Counts all = scorer.entities();
    assertTrue(all.f1() >= 0.86, report);
    assertTrue(scorer.counts.get("entity LOC").f1() >= 0.9, report);
    assertTrue(scorer.counts.get("quote+speaker").f1() >= 1.0, report);
  }

  @Test
  void blindArticlesAreInNoOtherGoldFile() throws Exception {
    ObjectMapper om = new ObjectMapper();
    Set<String> other = new HashSet<>();
    for (String f : new String[] {"mds-gold.json", "mds-heldout-gold.json"}) {
      for (JsonNode g : om.readTree(MdsBlind2GoldTest.class.getResourceAsStream(f)).get("articles")) {
        other.add(g.get("id").asText());
      }
    }
    for (String f : new String[] {"mds-blind2-gold.json", "mds-blind3-gold.json"}) {
      for (JsonNode g : om.readTree(MdsBlind2GoldTest.class.getResourceAsStream(f)).get("articles")) {
        assertTrue(other.add(g.get("id").asText()), g.get("id").asText());
      }
    }
  }
}
