package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.TextExtractionEval;

/**
 * A fourth blind set (test resources blind4/), written after the fixes the third one prompted and committed before
 * the extractor ran on it: the page title printed first with a site suffix, a sports report with line-ups, a legal
 * Q&A ("Bạn đọc hỏi:" / "Luật sư … trả lời:"), an English international edition, a short article over teasers
 * whose snippets run to three sentences.
 */
class Blind4LayoutsTest {
  @Test
  void blindScoresStayAboveFloors() throws Exception {
    Path dir = Path.of(Blind4LayoutsTest.class.getResource("blind4").toURI());
    TextExtractionEval.Report r = TextExtractionEval.run(new TextDumpExtractor(), dir, dir);
    System.out.println(Blind2LayoutsTest.perPage(dir));
    System.out.println(r);
    assertEquals(5, r.pages());
    assertEquals(java.util.List.of(), r.missing(), r.toString());
    assertEquals(java.util.List.of(), r.extra(), r.toString());
    assertTrue(r.paragraphPrecision() >= 0.97 && r.paragraphRecall() >= 0.97, r.toString());
    assertEquals(r.matched(), r.leadsRight(), r.toString());
    assertEquals(1.0, r.captionRecall(), r.toString());
    assertEquals(java.util.List.of(), r.otherInBody(), r.toString());
    assertEquals(java.util.List.of(), r.creditErrors(), r.toString());
  }
}
