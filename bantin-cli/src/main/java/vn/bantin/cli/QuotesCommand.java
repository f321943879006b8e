package vn.bantin.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.bantin.store.ArticleStore;
import vn.bantin.store.view.KnowledgeViews;
import vn.bantin.store.view.QuoteHit;

@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Quotes in the stored articles, optionally by one speaker (name matched without diacritics).")
final class QuotesCommand implements Callable<Integer> {
  @Option(names = "--speaker", paramLabel = "NAME", description = "e.g. \"Choi Son-hui\", \"Esper\", \"kcna\".") String speaker;
  @Option(names = "--json", description = "Print a JSON array.") boolean json;
  @Mixin DataOption data;

  @Override
  public Integer call() throws Exception {
    List<QuoteHit> qs;
    try (ArticleStore store = ArticleStore.openReadOnly(data.data)) {
      qs = KnowledgeViews.quotes(store.all(), speaker);
    }
    if (json) {
      Printer.json(qs);
      return 0;
    }
    if (qs.isEmpty()) System.out.println("no quotes" + (speaker == null ? "" : " by \"" + speaker + "\""));
    for (QuoteHit q : qs) {
      String who = q.quote().speaker() != null ? q.quote().speaker().name() : q.quote().speakerText();
      System.out.printf("%s: “%s”%n    — %s [%s]%n", who == null ? "?" : who, Printer.cut(q.quote().text(), 300),
          Printer.cut(q.title(), 80), q.articleId());
    }
    return 0;
  }
}
