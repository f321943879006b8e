package vn.bantin.extract.html;

import org.junit.jupiter.api.Test;

/**
 * A second blind set written by someone who had not tuned the extractor: baochinhphu, quochoi (an old table
 * layout), kinhtedothi (a PV:/answer interview), an AMP page, afamily (many photos), ngoisao, baogiaothong,
 * suckhoedoisong (numbered sub-headings, expert quotes, author box), VietNamNet ICT, BBC and VOA Vietnamese
 * services, and a provincial page with a data table in the body. Pages and expectations were committed before
 * the extractor first ran on them. Scored by {@link FixtureScorecard}: exact body paragraphs (table rows as
 * "cell | cell"), and title, lead, date, authors, outlet, credit, captions and absence of noise per page.
 */
class SecondBlindFixturesTest {
  private static final FixtureScorecard CARD = new FixtureScorecard("/vn/bantin/extract/html/outlet-fixtures-blind2");

  @Test
  void expectationsAreOnThePage() throws Exception {
    CARD.assertConsistent(33);
  }

  @Test
  void secondBlindSetScoresAboveTheFloors() throws Exception {
    CARD.assertFloors(FLOOR_F1, FLOOR_FIELDS_WRONG, FLOOR_PAGE_F1);
  }

  // floors a little under what the extractor reaches (the numbers before any fix are in the commit history)
  // before their fixes (each batch committed, then run): first 12 pages P 0.94 R 0.99 F1 0.963, fields 89/96;
  // batch 2 (6 pages) P 0.88 R 1.00 F1 0.935, fields 42/48; batch 3 (5 pages) P 0.67 R 1.00 F1 0.802, fields
  // 33/40; batch 4 (4 pages) P 0.95 R 1.00 F1 0.974, fields 31/32; batch 5 (4 pages) P 0.95 R 1.00 F1 0.974,
  // fields 29/32; batch 6 (2 pages) P 0.88 R 1.00 F1 0.933, fields 14/16. All 33 after: P 1.00 R 0.99 F1 0.997,
  // fields 262/264. Misses left: BBC's bold opening paragraph read as the lead where the fixture keeps it in the
  // body (debatable convention), and a legacy page naming its outlet only in its masthead, with no URL or meta
  private static final double FLOOR_F1 = 0.98;
  private static final int FLOOR_FIELDS_WRONG = 7; // 97% of 264
  private static final double FLOOR_PAGE_F1 = 0.85;
}
