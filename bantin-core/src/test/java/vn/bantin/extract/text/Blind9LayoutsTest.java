package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.TextExtractionEval;

/**
 * A ninth blind set (test resources blind9/), written after all the fixes the earlier blind sets prompted and
 * committed before the extractor ran on it: a lead printed twice (the page description above the headline, then
 * under it), a dated related box between the lead and the text, an opinion column with an author box and a
 * disclaimer, a breadcrumb glued to a truncated copy of the title, obfuscated words in the title.
 */
class Blind9LayoutsTest {
  @Test
  void blindScoresStayAboveFloors() throws Exception {
    Path dir = Path.of(Blind9LayoutsTest.class.getResource("blind9").toURI());
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
