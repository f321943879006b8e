package vn.bantin.store;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.bantin.text.Folding;

/**
 * What an analyst narrows a search to: an outlet (diacritics and case ignored: "vnexpress", "Dân trí"), a
 * publication-date range (whole days in Vietnam's time, both ends included), a story or a storyline. Every
 * part is optional; {@link #NONE} narrows nothing. Filters restrict, they never change the ranking.
 */
public record SearchFilter(String outlet, LocalDate from, LocalDate to, String storyId, String storylineId) {
  public static final SearchFilter NONE = new SearchFilter(null, null, null, null, null);

  /** Vietnamese news dates its days in UTC+7. */
  static final ZoneOffset DAYS_IN = ZoneOffset.ofHours(7);

  public SearchFilter {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  public boolean isEmpty() {
    return blank(outlet) && from == null && to == null && blank(storyId) && blank(storylineId);
  }

  /** The outlet as the index keys it. */
  static String outletKey(String outlet) {
    return Folding.fold(outlet).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
  }

  /** The Lucene clauses of this filter, added as non-scoring FILTER clauses to {@code b}. */
  void addTo(BooleanQuery.Builder b) {
    if (!blank(outlet)) b.add(new TermQuery(new Term(ArticleStore.OUTLET_KEY, outletKey(outlet))), Occur.FILTER);
    if (from != null || to != null) {
      long lo = from == null ? Long.MIN_VALUE : from.atStartOfDay().toEpochSecond(DAYS_IN);
      long hi = to == null ? Long.MAX_VALUE : to.plusDays(1).atStartOfDay().toEpochSecond(DAYS_IN) - 1;
      b.add(LongPoint.newRangeQuery(ArticleStore.PUBLISHED_EPOCH, lo, hi), Occur.FILTER);
    }
    if (!blank(storyId)) b.add(new TermQuery(new Term(ArticleStore.STORY, storyId)), Occur.FILTER);
    if (!blank(storylineId)) b.add(new TermQuery(new Term(ArticleStore.STORYLINE, storylineId)), Occur.FILTER);
  }

  Query restrict(Query q) {
    if (isEmpty()) return q;
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
    addTo(b);
    return b.build();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
