package vn.bantin.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;

/** The seven seed articles: two of page 003 report one event; all are one matter (US–North Korea). */
class SeedGroupingTest {
  @Test
  void seedStoriesAndStoryline() throws Exception {
    List<SeedArticles.Seed> seeds = SeedArticles.load();
    assertEquals(7, seeds.size());
    List<Article> out = new GroupingStage().apply(seeds.stream().map(SeedArticles.Seed::article).toList());
    for (int i = 0; i < out.size(); i++) {
      System.out.println(seeds.get(i).page() + " " + out.get(i).storyId() + " " + out.get(i).storylineId() + " "
          + out.get(i).title());
    }
    Set<String> stories = new HashSet<>();
    Set<String> lines = new HashSet<>();
    String story003 = null;
    for (int i = 0; i < out.size(); i++) {
      Article a = out.get(i);
      assertEquals(seeds.get(i).article().id(), a.id(), "same articles, same order");
      stories.add(a.storyId());
      lines.add(a.storylineId());
      assertNull(a.syndication(), "no seed article copies another");
      if (seeds.get(i).page().equals("003")) {
        if (story003 == null) story003 = a.storyId();
        else assertEquals(story003, a.storyId(), "the two articles of seed 003 share a story");
      }
    }
    assertEquals(1, lines.size(), "one storyline about US–North Korea relations");
    assertTrue(stories.size() >= 3, "different events stay different stories: " + stories.size());
    // the Putin–Trump call (004) is not the Hanoi summit story (003)
    String story004 = out.get(6).storyId();
    assertNotEquals(story003, story004);
  }
}
