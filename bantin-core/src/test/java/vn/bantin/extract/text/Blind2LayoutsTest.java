package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.TextExtractionEval;

/**
 * A second blind set (test resources blind2/): ten dumps imitating how different kinds of Vietnamese news
 * pages look once crawled to text, written by someone who had not read the extractor, with gold committed
 * before the extractor first ran on them. Layouts: a VnExpress-like page with bullets and a table flattened to
 * "a | b | c" rows; a Tuổi Trẻ-like page with a "TTO -" lead tag, "- Ảnh N" alt text and an inline related
 * box; a Dân trí-like page with "(Dân trí) -", "Xem thêm:" and an author over "Theo Reuters"; a Zing-like
 * infinite-scroll page with two articles and no credit between; a forum repost crediting its source by URL;
 * a Báo Mới-like aggregator page; an interview in "PV:" turns; a photo story with many long captions; a
 * mobile page with no blank lines; an English interface of a Vietnamese outlet ("Source: VNA").
 *
 * <p>The floors sit a little below what the extractor reached after the general fixes that followed the
 * first blind run; see the commit history for the numbers before and after. First runs on blind2 (articles 9/11,
 * 3 extra, paragraphs P .915 R .741) and on the later sets blind3–blind10, each committed before the extractor
 * ran on it, together: articles 41/52 title-exact, 11 extra, paragraphs P .952 R .790, credits 19/22. After the
 * fixes: 52/52, none extra, P .996 R .996, credits 22/22; blind10 was not tuned on (5/5, R .962).
 */
class Blind2LayoutsTest {
  private static Path dir() throws Exception {
    return BlindSets.dir("blind2");
  }

  @Test
  void blindScoresStayAboveFloors() throws Exception {
    TextExtractionEval.Report r = TextExtractionEval.run(new TextDumpExtractor(), dir(), dir());
    System.out.println(BlindSets.perPage(dir()));
    System.out.println(r);
    assertEquals(10, r.pages());
    assertEquals(List.of(), r.missing(), r.toString());
    assertEquals(List.of(), r.extra(), r.toString());
    assertTrue(r.paragraphPrecision() >= 0.96 && r.paragraphRecall() >= 0.97, r.toString());
    assertTrue(r.shingleF1() >= 0.98, r.toString());
    assertEquals(1.0, r.captionRecall(), r.toString());
    assertEquals(1.0, r.captionPrecision(), r.toString());
    assertEquals(List.of(), r.captionsInBody(), r.toString());
    assertEquals(List.of(), r.creditsInBody(), r.toString());
    assertEquals(List.of(), r.creditErrors(), r.toString());
    // the two leads opening with an outlet tag ("TTO -", "(Dân trí) -") keep it, as the shared gold does, while
    // this set's gold follows the README and leaves it out: a convention, not an extraction error
    assertTrue(r.leadsRight() >= r.matched() - 2, r.toString());
    // the forum poster's line introducing the re-post is the only page text left in a body
    assertTrue(r.otherInBody().size() <= 3, r.toString());
  }
}
