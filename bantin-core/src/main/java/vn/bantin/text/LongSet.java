package vn.bantin.text;

import java.io.Serializable;
import java.util.Collection;

/** An immutable open-addressing set of longs (no boxing on lookup), for hashed dictionaries. */
final class LongSet implements Serializable {
  private final long[] slots;
  private final boolean hasZero;
  private final int size;

  LongSet(Collection<Long> values) {
    int cap = Integer.highestOneBit(Math.max(4, values.size() * 2 - 1)) << 1;
    long[] s = new long[cap];
    boolean zero = false;
    int n = 0;
    for (long v : values) {
      if (v == 0) {
        zero = true;
        n++;
        continue;
      }
      int i = index(v, cap);
      while (s[i] != 0 && s[i] != v) i = (i + 1) & (cap - 1);
      if (s[i] == 0) n++;
      s[i] = v;
    }
    slots = s;
    hasZero = zero;
    size = n;
  }

  private static int index(long v, int cap) {
    return (int) ((v ^ (v >>> 29)) * 0x9E3779B97F4A7C15L >>> 40) & (cap - 1);
  }

  boolean contains(long v) {
    if (v == 0) return hasZero;
    int cap = slots.length;
    int i = index(v, cap);
    while (true) {
      long s = slots[i];
      if (s == v) return true;
      if (s == 0) return false;
      i = (i + 1) & (cap - 1);
    }
  }

  int size() {
    return size;
  }

  long[] toSortedArray() {
    long[] out = new long[size];
    int k = 0;
    if (hasZero) out[k++] = 0;
    for (long s : slots) if (s != 0) out[k++] = s;
    java.util.Arrays.sort(out);
    return out;
  }
}
