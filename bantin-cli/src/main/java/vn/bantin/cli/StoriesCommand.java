package vn.bantin.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.bantin.model.Article;
import vn.bantin.store.ArticleStore;
import vn.bantin.stories.Story;
import vn.bantin.stories.StoryCatalog;
import vn.bantin.stories.Storyline;

@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"Stories (one real event across outlets) grouped by storyline (one matter over time).",
        "--storyline ID lists that storyline's stories in time order with their articles."})
final class StoriesCommand implements Callable<Integer> {
  @Option(names = "--storyline", paramLabel = "ID", description = "Show one storyline.") String storyline;
  @Option(names = "--json", description = "Print JSON.") boolean json;
  @Mixin DataOption data;

  @Override
  public Integer call() throws Exception {
    List<Article> all;
    try (ArticleStore store = ArticleStore.openReadOnly(data.data)) {
      all = store.all();
    }
    StoryCatalog cat = StoryCatalog.of(all);
    Map<String, Article> byId = new HashMap<>();
    for (Article a : all) byId.put(a.id(), a);
    List<Storyline> lines = cat.storylines();
    if (storyline != null) {
      Storyline l = cat.storyline(storyline).orElse(null);
      if (l == null) {
        System.err.println("bantin stories: no storyline with id " + storyline);
        return 1;
      }
      lines = List.of(l);
    }
    if (json) {
      Printer.json(storyline != null ? Map.of("storyline", lines.get(0),
          "stories", lines.get(0).storyIds().stream().map(id -> cat.story(id).orElseThrow()).toList())
          : Map.of("storylines", lines, "stories", cat.stories()));
      return 0;
    }
    System.out.println(cat.stories().size() + " stories in " + cat.storylines().size() + " storylines, "
        + all.size() + " articles");
    for (Storyline l : lines) {
      System.out.printf("%nstoryline %s  %s  (%d stories%s)%n", l.id(), Printer.cut(l.label(), 80), l.storyIds().size(),
          l.start() == null ? "" : ", " + l.start().toLocalDate() + " → " + l.end().toLocalDate());
      if (!l.actors().isEmpty()) {
        System.out.println("  about: " + String.join(", ", l.actors().stream().map(Storyline.Actor::name).toList()));
      }
      for (String sid : l.storyIds()) {
        Story s = cat.story(sid).orElseThrow();
        System.out.printf("  story %s  %s  [%s] %s%n", s.id(), Printer.cut(s.label(), 70),
            s.start() == null ? "undated" : ("content".equals(s.dateBasis()) ? "~" : "") + s.start().toLocalDate(),
            String.join(", ", s.outlets()));
        if (storyline == null && s.articleIds().size() == 1) continue;
        for (String aid : s.articleIds()) {
          Article a = byId.get(aid);
          if (a == null) continue;
          System.out.printf("      - %s  %s%s%n", aid, Printer.cut(a.title(), 70),
              a.syndication() == null ? "" : "  (copy of " + a.syndication().originalId() + ", " + a.syndication().reason() + ")");
        }
      }
    }
    return 0;
  }
}
