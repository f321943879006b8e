package vn.bantin.store.view;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.bantin.model.Article;
import vn.bantin.model.EntityRef;
import vn.bantin.model.Event;
import vn.bantin.model.Quote;
import vn.bantin.knowledge.EntityIndex;
import vn.bantin.knowledge.GdeltExport;
import vn.bantin.knowledge.Timeline;
import vn.bantin.text.Folding;

/**
 * Pure queries over a list of articles for the knowledge layer's read side, used by the CLI and the API alike:
 * quotes by speaker and events by actor and date range (here), and the knowledge layer's own entity index,
 * timeline and GDELT-style export under the names the shells use.
 */
public final class KnowledgeViews {
  private KnowledgeViews() {}

  /** Entities across the articles (the knowledge layer's index), most-mentioned first; type filters when set. */
  public static List<EntityIndex.Item> entities(List<Article> articles, String type) {
    List<EntityIndex.Item> out = new ArrayList<>();
    for (EntityIndex.Item e : EntityIndex.of(articles).entities()) {
      if (type == null || type.equalsIgnoreCase(e.type())) out.add(e);
    }
    out.sort(Comparator.comparingInt(EntityIndex.Item::mentionCount).reversed().thenComparing(EntityIndex.Item::name));
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

  /** A story's or storyline's timeline: the knowledge layer's {@link Timeline} under a label. */
  public record LabeledTimeline(String label, List<Timeline.Entry> events, List<Timeline.Month> months) {}

  public static LabeledTimeline timeline(String label, List<Article> articles) {
    Timeline t = Timeline.of(articles);
    return new LabeledTimeline(label, t.events(), t.months());
  }

  /** The GDELT-style TSV of the knowledge layer, for the given articles' events. */
  public static void writeEventsTsv(List<Article> articles, Appendable out) throws IOException {
    GdeltExport.writeTsv(articles, out);
  }
}
