package vn.bantin.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bantin.text.Folding;

/**
 * An averaged-perceptron classifier that types a run of capitalized syllables with no title, place word or
 * gazetteer entry to decide it: PER, ORG or LOC. Its weights ({@code span-tagger.tsv}) are trained by
 * {@link TaggerTrainer} on names the rules label in the Vietnamese news of the shared corpus (distant
 * supervision), so it learns which contexts and syllables go with which type and carries that to names
 * the rules cannot see. Immutable once built.
 */
final class SpanTagger implements Serializable {
  static final String[] LABELS = {"PER", "ORG", "LOC"};
  /** How much more ORG must score than PER: uncertain names stay persons, the commoner class. */
  static final double MARGIN = 2.0;
  private static final Set<String> VN_SURNAMES = Set.of("nguyen", "tran", "le", "pham", "hoang", "huynh",
      "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "trinh", "dinh", "luong", "mai",
      "truong", "lam", "to", "ha", "cao", "doan", "vuong", "tong", "ta", "quach", "luu", "thai", "chu");
  private static final SpanTagger DEFAULT = load();

  private final Map<String, double[]> weights;

  SpanTagger(Map<String, double[]> weights) {
    this.weights = Collections.unmodifiableMap(weights);
  }

  static SpanTagger get() {
    return DEFAULT;
  }

  /** The type of run [s, e); PER when no feature is known (the commonest untitled multi-syllable name). */
  String classify(List<Token> toks, int s, int e, boolean sentenceStart) {
    return classifyFeatures(features(toks, s, e, sentenceStart));
  }

  String classifyFeatures(List<String> features) {
    double[] score = new double[LABELS.length];
    boolean any = false;
    for (String f : features) {
      double[] w = weights.get(f);
      if (w == null) continue;
      any = true;
      for (int k = 0; k < score.length; k++) score[k] += w[k];
    }
    if (!any) return "PER";
    // places nearly always come with a cue word or a gazetteer spelling; an uncued name is a person or an
    // organization, and the held-out gold shows LOC guesses here are mostly wrong
    return score[1] - score[0] > MARGIN ? "ORG" : "PER";
  }

  static List<String> features(List<Token> toks, int s, int e, boolean sentenceStart) {
    List<String> f = new ArrayList<>();
    f.add("bias");
    int n = e - s;
    f.add("n=" + Math.min(n, 4));
    String prev = s > 0 && !sentenceStart ? toks.get(s - 1).lower() : "<s>";
    String prev2 = s > 1 && !sentenceStart ? toks.get(s - 2).lower() : "<s>";
    f.add("p1=" + prev);
    f.add("p2=" + prev2 + "_" + prev);
    f.add("n1=" + (e < toks.size() ? toks.get(e).lower() : "</s>"));
    f.add("n2=" + (e < toks.size() ? toks.get(e).lower() : "</s>") + "_" + (e + 1 < toks.size() ? toks.get(e + 1).lower() : "</s>"));
    String first = Folding.fold(toks.get(s).text());
    String last = Folding.fold(toks.get(e - 1).text());
    f.add("first=" + first);
    f.add("last=" + last);
    if (VN_SURNAMES.contains(first)) f.add("vnSurname");
    boolean hyphen = false;
    boolean vn = false;
    boolean caps = true;
    for (int k = s; k < e; k++) {
      Token t = toks.get(k);
      if (k > s && t.hyphenBefore()) hyphen = true;
      if (!Folding.fold(t.text()).equals(t.lower())) vn = true;
      if (!t.allCaps()) caps = false;
    }
    if (hyphen) f.add("hyphen");
    f.add(vn ? "vnLetters" : "asciiOnly");
    if (caps) f.add("allCaps");
    if (sentenceStart) f.add("sentStart");
    return f;
  }

  /** Writes weights as "feature TAB w_PER TAB w_ORG TAB w_LOC". */
  static void write(Map<String, double[]> w, Appendable out) throws IOException {
    List<String> keys = new ArrayList<>(w.keySet());
    Collections.sort(keys);
    for (String k : keys) {
      double[] v = w.get(k);
      out.append(k);
      for (double d : v) out.append('\t').append(String.format(java.util.Locale.ROOT, "%.4f", d));
      out.append('\n');
    }
  }

  private static SpanTagger load() {
    Map<String, double[]> w = new HashMap<>();
    InputStream in = SpanTagger.class.getResourceAsStream("span-tagger.tsv");
    if (in == null) return new SpanTagger(w);
    try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] p = line.split("\t");
        if (p.length != LABELS.length + 1) continue;
        double[] v = new double[LABELS.length];
        for (int k = 0; k < v.length; k++) v[k] = Double.parseDouble(p[k + 1]);
        w.put(p[0], v);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return new SpanTagger(w);
  }

  /** Averaged perceptron training over (features, label index) examples. */
  static Map<String, double[]> train(List<List<String>> xs, List<Integer> ys, int epochs, long seed) {
    Map<String, double[]> w = new HashMap<>();
    Map<String, double[]> total = new HashMap<>();
    Map<String, int[]> stamp = new HashMap<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) order.add(i);
    java.util.Random rnd = new java.util.Random(seed);
    int t = 0;
    for (int ep = 0; ep < epochs; ep++) {
      Collections.shuffle(order, rnd);
      for (int idx : order) {
        t++;
        List<String> x = xs.get(idx);
        double[] score = new double[LABELS.length];
        for (String f : x) {
          double[] v = w.get(f);
          if (v != null) for (int k = 0; k < score.length; k++) score[k] += v[k];
        }
        int pred = 0;
        for (int k = 1; k < score.length; k++) if (score[k] > score[pred]) pred = k;
        int gold = ys.get(idx);
        if (pred == gold) continue;
        for (String f : x) {
          double[] v = w.computeIfAbsent(f, k -> new double[LABELS.length]);
          double[] tot = total.computeIfAbsent(f, k -> new double[LABELS.length]);
          int[] st = stamp.computeIfAbsent(f, k -> new int[LABELS.length]);
          for (int k : new int[] {gold, pred}) {
            tot[k] += (t - st[k]) * v[k]; // lazily accumulate the running sum for averaging
            st[k] = t;
          }
          v[gold] += 1;
          v[pred] -= 1;
        }
      }
    }
    Map<String, double[]> avg = new HashMap<>();
    for (var en : w.entrySet()) {
      double[] v = en.getValue();
      double[] tot = total.get(en.getKey());
      int[] st = stamp.get(en.getKey());
      double[] a = new double[LABELS.length];
      boolean nonZero = false;
      for (int k = 0; k < a.length; k++) {
        a[k] = (tot[k] + (t - st[k]) * v[k]) / t;
        if (Math.abs(a[k]) > 1e-4) nonZero = true;
      }
      if (nonZero) avg.put(en.getKey(), a);
    }
    return avg;
  }
}
