package vn.bantin.store;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an ingest did: every input item is either read (a page) or skipped (with its reason), so {@code
 * pagesRead + skipped.size()} is the number of items seen; every extracted article is stored, a duplicate,
 * or turned away by the run's filter ({@code filtered}: reason → count).
 */
public record IngestSummary(int pagesRead, int articlesExtracted, int articlesStored, int duplicates,
                            int pagesWithoutArticles, Map<String, Integer> filtered, List<Skip> skipped,
                            List<String> warnings, double seconds) {
  public record Skip(String ref, String reason) {}

  public int itemsSeen() {
    return pagesRead + skipped.size();
  }

  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "pages read:          %d%n", pagesRead));
    sb.append(String.format(Locale.ROOT, "articles extracted:  %d%n", articlesExtracted));
    sb.append(String.format(Locale.ROOT, "articles stored:     %d (new)%n", articlesStored));
    sb.append(String.format(Locale.ROOT, "duplicates skipped:  %d (already stored)%n", duplicates));
    if (!filtered.isEmpty()) {
      int n = filtered.values().stream().mapToInt(Integer::intValue).sum();
      sb.append(String.format(Locale.ROOT, "articles filtered:   %d (not stored)%n", n));
      new java.util.TreeMap<>(filtered).forEach((why, k) ->
          sb.append(String.format(Locale.ROOT, "  %6d × %s%n", k, why)));
    }
    if (pagesWithoutArticles > 0) {
      sb.append(String.format(Locale.ROOT, "pages w/o article:   %d%n", pagesWithoutArticles));
    }
    sb.append(String.format(Locale.ROOT, "records skipped:     %d%n", skipped.size()));
    if (skipped.size() > 10) {
      java.util.Map<String, Integer> tally = new java.util.TreeMap<>();
      for (Skip s : skipped) tally.merge(s.reason().replaceAll(" for \\S+$", "").replaceAll("\\(.*", "").trim(), 1, Integer::sum);
      tally.forEach((r, n) -> sb.append(String.format(Locale.ROOT, "  %6d × %s%n", n, r)));
    }
    for (Skip s : skipped.subList(0, Math.min(skipped.size(), 50))) {
      sb.append("  - ").append(s.ref()).append(": ").append(s.reason()).append('\n');
    }
    if (skipped.size() > 50) sb.append("  … ").append(skipped.size() - 50).append(" more (see the skip log)\n");
    for (String w : warnings.subList(0, Math.min(warnings.size(), 20))) sb.append("  warning: ").append(w).append('\n');
    sb.append(String.format(Locale.ROOT, "time:                %.1f s (%.1f pages/s)%n", seconds,
        seconds > 0 ? pagesRead / seconds : 0));
    if (articlesStored == 0 && pagesRead > 0 && duplicates > 0) {
      sb.append("nothing new: every article was already in the store\n");
    }
    return sb.toString();
  }
}
