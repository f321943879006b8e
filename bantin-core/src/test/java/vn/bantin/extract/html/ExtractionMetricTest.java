package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.ExtractionMetric;

/** The shingle metric of shared/README.md. */
class ExtractionMetricTest {
  @Test
  void identicalTextsScoreOne() {
    ExtractionMetric.Score s = ExtractionMetric.score("Một hai ba bốn năm sáu", "Một hai ba bốn năm sáu");
    assertEquals(1.0, s.precision());
    assertEquals(1.0, s.recall());
  }

  @Test
  void countsOverlappingFourTokenShinglesAsMultisets() {
    // truth: a b c d e -> {abcd, bcde}; prediction: a b c d x -> {abcd, bcdx}
    ExtractionMetric.Score s = ExtractionMetric.score("a b c d x", "a b c d e");
    assertEquals(0.5, s.precision(), 1e-9);
    assertEquals(0.5, s.recall(), 1e-9);
    // a repeated shingle in the prediction matches only as often as it occurs in the truth
    ExtractionMetric.Score r = ExtractionMetric.score("a b c d a b c d", "a b c d");
    assertEquals(1.0 / 5, r.precision(), 1e-9);
    assertEquals(1.0, r.recall(), 1e-9);
  }

  @Test
  void emptySidesFollowTheRule() {
    assertEquals(new ExtractionMetric.Score(1, 1), ExtractionMetric.score("", " "));
    assertEquals(new ExtractionMetric.Score(0, 0), ExtractionMetric.score("", "some text here"));
    assertEquals(new ExtractionMetric.Score(0, 0), ExtractionMetric.score("some text here", ""));
  }

  @Test
  void normalizesToNfcAndTokenizesUnicodeWords() {
    String composed = "Tiếng Việt có dấu đầy đủ";
    String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
    assertEquals(1.0, ExtractionMetric.score(decomposed, composed).precision(), 1e-9);
    assertEquals(List.of("Tiếng", "Việt", "có", "dấu", "đầy", "đủ"), ExtractionMetric.tokens(decomposed));
    assertEquals(List.of("x", "y_z", "12"), ExtractionMetric.tokens("x, y_z -- 12!"));
  }

  @Test
  void averagesPagesThenTakesF1OfAverages() {
    ExtractionMetric.Summary s = ExtractionMetric.summarize(List.of(new ExtractionMetric.Score(1, 0.5),
        new ExtractionMetric.Score(0.5, 1)));
    assertEquals(0.75, s.precision(), 1e-9);
    assertEquals(0.75, s.recall(), 1e-9);
    assertEquals(0.75, s.f1(), 1e-9);
    ExtractionMetric.Summary t = ExtractionMetric.summarize(List.of(new ExtractionMetric.Score(1, 0.2)));
    assertEquals(2 * 0.2 / 1.2, t.f1(), 1e-9);
  }

  @Test
  void optionalTextIsNeitherRewardedNorPenalized() {
    ExtractionMetric.Score with = ExtractionMetric.score("a b c d e\n\nx y z w v", "a b c d e", "x y z w v");
    assertEquals(1.0, with.recall(), 1e-9);
    // only the shingles straddling the join are counted against precision
    assertEquals(2.0 / 5, with.precision(), 1e-9);
  }
}
