package vn.bantin.dedup;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bantin.model.Article;
import vn.bantin.model.Syndication;

/**
 * Finds syndicated copies: exact duplicates by a hash of the cleaned, folded content, near-duplicates by
 * MinHash with LSH banding over 3-token shingles of that content (see {@link ContentCleaner}; tokens are
 * {@link MatchTokens}, folded, so tone placement and Unicode form do not split shingles). Linked
 * articles form groups (union-find); each group names one original — the outlet another member credits, else
 * the earliest published, else the fullest text — and every other member links to it. Nothing is removed.
 *
 * <p>Two texts are linked when their estimated Jaccard similarity reaches {@code minJaccard}, or when one is
 * mostly contained in the other (a re-post that dropped paragraphs): containment ≥ {@code minContainment}
 * with Jaccard ≥ {@code floorJaccard}. Defaults were chosen on the generated re-post corpus
 * ({@code vn.bantin.eval.SyndicationCorpus}) against the distinct-but-same-story originals of
 * vietnamese-mds, where independent reports of one event reach Jaccard ≈ 0.1 at most.
 */
public final class SyndicationLinker implements Serializable {
  public static final SyndicationLinker DEFAULT = new SyndicationLinker(128, 3, 0.5, 0.75, 0.25);

  private final MinHasher hasher;
  private final int rows;
  private final double minJaccard;
  private final double minContainment;
  private final double floorJaccard;

  public SyndicationLinker(int hashes, int rows, double minJaccard, double minContainment, double floorJaccard) {
    this.hasher = new MinHasher(hashes, 3);
    this.rows = rows;
    this.minJaccard = minJaccard;
    this.minContainment = minContainment;
    this.floorJaccard = floorJaccard;
  }

  /** The content signature of one article. */
  public MinHasher.Signature signature(Article a) {
    List<List<String>> paras = new ArrayList<>();
    for (String p : ContentCleaner.contentParagraphs(a)) paras.add(MatchTokens.folded(p));
    return hasher.sign(paras);
  }

  /** Syndication links aligned with {@code articles}: null for articles that copy nothing. */
  public Syndication[] link(List<Article> articles) {
    int n = articles.size();
    MinHasher.Signature[] sigs = new MinHasher.Signature[n];
    for (int i = 0; i < n; i++) sigs[i] = signature(articles.get(i));
    return link(articles, sigs);
  }

  public Syndication[] link(List<Article> articles, MinHasher.Signature[] sigs) {
    int n = articles.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    // exact duplicates of the cleaned content first: one hash bucket each, no estimate needed
    Map<Long, Integer> firstWithContent = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (sigs[i].shingles() == 0) continue;
      Integer f = firstWithContent.putIfAbsent(sigs[i].exact(), i);
      if (f != null) union(parent, f, i);
    }
    int bands = hasher.size() / rows;
    Set<Long> seen = new HashSet<>();
    for (int b = 0; b < bands; b++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (sigs[i].shingles() == 0) continue;
        long key = b * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < rows; r++) key = MinHasher.mix(key ^ sigs[i].mins()[b * rows + r]);
        buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        if (bucket.size() < 2) continue;
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            int i = bucket.get(x), j = bucket.get(y);
            long pk = (long) i * n + j;
            if (!seen.add(pk)) continue;
            double jac = MinHasher.jaccard(sigs[i], sigs[j]);
            double con = MinHasher.containment(sigs[i], sigs[j], jac);
            if (jac >= minJaccard || (con >= minContainment && jac >= floorJaccard)) {
              union(parent, i, j);
            }
          }
        }
      }
    }
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    Syndication[] out = new Syndication[n];
    for (List<Integer> g : groups.values()) {
      if (g.size() < 2) continue;
      Choice c = chooseOriginal(articles, sigs, g);
      Article orig = articles.get(c.index);
      for (int m : g) {
        if (m == c.index) continue;
        double sim = MinHasher.jaccard(sigs[m], sigs[c.index]);
        out[m] = new Syndication(orig.id(), Math.round(sim * 1000) / 1000.0, c.reason);
      }
    }
    return out;
  }

  private record Choice(int index, String reason) {}

  /** Credit first, then earliest publication, then fullest text; ties end on the smaller id (deterministic). */
  static Choice chooseOriginal(List<Article> articles, MinHasher.Signature[] sigs, List<Integer> group) {
    Comparator<Integer> fullest = Comparator.<Integer>comparingInt(i -> -sigs[i].shingles())
        .thenComparingInt(i -> -articles.get(i).text().length())
        .thenComparing(i -> String.valueOf(articles.get(i).id()));
    Comparator<Integer> earliest = Comparator.<Integer, OffsetDateTime>comparing(
        i -> articles.get(i).published(), Comparator.nullsLast(Comparator.naturalOrder()));
    // credit: members some other member credits, preferring ones that credit nobody in the group themselves
    int[] credited = new int[group.size()];
    boolean[] credits = new boolean[group.size()];
    List<Set<String>> pub = new ArrayList<>();
    List<Set<String>> cred = new ArrayList<>();
    for (int m : group) {
      pub.add(OutletKeys.publisherKeys(articles.get(m)));
      cred.add(OutletKeys.creditKeys(articles.get(m)));
    }
    for (int x = 0; x < group.size(); x++) {
      if (cred.get(x).isEmpty() || OutletKeys.matches(cred.get(x), pub.get(x))) continue;
      for (int y = 0; y < group.size(); y++) {
        if (x != y && OutletKeys.matches(cred.get(x), pub.get(y))) {
          credited[y]++;
          credits[x] = true;
        }
      }
    }
    List<Integer> cand = new ArrayList<>();
    for (int k = 0; k < group.size(); k++) if (credited[k] > 0) cand.add(k);
    if (!cand.isEmpty()) {
      Comparator<Integer> byCredit = Comparator.<Integer>comparingInt(k -> credits[k] ? 1 : 0)
          .thenComparingInt(k -> -credited[k]);
      Comparator<Integer> rest = (a, b) -> earliest.thenComparing(fullest).compare(group.get(a), group.get(b));
      cand.sort(byCredit.thenComparing(rest));
      return new Choice(group.get(cand.get(0)), "credit");
    }
    Integer[] g = group.toArray(new Integer[0]);
    Arrays.sort(g, earliest.thenComparing(fullest));
    OffsetDateTime first = articles.get(g[0]).published();
    boolean uniqueEarliest = first != null
        && (g.length < 2 || articles.get(g[1]).published() == null
            || articles.get(g[1]).published().isAfter(first));
    return new Choice(g[0], uniqueEarliest ? "earliest" : "fullest");
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a), rb = find(p, b);
    if (ra != rb) p[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
