package vn.bantin.stories;

import java.util.List;

/**
 * How similar unrelated documents of this collection typically are. TF-IDF cosines depend on the collection:
 * in a broad news crawl two random articles share almost nothing, but in a collection about one subject
 * (seven articles on US–North Korea talks) every pair shares the subject's words and names, and IDF cannot
 * discount them. A similarity only means "same event" when it stands out from that background, so the
 * effective threshold is max(threshold, mean + {@link #SPREAD} standard deviations) of the cosines of a
 * deterministic sample of pairs.
 */
final class Background {
  private Background() {}

  /** Two standard deviations: about the top 2–3 % of background pairs would pass on their own. */
  static final double SPREAD = 2.0;
  private static final int MAX_PAIRS = 4000;

  /** Mean + SPREAD·sd of cosines over up to MAX_PAIRS pairs chosen by a fixed stride (order of {@code vecs}). */
  static double level(List<SparseVector> vecs) {
    int n = vecs.size();
    if (n < 3) return 0;
    long total = (long) n * (n - 1) / 2;
    long step = Math.max(1, total / MAX_PAIRS);
    double sum = 0, sum2 = 0;
    int k = 0;
    long p = 0;
    for (int i = 0; i < n && k < MAX_PAIRS; i++) {
      for (int j = i + 1; j < n && k < MAX_PAIRS; j++, p++) {
        if (p % step != 0) continue;
        double c = vecs.get(i).dot(vecs.get(j));
        sum += c;
        sum2 += c * c;
        k++;
      }
    }
    if (k < 3) return 0;
    double mean = sum / k;
    double sd = Math.sqrt(Math.max(0, sum2 / k - mean * mean));
    return mean + SPREAD * sd;
  }
}
