package vn.bantin.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates in Vietnamese news ("ngày 14/12", "hôm 1/3", "chiều 28/2", "hồi tháng 5", "tháng 4/2018",
 * "năm ngoái", "tuần tới") and resolves them against a reference: the publication date when there is one — a
 * year-less date takes the year that puts it nearest before it, or after it in future tense ("sẽ", "sắp",
 * "tới") — else a year inferred from evidence in the text: an explicit year, or the terms of office of the
 * people the article names with a title (Tillerson as Secretary of State and a "14/12" can only be
 * 2017-12-14). Without evidence the year stays unknown: "--12-14" with precision "unknown".
 */
final class DateResolver {
  /**
   * A resolved date: ISO text as precise as known, its precision, and what the year rests on: "stated" (the
   * text gives it), "publication" (resolved against the publication date), "inferred" (no publication date;
   * the only year the article's evidence allows: office terms, dated events it names) or "unknown".
   */
  record When(String date, String precision, String basis) {
    static final When UNKNOWN = new When(null, "unknown", "unknown");

    When(String date, String precision) {
      this(date, precision, "stated");
    }
  }

  private record Term(LocalDate from, LocalDate to) {}

  private record KnownEvent(String id, LocalDate date, List<String> entities, List<String> keywords) {}

  private static final List<KnownEvent> KNOWN = loadKnown();

