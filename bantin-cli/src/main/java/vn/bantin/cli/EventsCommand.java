package vn.bantin.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.bantin.model.Article;
import vn.bantin.model.Event;
import vn.bantin.store.ArticleStore;
import vn.bantin.store.view.EventHit;
import vn.bantin.store.view.KnowledgeViews;

@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"CAMEO-coded events (who did what to whom, when) in date order.",
        "--format tsv writes a GDELT-style event table (SQLDATE, actors, EventCode, GoldsteinScale, SOURCEURL …)."})
final class EventsCommand implements Callable<Integer> {
  enum Format { text, json, tsv }

  @Option(names = "--actor", paramLabel = "CODE", description = "Country code (PRK, USA…), entity id or name.") String actor;
  @Option(names = "--from", paramLabel = "DATE", description = "Earliest date, ISO (2017-01-01, 2019-02, 2019).") String from;
  @Option(names = "--to", paramLabel = "DATE", description = "Latest date, ISO.") String to;
  @Option(names = "--format", defaultValue = "text", description = "text, json or tsv (default: ${DEFAULT-VALUE}).") Format format;
  @Mixin DataOption data;

  @Override
  public Integer call() throws Exception {
    List<Article> all;
    try (ArticleStore store = ArticleStore.openReadOnly(data.data)) {
      all = store.all();
    }
    List<EventHit> evs = KnowledgeViews.events(all, actor, from, to);
    switch (format) {
      case json -> Printer.json(evs);
      case tsv -> {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        java.util.Set<String> keep = new java.util.HashSet<>();
        for (EventHit h : evs) keep.add(h.articleId() + "\u0000" + h.event().sentence() + "\u0000" + h.event().code());
        List<Article> filtered = all.stream().map(a -> a.toBuilder().events(a.events().stream()
            .filter(e -> keep.contains(a.id() + "\u0000" + e.sentence() + "\u0000" + e.code())).toList()).build()).toList();
        KnowledgeViews.writeEventsTsv(filtered, w);
        w.flush();
      }
      default -> {
        if (evs.isEmpty()) System.out.println("no events match");
        for (EventHit h : evs) {
          Event e = h.event();
          System.out.printf("%-10s %-22s %-4s %-22s %+5.1f  %s%n", e.date() == null ? "?" : e.date(),
              Printer.cut(e.actor1() == null ? "" : e.actor1().name(), 22), e.code(),
              Printer.cut(e.actor2() == null ? "" : e.actor2().name(), 22), e.goldstein(), Printer.cut(e.sentence(), 90));
        }
      }
    }
    return 0;
  }
}
