package vn.bantin.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.bantin.model.Article;
import vn.bantin.model.EntityRef;
import vn.bantin.model.Event;

/**
 * Events of many articles in date order, with monthly cooperation–conflict sums (GDELT style: the sum of
 * positive and of negative Goldstein values and the count per "YYYY-MM"). Events whose date is unknown or
 * has no year are listed last and left out of the monthly sums.
 *
 * @param events events sorted by date (then article id)
 * @param months per month "YYYY-MM", ascending
 */
public record Timeline(List<Entry> events, List<Month> months) {

  /** One dated event with the article it was read from. */
  public record Entry(String date, String datePrecision, String code, String root, double goldstein,
      EntityRef actor1, EntityRef actor2, String place, String articleId, String sentence) {}

  /** Cooperation–conflict totals of one month. */
  public record Month(String month, double cooperation, double conflict, int count) {
    /** Net Goldstein: cooperation plus (negative) conflict. */
    public double net() {
      return cooperation + conflict;
    }
  }

  public Timeline {
    events = List.copyOf(events);
    months = List.copyOf(months);
  }

  public static Timeline of(List<Article> articles) {
    List<Entry> entries = new ArrayList<>();
    for (Article a : articles) {
      for (Event e : a.events()) {
        entries.add(new Entry(e.date(), e.datePrecision(), e.code(), e.root(), e.goldstein(), e.actor1(),
            e.actor2(), e.place(), a.id(), e.sentence()));
      }
    }
    entries.sort(Comparator.comparing((Entry e) -> sortKey(e.date())).thenComparing(e -> String.valueOf(e.articleId())));
    Map<String, double[]> sums = new TreeMap<>();
    for (Entry e : entries) {
      if (!hasYearAndMonth(e.date())) continue;
      double[] s = sums.computeIfAbsent(e.date().substring(0, 7), k -> new double[3]);
      if (e.goldstein() > 0) s[0] += e.goldstein();
      else s[1] += e.goldstein();
      s[2]++;
    }
    List<Month> months = new ArrayList<>();
    for (var en : sums.entrySet()) {
      double[] s = en.getValue();
      months.add(new Month(en.getKey(), s[0], s[1], (int) s[2]));
    }
    return new Timeline(entries, months);
  }

  private static boolean hasYearAndMonth(String date) {
    return date != null && date.length() >= 7 && Character.isDigit(date.charAt(0));
  }

  /** Dated events first in ISO order; year-less ("--MM-DD") and undated after. */
  private static String sortKey(String date) {
    if (date == null) return "~";
    if (!Character.isDigit(date.charAt(0))) return "}" + date;
    return date;
  }
}
