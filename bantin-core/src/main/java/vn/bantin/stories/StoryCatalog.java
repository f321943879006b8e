package vn.bantin.stories;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.bantin.dedup.MatchTokens;
import vn.bantin.model.Article;

/**
 * Read-only view of the stories and storylines of grouped articles (the output of {@link GroupingStage}).
 * Stories and storylines are listed in time order (undated last), ties by id. A story none of whose articles
 * carries a publication date (text dumps, like the seeds) is placed by the dates its articles report events
 * on ({@link ContentDate}), so a storyline of undated pages still reads in time order.
 */
public final class StoryCatalog implements Serializable {
  private final List<Story> stories;
  private final Map<String, Story> storyById;
  private final List<Storyline> storylines;
  private final Map<String, Storyline> storylineById;

  private StoryCatalog(List<Story> stories, List<Storyline> storylines) {
    this.stories = List.copyOf(stories);
    this.storylines = List.copyOf(storylines);
    storyById = new LinkedHashMap<>();
    for (Story s : stories) storyById.put(s.id(), s);
    storylineById = new LinkedHashMap<>();
    for (Storyline l : storylines) storylineById.put(l.id(), l);
  }

  public static StoryCatalog of(List<Article> grouped) {
    List<Article> sorted = new ArrayList<>(grouped);
    sorted.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(a -> String.valueOf(a.id())));
    Map<String, List<Article>> byStory = new LinkedHashMap<>();
    for (Article a : sorted) if (a.storyId() != null) byStory.computeIfAbsent(a.storyId(), k -> new ArrayList<>()).add(a);
    List<Story> stories = new ArrayList<>();
    for (Map.Entry<String, List<Article>> e : byStory.entrySet()) {
      List<Article> m = e.getValue();
      Set<String> outlets = new LinkedHashSet<>();
      List<String> ids = new ArrayList<>();
      OffsetDateTime start = null, end = null, cStart = null, cEnd = null;
      String line = null;
      for (Article a : m) {
        if (a.outlet() != null) outlets.add(a.outlet());
        ids.add(a.id());
        if (a.published() != null) {
          if (start == null || a.published().isBefore(start)) start = a.published();
          if (end == null || a.published().isAfter(end)) end = a.published();
        } else {
          OffsetDateTime c = ContentDate.of(a);
          if (c != null && (cStart == null || c.isBefore(cStart))) cStart = c;
          if (c != null && (cEnd == null || c.isAfter(cEnd))) cEnd = c;
        }
        if (line == null) line = a.storylineId();
      }
      String basis = start != null ? "publication" : cStart != null ? "content" : null;
      if (start == null) {
        start = cStart;
        end = cEnd;
      }
      stories.add(new Story(e.getKey(), label(m), start, end, new ArrayList<>(outlets), ids, line, basis));
    }
    Comparator<OffsetDateTime> time = Comparator.nullsLast(Comparator.naturalOrder());
    stories.sort(Comparator.comparing(Story::start, time).thenComparing(Story::id));
    Map<String, List<Article>> byLineArticles = new LinkedHashMap<>();
    for (Article a : sorted) {
      if (a.storylineId() != null) byLineArticles.computeIfAbsent(a.storylineId(), k -> new ArrayList<>()).add(a);
    }
    Map<String, List<Story>> byLine = new LinkedHashMap<>();
    for (Story s : stories) if (s.storylineId() != null) byLine.computeIfAbsent(s.storylineId(), k -> new ArrayList<>()).add(s);
    List<Storyline> lines = new ArrayList<>();
    for (Map.Entry<String, List<Story>> e : byLine.entrySet()) {
      List<Story> m = e.getValue();
      Story biggest = m.stream()
          .max(Comparator.comparingInt((Story s) -> s.articleIds().size())
              .thenComparing(Story::start, Comparator.nullsFirst(Comparator.<OffsetDateTime>naturalOrder()).reversed())
              .thenComparing(Story::id, Comparator.reverseOrder()))
          .orElseThrow();
      OffsetDateTime start = m.stream().map(Story::start).filter(x -> x != null).min(Comparator.naturalOrder()).orElse(null);
      OffsetDateTime end = m.stream().map(Story::end).filter(x -> x != null).max(Comparator.naturalOrder()).orElse(null);
      lines.add(new Storyline(e.getKey(), biggest.label(), start, end, m.stream().map(Story::id).toList(),
          actors(byLineArticles.getOrDefault(e.getKey(), List.of()))));
    }
    lines.sort(Comparator.comparing(Storyline::start, time).thenComparing(Storyline::id));
    return new StoryCatalog(stories, lines);
  }

  /** Entities named by at least two articles (or the only one), by how many articles name them; ties by id. */
  static List<Storyline.Actor> actors(List<Article> articles) {
    Map<String, int[]> count = new LinkedHashMap<>();
    Map<String, vn.bantin.model.Entity> first = new LinkedHashMap<>();
    for (Article a : articles) {
      Set<String> seen = new HashSet<>();
      for (vn.bantin.model.Entity en : a.entities()) {
        if (en.id() == null || !seen.add(en.id())) continue;
        count.computeIfAbsent(en.id(), k -> new int[1])[0]++;
        first.putIfAbsent(en.id(), en);
      }
    }
    int min = articles.size() > 1 ? 2 : 1;
    return count.entrySet().stream().filter(c -> c.getValue()[0] >= min)
        .sorted(Comparator.comparingInt((Map.Entry<String, int[]> c) -> -c.getValue()[0]).thenComparing(Map.Entry::getKey))
        .limit(MAX_ACTORS)
        .map(c -> new Storyline.Actor(c.getKey(), first.get(c.getKey()).name(), first.get(c.getKey()).type(), c.getValue()[0]))
        .toList();
  }

  private static final int MAX_ACTORS = 5;

  /** The title sharing most syllables with the other members' titles: the most typical headline. */
  static String label(List<Article> members) {
    List<Set<String>> words = new ArrayList<>();
    for (Article a : members) words.add(new HashSet<>(MatchTokens.folded(a.title())));
    int best = 0;
    long bestScore = -1;
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).title().isBlank()) continue;
      long score = 0;
      for (int j = 0; j < members.size(); j++) {
        if (i == j) continue;
        for (String w : words.get(i)) if (words.get(j).contains(w)) score++;
      }
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return members.get(best).title();
  }

  public List<Story> stories() {
    return stories;
  }

  public Optional<Story> story(String id) {
    return Optional.ofNullable(storyById.get(id));
  }

  public List<Storyline> storylines() {
    return storylines;
  }

  public Optional<Storyline> storyline(String id) {
    return Optional.ofNullable(storylineById.get(id));
  }
}
