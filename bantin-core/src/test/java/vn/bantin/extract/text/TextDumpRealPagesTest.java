package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.SharedData;
import vn.bantin.eval.TextExtractionEval;

/**
 * Generalization: the rules were derived from the five seed dumps; here they run on six real Vietnamese article
 * pages never used to derive them (shared vi-real set: Tiền Phong, Nhân Dân, VnExpress, VietNamNet, Soha, Báo
 * Tin tức), rendered as text dumps, against their hand-checked gold.
 */
class TextDumpRealPagesTest {
  @Test
  void realPagesRenderedAsDumps() {
    Path dir = SharedData.resolve("eval/extraction-html/vi-real");
    TextExtractionEval.Report r = TextExtractionEval.runHtml(new TextDumpExtractor(), dir.resolve("pages"),
        dir.resolve("gold"));
    assertEquals(6, r.pages());
    assertEquals(List.of(), r.missing(), r.toString());
    assertEquals(List.of(), r.extra(), r.toString());
    assertTrue(r.shingleF1() >= 0.95, r.toString());
    assertTrue(r.paragraphPrecision() >= 0.9 && r.paragraphRecall() >= 0.85, r.toString());
    assertEquals(r.matched(), r.leadsRight(), r.toString());
    assertEquals(List.of(), r.otherInBody(), r.toString());
  }
}
