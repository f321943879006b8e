package vn.bantin.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Single-pass clustering: items arrive one at a time (in the order given) and each joins the most similar
 * open cluster when that similarity exceeds {@code threshold}, else starts a new cluster. Similarity is the
 * mean cosine to the cluster's members (average link) or the cosine to its centroid. Candidate clusters come
 * from an inverted index over each member's {@code indexTerms} heaviest terms, looked up with every term of
 * the item: an item is compared only with clusters where one of its terms is salient (on vietnamese-mds 8
 * index terms did best: more candidates merge neighbouring events, fewer miss rewordings). Clusters whose
 * newest member is more than {@code windowSeconds} older than a dated item are closed for it, and the
 * candidate count per item is capped; this keeps the cost linear in the number of items. Items without a
 * time may join any cluster; callers feed undated items first and dated ones in time order, because closed
 * clusters leave the index for good. Not thread-safe: one instance per run.
 */
final class OnlineClusterer {
  /**
   * Headlines naming different calendar days report different events of a recurring kind (daily market
   * reports, "Sáng 22/10" vs "Sáng 23/10"). On vietnamese-mds a factor of 0.5 still merged such days, 0
   * (a veto) fixed them without splitting any gold story.
   */
  static final double DAY_CONFLICT = 0;
  /**
   * A term salient in more open clusters than this is not salient: skipping it bounds the work per item
   * (so clustering stays linear) and loses nothing, since an item shares rarer terms with its real story.
   */
  static final int MAX_POSTINGS = 500;
  /** Clusters compared per item at most: bounds the work per item, so the whole pass stays linear. */
  static final int MAX_CANDIDATES = 300;
  /** Above this many members a cluster keeps a summed vector: one lookup per term instead of one merge per member. */
  private static final int SUM_FROM = 16;
  private final List<Map<Integer, Double>> bigSums = new ArrayList<>();
  private final double threshold;
  private final boolean averageLink;
  private final List<int[]> sizes = new ArrayList<>();
  private final long windowSeconds;
  private final int indexTerms;

  /** Member vectors per cluster: clusters are small, so dot products by merging sorted arrays beat a map. */
  private final List<List<SparseVector>> sums = new ArrayList<>();
  private final List<double[]> norms2 = new ArrayList<>();
  private final List<java.util.Set<String>> days = new ArrayList<>();
  private final List<long[]> spans = new ArrayList<>(); // {min, max} epoch seconds, or Long.MIN/MAX when undated
  private final Map<Integer, List<Integer>> postings = new HashMap<>();
  private final List<java.util.Set<Integer>> indexed = new ArrayList<>();

  /**
   * @param averageLink score a cluster by the mean cosine to its members instead of the cosine to its
   *                    centroid: stricter as a cluster grows, which keeps long-lived groups (storylines)
   *                    from drifting into a generic centroid that attracts everything
   */
  OnlineClusterer(double threshold, long windowSeconds, int indexTerms, boolean averageLink) {
    this.averageLink = averageLink;
    this.threshold = threshold;
    this.windowSeconds = windowSeconds;
    this.indexTerms = indexTerms;
  }

  int clusters() {
    return sums.size();
  }

  /** Adds one item; returns its cluster number. {@code time} is epoch seconds or null. */
  int add(SparseVector v, Long time) {
    return add(v, time, java.util.Set.of());
  }

