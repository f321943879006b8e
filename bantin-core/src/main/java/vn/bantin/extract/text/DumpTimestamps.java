package vn.bantin.extract.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the date lines of Vietnamese pages (day first; times are Vietnam time, UTC+7, unless stated). */
final class DumpTimestamps {
  private DumpTimestamps() {}

  static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
  private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2,4})");
  private static final Pattern TIME = Pattern.compile("(?<![\\d/.-])(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?(?![\\d/])");
  private static final Pattern ZONE = Pattern.compile("(?i)(?:GMT|UTC)\\s*([+-])\\s*(\\d{1,2})");

  /** The date-time on the line, or null when it holds no valid date. */
  static OffsetDateTime parse(String line) {
    Matcher d = DATE.matcher(line);
    if (!d.find()) return null;
    try {
      int year = Integer.parseInt(d.group(3));
      if (year < 100) year += 2000;
      LocalDate date = LocalDate.of(year, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
      String rest = line.substring(0, d.start()) + " " + line.substring(d.end());
      LocalTime time = LocalTime.MIDNIGHT;
      Matcher t = TIME.matcher(rest);
      if (t.find()) {
        time = LocalTime.of(Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)),
            t.group(3) == null ? 0 : Integer.parseInt(t.group(3)));
      }
      ZoneOffset zone = VIETNAM;
      Matcher z = ZONE.matcher(line);
      if (z.find()) zone = ZoneOffset.ofHours(Integer.parseInt(z.group(2)) * (z.group(1).equals("-") ? -1 : 1));
      return OffsetDateTime.of(date, time, zone);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
