package vn.bantin.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Trains a {@link WordSegmenter}: a binary averaged perceptron over the features of
 * {@link WordSegmenter.Features}, on sentences given as lists of words (a multi-syllable word keeps its inner
 * spaces, as in CoNLL-U FORMs). Deterministic for a given seed. The command-line entry point that reads the
 * treebank and writes wordseg.bin lives with the tests (TrainWordSegmenter), keeping core free of file I/O.
 */
public final class WordSegmenterTrainer {
  private WordSegmenterTrainer() {}

  public static WordSegmenter train(List<List<String>> sentences, int epochs, long seed) {
    // Dictionary: every multi-syllable training word. While training, each sentence sees a dictionary built
    // from the other folds only; otherwise "in the dictionary" would be a perfect cue on training data and
    // the model would lean on it far more than it can on unseen text.
    final int folds = 5;
    Set<Long> dict = new HashSet<>();
    java.util.Map<Long, int[]> foldCounts = new java.util.HashMap<>();
    int sentenceNo = 0;
    List<long[]> hs = new ArrayList<>();
    List<byte[]> shapes = new ArrayList<>();
    List<boolean[]> golds = new ArrayList<>();
    for (List<String> words : sentences) {
      List<String> syl = new ArrayList<>();
      List<Boolean> join = new ArrayList<>();
      for (String w : words) {
        String[] parts = w.split(" ");
        if (parts.length > 1) {
          long key = WordSegmenter.Features.seq(List.of(parts));
          dict.add(key);
          foldCounts.computeIfAbsent(key, x -> new int[folds])[sentenceNo % folds]++;
        }
        for (int p = 0; p < parts.length; p++) {
          syl.add(parts[p]);
          join.add(p > 0);
        }
      }
      long[] h = new long[syl.size()];
      byte[] s = new byte[syl.size()];
      boolean[] g = new boolean[syl.size()];
      for (int i = 0; i < h.length; i++) {
        h[i] = WordSegmenter.Features.hash(syl.get(i));
        s[i] = WordSegmenter.Features.shape(syl.get(i));
        g[i] = join.get(i);
      }
      hs.add(h);
      shapes.add(s);
      golds.add(g);
      sentenceNo++;
    }
    List<LongSet> foldDicts = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      Set<Long> d = new HashSet<>();
      for (var e : foldCounts.entrySet()) {
        int[] c = e.getValue();
        int others = 0;
        for (int x = 0; x < folds; x++) if (x != f) others += c[x];
        if (others > 0) d.add(e.getKey());
      }
      foldDicts.add(new LongSet(d));
    }
    int size = 1 << WordSegmenter.BITS;
    float[] w = new float[size];
    float[] total = new float[size]; // sum of updates weighted by when they happened (for averaging)
    long step = 1;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < hs.size(); i++) order.add(i);
    Random rnd = new Random(seed);
    long[] feats = new long[WordSegmenter.Features.COUNT];
    for (int e = 0; e < epochs; e++) {
      Collections.shuffle(order, rnd);
      for (int si : order) {
        long[] h = hs.get(si);
        byte[] s = shapes.get(si);
        boolean[] g = golds.get(si);
        boolean[] pred = new boolean[h.length];
        for (int i = 1; i < h.length; i++) {
          if (s[i] == WordSegmenter.Features.PUNCT || s[i - 1] == WordSegmenter.Features.PUNCT) {
            pred[i] = false;
            continue;
          }
          // Features see the gold history while training (the decoder sees its own), as usual for greedy taggers.
          int k = WordSegmenter.Features.extract(h, s, g, i, foldDicts.get(si % folds), feats);
          float score = 0;
          for (int f = 0; f < k; f++) score += w[(int) (feats[f] & WordSegmenter.MASK)];
          pred[i] = score > 0;
          if (pred[i] != g[i]) {
            float y = g[i] ? 1f : -1f;
            for (int f = 0; f < k; f++) {
              int idx = (int) (feats[f] & WordSegmenter.MASK);
              w[idx] += y;
              total[idx] += y * step;
            }
          }
          step++;
        }
      }
    }
    // Averaged weights: w - total/step.
    float[] avg = new float[size];
    for (int i = 0; i < size; i++) {
      float a = w[i] - total[i] / step;
      avg[i] = Math.abs(a) < 1e-3f ? 0f : a;
    }
    return new WordSegmenter(avg, Set.copyOf(dict), 0f);
  }

  /** The model with the decision threshold that maximizes word F1 on held-out sentences. */
  public static WordSegmenter tune(WordSegmenter m, List<List<String>> heldOut) {
    WordSegmenter best = m;
    double bestF1 = score(m, heldOut).f1();
    for (float t = -3f; t <= 3f; t += 0.25f) {
      WordSegmenter c = m.withThreshold(t);
      double f1 = score(c, heldOut).f1();
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = c;
      }
    }
    return best;
  }

  /** Word-level scores of a segmentation against gold (both as lists of words per sentence). */
  public record Score(double precision, double recall, double f1, double boundaryF1) {}

  public static Score score(WordSegmenter seg, List<List<String>> gold) {
    long tp = 0, np = 0, ng = 0;
    long btp = 0, bp = 0, bg = 0;
    for (List<String> words : gold) {
      List<String> syl = new ArrayList<>();
      List<int[]> g = new ArrayList<>();
      for (String w : words) {
        String[] parts = w.split(" ");
        g.add(new int[] {syl.size(), syl.size() + parts.length});
        Collections.addAll(syl, parts);
      }
      boolean[] j = seg.joins(syl);
      List<int[]> p = new ArrayList<>();
      int ws = 0;
      for (int i = 1; i <= syl.size(); i++) {
        if (i == syl.size() || !j[i]) {
          p.add(new int[] {ws, i});
          ws = i;
        }
      }
      Set<Long> gs = new HashSet<>();
      for (int[] x : g) gs.add(((long) x[0] << 32) | x[1]);
      for (int[] x : p) if (gs.contains(((long) x[0] << 32) | x[1])) tp++;
      np += p.size();
      ng += g.size();
      // Boundaries between syllables (word starts after the first syllable).
      Set<Integer> gb = new HashSet<>();
      for (int[] x : g) if (x[0] > 0) gb.add(x[0]);
      for (int[] x : p) {
        if (x[0] == 0) continue;
        bp++;
        if (gb.contains(x[0])) btp++;
      }
      bg += gb.size();
    }
    double pr = tp / (double) np, rc = tp / (double) ng;
    double bpr = btp / (double) bp, brc = btp / (double) bg;
    return new Score(pr, rc, 2 * pr * rc / (pr + rc), 2 * bpr * brc / (bpr + brc));
  }
}
