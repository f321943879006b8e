package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;

/** Timeline, GDELT export and entity index over the seed articles run through the stage. */
class CorpusViewsTest {
  private static final List<Article> OUT = new ArrayList<>();

  @BeforeAll
  static void run() throws Exception {
    KnowledgeStage stage = new KnowledgeStage();
    for (Article a : SeedArticles.load()) OUT.add(stage.apply(a));
  }

  @Test
  void timelineIsInDateOrderWithMonthlySums() {
    Timeline t = Timeline.of(OUT);
    List<String> dated = t.events().stream().map(Timeline.Entry::date)
        .filter(d -> d != null && Character.isDigit(d.charAt(0))).toList();
    for (int i = 1; i < dated.size(); i++) assertTrue(dated.get(i - 1).compareTo(dated.get(i)) <= 0, dated.toString());
    int total = OUT.stream().mapToInt(a -> a.events().size()).sum();
    assertEquals(total, t.events().size());
    Timeline.Month feb = t.months().stream().filter(m -> m.month().equals("2019-02")).findFirst().orElseThrow();
    double coop = t.events().stream().filter(e -> e.date() != null && e.date().startsWith("2019-02") && e.goldstein() > 0)
        .mapToDouble(Timeline.Entry::goldstein).sum();
    assertEquals(coop, feb.cooperation(), 1e-9);
    assertTrue(feb.conflict() <= 0);
    assertTrue(t.months().stream().allMatch(m -> m.month().matches("\\d{4}-\\d{2}")));
  }

  @Test
  void gdeltTsvHasOneRowPerEventAndFixedColumns() throws Exception {
    StringBuilder sb = new StringBuilder();
    GdeltExport.writeTsv(OUT, sb);
    String[] lines = sb.toString().split("\n");
    int total = OUT.stream().mapToInt(a -> a.events().size()).sum();
    assertEquals(total + 1, lines.length);
    int cols = lines[0].split("\t", -1).length;
    for (String l : lines) assertEquals(cols, l.split("\t", -1).length, l);
    assertTrue(sb.toString().contains("2017-12-14\tday\tloc:russia\tNga\tRUS\tloc:united-states\tMỹ\tUSA\t041\t04\t1.0"),
        sb.toString());
  }

  @Test
  void entityIndexMergesAcrossArticles() {
    EntityIndex idx = EntityIndex.of(OUT);
    EntityIndex.Item kim = idx.get("per:kim-jong-un");
    assertNotNull(kim);
    assertTrue(kim.articleCount() >= 5, kim.toString());
    assertTrue(kim.aliases().containsAll(List.of("Kim Jong-un", "Kim Jong Un", "KIm Jong-un")), kim.aliases().toString());
    assertEquals("PRK", kim.country());
    assertEquals("PER", kim.type());
    EntityIndex.Item nk = idx.get("loc:north-korea");
    assertEquals(7, nk.articleCount());
    assertTrue(idx.entities().get(0).articleCount() >= idx.entities().get(idx.entities().size() - 1).articleCount());
  }

  @Test
  void singleNamePersonJoinsTheFullNameAcrossArticles() {
    KnowledgeStage stage = new KnowledgeStage();
    Article full = stage.apply(Article.builder().id("a").title("Tin").paragraphs(List.of(
        vn.bantin.model.Paragraph.of("HLV Luciano Spalletti khen ngợi các học trò."))).build());
    Article single = stage.apply(Article.builder().id("b").title("Tin").paragraphs(List.of(
        vn.bantin.model.Paragraph.of("HLV Spalletti nói rằng đội bóng đã chơi tốt trong trận này."))).build());
    assertTrue(single.entities().stream().anyMatch(e -> e.id().equals("per:spalletti")), single.entities().toString());
    EntityIndex idx = EntityIndex.of(List.of(full, single));
    EntityIndex.Item m = idx.get("per:luciano-spalletti");
    assertNotNull(m);
    assertEquals(2, m.articleCount());
    assertEquals(null, idx.get("per:spalletti"));
  }
}
