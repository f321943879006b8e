package vn.bantin.text;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Vietnamese word segmentation: joins syllables into words ("Bình Nhưỡng", "hạt nhân", "phi hạt nhân hóa").
 * A binary averaged perceptron decides for each syllable whether it continues the previous word, from hashed
 * features of the surrounding syllables (uni/bi/trigrams), their shapes, a dictionary of training words and
 * the previous decision. The model (wordseg.bin) is compiled from the UD Vietnamese VTB train split by
 * {@link WordSegmenterTrainer}. Immutable and thread-safe once loaded.
 */
public final class WordSegmenter implements Serializable {
  static final int BITS = 20;
  static final int MASK = (1 << BITS) - 1;

  private final float[] weights;
  private final LongSet dictionary;
  /** A syllable joins the previous one when its score exceeds this (tuned on held-out data). */
  private final float threshold;

  WordSegmenter(float[] weights, Set<Long> dictionary, float threshold) {
    this(weights, new LongSet(dictionary), threshold);
  }

  private WordSegmenter(float[] weights, LongSet dictionary, float threshold) {
    this.weights = weights;
    this.dictionary = dictionary;
    this.threshold = threshold;
  }

  /** The same model with another decision threshold. */
  WordSegmenter withThreshold(float t) {
    return new WordSegmenter(weights, dictionary, t);
  }

  float threshold() {
    return threshold;
  }

  private static final class Holder {
    static final WordSegmenter DEFAULT = load();

    private static WordSegmenter load() {
      try (InputStream in = WordSegmenter.class.getResourceAsStream("wordseg.bin")) {
        if (in == null) throw new IllegalStateException("wordseg.bin missing from the classpath");
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The shipped model (loaded once, on first use). */
  public static WordSegmenter standard() {
    return Holder.DEFAULT;
  }

  /** A word: [start, end) in the text (inner spaces included) and its syllable count. */
  public record Word(int start, int end, int syllables) implements Serializable {
    public String of(CharSequence text) {
      return text.subSequence(start, end).toString();
    }
  }

  /**
   * joins[i] is true when syllable i continues the word of syllable i-1 (joins[0] is always false).
   */
  public boolean[] joins(List<String> syllables) {
    int n = syllables.size();
    long[] h = new long[n];
    byte[] shape = new byte[n];
    for (int i = 0; i < n; i++) {
      h[i] = Features.hash(syllables.get(i));
      shape[i] = Features.shape(syllables.get(i));
    }
    return decode(h, shape, null);
  }

  /** The words of a sequence of syllables, each multi-syllable word joined with single spaces. */
  public List<String> segment(List<String> syllables) {
    boolean[] j = joins(syllables);
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < syllables.size(); i++) {
      if (i > 0 && !j[i]) {
        out.add(w.toString());
        w.setLength(0);
      }
      if (w.length() > 0) w.append(' ');
      w.append(syllables.get(i));
    }
    if (w.length() > 0) out.add(w.toString());
    return out;
  }

  /** Words of a text: tokenizes it, then joins syllables that are separated by plain spaces only. */
  public List<Word> segment(CharSequence text) {
    Tokens t = Tokenizer.tokenize(text);
    int n = t.size();
    long[] h = new long[n];
    byte[] shape = new byte[n];
    boolean[] joinable = new boolean[n];
    for (int i = 0; i < n; i++) {
      h[i] = Features.hash(text, t.start(i), t.end(i));
      shape[i] = Features.shape(text, t.start(i), t.end(i));
      // Only a word right after another word, with nothing but spaces (no line break) between, may join it.
      joinable[i] = i > 0 && t.type(i) == TokenType.WORD && t.type(i - 1) == TokenType.WORD
          && onlySpaces(text, t.end(i - 1), t.start(i));
    }
    boolean[] j = decode(h, shape, joinable);
    List<Word> out = new ArrayList<>();
    int ws = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || !j[i]) {
        out.add(new Word(t.start(ws), t.end(i - 1), i - ws));
        ws = i;
      }
    }
    return out;
  }

  private static boolean onlySpaces(CharSequence s, int a, int b) {
    if (b == a) return false; // glued tokens ("Hà-Nội", "30/4") are separate words here
    for (int k = a; k < b; k++) if (s.charAt(k) != ' ') return false;
    return true;
  }

