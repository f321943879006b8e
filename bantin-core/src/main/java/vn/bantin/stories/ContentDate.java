package vn.bantin.stories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import vn.bantin.model.Article;
import vn.bantin.model.Event;

/**
 * When an undated article was most likely written, from what it reports: the latest day-precise date among
 * its events whose year was stated or inferred from evidence (never guessed). News reports its newest
 * development, so the latest reported day is the best estimate; earlier days in the text are background.
 * Year-only and month-only dates (history, "năm 1994") are ignored.
 */
final class ContentDate {
  private ContentDate() {}

  /** Vietnam's offset: the estimate is a calendar day, placed at its start in local time. */
  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  static OffsetDateTime of(Article a) {
    LocalDate best = null;
    for (Event e : a.events()) {
      if (!"day".equals(e.datePrecision()) || e.date() == null) continue;
      if (!"stated".equals(e.dateBasis()) && !"inferred".equals(e.dateBasis())) continue;
      try {
        LocalDate d = LocalDate.parse(e.date());
        if (best == null || d.isAfter(best)) best = d;
      } catch (DateTimeParseException ignored) {
        // a partial date such as "--12-14": no year, no estimate
      }
    }
    return best == null ? null : best.atStartOfDay().atOffset(VIETNAM);
  }
}
