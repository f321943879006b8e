package vn.bantin.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tokens of one text in parallel arrays (no object per token, for speed). Offsets refer to the text
 * given to the tokenizer; map them with {@link NormalizedText#originalStart}/{@link NormalizedText#originalEnd}.
 */
public final class Tokens {
  private final CharSequence text;
  private int[] starts;
  private int[] ends;
  private byte[] types;
  private int size;

  Tokens(CharSequence text, int capacity) {
    this.text = text;
    starts = new int[Math.max(8, capacity)];
    ends = new int[starts.length];
    types = new byte[starts.length];
  }

  void add(int start, int end, TokenType type) {
    if (size == starts.length) {
      int n = size * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      types = Arrays.copyOf(types, n);
    }
    starts[size] = start;
    ends[size] = end;
    types[size] = (byte) type.ordinal();
    size++;
  }

  private static final TokenType[] TYPES = TokenType.values();

  public int size() {
    return size;
  }

  public CharSequence source() {
    return text;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public TokenType type(int i) {
    return TYPES[types[i]];
  }

  public String text(int i) {
    return text.subSequence(starts[i], ends[i]).toString();
  }

  public Token get(int i) {
    return new Token(text(i), starts[i], ends[i], type(i));
  }

  public List<Token> list() {
    List<Token> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) out.add(get(i));
    return out;
  }

  public List<String> texts() {
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) out.add(text(i));
    return out;
  }
}
