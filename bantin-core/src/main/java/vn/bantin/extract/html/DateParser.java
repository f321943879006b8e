package vn.bantin.extract.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date-times news pages print: ISO-8601 and its sloppy variants ("2026-07-19T14:30:00.000 +07:00",
 * no offset, space instead of T), Vietnamese datelines ("Thứ năm, 28/2/2019, 14:30 (GMT+7)",
 * "28/02/2019 - 14:30", "14:30 28/02/2019", "ngày 28 tháng 2 năm 2019") and English month names. A value
 * without a zone gets the given default offset (+07:00 for Vietnamese pages).
 */
final class DateParser {
  private DateParser() {}

  static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*"
          + "(Z|[+-]\\d{2}(?::?\\d{2})?)?");
  private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?!\\d)");
  private static final Pattern VI_WORDS = Pattern.compile(
      "ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:,\\s*|\\s+)năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE
          | Pattern.UNICODE_CASE);
  private static final Pattern TIME = Pattern.compile(
      "(?<![\\d/.:])(\\d{1,2})\\s*(?::|h|giờ)\\s*(\\d{2})(?::(\\d{2}))?(?!\\d)\\s*(am|pm|AM|PM|sáng|chiều|tối)?");
  private static final Pattern GMT = Pattern.compile("(?:GMT|UTC)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?");
  private static final Pattern EN = Pattern.compile(
      "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern EN_DMY = Pattern.compile(
      "(?i)\\b(\\d{1,2})\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})");
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
  /** Vietnamese month names as WordPress and other CMSs print them ("Tháng Ba", "tháng Mười Hai"). */
  private static final String VI_MONTH_NAMES =
      "mười hai|mười một|mười|một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|chạp|\\d{1,2}";
  /** "14 Tháng Ba, 2024", "14 tháng 3, 2024" (day first) and "Tháng Ba 14, 2024" (WordPress' "F j, Y"). */
  private static final Pattern VI_MONTH_DMY = Pattern.compile(
      "(?<!\\d)(\\d{1,2})\\s+tháng\\s+(" + VI_MONTH_NAMES + ")\\s*,?\\s+(\\d{4})(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern VI_MONTH_MDY = Pattern.compile(
      "(?<![\\p{L}])tháng\\s+(" + VI_MONTH_NAMES + ")\\s+(\\d{1,2})\\s*,\\s*(\\d{4})(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The month a Vietnamese month word or number names; 0 when none. */
  static int viMonth(String w) {
    String s = w.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    if (s.matches("\\d{1,2}")) return Integer.parseInt(s);
    return switch (s) {
      case "một", "giêng" -> 1;
      case "hai" -> 2;
      case "ba" -> 3;
      case "tư", "bốn" -> 4;
      case "năm" -> 5;
      case "sáu" -> 6;
      case "bảy" -> 7;
      case "tám" -> 8;
      case "chín" -> 9;
      case "mười" -> 10;
      case "mười một" -> 11;
      case "mười hai", "chạp" -> 12;
      default -> 0;
    };
  }

  private static final Pattern RELATIVE = Pattern.compile(
      "(?<!\\d)(\\d{1,3})\\s*(phút|giờ|tiếng|ngày|tuần|minutes?|mins?|hours?|hrs?|days?|weeks?)\\s*(?:trước|ago)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * "3 giờ trước", "2 ngày trước", "5 hours ago": a time relative to when the page was captured; null without a
   * capture time or such a phrase. Only up to weeks: "tháng trước" (last month) is too coarse to date an article.
   */
  static OffsetDateTime relative(String s, java.time.Instant captured, ZoneOffset zone) {
    if (s == null || captured == null) return null;
    Matcher m = RELATIVE.matcher(s);
    if (!m.find()) return null;
    long n = Long.parseLong(m.group(1));
    String u = m.group(2).toLowerCase(java.util.Locale.ROOT);
    java.time.Duration d;
    if (u.startsWith("phút") || u.startsWith("min")) d = java.time.Duration.ofMinutes(n);
    else if (u.startsWith("giờ") || u.startsWith("tiếng") || u.startsWith("h")) d = java.time.Duration.ofHours(n);
    else if (u.startsWith("ngày") || u.startsWith("day")) d = java.time.Duration.ofDays(n);
    else d = java.time.Duration.ofDays(7 * n);
    return OffsetDateTime.ofInstant(captured.minus(d), zone);
  }

  /** Parses a machine-readable value (meta content, JSON-LD, datetime attribute); null when it is none. */
  static OffsetDateTime parseMachine(String raw, ZoneOffset dflt) {
    if (raw == null) return null;
    String s = raw.trim();
    if (s.isEmpty()) return null;
    Matcher m = ISO.matcher(s);
    if (m.lookingAt()) return iso(m, dflt);
    if (s.matches("\\d{9,13}")) { // epoch seconds or milliseconds
      long v = Long.parseLong(s);
      if (s.length() > 10) v /= 1000;
      return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(v), dflt);
    }
    return parseText(s, dflt);
  }

  private static OffsetDateTime iso(Matcher m, ZoneOffset dflt) {
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      LocalTime t = m.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(m.group(4)),
          Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      return OffsetDateTime.of(LocalDateTime.of(d, t), offset(m.group(7), dflt));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String z, ZoneOffset dflt) {
    if (z == null) return dflt;
    if (z.equals("Z")) return ZoneOffset.UTC;
    String digits = z.substring(1).replace(":", "");
    int h = Integer.parseInt(digits.substring(0, 2));
    int mi = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
    int sign = z.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * h, sign * mi);
  }

  /** Finds a date (and a time near it) in visible text; null when the text holds none. */
  static OffsetDateTime parseText(String s, ZoneOffset dflt) {
    if (s == null || s.isEmpty()) return null;
    Matcher iso = ISO.matcher(s);
    if (iso.find() && iso.group(4) != null) return iso(iso, dflt);
    int year, month, day, start, end;
    Matcher m = DMY.matcher(s);
    Matcher w = VI_WORDS.matcher(s);
    Matcher en = EN.matcher(s);
    Matcher en2 = EN_DMY.matcher(s);
    Matcher vd = VI_MONTH_DMY.matcher(s);
    Matcher vm = VI_MONTH_MDY.matcher(s);
    if (m.find()) {
      day = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(2));
      year = Integer.parseInt(m.group(3));
      start = m.start();
      end = m.end();
    } else if (w.find()) {
      day = Integer.parseInt(w.group(1));
      month = Integer.parseInt(w.group(2));
      year = Integer.parseInt(w.group(3));
      start = w.start();
      end = w.end();
    } else if (vd.find()) {
      day = Integer.parseInt(vd.group(1));
      month = viMonth(vd.group(2));
      year = Integer.parseInt(vd.group(3));
      start = vd.start();
      end = vd.end();
    } else if (vm.find()) {
      month = viMonth(vm.group(1));
      day = Integer.parseInt(vm.group(2));
      year = Integer.parseInt(vm.group(3));
      start = vm.start();
      end = vm.end();
    } else if (en.find()) {
      month = MONTHS.indexOf(en.group(1).toLowerCase(java.util.Locale.ROOT)) / 3 + 1;
      day = Integer.parseInt(en.group(2));
      year = Integer.parseInt(en.group(3));
      start = en.start();
      end = en.end();
    } else if (en2.find()) {
      month = MONTHS.indexOf(en2.group(2).toLowerCase(java.util.Locale.ROOT)) / 3 + 1;
      day = Integer.parseInt(en2.group(1));
      year = Integer.parseInt(en2.group(3));
      start = en2.start();
      end = en2.end();
    } else if (iso.find(0)) {
      return iso(iso, dflt);
    } else {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
    LocalTime time = LocalTime.MIDNIGHT;
    // the time is printed right after the date, or right before it ("14:30 28/02/2019")
    Matcher t = TIME.matcher(s);
    LocalTime after = null, before = null;
    int beforeEnd = -1;
    while (t.find()) {
      if (t.start() >= end && t.start() - end <= 20 && after == null) after = time(t);
      if (t.end() <= start && start - t.end() <= 20) { before = time(t); beforeEnd = t.end(); }
    }
    if (after != null) time = after;
    else if (before != null && beforeEnd >= 0) time = before;
    ZoneOffset off = dflt;
    Matcher g = GMT.matcher(s);
    if (g.find()) {
      try {
        int h = Integer.parseInt(g.group(2));
        int mi = g.group(3) == null ? 0 : Integer.parseInt(g.group(3));
        int sign = g.group(1).equals("-") ? -1 : 1;
        off = ZoneOffset.ofHoursMinutes(sign * h, sign * mi);
      } catch (DateTimeException e) {
        off = dflt;
      }
    }
    return OffsetDateTime.of(LocalDateTime.of(date, time), off);
  }

  private static LocalTime time(Matcher t) {
    try {
      int h = Integer.parseInt(t.group(1));
      int mi = Integer.parseInt(t.group(2));
      int sec = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
      String ampm = t.group(4) == null ? "" : t.group(4).toLowerCase(java.util.Locale.ROOT);
      if ((ampm.equals("pm") || ampm.equals("chiều") || ampm.equals("tối")) && h < 12) h += 12;
      if (ampm.equals("am") && h == 12) h = 0;
      return LocalTime.of(h, mi, sec);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
