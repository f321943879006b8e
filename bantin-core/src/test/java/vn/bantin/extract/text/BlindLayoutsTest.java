package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.TextExtractionEval;

/**
 * Dump layouts written before the extractor was tuned on them (test resources blind/, gold in the shared
 * format): a category page printing two complete articles, each headline over its own date line; a
 * hard-wrapped dump whose paragraphs span several lines; an article followed by same-section teasers that
 * each carry a two-sentence snippet; a live blog whose entries sit under bare times. A second batch, gold
 * committed before the extractor first ran on them: two articles with nothing between them; a headline-shaped
 * caption closing the text above the credit; a three-article digest separated by share rows; an all-caps title
 * with a blank-separated related box and sub-headings; a hand-wrapped bulletin whose breaks fall before capitals.
 */
class BlindLayoutsTest {
  @Test
  void goldOfEveryBlindLayoutIsMet() throws URISyntaxException {
    Path dir = Path.of(BlindLayoutsTest.class.getResource("blind").toURI());
    TextExtractionEval.Report r = TextExtractionEval.run(new TextDumpExtractor(), dir, dir);
    System.out.println(r);
    assertEquals(9, r.pages());
    assertEquals(List.of(), r.missing(), r.toString());
    assertEquals(List.of(), r.extra(), r.toString());
    assertTrue(r.paragraphPrecision() >= 0.98 && r.paragraphRecall() >= 0.98, r.toString());
    assertEquals(List.of(), r.captionsInBody(), r.toString());
    assertEquals(List.of(), r.otherInBody(), r.toString());
    assertEquals(r.matched(), r.leadsRight(), r.toString());
    assertEquals(1.0, r.captionRecall(), r.toString());
  }
}
