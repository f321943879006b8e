package vn.bantin.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.SharedData;
import vn.bantin.eval.StoryEval;
import vn.bantin.model.Article;

/** All 312 vietnamese-mds articles grouped together against the 99 gold stories. */
class MdsGroupingTest {
  private static List<StoryEval.Labeled> gold;

  @BeforeAll
  static void load() {
    gold = StoryEval.load(SharedData.resolve("eval/stories/vietnamese-mds/clusters"));
  }

  @Test
  void goldStoriesAreRecovered() {
    assertEquals(312, gold.size());
    StoryEval.Report r = StoryEval.evaluate(gold, new GroupingStage());
    System.out.println(r);
    assertEquals(99, r.goldStories());
    assertTrue(r.pairwise().f1() >= 0.95, r.toString());
    assertTrue(r.bcubed().f1() >= 0.95, r.toString());
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<Article> in = new ArrayList<>();
    for (StoryEval.Labeled l : gold) in.add(l.article());
    List<Article> a = new GroupingStage().apply(in);
    List<Article> shuffled = new ArrayList<>(in);
    Collections.shuffle(shuffled, new Random(7));
    List<Article> b = new GroupingStage().apply(shuffled);
    Map<String, Article> byId = new HashMap<>();
    for (Article x : b) byId.put(x.id(), x);
    for (int i = 0; i < a.size(); i++) {
      assertEquals(in.get(i).id(), a.get(i).id(), "same order, nothing dropped");
      Article y = byId.get(a.get(i).id());
      assertEquals(a.get(i).storyId(), y.storyId());
      assertEquals(a.get(i).storylineId(), y.storylineId());
      assertEquals(a.get(i).syndication(), y.syndication());
    }
  }

  @Test
  void storylinesJoinFollowUpsButStayFocused() {
    List<Article> in = new ArrayList<>();
    for (StoryEval.Labeled l : gold) in.add(l.article());
    List<Article> out = new GroupingStage().apply(in);
    StoryCatalog cat = StoryCatalog.of(out);
    Map<String, Set<String>> linesOfCluster = new HashMap<>();
    for (int i = 0; i < out.size(); i++) {
      linesOfCluster.computeIfAbsent(gold.get(i).cluster(), k -> new HashSet<>()).add(out.get(i).storylineId());
    }
    // gold stories that are episodes of one matter: the Lao plane crash (search, then black box and
    // salvage) and the Tiananmen car attack (suspects, then the group blamed)
    assertEquals(linesOfCluster.get("cluster_24"), linesOfCluster.get("cluster_114"));
    assertEquals(linesOfCluster.get("cluster_200"), linesOfCluster.get("cluster_34"));
    // ...while unrelated matters stay apart: no storyline holds more than a tenth of all stories
    int biggest = cat.storylines().stream().mapToInt(l -> l.storyIds().size()).max().orElse(0);
    assertTrue(biggest <= cat.stories().size() / 10, "largest storyline " + biggest);
    assertFalse(linesOfCluster.get("cluster_24").equals(linesOfCluster.get("cluster_96")));
  }

  @Test
  void catalogListsStoriesAndStorylinesInTimeOrder() {
    List<Article> in = new ArrayList<>();
    for (StoryEval.Labeled l : gold) in.add(l.article());
    List<Article> out = new GroupingStage().apply(in);
    StoryCatalog cat = StoryCatalog.of(out);
    Set<String> storyIds = new HashSet<>();
    for (Article a : out) storyIds.add(a.storyId());
    assertEquals(storyIds.size(), cat.stories().size());
    int articles = 0;
    for (Story s : cat.stories()) {
      articles += s.articleIds().size();
      assertFalse(s.label().isBlank());
      assertTrue(s.start() != null && !s.end().isBefore(s.start()));
      assertFalse(s.outlets().isEmpty());
      assertTrue(cat.storyline(s.storylineId()).orElseThrow().storyIds().contains(s.id()));
      assertEquals(s, cat.story(s.id()).orElseThrow());
    }
    assertEquals(out.size(), articles);
    for (Storyline l : cat.storylines()) {
      for (int k = 1; k < l.storyIds().size(); k++) {
        Story prev = cat.story(l.storyIds().get(k - 1)).orElseThrow();
        Story next = cat.story(l.storyIds().get(k)).orElseThrow();
        assertFalse(next.start().isBefore(prev.start()), "time order in " + l.id());
      }
    }
  }
}
