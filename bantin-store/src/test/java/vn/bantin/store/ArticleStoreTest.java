package vn.bantin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.eval.SharedData;
import vn.bantin.model.Article;
import vn.bantin.model.ArticleIds;
import vn.bantin.model.Paragraph;
import vn.bantin.pipeline.Pipelines;

class ArticleStoreTest {
  @TempDir Path tmp;

  private static Ingest ingest() {
    return new Ingest(Pipelines.standard(), Pipelines.grouping(), 2);
  }

  @Test
  void seedsAreFoundWithAndWithoutDiacriticsAndSurviveARestart() throws IOException {
    String seeds = SharedData.resolve("seeds").toString();
    IngestSummary first;
    Set<String> ids;
    try (ArticleStore store = ArticleStore.openWritable(tmp)) {
      first = ingest().run(List.of(seeds), store, null);
      assertEquals(5, first.pagesRead());
      assertTrue(first.articlesStored() >= 5, first::format);
      ids = store.all().stream().map(Article::id).collect(Collectors.toSet());
    }
    try (ArticleStore store = ArticleStore.openReadOnly(tmp)) {
      assertEquals(ids.size(), store.size());
      Set<String> accented = hitIds(store.search("Triều Tiên", 50));
      Set<String> folded = hitIds(store.search("trieu tien", 50));
      // Every seed page is about North Korea: both spellings find every stored article.
      assertEquals(ids, accented);
      assertEquals(ids, folded);
      assertTrue(store.get(ids.iterator().next()).isPresent());
      assertTrue(store.search("xyzzy khongcotu", 10).isEmpty());
    }
  }

  @Test
  void seedsGroupEndToEndSeed003SharesAStoryAndAllSevenShareAStoryline() throws IOException {
    try (ArticleStore store = ArticleStore.openWritable(tmp)) {
      ingest().run(List.of(SharedData.resolve("seeds").toString()), store, null);
      List<Article> all = store.all();
      assertEquals(7, all.size(), "the seven gold articles and nothing from the boilerplate");
      List<Article> seed3 = all.stream().filter(a -> a.provenance().file().contains("003_")).toList();
      assertEquals(2, seed3.size());
      assertEquals(seed3.get(0).storyId(), seed3.get(1).storyId(), "the Hanoi-summit aftermath is one story");
      assertEquals(1, all.stream().map(Article::storylineId).distinct().count(), "one US–North Korea storyline");
      assertEquals(6, all.stream().map(Article::storyId).distinct().count(), "the other five stand alone");
      vn.bantin.stories.StoryCatalog cat = vn.bantin.stories.StoryCatalog.of(all);
      assertEquals(6, cat.storylines().get(0).storyIds().size());
      List<String> actors = cat.storylines().get(0).actors().stream().map(vn.bantin.stories.Storyline.Actor::id).toList();
      assertTrue(actors.containsAll(List.of("loc:north-korea", "loc:united-states")), actors.toString());
      assertEquals(7, cat.storylines().get(0).actors().get(0).articles(), "North Korea and the US are in all seven");
      // The seeds carry no publication date: stories are placed by the days their events are reported on
      // (004 Putin–Trump call 2017-12-14, 003 Hanoi summit aftermath 2019-03-01, 002 Esper 2019-12-20,
      // 001 Kevin Kim 2025-02-26), so the storyline reads 2017 → 2025.
      List<String> order = new java.util.ArrayList<>();
      for (String sid : cat.storylines().get(0).storyIds()) {
        vn.bantin.stories.Story st = cat.story(sid).orElseThrow();
        if (st.start() == null) continue;
        assertEquals("content", st.dateBasis());
        String seed = all.stream().filter(a -> a.storyId().equals(sid)).findFirst().orElseThrow().provenance().file();
        order.add(seed.substring(seed.lastIndexOf('/') + 1, seed.lastIndexOf('/') + 4) + "@" + st.start().toLocalDate());
      }
      assertEquals(List.of("004@2017-12-14", "003@2019-03-01", "002@2019-12-20", "001@2025-02-26"), order);
    }
  }

