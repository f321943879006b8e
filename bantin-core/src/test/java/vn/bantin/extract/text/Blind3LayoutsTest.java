package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.TextExtractionEval;

/**
 * A third blind set (test resources blind3/), written after the fixes the second one prompted and committed
 * before the extractor ran on it, so it measures whether those fixes generalize: video furniture and photo
 * credits in capitals, an interview whose questions carry no "PV:" label, a blog re-post closed by
 * "(Theo VnExpress)", a section front with no article, numbered steps and a quote, two dated articles on one page.
 */
class Blind3LayoutsTest {
  @Test
  void blindScoresStayAboveFloors() throws Exception {
    Path dir = Path.of(Blind3LayoutsTest.class.getResource("blind3").toURI());
    TextExtractionEval.Report r = TextExtractionEval.run(new TextDumpExtractor(), dir, dir);
    System.out.println(Blind2LayoutsTest.perPage(dir));
    System.out.println(r);
    assertEquals(6, r.pages());
    assertEquals(java.util.List.of(), r.missing(), r.toString());
    assertEquals(java.util.List.of(), r.extra(), r.toString());
    assertTrue(r.paragraphPrecision() >= 0.97 && r.paragraphRecall() >= 0.97, r.toString());
    assertEquals(r.matched(), r.leadsRight(), r.toString());
    assertEquals(1.0, r.captionRecall(), r.toString());
    assertEquals(java.util.List.of(), r.otherInBody(), r.toString());
    assertEquals(java.util.List.of(), r.creditErrors(), r.toString());
  }
}
