package vn.bantin.text;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A normalized text that remembers where it came from: the original string, the normalized string, and an
 * offset map from every normalized position to the original (null = identity, the common case). Later stages
 * (tokens, mentions) use {@link #originalStart}/{@link #originalEnd} to point into the source.
 */
public final class NormalizedText implements Serializable {
  private final String original;
  private final String text;
  /** map[i] = original index of normalized char i; map[text.length()] = original.length(). Null: identity. */
  private final int[] map;
  private final int repairs;

  private NormalizedText(String original, String text, int[] map, int repairs) {
    this.original = original;
    this.text = text;
    this.map = map;
    this.repairs = repairs;
  }

  public static NormalizedText of(String original) {
    return new NormalizedText(original, original, null, 0);
  }

  public String original() {
    return original;
  }

  public String text() {
    return text;
  }

  /** Obfuscated words repaired on the way (see {@link Deobfuscator}). */
  public int repairs() {
    return repairs;
  }

  public boolean changed() {
    return map != null || !text.equals(original);
  }

  /** Original offset of normalized position pos (0..text().length()). */
  public int toOriginal(int pos) {
    return map == null ? pos : map[pos];
  }

  public int originalStart(int start) {
    return toOriginal(start);
  }

  /** Original end (exclusive) of a normalized span ending at end. */
  public int originalEnd(int end) {
    if (map == null) return end;
    if (end == 0) return map[0];
    // Just past the source of the span's last char: keeps a span from swallowing what was removed after it.
    int last = map[end - 1];
    int next = map[end];
    return next > last ? Math.min(next, endOfSource(last, next)) : last + 1;
  }

  private int endOfSource(int last, int next) {
    // Chars removed between last and next (zero-width, soft hyphen) are excluded; replaced runs are kept whole.
    int e = last + 1;
    while (e < next && Character.isLowSurrogate(original.charAt(e))) e++;
    return next - last > 1 && isRemovable(original.charAt(last + 1)) ? e : next;
  }

  private static boolean isRemovable(char c) {
    return UnicodeCleanup.isInvisible(c);
  }

  /**
   * Applies a stage's result: out is the new text, local maps out positions to positions of this text
   * (null: identity), addedRepairs is added to the count.
   */
  NormalizedText then(String out, int[] local, int addedRepairs) {
    if (local == null && out.equals(text)) {
      return addedRepairs == 0 ? this : new NormalizedText(original, text, map, repairs + addedRepairs);
    }
    int[] composed;
    if (local == null) {
      composed = map;
    } else if (map == null) {
      composed = local;
    } else {
      composed = new int[local.length];
      for (int i = 0; i < local.length; i++) composed[i] = map[local[i]];
    }
    return new NormalizedText(original, out, composed, repairs + addedRepairs);
  }

  @Override
  public String toString() {
    return text;
  }

  /** Builder of a stage's output text and its map back to the stage's input. */
  static final class Edits {
    private final CharSequence in;
    private final StringBuilder sb;
    private int[] map;
    private int n;

    Edits(CharSequence in) {
      this.in = in;
      this.sb = new StringBuilder(in.length());
      this.map = new int[in.length() + 16];
    }

    void copy(int from, int to) {
      sb.append(in, from, to);
      ensure(to - from);
      for (int i = from; i < to; i++) map[n++] = i;
    }

    void put(char c, int src) {
      sb.append(c);
      ensure(1);
      map[n++] = src;
    }

    void put(CharSequence s, int src) {
      sb.append(s);
      ensure(s.length());
      for (int i = 0; i < s.length(); i++) map[n++] = src;
    }

    boolean lastIs(char c) {
      return sb.length() > 0 && sb.charAt(sb.length() - 1) == c;
    }

    void dropLast() {
      sb.setLength(sb.length() - 1);
      n--;
    }

    private void ensure(int more) {
      if (n + more + 1 > map.length) map = Arrays.copyOf(map, Math.max(map.length * 2, n + more + 16));
    }

    String text() {
      return sb.toString();
    }

    int[] map() {
      ensure(1);
      map[n] = in.length();
      return Arrays.copyOf(map, n + 1);
    }
  }
}
