package vn.bantin.dedup;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures over word shingles. The shingle hash is mixed once, then each of {@code size} hash
 * functions is a multiply-add with its own random odd multiplier (a universal family: one multiplication per
 * function keeps signing cheap); the signature keeps the minimum per function, so the fraction of equal
 * positions of two signatures estimates the Jaccard similarity of the two shingle sets.
 */
public final class MinHasher implements Serializable {
  private final int size;
  private final int shingle;
  private final long[] seeds;
  private final long[] mult;

  public MinHasher(int size, int shingle) {
    this.size = size;
    this.shingle = shingle;
    seeds = new long[size];
    mult = new long[size];
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < size; i++) {
      s += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(s);
      s += 0x9E3779B97F4A7C15L;
      mult[i] = mix(s) | 1L;
    }
  }

  public int size() {
    return size;
  }

  /**
   * A signature, the number of distinct shingles it summarizes (to estimate containment), and a hash of the
   * whole syllable sequence, equal for exact duplicates of the (cleaned, folded) content.
   */
  public record Signature(long[] mins, int shingles, long exact) {}

  public Signature sign(List<List<String>> paragraphs) {
    long[] hashes = shingleHashes(paragraphs);
    long[] mins = new long[size];
    Arrays.fill(mins, Long.MAX_VALUE);
    for (long raw : hashes) {
      long h = mix(raw);
      for (int i = 0; i < size; i++) {
        long v = h * mult[i] + seeds[i];
        if (v < mins[i]) mins[i] = v;
      }
    }
    long exact = 0xcbf29ce484222325L;
    for (List<String> p : paragraphs) {
      for (String w : p) {
        for (int k = 0; k < w.length(); k++) exact = (exact ^ w.charAt(k)) * 0x100000001b3L;
        exact = (exact ^ ' ') * 0x100000001b3L;
      }
      exact = (exact ^ '\n') * 0x100000001b3L;
    }
    return new Signature(mins, hashes.length, mix(exact));
  }

  /** Distinct hashes of the shingles; shingles never span two paragraphs, so reordering them changes nothing. */
  long[] shingleHashes(List<List<String>> paragraphs) {
    int total = 0;
    for (List<String> p : paragraphs) total += Math.max(1, p.size() - shingle + 1);
    long[] out = new long[total];
    int n = 0;
    for (List<String> p : paragraphs) {
      if (p.isEmpty()) continue;
      int last = Math.max(0, p.size() - shingle);
      for (int i = 0; i <= last; i++) {
        long h = 0xcbf29ce484222325L;
        for (int j = i; j < Math.min(p.size(), i + shingle); j++) {
          String w = p.get(j);
          for (int k = 0; k < w.length(); k++) h = (h ^ w.charAt(k)) * 0x100000001b3L;
          h = (h ^ ' ') * 0x100000001b3L;
        }
        out[n++] = h;
      }
    }
    long[] used = Arrays.copyOf(out, n);
    Arrays.sort(used);
    int d = 0;
    for (int i = 0; i < used.length; i++) if (i == 0 || used[i] != used[i - 1]) used[d++] = used[i];
    return Arrays.copyOf(used, d);
  }

  public static double jaccard(Signature a, Signature b) {
    if (a.shingles() == 0 || b.shingles() == 0) return 0;
    if (a.exact() == b.exact()) return 1;
    int eq = 0;
    for (int i = 0; i < a.mins().length; i++) if (a.mins()[i] == b.mins()[i]) eq++;
    return eq / (double) a.mins().length;
  }

  /** Estimated share of the smaller text's shingles found in the larger one, from Jaccard and set sizes. */
  public static double containment(Signature a, Signature b, double jaccard) {
    int small = Math.min(a.shingles(), b.shingles());
    if (small == 0) return 0;
    double inter = jaccard * (a.shingles() + b.shingles()) / (1 + jaccard);
    return Math.min(1, inter / small);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
