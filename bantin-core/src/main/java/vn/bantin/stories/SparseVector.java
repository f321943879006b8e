package vn.bantin.stories;

import java.io.Serializable;
import java.util.Arrays;

/** An L2-normalized sparse vector over term ids, sorted by id. */
record SparseVector(int[] ids, float[] weights) implements Serializable {
  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  double dot(SparseVector o) {
    double s = 0;
    int i = 0, j = 0;
    while (i < ids.length && j < o.ids.length) {
      if (ids[i] == o.ids[j]) s += weights[i++] * o.weights[j++];
      else if (ids[i] < o.ids[j]) i++;
      else j++;
    }
    return s;
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  /** Keeps the {@code k} heaviest entries, renormalized. */
  static SparseVector of(int[] ids, double[] w, int k) {
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : w[b] != w[a] ? Double.compare(w[b], w[a]) : Integer.compare(ids[a], ids[b]));
    int n = Math.min(k, order.length);
    int[] keep = new int[n];
    for (int i = 0; i < n; i++) keep[i] = order[i];
    Arrays.sort(keep, 0, n);
    int[] outIds = new int[n];
    float[] outW = new float[n];
    double norm = 0;
    for (int i = 0; i < n; i++) norm += w[keep[i]] * w[keep[i]];
    norm = Math.sqrt(norm);
    for (int i = 0; i < n; i++) {
      outIds[i] = ids[keep[i]];
      outW[i] = (float) (w[keep[i]] / norm);
    }
    // ids are sorted by position, not by id: sort pairs by id
    Integer[] byId = new Integer[n];
    for (int i = 0; i < n; i++) byId[i] = i;
    Arrays.sort(byId, (a, b) -> Integer.compare(outIds[a], outIds[b]));
    int[] si = new int[n];
    float[] sw = new float[n];
    for (int i = 0; i < n; i++) {
      si[i] = outIds[byId[i]];
      sw[i] = outW[byId[i]];
    }
    return n == 0 || norm == 0 ? EMPTY : new SparseVector(si, sw);
  }
}
