package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
  private static final int MIN_PAGES = 20;
  private static final FixtureScorecard CARD = new FixtureScorecard("/vn/bantin/extract/html/outlet-fixtures-blind");

  /** The fixtures agree with themselves (see {@link FixtureScorecard#inconsistencies()}). */
  @Test
  void expectationsAreOnThePage() throws Exception {
    assertTrue(CARD.names().size() >= MIN_PAGES, "fixtures: " + CARD.names());
    List<String> problems = CARD.inconsistencies();
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void blindPagesScoreAboveTheFloors() throws Exception {
    FixtureScorecard.Card c = CARD.score();
    System.out.println(c.table());
    assertTrue(c.f1() >= 0.97, "blind paragraph F1 " + c.f1() + "\n" + c.table());
    assertTrue(c.fieldsRight() >= c.fieldsTotal() - 3, "blind fields right " + c.fieldsRight() + "/" + c.fieldsTotal()
        + "\n" + c.table());
    // one page keeps a tweet and a Facebook post embedded in its body: the fixture calls them noise, the Zyte
    // benchmark's truth counts embedded posts as article text, and the benchmark wins (see thethao247)
    for (FixtureScorecard.Row row : c.rows()) {
      assertTrue(row.f1() >= 0.6, row.name() + " paragraph F1 " + row.f1() + "\n" + c.table());
    }
  }
}
