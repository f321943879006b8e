package vn.bantin.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.bantin.store.ArticleStore;
import vn.bantin.knowledge.EntityIndex;
import vn.bantin.store.view.KnowledgeViews;

@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "People, organizations and places named in the stored articles, aliases merged, most named first.")
final class EntitiesCommand implements Callable<Integer> {
  @Option(names = "--type", description = "PER, ORG or LOC.") String type;
  @Option(names = "--limit", defaultValue = "50", description = "Maximum rows (default: ${DEFAULT-VALUE}).") int limit;
  @Option(names = "--json", description = "Print a JSON array.") boolean json;
  @Mixin DataOption data;

  @Override
  public Integer call() throws Exception {
    List<EntityIndex.Item> es;
    try (ArticleStore store = ArticleStore.openReadOnly(data.data)) {
      es = KnowledgeViews.entities(store.all(), type);
    }
    es = es.subList(0, Math.min(limit, es.size()));
    if (json) {
      Printer.json(es);
      return 0;
    }
    for (EntityIndex.Item e : es) {
      System.out.printf("%-4s %-32s %-4s %3d art. %4d ment.  %s%n", e.type(), Printer.cut(e.name(), 32),
          e.country() == null ? "" : e.country(), e.articleCount(), e.mentionCount(), Printer.cut(String.join(" · ", e.aliases()), 80));
    }
    return 0;
  }
}
