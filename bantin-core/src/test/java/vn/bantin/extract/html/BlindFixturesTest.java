package vn.bantin.extract.html;

import org.junit.jupiter.api.Test;

/**
 * Outlets and templates the extractor was not tuned on (VnExpress, 24h, Báo Mới, QĐND, SGGP, CAND, VnEconomy,
 * GenK, a Tinh tế forum thread, a VTC live blog, a WordPress local-news site), written from each site's markup
 * conventions and committed with their expected fields before the extractor was ever run on them. The test
 * scores every page field by field (body paragraphs as exact paragraph precision/recall, title, lead,
 * publication instant, authors, outlet, credited source and URL, captions), prints the table, and holds floors
 * on the totals a little under what the extractor reaches, so a regression on unseen layouts shows here.
 */
class BlindFixturesTest {
  private static final FixtureScorecard CARD = new FixtureScorecard("/vn/bantin/extract/html/outlet-fixtures-blind");

  @Test
  void expectationsAreOnThePage() throws Exception {
    CARD.assertConsistent(20);
  }

  @Test
  void blindPagesScoreAboveTheFloors() throws Exception {
    // one page keeps a tweet and a Facebook post embedded in its body: the fixture calls them noise, the Zyte
    // benchmark's truth counts embedded posts as article text, and the benchmark wins (see thethao247)
    CARD.assertFloors(0.97, 3, 0.6);
  }
}