  /**
   * Adds one item that names the calendar days in {@code day} ("22/10" in a headline). A cluster whose
   * members named only other days is a different event of a recurring kind (a market report, a weather
   * bulletin): its similarity is scaled by {@code DAY_CONFLICT}.
   */
  int add(SparseVector v, Long time, java.util.Set<String> day) {
    int best = best(v, time, day, -1, threshold);
    if (best < 0) {
      best = sums.size();
      sums.add(new ArrayList<>(2));
      bigSums.add(null);
      norms2.add(new double[1]);
      days.add(new java.util.HashSet<>());
      sizes.add(new int[1]);
      spans.add(new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
      indexed.add(new java.util.HashSet<>());
    }
    join(best, v, time, day);
    return best;
  }

  /** The most similar open cluster other than {@code exclude} reaching {@code floor}, or -1. */
  private int best(SparseVector v, Long time, java.util.Set<String> day, int exclude, double floor) {
    int best = -1;
    double bestSim = floor;
    if (!v.isEmpty()) {
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      // every term of the item is looked up, heaviest first, among the heaviest terms of each cluster member;
      // after MAX_CANDIDATES clusters the rest can only come from the item's lighter terms
      for (int t : byWeight(v)) {
        if (seen.size() >= MAX_CANDIDATES) break;
        List<Integer> list = postings.get(t);
        if (list == null || list.size() > MAX_POSTINGS) continue;
        int keep = 0;
        for (int k = 0; k < list.size(); k++) {
          int c = list.get(k);
          // items come in time order, so a cluster that ended a window ago is closed for good
          if (expired(c, time)) continue;
          list.set(keep++, c);
          if (c == exclude || !seen.add(c) || !open(c, time)) continue;
          double s = cosine(c, v);
          if (!day.isEmpty() && !days.get(c).isEmpty() && java.util.Collections.disjoint(day, days.get(c))) {
            s *= DAY_CONFLICT;
          }
          if (s > bestSim || (s == bestSim && best >= 0 && c < best)) {
            bestSim = s;
            best = c;
          }
        }
        if (keep < list.size()) list.subList(keep, list.size()).clear();
      }
    }
    return best;
  }

  private boolean expired(int c, Long time) {
    if (time == null || windowSeconds <= 0) return false;
    long[] span = spans.get(c);
    return span[0] != Long.MAX_VALUE && time > span[1] + windowSeconds;
  }

  private boolean open(int c, Long time) {
    if (time == null || windowSeconds <= 0) return true;
    long[] span = spans.get(c);
    if (span[0] == Long.MAX_VALUE) return true; // only undated members so far
    return time <= span[1] + windowSeconds && time >= span[0] - windowSeconds;
  }

  private double cosine(int c, SparseVector v) {
    double n2 = norms2.get(c)[0];
    if (n2 <= 0) return 0;
    double dot = dot(c, v);
    return averageLink ? dot / sizes.get(c)[0] : dot / Math.sqrt(n2);
  }

  /** The dot product of {@code v} with the sum of the cluster's members. */
  private double dot(int c, SparseVector v) {
    double dot = 0;
    Map<Integer, Double> big = bigSums.get(c);
    if (big != null) {
      for (int i = 0; i < v.ids().length; i++) {
        Double x = big.get(v.ids()[i]);
        if (x != null) dot += x * v.weights()[i];
      }
      return dot;
    }
    for (SparseVector m : sums.get(c)) dot += m.dot(v);
    return dot;
  }

  private static void addTo(Map<Integer, Double> sum, SparseVector v) {
    for (int i = 0; i < v.ids().length; i++) sum.merge(v.ids()[i], (double) v.weights()[i], Double::sum);
  }

  private int[] byWeight(SparseVector v) {
    int n = v.ids().length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    float[] w = v.weights();
    Arrays.sort(order, (a, b) -> w[a] != w[b] ? Float.compare(w[b], w[a]) : Integer.compare(a, b));
    int[] out = new int[n];
    for (int i = 0; i < n; i++) out[i] = v.ids()[order[i]];
    return out;
  }

  private void join(int c, SparseVector v, Long time, java.util.Set<String> day) {
    double dot = dot(c, v);
    Map<Integer, Double> big = bigSums.get(c);
    if (big != null) {
      addTo(big, v);
    } else {
      sums.get(c).add(v);
      if (sums.get(c).size() > SUM_FROM) {
        big = new HashMap<>();
        for (SparseVector m : sums.get(c)) addTo(big, m);
        bigSums.set(c, big);
        sums.set(c, List.of());
      }
    }
    double self = v.isEmpty() ? 0 : v.dot(v);
    // |s + v|^2 = |s|^2 + 2 s·v + |v|^2
    norms2.get(c)[0] += 2 * dot + self;
    days.get(c).addAll(day);
    sizes.get(c)[0]++;
    if (time != null) {
      long[] span = spans.get(c);
      span[0] = Math.min(span[0], time);
      span[1] = Math.max(span[1], time);
    }
    java.util.Set<Integer> idx = indexed.get(c);
    for (int t : topTerms(v)) {
      if (idx.add(t)) postings.computeIfAbsent(t, k -> new ArrayList<>(2)).add(c);
    }
  }

  private int[] topTerms(SparseVector v) {
    int n = v.ids().length;
    if (n <= indexTerms) return v.ids();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    float[] w = v.weights();
    Arrays.sort(order, (a, b) -> w[a] != w[b] ? Float.compare(w[b], w[a]) : Integer.compare(a, b));
    int[] out = new int[indexTerms];
    for (int i = 0; i < indexTerms; i++) out[i] = v.ids()[order[i]];
    return out;
  }
}
