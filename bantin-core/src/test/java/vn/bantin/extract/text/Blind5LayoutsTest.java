package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.TextExtractionEval;

/**
 * A fifth blind set (test resources blind5/), written after the fixes the fourth one prompted and committed before
 * the extractor ran on it: a reader letter signed at the end, a teaser card (headline and snippet) set inside the
 * text, a dateline lead closed by "(TTXVN/Vietnam+)", long reader comments under the article, a bulleted price list.
 */
class Blind5LayoutsTest {
  @Test
  void blindScoresStayAboveFloors() throws Exception {
    Path dir = Path.of(Blind5LayoutsTest.class.getResource("blind5").toURI());
    TextExtractionEval.Report r = TextExtractionEval.run(new TextDumpExtractor(), dir, dir);
    System.out.println(Blind2LayoutsTest.perPage(dir));
    System.out.println(r);
    assertEquals(5, r.pages());
    assertEquals(java.util.List.of(), r.missing(), r.toString());
    assertEquals(java.util.List.of(), r.extra(), r.toString());
    assertTrue(r.paragraphPrecision() >= 0.97 && r.paragraphRecall() >= 0.97, r.toString());
    assertEquals(r.matched(), r.leadsRight(), r.toString());
    assertEquals(java.util.List.of(), r.otherInBody(), r.toString());
    assertEquals(java.util.List.of(), r.creditErrors(), r.toString());
  }
}
