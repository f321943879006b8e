package vn.bantin.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.bantin.json.ArticleJson;
import vn.bantin.store.ArticleStore;
import vn.bantin.store.SearchHit;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search stored articles, with or without diacritics (\"trieu tien\" finds \"Triều Tiên\").",
        "Exact-diacritic matches rank above folded ones. --json prints an array of",
        "{id, title, score, outlet, published, snippet}."})
final class SearchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to search for.")
  List<String> query;

  @Option(names = "--limit", defaultValue = "10", description = "Maximum hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print hits as a JSON array.")
  boolean json;

  @Mixin DataOption data;

  @Override
  public Integer call() throws Exception {
    String q = String.join(" ", query);
    List<SearchHit> hits;
    try (ArticleStore store = ArticleStore.openReadOnly(data.data)) {
      hits = store.search(q, limit);
    }
    if (json) {
      System.out.println(ArticleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(hits));
      return 0;
    }
    if (hits.isEmpty()) {
      System.out.println("no articles match \"" + q + "\"");
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
