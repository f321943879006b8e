package vn.bantin.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.SharedData;
import vn.bantin.eval.StoryEval;
import vn.bantin.eval.SyndicationCorpus;

/** Re-posts generated from the 312 vietnamese-mds articles, mixed with the untouched originals. */
class GeneratedSyndicationTest {
  @Test
  void copiesAreLinkedToTheirOriginals() {
    List<StoryEval.Labeled> gold = StoryEval.load(SharedData.resolve("eval/stories/vietnamese-mds/clusters"));
    assertEquals(312, gold.size());
    for (long seed : new long[] {1L, 20261122L}) {
      SyndicationCorpus.Corpus c = SyndicationCorpus.generate(gold, seed, 0.5);
      SyndicationCorpus.Result r = SyndicationCorpus.measure(c, SyndicationLinker.DEFAULT);
      System.out.println("seed " + seed + ": " + r);
      assertTrue(r.copies() > 200, "enough copies: " + r.copies());
      assertTrue(r.linkedRate() >= 0.98, r.toString());
      assertTrue(r.falseLinkRate() <= 0.01, r.toString());
      assertTrue(r.rightOriginalRate() >= 0.98, r.toString());
    }
  }
}
