package vn.bantin.store.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Entity;
import vn.bantin.model.EntityRef;
import vn.bantin.model.Event;
import vn.bantin.model.Mention;
import vn.bantin.model.Quote;

class KnowledgeViewsTest {
  static final EntityRef KIM = new EntityRef("per:kim-jong-un", "Kim Jong-un", "PRK");
  static final EntityRef TRUMP = new EntityRef("per:donald-trump", "Donald Trump", "USA");
  static final EntityRef CHOE = new EntityRef("per:choe-son-hui", "Choe Son-hui", "PRK");

  static List<Article> corpus() {
    Article a = Article.builder().id("a").title("Hội nghị Hà Nội")
        .entities(List.of(new Entity(KIM.id(), KIM.name(), "PER", "PRK",
            List.of(new Mention("Kim Jong-un", 0, 11), new Mention("ông Kim", 20, 27))),
            new Entity(TRUMP.id(), TRUMP.name(), "PER", "USA", List.of(new Mention("Trump", 30, 35)))))
        .quotes(List.of(new Quote("Chúng tôi sẽ gặp lại", TRUMP, "ông Trump", 40, 60)))
        .events(List.of(new Event("043", "04", 2.8, KIM, TRUMP, "2019-02-27", "day", "Hà Nội", "s1"),
            new Event("163", "16", -8.0, TRUMP, KIM, "2019-02-28", "day", "Hà Nội", "s2"))).build();
    Article b = Article.builder().id("b").title("Tuyên bố của bà Choe")
        .entities(List.of(new Entity(KIM.id(), KIM.name(), "PER", "PRK", List.of(new Mention("Chủ tịch Kim", 0, 12))),
            new Entity("loc:prk", "Triều Tiên", "LOC", "PRK", List.of(new Mention("Bình Nhưỡng", 14, 25)))))
        .quotes(List.of(new Quote("Chúng tôi không cần đàm phán", CHOE, "bà Choe", 0, 10)))
        .events(List.of(new Event("138", "13", -7.0, CHOE, TRUMP, "2019-03", "month", null, "s3"),
            new Event("010", "01", 0.0, CHOE, null, null, "unknown", null, "s4"))).build();
    return List.of(a, b);
  }

  @Test
  void entitiesAreMergedAcrossArticlesWithTheirAliases() {
    List<vn.bantin.knowledge.EntityIndex.Item> es = KnowledgeViews.entities(corpus(), null);
    vn.bantin.knowledge.EntityIndex.Item kim = es.get(0);
    assertEquals("per:kim-jong-un", kim.id());
    assertEquals(2, kim.articleCount());
    assertEquals(3, kim.mentionCount());
    assertTrue(kim.aliases().containsAll(List.of("Kim Jong-un", "ông Kim", "Chủ tịch Kim")), kim.aliases()::toString);
    assertEquals(List.of("loc:prk"), KnowledgeViews.entities(corpus(), "LOC").stream()
        .map(vn.bantin.knowledge.EntityIndex.Item::id).toList());
  }

  @Test
  void quotesBySpeakerIgnoreDiacriticsAndCase() {
    assertEquals(1, KnowledgeViews.quotes(corpus(), "CHOE").size());
    assertEquals(1, KnowledgeViews.quotes(corpus(), "trump").size());
    assertEquals(2, KnowledgeViews.quotes(corpus(), null).size());
    assertEquals(0, KnowledgeViews.quotes(corpus(), "Putin").size());
  }

  @Test
  void eventsFilterByActorAndDateRangeInDateOrder() {
    List<EventHit> prk = KnowledgeViews.events(corpus(), "PRK", null, null);
    assertEquals(List.of("043", "163", "138", "010"), prk.stream().map(h -> h.event().code()).toList());
    List<EventHit> feb = KnowledgeViews.events(corpus(), null, "2019-02-28", "2019-03-31");
    assertEquals(List.of("163", "138"), feb.stream().map(h -> h.event().code()).toList());
    assertEquals(List.of("138"), KnowledgeViews.events(corpus(), "Choe", "2019-03", null).stream()
        .map(h -> h.event().code()).toList());
  }

  @Test
  void timelineSumsCooperationAndConflictPerMonth() {
    KnowledgeViews.LabeledTimeline t = KnowledgeViews.timeline("x", corpus());
    assertEquals("x", t.label());
    assertEquals(4, t.events().size());
    assertEquals(2, t.months().size());
    vn.bantin.knowledge.Timeline.Month feb = t.months().get(0);
    assertEquals("2019-02", feb.month());
    assertEquals(2.8, feb.cooperation(), 1e-9);
    assertEquals(-8.0, feb.conflict(), 1e-9);
    assertEquals(2, feb.count());
  }

  @Test
  void tsvHasAHeaderAndOneRowPerEvent() throws Exception {
    StringBuilder sb = new StringBuilder();
    KnowledgeViews.writeEventsTsv(corpus(), sb);
    List<String> rows = sb.toString().lines().toList();
    assertEquals(5, rows.size());
    int columns = vn.bantin.knowledge.GdeltExport.HEADER.split("\t").length;
    for (String row : rows) assertEquals(columns, row.split("\t", -1).length, row);
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("2019-02-27\tday\tper:kim-jong-un\tKim Jong-un\tPRK\t")),
        rows::toString);
  }
}