  private static List<KnownEvent> loadKnown() {
    List<KnownEvent> out = new ArrayList<>();
    try (var in = DateResolver.class.getResourceAsStream("known-events.tsv");
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        out.add(new KnownEvent(f[0], LocalDate.parse(f[1]), List.of(f[2].split(",")), List.of(f[3].split("\\|"))));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out;
  }

  private static final Map<String, List<Term>> TERMS = loadTerms();
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?<![\\d/.])(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}))?(?![\\d/])");
  private static final Pattern DAY_WORDS = Pattern.compile(
      "ngày (\\d{1,2}) tháng (\\d{1,2})(?: năm (\\d{4}))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH = Pattern.compile(
      "tháng (\\d{1,2})(?:(?:/| năm )(\\d{4}))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern BIRTH = Pattern.compile("(?i:sinh (?:năm|ngày)|(?-i:SN)) [\\d/.\\-]+");
  private static final Pattern YEAR = Pattern.compile("năm (\\d{4})", Pattern.CASE_INSENSITIVE);
  /** Words that introduce a day/month: "ngày", "hôm", "chiều" … or an opening bracket. */
  private static final Pattern DATE_LEAD =
      Pattern.compile("(ngày|hôm|chiều|sáng|tối|trưa|đêm|khuya|\\(|tới|đến|từ|qua|nay|trước|sau) ?$");
  private static final Pattern FUTURE = Pattern.compile("\\b(sẽ|sắp|tới|dự kiến)\\b");

  /** The frame a year-less date is resolved in. */
  record Reference(LocalDate published, LocalDate earliest, LocalDate latest) {
    static Reference of(LocalDate published, Collection<String> titledPersonIds) {
      return of(published, titledPersonIds, List.of(), List.of());
    }

    /**
     * @param entityIds every entity the article names
     * @param sentences its sentences, for named events ("hội nghị thượng đỉnh ... ở Hà Nội")
     */
    static Reference of(LocalDate published, Collection<String> titledPersonIds, Collection<String> entityIds,
        List<String> sentences) {
      if (published != null) return new Reference(published, null, null);
      LocalDate lo = null;
      LocalDate hi = null;
      boolean any = false;
      for (KnownEvent k : KNOWN) {
        if (!entityIds.containsAll(k.entities)) continue;
        for (String s : sentences) {
          String low = s.toLowerCase();
          if (k.keywords.stream().noneMatch(low::contains)) continue;
          // the sentence must name the event's place: "thượng đỉnh … ở Singapore năm ngoái" is not Hanoi
          boolean placed = false;
          for (String id : k.entities) {
            Gazetteer.Entry e = Gazetteer.get().entry(id);
            if (e != null && e.type().equals("LOC")) {
              for (String alias : e.aliases()) if (s.contains(alias)) placed = true;
            }
          }
          if (!placed) continue;
          LocalDate from = k.date;
          LocalDate to = null;
          if (low.contains("năm ngoái")) {
            from = LocalDate.of(k.date.getYear() + 1, 1, 1);
            to = LocalDate.of(k.date.getYear() + 1, 12, 31);
          }
          any = true;
          lo = lo == null || from.isAfter(lo) ? from : lo;
          if (to != null) hi = hi == null || to.isBefore(hi) ? to : hi;
        }
      }
      for (String id : titledPersonIds) {
        List<Term> terms = TERMS.get(id);
        if (terms == null) continue;
        // a person with several terms narrows only to their span
        LocalDate f = null;
        LocalDate t = null;
        for (Term term : terms) {
          if (f == null || term.from.isBefore(f)) f = term.from;
          LocalDate to = term.to == null ? LocalDate.of(2100, 1, 1) : term.to;
          if (t == null || to.isAfter(t)) t = to;
        }
        if (terms.size() > 1) continue;
        any = true;
        lo = lo == null || f.isAfter(lo) ? f : lo;
        hi = hi == null || t.isBefore(hi) ? t : hi;
      }
      if (any && hi == null) hi = LocalDate.of(2100, 1, 1);
      if (!any || lo.isAfter(hi)) return new Reference(null, null, null);
      return new Reference(null, lo, hi);
    }
  }

  private DateResolver() {}

  /** The first date the sentence mentions, resolved; null when it mentions none. */
  static When inSentence(String sentence, Reference ref) {
    // "Phan Văn X (sinh năm 1988, …)": a birth date dates a person, not what the sentence reports
    if (sentence.contains("sinh ") || sentence.contains("SN ")) sentence = BIRTH.matcher(sentence).replaceAll("");
    boolean future = FUTURE.matcher(sentence).find();
    Matcher m = DAY_WORDS.matcher(sentence);
    if (m.find()) return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), ref, future);
    m = DAY_MONTH.matcher(sentence);
    while (m.find()) {
      int d = Integer.parseInt(m.group(1));
      int mo = Integer.parseInt(m.group(2));
      if (d < 1 || d > 31 || mo < 1 || mo > 12) continue;
      // "ngày 14/12", "hôm 1/3", "(14/12)", or a date at a clause start: not a score or a fraction
      int s = m.start();
      String before = sentence.substring(Math.max(0, s - 12), s).toLowerCase();
      if (!DATE_LEAD.matcher(before).find() && s > 0) continue;
      return day(d, mo, m.group(3), ref, future);
    }
    m = MONTH.matcher(sentence);
    if (m.find()) {
      int mo = Integer.parseInt(m.group(1));
      if (mo >= 1 && mo <= 12) {
        if (m.group(2) != null) return new When(String.format("%s-%02d", m.group(2), mo), "month");
        Integer y = yearFor(mo, 1, ref, future);
        return y == null ? new When(String.format("--%02d", mo), "unknown", "unknown")
            : new When(String.format("%d-%02d", y, mo), "month", basisOf(ref));
      }
    }
    m = YEAR.matcher(sentence);
    if (m.find()) return new When(m.group(1), "year");
    String low = sentence.toLowerCase();
    LocalDate base = ref.published;
    if (base != null) {
      if (low.contains("hôm qua")) return new When(base.minusDays(1).toString(), "day", "publication");
      if (low.contains("hôm nay")) return new When(base.toString(), "day", "publication");
      if (low.contains("tuần tới") || low.contains("tuần sau")) {
        return new When(base.plusWeeks(1).toString().substring(0, 7), "month", "publication");
      }
      if (low.contains("tháng tới") || low.contains("tháng sau")) {
        return new When(base.plusMonths(1).toString().substring(0, 7), "month", "publication");
      }
      if (low.contains("năm ngoái") || low.contains("năm trước")) return new When(String.valueOf(base.getYear() - 1), "year", "publication");
      if (low.contains("năm nay") || low.contains("cuối năm")) return new When(String.valueOf(base.getYear()), "year", "publication");
      if (low.contains("năm tới") || low.contains("năm sau")) return new When(String.valueOf(base.getYear() + 1), "year", "publication");
    }
    return null;
  }

  private static When day(int d, int mo, String year, Reference ref, boolean future) {
    try {
      if (year != null) return new When(LocalDate.of(Integer.parseInt(year), mo, d).toString(), "day");
      Integer y = yearFor(mo, d, ref, future);
      if (y == null) return new When(String.format("--%02d-%02d", mo, d), "unknown", "unknown");
      return new When(LocalDate.of(y, mo, d).toString(), "day", basisOf(ref));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** What a year found by {@link #yearFor} rests on. */
  private static String basisOf(Reference ref) {
    return ref.published != null ? "publication" : "inferred";
  }

  /** The year for a month-day: nearest the publication date, or the only one in the evidence window. */
  private static Integer yearFor(int mo, int d, Reference ref, boolean future) {
    if (ref.published != null) {
      int y = ref.published.getYear();
      LocalDate cand = safe(y, mo, d);
      if (cand == null) return null;
      if (future) return cand.isBefore(ref.published.minusDays(7)) ? y + 1 : y;
      return cand.isAfter(ref.published.plusDays(1)) ? y - 1 : y;
    }
    if (ref.earliest == null) return null;
    List<Integer> fits = new ArrayList<>();
    for (int y = ref.earliest.getYear(); y <= Math.min(ref.latest.getYear(), 2100); y++) {
      LocalDate c = safe(y, mo, d);
      if (c != null && !c.isBefore(ref.earliest) && !c.isAfter(ref.latest)) fits.add(y);
      if (fits.size() > 1) return null;
    }
    return fits.size() == 1 ? fits.get(0) : null;
  }

  private static LocalDate safe(int y, int mo, int d) {
    try {
      return LocalDate.of(y, mo, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Map<String, List<Term>> loadTerms() {
    Map<String, List<Term>> m = new HashMap<>();
    try (var in = DateResolver.class.getResourceAsStream("office-terms.tsv");
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        LocalDate to = f.length > 2 && !f[2].isBlank() ? LocalDate.parse(f[2]) : null;
        m.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Term(LocalDate.parse(f[1]), to));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return m;
  }
}
