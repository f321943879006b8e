package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.bantin.eval.HtmlExtractionEval;
import vn.bantin.eval.SharedData;

/**
 * Quality floors on the shared sets: the English article-extraction benchmark (above Readability.js' 0.947
 * and trafilatura's 0.958 as published) and the hand-checked Vietnamese pages, where title, publication
 * date-time and authors must be exact on every page. Fails when ../shared is missing.
 */
class SharedSetThresholdTest {
  @Test
  void zyteBenchmarkBodyF1AtLeast096() {
    HtmlExtractionEval.Report r =
        HtmlExtractionEval.run(new HtmlExtractor(), SharedData.resolve("eval/extraction-html/zyte"));
    assertEquals(181, r.pages());
    assertTrue(r.f1() >= 0.96, r.format());
  }

  @Test
  void vietnamesePagesBodyF1AtLeast095AndMetadataExact() {
    HtmlExtractionEval.Report r =
        HtmlExtractionEval.run(new HtmlExtractor(), SharedData.resolve("eval/extraction-html/vi-real"));
    assertEquals(6, r.pages());
    assertTrue(r.f1() >= 0.95, r.format());
    assertEquals(r.metadataChecked(), r.metadataExact(), r.format());
    for (HtmlExtractionEval.PageResult p : r.results()) {
      assertEquals(1, p.articles(), p.id() + " is one article");
      assertTrue(p.f1() >= 0.85, p.id() + " body F1 " + p.f1());
    }
  }
}
