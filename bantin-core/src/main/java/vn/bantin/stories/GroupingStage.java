package vn.bantin.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.bantin.dedup.SyndicationLinker;
import vn.bantin.model.Article;
import vn.bantin.model.Syndication;
import vn.bantin.pipeline.CorpusStage;

/**
 * The corpus stage that links syndicated copies and assigns story and storyline ids.
 *
 * <p>Order of work: (1) syndication by {@link SyndicationLinker}; (2) stories: originals are clustered online
 * by {@link OnlineClusterer} (average link: mean cosine to the story's members, which keeps two neighbouring
 * events from fusing once one bridging article arrives) over TF-IDF vectors of {@link Features} (syllables,
 * syllable bigrams, boosted
 * title terms, capitalized names), undated articles first, then in publication order, ties broken by id — so
 * the result does not depend on the input order; copies join their original's story; (3) storylines: stories
 * are clustered the same way without a time window, on names and single topic syllables only, which persist
 * over a long-running matter while the wording of each event changes. Ids hash the member ids.
 */
public final class GroupingStage implements CorpusStage {
  private final GroupingConfig config;
  private final SyndicationLinker linker;

  public GroupingStage() {
    this(GroupingConfig.DEFAULT, SyndicationLinker.DEFAULT);
  }

  public GroupingStage(GroupingConfig config, SyndicationLinker linker) {
    this.config = config;
    this.linker = linker;
  }

  @Override
  public List<Article> apply(List<Article> articles) {
    int n = articles.size();
    if (n == 0) return List.of();
    Syndication[] syn = linker.link(articles);
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < n; i++) byId.putIfAbsent(articles.get(i).id(), i);

    Integer[] order = timeOrder(articles);
    // features are counted in the canonical order, so term ids (and pruning ties) do not depend on input order
    TermSpace storySpace = new TermSpace();
    TermSpace lineSpace = new TermSpace();
    int[] slot = new int[n];
    for (int i : order) {
      Article a = articles.get(i);
      slot[i] = storySpace.add(Features.of(a, config.titleBoost(), config.entityBoost(), true));
      lineSpace.add(Features.of(a, 1.0, STORYLINE_ENTITY_BOOST, false));
    }
    List<SparseVector> bySlot = storySpace.vectors(config.keepTerms(), 2);
    List<SparseVector> vecs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) vecs.add(bySlot.get(slot[i]));
    // the sample runs over articles in time-then-id order, so it does not depend on the input order
    List<SparseVector> sample = new ArrayList<>();
    for (int i : order) if (syn[i] == null) sample.add(vecs.get(i));
    double storyThreshold = Math.max(config.storyThreshold(), Background.level(sample));
    OnlineClusterer stories = new OnlineClusterer(storyThreshold,
        (long) (config.storyWindowHours() * 3600), config.indexTerms(), true);
    int[] story = new int[n];
    Arrays.fill(story, -1);
    List<Integer> added = new ArrayList<>();
    List<Integer> assignedStory = new ArrayList<>();
    for (int i : order) {
      Integer o = syn[i] == null ? null : byId.get(syn[i].originalId());
      if (o != null && syn[o] == null) continue; // follows its original below
      assignedStory.add(stories.add(vecs.get(i), epoch(articles.get(i)), titleDays(articles.get(i).title())));
      added.add(i);
    }
    for (int k = 0; k < added.size(); k++) story[added.get(k)] = assignedStory.get(k);
    for (int i = 0; i < n; i++) {
      if (story[i] < 0) story[i] = story[byId.get(syn[i].originalId())];
    }
    // members per story, in time order
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i : order) members.computeIfAbsent(story[i], k -> new ArrayList<>()).add(i);
    String[] storyIds = new String[stories.clusters()];
    for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
      List<String> ids = new ArrayList<>();
      for (int i : e.getValue()) ids.add(articles.get(i).id());
      storyIds[e.getKey()] = GroupIds.of("st-", ids);
    }

    // storylines: one vector per story from names and topic syllables
    List<SparseVector> lineBySlot = lineSpace.vectors(config.keepTerms(), 2);
    List<SparseVector> lineVecs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) lineVecs.add(lineBySlot.get(slot[i]));
    List<Integer> storyOrder = new ArrayList<>(members.keySet());
    storyOrder.sort(Comparator.comparing((Integer s) -> firstTime(articles, members.get(s)),
            Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(s -> storyIds[s]));
    OnlineClusterer lines = new OnlineClusterer(config.storylineThreshold(), 0, config.indexTerms(), true);
    Map<Integer, Integer> lineOf = new HashMap<>();
    for (int s : storyOrder) {
      lineOf.put(s, lines.add(centroid(lineVecs, members.get(s)), null));
    }
    Map<Integer, List<String>> lineMembers = new HashMap<>();
    for (int s : storyOrder) lineMembers.computeIfAbsent(lineOf.get(s), k -> new ArrayList<>()).add(storyIds[s]);
    Map<Integer, String> lineIds = new HashMap<>();
    for (Map.Entry<Integer, List<String>> e : lineMembers.entrySet()) {
      lineIds.put(e.getKey(), GroupIds.of("sl-", e.getValue()));
    }

    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(articles.get(i).toBuilder()
          .syndication(syn[i])
          .storyId(storyIds[story[i]])
          .storylineId(lineIds.get(lineOf.get(story[i])))
          .build());
    }
    return out;
  }

  /** Names weigh more for storylines: the actors persist while each event's vocabulary changes. */
  private static final double STORYLINE_ENTITY_BOOST = 3.0;

  static Integer[] timeOrder(List<Article> articles) {
    Integer[] order = new Integer[articles.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparing((Integer i) -> epoch(articles.get(i)),
            Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(i -> String.valueOf(articles.get(i).id()))
        .thenComparing(i -> i));
    return order;
  }

  private static final java.util.regex.Pattern DAY =
      java.util.regex.Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.-](\\d{1,2})(?![\\d/.]\\d)");

  /** Calendar days ("22/10", "22.10") a headline names, as "d/m" without leading zeros. */
  static java.util.Set<String> titleDays(String title) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    java.util.regex.Matcher m = DAY.matcher(title);
    while (m.find()) {
      int d = Integer.parseInt(m.group(1)), mo = Integer.parseInt(m.group(2));
      if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) out.add(d + "/" + mo);
    }
    return out;
  }

  private static Long epoch(Article a) {
    return a.published() == null ? null : a.published().toEpochSecond();
  }

  private static Long firstTime(List<Article> articles, List<Integer> members) {
    Long t = null;
    for (int i : members) {
      Long e = epoch(articles.get(i));
      if (e != null && (t == null || e < t)) t = e;
    }
    return t;
  }

  private static SparseVector centroid(List<SparseVector> vecs, List<Integer> members) {
    Map<Integer, Double> sum = new HashMap<>();
    for (int i : members) {
      SparseVector v = vecs.get(i);
      for (int k = 0; k < v.ids().length; k++) sum.merge(v.ids()[k], (double) v.weights()[k], Double::sum);
    }
    int[] ids = new int[sum.size()];
    double[] w = new double[sum.size()];
    int k = 0;
    for (Map.Entry<Integer, Double> e : sum.entrySet()) {
      ids[k] = e.getKey();
      w[k++] = e.getValue();
    }
    return SparseVector.of(ids, w, Integer.MAX_VALUE);
  }
}
