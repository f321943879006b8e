package vn.bantin.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.bantin.json.ArticleJson;
import vn.bantin.store.ArticleStore;
import vn.bantin.store.SearchFilter;
import vn.bantin.store.SearchHit;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search stored articles, with or without diacritics (\"trieu tien\" finds \"Triều Tiên\").",
        "Exact-diacritic matches rank above folded ones; words in double quotes must occur as a phrase.",
        "Narrow with --outlet, --from/--to, --story, --storyline; with filters alone (no words) it lists the",
        "matching articles, newest first. --json prints an array of {id, title, score, outlet, published, snippet}."})
final class SearchCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to search for; \"quoted words\" as a phrase.")
  List<String> query;

  @Option(names = "--outlet", description = "Only this outlet (diacritics and case ignored).")
  String outlet;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this day (UTC+7).")
  java.time.LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this day (UTC+7).")
  java.time.LocalDate to;

  @Option(names = "--story", paramLabel = "ID", description = "Only articles of this story.")
  String story;

  @Option(names = "--storyline", paramLabel = "ID", description = "Only articles of this storyline.")
  String storyline;

  @Option(names = "--newest", description = "Newest first instead of most relevant first.")
  boolean newest;

  @Option(names = "--limit", defaultValue = "10", description = "Maximum hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print hits as a JSON array.")
  boolean json;

  @Mixin DataOption data;

  @Override
  public Integer call() throws Exception {
    String q = query == null ? "" : String.join(" ", query);
    SearchFilter filter = new SearchFilter(outlet, from, to, story, storyline);
    if (q.isBlank() && filter.isEmpty()) {
      System.err.println("bantin search: give words to search for, or a filter (--outlet, --from, --to, --story, --storyline)");
      return 2;
    }
    List<SearchHit> hits;
    try (ArticleStore store = ArticleStore.openReadOnly(data.data)) {
      hits = store.search(q, limit, filter, newest);
    }
    if (json) {
      System.out.println(ArticleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(hits));
      return 0;
    }
    if (hits.isEmpty()) {
      System.out.println("no articles match \"" + q + "\"" + (filter.isEmpty() ? "" : " within the filters"));
      return 0;
    }
    int i = 1;
    for (SearchHit h : hits) {
      System.out.printf("%2d. %s  [%s%s]  score %.2f%n    id %s%n    %s%n", i++, h.title(),
          h.outlet() == null ? "?" : h.outlet(), h.published() == null ? "" : ", " + h.published(), h.score(),
          h.id(), h.snippet());
    }
    return 0;
  }
}
