package vn.bantin.knowledge;

import vn.bantin.model.Article;

/** Prints what the stage finds in the seed articles (a development aid, not a test). */
final class DebugDump {
  public static void main(String[] args) throws Exception {
    KnowledgeStage st = new KnowledgeStage();
    for (Article a : SeedArticles.load()) {
      if (args.length > 0 && !a.id().startsWith(args[0])) continue;
      Article r = st.apply(a);
      System.out.println("===== " + r.id() + " " + r.title());
      r.entities().forEach(e -> System.out.println("E " + e.id() + " | " + e.name() + " | " + e.type() + " | "
          + e.country() + " | " + e.mentions().stream().map(m -> m.text()).distinct().toList()));
      r.quotes().forEach(q -> System.out.println("Q [" + (q.speaker() == null ? null : q.speaker().id()) + " <- "
          + q.speakerText() + "] " + q.text().substring(0, Math.min(60, q.text().length()))));
      r.events().forEach(e -> System.out.println("V " + e.code() + " " + e.goldstein() + " "
          + (e.actor1() == null ? null : e.actor1().id()) + " -> " + (e.actor2() == null ? null : e.actor2().id())
          + " @" + e.date() + "/" + e.datePrecision() + " place=" + e.place() + " :: "
          + e.sentence().substring(0, Math.min(70, e.sentence().length()))));
    }
  }
}
