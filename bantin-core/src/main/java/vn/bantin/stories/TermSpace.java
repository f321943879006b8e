package vn.bantin.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors for a collection: sublinear term frequency (1 + ln tf) times smoothed IDF
 * ln((N + 1) / (df + 1)) + 1, L2-normalized and pruned to the heaviest terms (which both speeds matching and
 * drops words that are rare but incidental). Term ids follow the sorted term strings, so vectors (and ties in
 * pruning) do not depend on the order of the documents.
 */
final class TermSpace {
  private TermSpace() {}

  static List<SparseVector> vectors(List<Map<String, Double>> docs, int keep) {
    return vectors(docs, keep, 1);
  }

  /**
   * As {@link #vectors(List, int)}, keeping only terms found in at least {@code minDf} documents: a term of
   * one document can link nothing and only dilutes every cosine of that document.
   */
  static List<SparseVector> vectors(List<Map<String, Double>> docs, int keep, int minDf) {
    Map<String, int[]> dfs = new HashMap<>();
    for (Map<String, Double> d : docs) {
      for (String t : d.keySet()) dfs.computeIfAbsent(t, x -> new int[1])[0]++;
    }
    String[] terms = dfs.keySet().toArray(new String[0]);
    java.util.Arrays.sort(terms);
    Map<String, Integer> ids = new HashMap<>(terms.length * 2);
    int n = docs.size();
    double[] idf = new double[terms.length];
    for (int i = 0; i < terms.length; i++) {
      ids.put(terms[i], i);
      idf[i] = Math.log((n + 1.0) / (dfs.get(terms[i])[0] + 1.0)) + 1;
    }
    List<SparseVector> out = new ArrayList<>(n);
    for (Map<String, Double> d : docs) {
      int[] ti = new int[d.size()];
      double[] w = new double[d.size()];
      int k = 0;
      for (Map.Entry<String, Double> e : d.entrySet()) {
        if (dfs.get(e.getKey())[0] < minDf) continue;
        int id = ids.get(e.getKey());
        ti[k] = id;
        w[k++] = (1 + Math.log(Math.max(1.0, e.getValue()))) * idf[id];
      }
      out.add(SparseVector.of(java.util.Arrays.copyOf(ti, k), java.util.Arrays.copyOf(w, k), keep));
    }
    return out;
  }
}
