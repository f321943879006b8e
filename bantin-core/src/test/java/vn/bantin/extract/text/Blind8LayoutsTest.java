package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.TextExtractionEval;

/**
 * An eighth blind set (test resources blind8/), written after all the fixes the earlier blind sets prompted and
 * committed before the extractor ran on it: an embedded social post, author and date on one line with
 * "Nguồn: VTV.vn", gallery counters ("Ảnh 1/2"), a three-line brief, a sticky "Đang đọc:" bar.
 */
class Blind8LayoutsTest {
  @Test
  void blindScoresStayAboveFloors() throws Exception {
    Path dir = Path.of(Blind8LayoutsTest.class.getResource("blind8").toURI());
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
