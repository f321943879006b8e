package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.SyntheticDumpEval;
import vn.bantin.eval.SyntheticDumps;

/**
 * Generalization floor on pages composed at test time from the vietnamese-mds articles (shared data; fails when
 * missing) with a fixed seed: 1–3 articles a page among menus, lists, share rows, pictures, credits and footers.
 *
 * <p>Measured with seed 20260701, 300 pages, before any change made for this measure: article count exact 0.860,
 * boundaries P 0.952 R 0.890, titles exact 0.913, body blocks P 0.975 R 0.943 F1 0.959, captions R 0.750,
 * credited outlet 0.906; on same-story pages (two or three reports of one event) count exact 0.700, titles 0.849.
 * After: 0.993, P 0.975 R 0.975, 0.994, P 0.994 R 0.985, captions R 0.986, credits 0.990; same-story 0.917 and
 * 0.959. Seeds 1 and 2 (seed 2 never looked at; seed 1 once, for the alt-text wrap fix): count exact 0.813
 * and 0.867 before, 0.960 and 0.977 after (same-story 0.760/0.770 before, 0.943/0.950 after). The floors below
 * sit a little under the numbers after.
 */
class SyntheticDumpsTest {
  private static SyntheticDumpEval.Scores scores;
  private static SyntheticDumpEval.Scores sameStory;

  @BeforeAll
  static void run() {
    scores = SyntheticDumpEval.run(new TextDumpExtractor(), SyntheticDumpEval.DEFAULT_SEED, 300);
    System.out.print(scores.summary());
    sameStory = SyntheticDumpEval.score(new TextDumpExtractor(),
        SyntheticDumpEval.dumps(SyntheticDumpEval.DEFAULT_SEED, 300, true));
    System.out.print(sameStory.summary());
  }

  @Test
  void sameSeedSamePages() {
    List<SyntheticDumps.Dump> a = SyntheticDumpEval.dumps(7, 5);
    List<SyntheticDumps.Dump> b = SyntheticDumpEval.dumps(7, 5);
    assertEquals(a, b);
    assertTrue(a.stream().allMatch(d -> !d.articles().isEmpty() && d.articles().size() <= 3));
  }

  @Test
  void articleCountsAndBoundaries() {
    assertTrue(scores.countExactRate() >= 0.97, scores.summary());
    assertTrue(scores.boundaryPrecision() >= 0.95, scores.summary());
    assertTrue(scores.boundaryRecall() >= 0.95, scores.summary());
  }

  @Test
  void titlesAndBodies() {
    assertTrue(scores.titleAccuracy() >= 0.97, scores.summary());
    assertTrue(scores.report().blockPrecision() >= 0.98, scores.summary());
    assertTrue(scores.report().blockRecall() >= 0.97, scores.summary());
  }

  @Test
  void creditsAndCaptions() {
    assertTrue(scores.report().creditAccuracy() >= 0.97, scores.summary());
    assertTrue(scores.report().captionPrecision() >= 0.95, scores.summary());
    assertTrue(scores.report().captionRecall() >= 0.95, scores.summary());
  }

  @Test
  void reportsOfOneEventToldApart() {
    assertTrue(sameStory.countExactRate() >= 0.89, sameStory.summary());
    assertTrue(sameStory.titleAccuracy() >= 0.94, sameStory.summary());
    assertTrue(sameStory.boundaryPrecision() >= 0.93 && sameStory.boundaryRecall() >= 0.91, sameStory.summary());
    assertTrue(sameStory.report().blockRecall() >= 0.96, sameStory.summary());
  }
}
