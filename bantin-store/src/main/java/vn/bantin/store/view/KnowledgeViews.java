package vn.bantin.store.view;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.bantin.model.Article;
import vn.bantin.model.Entity;
import vn.bantin.model.EntityRef;
import vn.bantin.model.Event;
import vn.bantin.model.Mention;
import vn.bantin.model.Quote;
import vn.bantin.text.Folding;

/**
 * Pure queries over a list of articles for the knowledge layer's read side: entity index, quotes by speaker,
 * events by actor and date range, timelines and the GDELT-style TSV export. Used by the CLI and the API alike.
 */
public final class KnowledgeViews {
  private KnowledgeViews() {}

  /** Entities across the articles, most-mentioned first; {@code type} (PER, ORG, LOC) filters when not null. */
  public static List<EntitySummary> entities(List<Article> articles, String type) {
    Map<String, Entity> first = new LinkedHashMap<>();
    Map<String, Integer> arts = new HashMap<>(), mentions = new HashMap<>();
    Map<String, Set<String>> aliases = new HashMap<>();
    for (Article a : articles) {
      for (Entity e : a.entities()) {
        if (type != null && !type.equalsIgnoreCase(e.type())) continue;
        first.putIfAbsent(e.id(), e);
        arts.merge(e.id(), 1, Integer::sum);
        mentions.merge(e.id(), e.mentions().size(), Integer::sum);
        Set<String> al = aliases.computeIfAbsent(e.id(), k -> new LinkedHashSet<>());
        for (Mention m : e.mentions()) al.add(m.text());
      }
    }
    List<EntitySummary> out = new ArrayList<>();
    for (Entity e : first.values()) {
      out.add(new EntitySummary(e.id(), e.name(), e.type(), e.country(), arts.get(e.id()), mentions.get(e.id()),
          List.copyOf(aliases.get(e.id()))));
    }
    out.sort(Comparator.comparingInt(EntitySummary::mentions).reversed().thenComparing(EntitySummary::name));
    return out;
  }

  /** Quotes whose speaker's name, id or speaker text contains {@code speaker} (diacritics and case ignored). */
  public static List<QuoteHit> quotes(List<Article> articles, String speaker) {
    String q = speaker == null ? "" : Folding.fold(speaker).trim();
    List<QuoteHit> out = new ArrayList<>();
    for (Article a : articles) {
      for (Quote qt : a.quotes()) {
        String who = (qt.speaker() == null ? "" : qt.speaker().name() + " " + qt.speaker().id()) + " "
            + (qt.speakerText() == null ? "" : qt.speakerText());
        if (q.isEmpty() || Folding.fold(who).contains(q)) {
          out.add(new QuoteHit(a.id(), a.title(), a.published() == null ? null : a.published().toString(),
              a.outlet(), qt));
        }
      }
    }
    return out;
  }

  /**
   * Events with an actor matching {@code actor} (a country code such as PRK, or an entity id or name), dated
   * within [from, to] (ISO dates, prefixes compared, so "2019" and "2019-02" work); null bounds are open.
   * Undated events pass only when no bound is given.
   */
  public static List<EventHit> events(List<Article> articles, String actor, String from, String to) {
    List<EventHit> out = new ArrayList<>();
    for (Article a : articles) {
      for (Event e : a.events()) {
        if (actor != null && !matches(e.actor1(), actor) && !matches(e.actor2(), actor)) continue;
        if ((from != null || to != null) && e.date() == null) continue;
        if (from != null && e.date().compareTo(from) < 0 && !from.startsWith(e.date())) continue;
        if (to != null && e.date().compareTo(to) > 0 && !e.date().startsWith(to)) continue;
        out.add(hit(a, e));
      }
    }
    out.sort(BY_DATE);
    return out;
  }

  static final Comparator<EventHit> BY_DATE = Comparator.comparing((EventHit h) -> h.event().date(),
      Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(EventHit::articleId);

  private static EventHit hit(Article a, Event e) {
    return new EventHit(a.id(), a.title(), a.url(), a.published() == null ? null : a.published().toString(), e);
  }

  private static boolean matches(EntityRef r, String actor) {
    if (r == null) return false;
    if (actor.equalsIgnoreCase(r.country()) || actor.equalsIgnoreCase(r.id())) return true;
    return r.name() != null && Folding.fold(r.name()).contains(Folding.fold(actor));
  }

  /** Every event of the articles in date order, with monthly cooperation-conflict sums. */
  public static Timeline timeline(String label, List<Article> articles) {
    List<EventHit> evs = events(articles, null, null, null);
    TreeMap<String, double[]> months = new TreeMap<>();
    for (EventHit h : evs) {
      String d = h.event().date();
      if (d == null || d.length() < 7) continue;
      double[] m = months.computeIfAbsent(d.substring(0, 7), k -> new double[3]);
      double g = h.event().goldstein();
      if (g >= 0) m[0] += g;
      else m[1] += g;
      m[2]++;
    }
    List<MonthSums> ms = new ArrayList<>();
    months.forEach((k, m) -> ms.add(new MonthSums(k, round(m[0]), round(m[1]), round(m[0] + m[1]), (int) m[2])));
    return new Timeline(label, evs, ms);
  }

  private static double round(double x) {
    return Math.round(x * 10) / 10.0;
  }

  /** Column names of {@link #writeEventsTsv}, modelled on GDELT 1.0's event table where bantin has the field. */
  public static final List<String> TSV_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "DatePrecision",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode",
      "EventCode", "EventRootCode", "GoldsteinScale", "ActionGeo_FullName", "ArticleId", "SOURCEURL", "Sentence");

  /** GDELT-style TSV: one event per row, header first; SQLDATE is YYYYMMDD with unknown parts as 00. */
  public static void writeEventsTsv(List<Article> articles, Appendable out) throws IOException {
    out.append(String.join("\t", TSV_COLUMNS)).append('\n');
    int n = 0;
    for (EventHit h : events(articles, null, null, null)) {
      Event e = h.event();
      String id = h.articleId() + "-" + (++n);
      out.append(String.join("\t", id, sqlDate(e.date()), nz(e.datePrecision()), code(e.actor1()),
          name(e.actor1()), country(e.actor1()), code(e.actor2()), name(e.actor2()), country(e.actor2()),
          nz(e.code()), nz(e.root()), String.format(Locale.ROOT, "%.1f", e.goldstein()), nz(e.place()),
          h.articleId(), nz(h.url()), nz(e.sentence()))).append('\n');
    }
  }

  static String sqlDate(String iso) {
    if (iso == null || iso.isBlank()) return "";
    String d = iso.replace("-", "");
    return (d + "00000000").substring(0, 8);
  }

  private static String code(EntityRef r) {
    return r == null ? "" : nz(r.id());
  }

  private static String name(EntityRef r) {
    return r == null ? "" : nz(r.name());
  }

  private static String country(EntityRef r) {
    return r == null ? "" : nz(r.country());
  }

  private static String nz(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