  boolean[] decode(long[] h, byte[] shape, boolean[] joinable) {
    int n = h.length;
    boolean[] out = new boolean[n];
    long[] feats = new long[Features.COUNT];
    for (int i = 1; i < n; i++) {
      if (joinable != null && !joinable[i]) continue;
      if (shape[i] == Features.PUNCT || shape[i - 1] == Features.PUNCT) continue;
      int k = Features.extract(h, shape, out, i, dictionary, feats);
      float score = 0;
      for (int f = 0; f < k; f++) score += weights[(int) (feats[f] & MASK)];
      out[i] = score > threshold;
    }
    return out;
  }

  /** Writes the model: non-zero weights (delta-coded indexes) and the dictionary hashes, gzipped. */
  void write(OutputStream os) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(os);
    DataOutputStream out = new DataOutputStream(gz);
    out.writeInt(0x56535731); // "VSW1"
    out.writeInt(BITS);
    // Weights are stored as 16-bit fixed point against the largest magnitude.
    float max = 1e-6f;
    for (float w : weights) max = Math.max(max, Math.abs(w));
    float scale = max / 32767f;
    int nz = 0;
    for (float w : weights) if (Math.round(w / scale) != 0) nz++;
    out.writeFloat(scale);
    out.writeInt(nz);
    int last = 0;
    for (int i = 0; i < weights.length; i++) {
      int q = Math.round(weights[i] / scale);
      if (q == 0) continue;
      writeVarint(out, i - last);
      last = i;
      out.writeShort(q);
    }
    out.writeInt(dictionary.size());
    for (long d : dictionary.toSortedArray()) out.writeLong(d);
    out.writeFloat(threshold);
    out.flush();
    gz.finish();
  }

  static WordSegmenter read(InputStream is) throws IOException {
    DataInputStream in = new DataInputStream(new GZIPInputStream(is));
    if (in.readInt() != 0x56535731) throw new IOException("not a word segmentation model");
    if (in.readInt() != BITS) throw new IOException("model hash size differs");
    float[] w = new float[1 << BITS];
    float scale = in.readFloat();
    int nz = in.readInt();
    int idx = 0;
    for (int k = 0; k < nz; k++) {
      idx += readVarint(in);
      w[idx] = in.readShort() * scale;
    }
    int nd = in.readInt();
    Set<Long> dict = new HashSet<>(nd * 2);
    for (int k = 0; k < nd; k++) dict.add(in.readLong());
    float threshold = in.readFloat();
    return new WordSegmenter(w, Set.copyOf(dict), threshold);
  }

  private static void writeVarint(DataOutputStream out, int v) throws IOException {
    while ((v & ~0x7F) != 0) {
      out.writeByte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.writeByte(v);
  }

  private static int readVarint(DataInputStream in) throws IOException {
    int v = 0;
    int shift = 0;
    int b;
    do {
      b = in.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      shift += 7;
    } while ((b & 0x80) != 0);
    return v;
  }

  /** Feature extraction shared by the segmenter and its trainer. */
  static final class Features {
    private Features() {}

    static final byte LOWER = 0, CAP = 1, UPPER = 2, NUM = 3, PUNCT = 4, OTHER = 5, FOREIGN = 6;
    static final int COUNT = 24;
    static final long BOS = 0x9E3779B97F4A7C15L, EOS = 0xC2B2AE3D27D4EB4FL;

    /**
     * Stable 64-bit hash of a syllable's matching key (lower case, tone placed one way, so "hoá" and "hóa"
     * are one feature): FNV-1a, then mixed.
     */
    static long hash(String s) {
      return hash(s, 0, s.length());
    }

    static long hash(CharSequence s, int from, int to) {
      int n = to - from;
      if (n <= Syllables.MAX_LEN && ToneMarks.needsRepair(s, from, to, ToneStyle.NEW, new char[Syllables.MAX_LEN])) {
        // An old-style spelling ("hòa"): hash its new-style key so both spellings are one feature.
        String k = ToneMarks.key(s.subSequence(from, to));
        return fnv(k, 0, k.length());
      }
      return fnv(s, from, to);
    }

    private static long fnv(CharSequence k, int from, int to) {
      long h = 0xcbf29ce484222325L;
      for (int i = from; i < to; i++) {
        h ^= Character.toLowerCase(k.charAt(i));
        h *= 0x100000001b3L;
      }
      return mix(h);
    }

    static long mix(long z) {
      z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
      z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
      return z ^ (z >>> 33);
    }

    static byte shape(String s) {
      return shape(s, 0, s.length());
    }

    static byte shape(CharSequence s, int from, int to) {
      if (to <= from) return OTHER;
      char c = s.charAt(from);
      if (Character.isDigit(c)) return NUM;
      if (!Character.isLetter(c)) return PUNCT;
      if (Character.isUpperCase(c)) {
        for (int i = from + 1; i < to; i++) {
          if (Character.isLowerCase(s.charAt(i))) return Syllables.isValid(s, from, to) ? CAP : FOREIGN;
        }
        return to - from > 1 ? UPPER : CAP;
      }
      return Syllables.isValid(s, from, to) ? LOWER : FOREIGN;
    }

    /** Hash of a sequence of syllables, as stored in the dictionary. */
    static long seq(long[] h, int from, int to) {
      long z = 0x2545F4914F6CDD1DL;
      for (int i = from; i < to; i++) z = mix(z * 31 + h[i]);
      return z;
    }

    static long seq(List<String> syllables) {
      long[] h = new long[syllables.size()];
      for (int i = 0; i < h.length; i++) h[i] = hash(syllables.get(i).toLowerCase(Locale.ROOT));
      return seq(h, 0, h.length);
    }

    private static long at(long[] h, int i) {
      return i < 0 ? BOS : i >= h.length ? EOS : h[i];
    }

    private static int sh(byte[] s, int i) {
      return i < 0 || i >= s.length ? 7 : s[i];
    }

    private static long f(int template, long a) {
      return mix(a + template * 0x9E3779B97F4A7C15L);
    }

    private static long f(int template, long a, long b) {
      return mix(mix(a + template * 0x9E3779B97F4A7C15L) ^ (b * 0xD6E8FEB86659FD93L));
    }

    private static long f(int template, long a, long b, long c) {
      return mix(f(template, a, b) ^ (c * 0xA0761D6478BD642FL));
    }

    /** Fills feats with the feature hashes deciding whether syllable i joins syllable i-1; returns count. */
    static int extract(long[] h, byte[] shape, boolean[] joinedSoFar, int i, LongSet dict, long[] feats) {
      long p2 = at(h, i - 2), p1 = at(h, i - 1), c = at(h, i), n1 = at(h, i + 1), n2 = at(h, i + 2);
      int k = 0;
      feats[k++] = f(1, 0); // bias
      feats[k++] = f(2, p1);
      feats[k++] = f(3, c);
      feats[k++] = f(4, p2);
      feats[k++] = f(5, n1);
      feats[k++] = f(6, p1, c);
      feats[k++] = f(7, c, n1);
      feats[k++] = f(8, p2, p1);
      feats[k++] = f(9, n1, n2);
      feats[k++] = f(10, p1, n1);
      feats[k++] = f(11, p2, p1, c);
      feats[k++] = f(12, p1, c, n1);
      feats[k++] = f(13, c, n1, n2);
      int shp = sh(shape, i - 1) * 8 + sh(shape, i);
      feats[k++] = f(14, shp);
      feats[k++] = f(15, shp * 8 + sh(shape, i + 1));
      boolean prevJoined = i - 1 >= 0 && joinedSoFar[i - 1];
      feats[k++] = f(16, prevJoined ? 1 : 0, c);
      feats[k++] = f(17, prevJoined ? 1 : 0, shp);
      // Dictionary: is a word spanning i-1..i (or longer) known from training?
      boolean d2 = dict.contains(seq(h, i - 1, i + 1));
      boolean d3a = i >= 2 && dict.contains(seq(h, i - 2, i + 1));
      boolean d3b = i + 1 < h.length && dict.contains(seq(h, i - 1, i + 2));
      boolean d4 = i + 2 < h.length && dict.contains(seq(h, i - 1, i + 3)) || i >= 2 && i + 1 < h.length
          && dict.contains(seq(h, i - 2, i + 2));
      boolean dNext = i + 1 < h.length && dict.contains(seq(h, i, i + 2));
      boolean dPrev = i >= 2 && dict.contains(seq(h, i - 2, i));
      int dmask = (d2 ? 1 : 0) | (d3a ? 2 : 0) | (d3b ? 4 : 0) | (d4 ? 8 : 0) | (dNext ? 16 : 0) | (dPrev ? 32 : 0);
      feats[k++] = f(18, dmask);
      feats[k++] = f(19, d2 ? 1 : 0, c);
      feats[k++] = f(20, dmask, prevJoined ? 1 : 0);
      feats[k++] = f(21, d2 ? 1 : 0, shp);
      return k;
    }
  }
}