  @Test
  void aLanguageFilterKeepsTheVietnameseArticlesOfAMixedCrawlAndCountsTheRest() throws IOException {
    // The seeds (Vietnamese) mixed with the Zyte benchmark pages (mostly English, some in seven other languages)
    String seeds = SharedData.resolve("seeds").toString();
    String zyte = SharedData.resolve("eval/extraction-html/zyte/html").toString();
    try (ArticleStore store = ArticleStore.openWritable(tmp)) {
      IngestSummary s = ingest().filtering(vn.bantin.pipeline.ArticleFilter.languages(Set.of("vi")))
          .run(List.of(seeds, zyte), store, null);
      assertEquals(7, s.articlesStored(), s::format);
      assertTrue(store.all().stream().allMatch(a -> "vi".equals(a.language())));
      int filtered = s.filtered().values().stream().mapToInt(Integer::intValue).sum();
      assertEquals(s.articlesExtracted(), s.articlesStored() + s.duplicates() + filtered, "every article accounted for");
      assertTrue(s.filtered().getOrDefault("language en", 0) >= 150, s::format);
      assertTrue(s.filtered().getOrDefault("language ru", 0) >= 3, s::format);
      assertTrue(s.format().contains("articles filtered:"), s::format);
    }
  }

  @Test
  void reingestingTheSameInputsAddsNothing() throws IOException {
    String seeds = SharedData.resolve("seeds").toString();
    try (ArticleStore store = ArticleStore.openWritable(tmp)) {
      IngestSummary a = ingest().run(List.of(seeds), store, null);
      IngestSummary b = ingest().run(List.of(seeds), store, null);
      assertEquals(0, b.articlesStored());
      assertEquals(a.articlesExtracted(), b.duplicates());
      assertTrue(b.format().contains("nothing new"));
    }
  }

  @Test
  void exactDiacriticMatchRanksAboveAFoldedOne() throws IOException {
    Article exact = article("Đàm phán hạt nhân với Triều Tiên", "Hai bên nối lại đàm phán về Triều Tiên.");
    Article folded = article("Trieu Tien noi lai dam phan", "Trieu Tien (khong dau) va trieu tien.");
    Article other = article("Tiền lương tăng", "Triệu người được tăng lương tiền.");
    try (ArticleStore store = ArticleStore.openWritable(tmp)) {
      store.add(folded);
      store.add(other);
      store.add(exact);
      store.commit();
      List<SearchHit> hits = store.search("Triều Tiên", 10);
      assertEquals(exact.id(), hits.get(0).id(), hits::toString);
      assertTrue(hitIds(hits).contains(folded.id()), "folded spelling still found");
      List<SearchHit> plain = store.search("trieu tien", 10);
      // Unaccented queries are ambiguous ("triệu ... tiền" folds the same); adjacent phrase matches rank first.
      assertEquals(Set.of(exact.id(), folded.id()), Set.of(plain.get(0).id(), plain.get(1).id()), plain::toString);
      assertFalse(hits.get(0).snippet().isBlank());
    }
  }

  @Test
  void aPageWhoseExtractionFailsIsReportedAndKeptAsideWhileTheRestIsStored() throws IOException {
    java.nio.file.Path in = tmp.resolve("in");
    java.nio.file.Files.createDirectories(in);
    java.nio.file.Files.writeString(in.resolve("a.txt"), "Tin tốt\n\nMột câu đầy đủ của bài báo thứ nhất.\n");
    java.nio.file.Files.writeString(in.resolve("boom.txt"), "Trang lỗi\n\nNội dung gây lỗi.\n");
    vn.bantin.pipeline.Pipeline failing = new vn.bantin.pipeline.Pipeline(page -> {
      if (page.content().contains("gây lỗi")) throw new IllegalStateException("simulated extractor bug");
      return Pipelines.extractOnly().extractor().extract(page);
    }, List.of());
    try (ArticleStore store = ArticleStore.openWritable(tmp.resolve("data"))) {
      IngestSummary s = new Ingest(failing, null, 2).run(List.of(in.toString()), store, null);
      assertEquals(1, s.pagesRead());
      assertEquals(1, s.skipped().size());
      assertEquals(2, s.itemsSeen());
      String reason = s.skipped().get(0).reason();
      assertTrue(reason.contains("simulated extractor bug") && reason.contains("kept at"), reason);
      String kept = reason.substring(reason.indexOf("kept at ") + 8);
      assertTrue(java.nio.file.Files.readString(java.nio.file.Path.of(kept)).contains("gây lỗi"));
      assertTrue(java.nio.file.Files.list(tmp.resolve("data/rejects")).anyMatch(p -> p.toString().endsWith(".tsv")));
    }
  }

  @Test
  void readOnlyOpenOfAMissingStoreSaysWhatToDo() {
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> ArticleStore.openReadOnly(tmp.resolve("nothing-here")));
    assertTrue(e.getMessage().contains("bantin ingest"), e.getMessage());
  }

  private static Article article(String title, String body) {
    return Article.builder().id(ArticleIds.of(null, title, body)).title(title)
        .paragraphs(List.of(Paragraph.of(body))).build();
  }

  private static Set<String> hitIds(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::id).collect(Collectors.toSet());
  }
}
