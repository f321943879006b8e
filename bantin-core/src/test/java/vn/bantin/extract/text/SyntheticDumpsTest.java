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
 * credited outlet 0.906. The floors below sit a little under what the extractor reaches now.
 */
class SyntheticDumpsTest {
  private static SyntheticDumpEval.Scores scores;

  @BeforeAll
  static void run() {
    scores = SyntheticDumpEval.run(new TextDumpExtractor(), SyntheticDumpEval.DEFAULT_SEED, 300);
    System.out.print(scores.summary());
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
    assertTrue(scores.countExactRate() >= 0.84, scores.summary());
    assertTrue(scores.boundaryPrecision() >= 0.94, scores.summary());
    assertTrue(scores.boundaryRecall() >= 0.87, scores.summary());
  }

  @Test
  void titlesAndBodies() {
    assertTrue(scores.titleAccuracy() >= 0.89, scores.summary());
    assertTrue(scores.report().blockPrecision() >= 0.96, scores.summary());
    assertTrue(scores.report().blockRecall() >= 0.93, scores.summary());
  }

  @Test
  void creditsAndCaptions() {
    assertTrue(scores.report().creditAccuracy() >= 0.88, scores.summary());
    assertTrue(scores.report().captionPrecision() >= 0.94, scores.summary());
    assertTrue(scores.report().captionRecall() >= 0.72, scores.summary());
  }
}
