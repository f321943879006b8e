package vn.bantin.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors for a collection: sublinear term frequency (1 + ln tf) times smoothed IDF
 * ln((N + 1) / (df + 1)) + 1, L2-normalized and pruned to the heaviest terms (which both speeds matching and
 * drops words that are rare but incidental). Documents are kept as compact id/count arrays between the
 * counting pass and the weighting pass, so memory stays proportional to the terms actually used. Term ids
 * follow the order documents are added in; callers add them in a canonical (time, id) order so the result
 * does not depend on the input order. Not thread-safe: one instance per run.
 */
final class TermSpace {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<int[]> df = new ArrayList<>(); // chunks of 4096 counters
  private final List<int[]> docIds = new ArrayList<>();
  private final List<float[]> docCounts = new ArrayList<>();

  /** Adds one document's raw term counts; returns its number. */
  int add(Map<String, Double> counts) {
    int[] ti = new int[counts.size()];
    float[] tc = new float[counts.size()];
    int k = 0;
    for (Map.Entry<String, Double> e : counts.entrySet()) {
      Integer id = ids.get(e.getKey());
      if (id == null) {
        id = ids.size();
        ids.put(e.getKey(), id);
        if ((id & 4095) == 0) df.add(new int[4096]);
      }
      df.get(id >>> 12)[id & 4095]++;
      ti[k] = id;
      tc[k++] = e.getValue().floatValue();
    }
    docIds.add(ti);
    docCounts.add(tc);
    return docIds.size() - 1;
  }

  private int df(int id) {
    return df.get(id >>> 12)[id & 4095];
  }

  /**
   * The vectors of all documents in order of addition, keeping only terms found in at least {@code minDf}
   * documents (a term of one document can link nothing and only dilutes every cosine of that document).
   */
  List<SparseVector> vectors(int keep, int minDf) {
    int n = docIds.size();
    List<SparseVector> out = new ArrayList<>(n);
    for (int d = 0; d < n; d++) {
      int[] ti = docIds.get(d);
      float[] tc = docCounts.get(d);
      int[] keptIds = new int[ti.length];
      double[] w = new double[ti.length];
      int k = 0;
      for (int i = 0; i < ti.length; i++) {
        int f = df(ti[i]);
        if (f < minDf) continue;
        keptIds[k] = ti[i];
        w[k++] = (1 + Math.log(Math.max(1.0, tc[i]))) * (Math.log((n + 1.0) / (f + 1.0)) + 1);
      }
      out.add(SparseVector.of(java.util.Arrays.copyOf(keptIds, k), java.util.Arrays.copyOf(w, k), keep));
      docIds.set(d, null); // free as we go
      docCounts.set(d, null);
    }
    return out;
  }
}
