package vn.bantin.pipeline;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.bantin.model.Article;

/**
 * Which extracted articles a run keeps, e.g. only Vietnamese ones out of a Common Crawl segment. A filter
 * never drops silently: for each article it turns away it names a reason, which the shells count and report.
 * Pure, thread-safe and serializable, like the stages.
 */
@FunctionalInterface
public interface ArticleFilter extends Serializable {
  /** Null to keep the article, else a short reason it is turned away ("language en"). */
  String rejects(Article article);

  /** Keeps everything. */
  static ArticleFilter all() {
    return a -> null;
  }

  /**
   * Keeps articles whose {@link Article#language()} is one of {@code codes} (ISO 639-1, case-insensitive);
   * articles whose language could not be told are reported as "language unknown".
   */
  static ArticleFilter languages(Set<String> codes) {
    Set<String> wanted = new TreeSet<>();
    for (String c : codes) wanted.add(c.trim().toLowerCase(Locale.ROOT));
    if (wanted.isEmpty()) throw new IllegalArgumentException("no language given");
    Set<String> frozen = Set.copyOf(wanted);
    return a -> {
      String lang = a.language() == null ? null : a.language().toLowerCase(Locale.ROOT);
      if (lang != null) {
        int dash = lang.indexOf('-'); // "vi-VN" is Vietnamese
        if (dash > 0) lang = lang.substring(0, dash);
      }
      if (lang != null && frozen.contains(lang)) return null;
      return "language " + (lang == null || lang.equals("und") ? "unknown" : lang);
    };
  }
}
