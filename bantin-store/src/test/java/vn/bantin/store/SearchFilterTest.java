package vn.bantin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.model.Article;
import vn.bantin.pipeline.Pipelines;

/** Narrowing searches by outlet, dates, story and storyline, and quoted phrases, on the shipped samples. */
class SearchFilterTest {
  @TempDir static Path tmp;
  static ArticleStore store;
  static Map<String, Article> byId;

  @BeforeAll
  static void ingest() throws IOException {
    try (ArticleStore w = ArticleStore.openWritable(tmp)) {
      new Ingest(Pipelines.standard(), Pipelines.grouping(), 2).run(List.of("../samples"), w, null);
    }
    store = ArticleStore.openReadOnly(tmp);
    byId = store.all().stream().collect(Collectors.toMap(Article::id, a -> a));
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  private static List<Article> articles(List<SearchHit> hits) {
    return hits.stream().map(h -> byId.get(h.id())).toList();
  }

  @Test
  void anOutletFilterIgnoresDiacriticsAndCase() throws IOException {
    List<SearchHit> all = store.search("bão", 50);
    long sh = articles(all).stream().filter(a -> "Báo Sông Hồng".equals(a.outlet())).count();
    assertTrue(sh >= 1 && sh < all.size(), "the storm is covered by several outlets");
    List<Article> only = articles(store.search("bão", 50, new SearchFilter("bao song HONG", null, null, null, null), false));
    assertEquals(sh, only.size());
    assertTrue(only.stream().allMatch(a -> "Báo Sông Hồng".equals(a.outlet())));
  }

  @Test
  void aDateRangeKeepsWholeDaysInVietnamTime() throws IOException {
    LocalDate from = LocalDate.of(2026, 9, 20), to = LocalDate.of(2026, 9, 22);
    List<Article> in = articles(store.search("", 50, new SearchFilter(null, from, to, null, null), false));
    long expected = byId.values().stream().filter(a -> a.published() != null).filter(a -> {
      LocalDate d = a.published().atZoneSameInstant(SearchFilter.DAYS_IN).toLocalDate();
      return !d.isBefore(from) && !d.isAfter(to);
    }).count();
    assertTrue(expected >= 2);
    assertEquals(expected, in.size());
    // listed newest first
    for (int i = 1; i < in.size(); i++) assertFalse(in.get(i).published().isAfter(in.get(i - 1).published()));
    assertThrows(IllegalArgumentException.class, () -> new SearchFilter(null, to, from, null, null));
  }

  @Test
  void aStorylineFilterWithoutWordsListsThatStorylineNewestFirst() throws IOException {
    Article any = byId.values().stream().filter(a -> a.title().contains("metro")).findFirst().orElseThrow();
    List<Article> line = articles(store.search(null, 50, new SearchFilter(null, null, null, null, any.storylineId()), false));
    long expected = byId.values().stream().filter(a -> any.storylineId().equals(a.storylineId())).count();
    assertEquals(expected, line.size());
    assertTrue(line.stream().allMatch(a -> any.storylineId().equals(a.storylineId())));
    List<Article> story = articles(store.search("metro", 50, new SearchFilter(null, null, null, any.storyId(), null), false));
    assertTrue(story.stream().allMatch(a -> any.storyId().equals(a.storyId())) && story.contains(any));
  }

  @Test
  void quotedWordsMustOccurAsAPhraseWithOrWithoutDiacritics() throws IOException {
    assertFalse(store.search("\"bão Sao Mai\"", 10).isEmpty());
    assertFalse(store.search("\"bao sao mai\"", 10).isEmpty());
    assertTrue(store.search("\"Mai Sao bão\"", 10).isEmpty(), "same words, not that phrase");
    assertFalse(store.search("Mai Sao bão", 10).isEmpty(), "unquoted, the words may be anywhere");
  }

  @Test
  void newestFirstOrdersHitsByPublication() throws IOException {
    List<Article> hits = articles(store.search("bão", 50, SearchFilter.NONE, true));
    assertTrue(hits.size() >= 3);
    OffsetDateTime prev = null;
    for (Article a : hits) {
      if (a.published() == null) continue;
      if (prev != null) assertFalse(a.published().isAfter(prev), hits.toString());
      prev = a.published();
    }
  }
}
