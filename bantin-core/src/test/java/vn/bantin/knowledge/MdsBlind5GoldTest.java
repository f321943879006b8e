package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Quality floor on the fifth blind set (mds-blind5-gold.json: 10 VietnameseMDS articles from 10 clusters no
 * other gold file uses: politics, world, economy, crime, sport, entertainment, science, education, health,
 * society). It was annotated by someone else from the text alone and committed before the layer was tuned on
 * it; the first run scored entities F1 0.738 (PER 0.780, ORG 0.649, LOC 0.830), quote+speaker 0.800, events F1
 * 0.300 (3 of 11); after the general fixes its errors prompted: entities 0.938 (PER 0.947, ORG 0.914, LOC
 * 0.962), quotes and speakers 1.000, events 11 of 11 with no spurious event in an annotated sentence. The
 * floors sit a little below that, so a regression on these genres fails the build.
 */
class MdsBlind5GoldTest {
  @Test
  void fifthBlindSetStaysAboveItsFloor() throws Exception {
    String file = "mds-blind5-gold.json";
    assertEquals(10, GoldSets.articles(file).size());
    assertEquals(10, GoldSets.clusters(file).size(), "one article per cluster");
    GoldScorer scorer = GoldSets.score(file);
    String report = GoldSets.report(scorer);
    assertTrue(scorer.entities().f1() >= 0.92, report);
    assertTrue(scorer.counts.get("entity PER").f1() >= 0.93, report);
    assertTrue(scorer.counts.get("entity ORG").f1() >= 0.89, report);
    assertTrue(scorer.counts.get("entity LOC").f1() >= 0.94, report);
    assertTrue(scorer.counts.get("quote found").f1() >= 0.95, report);
    assertTrue(scorer.counts.get("quote+speaker").f1() >= 0.95, report);
    assertTrue(scorer.counts.get("event").recall() >= 0.9, report);
    assertTrue(scorer.counts.get("event").precision() >= 0.9, report);
  }

  @Test
  void fifthBlindSetSharesNoClusterWithTheOtherGoldFiles() throws Exception {
    Set<String> others = GoldSets.clusters("mds-gold.json", "mds-heldout-gold.json", "mds-blind2-gold.json",
        "mds-blind3-gold.json", "mds-blind4-gold.json");
    assertTrue(others.size() >= 30, "the other gold files were read");
    for (String c : GoldSets.clusters("mds-blind5-gold.json")) {
      assertFalse(others.contains(c), c + " is used by another gold file");
    }
  }
}
