package vn.bantin.knowledge;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import vn.bantin.model.Article;
import vn.bantin.model.EntityRef;
import vn.bantin.model.Event;

/**
 * Writes events as GDELT-style tab-separated rows: one row per event, with a header. Columns: date (ISO, as
 * precise as known), date precision, actor 1 id, name and country code, actor 2 id, name and country code,
 * CAMEO event code, root code, Goldstein value, place, source article id, source URL, sentence. Tabs and line
 * breaks inside fields become spaces.
 */
public final class GdeltExport {
  public static final String HEADER = String.join("\t", "Date", "DatePrecision", "Actor1Id", "Actor1Name",
      "Actor1CountryCode", "Actor2Id", "Actor2Name", "Actor2CountryCode", "EventCode", "EventRootCode",
      "GoldsteinScale", "Place", "SourceArticleId", "SourceUrl", "Sentence");

  private GdeltExport() {}

  public static void writeTsv(List<Article> articles, Appendable out) throws IOException {
    out.append(HEADER).append('\n');
    for (Article a : articles) {
      for (Event e : a.events()) {
        EntityRef x = e.actor1();
        EntityRef y = e.actor2();
        String[] row = {e.date(), e.datePrecision(), id(x), name(x), country(x), id(y), name(y), country(y),
            e.code(), e.root(), String.format(Locale.ROOT, "%.1f", e.goldstein()), e.place(), a.id(), a.url(),
            e.sentence()};
        for (int i = 0; i < row.length; i++) {
          if (i > 0) out.append('\t');
          out.append(clean(row[i]));
        }
        out.append('\n');
      }
    }
  }

  private static String id(EntityRef r) {
    return r == null ? null : r.id();
  }

  private static String name(EntityRef r) {
    return r == null ? null : r.name();
  }

  private static String country(EntityRef r) {
    return r == null ? null : r.country();
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }
}
