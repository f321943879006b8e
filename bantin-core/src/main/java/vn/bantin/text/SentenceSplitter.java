package vn.bantin.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences on the tokenizer's tokens: after terminal punctuation (". ! ? … ...") and the
 * closing quotes or brackets that follow it, when the next token can start a sentence (upper case, a digit,
 * an opening quote or a dash); never after an abbreviation or initial ("TP.", "ThS.", "PGS.TS.", "B.I.")
 * except "v.v." before a capital; always at a line break (headlines carry no final punctuation).
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  /** A sentence: [start, end) offsets into the text. */
  public record Span(int start, int end) implements Serializable {
    public String of(CharSequence text) {
      return text.subSequence(start, end).toString();
    }
  }

  public static List<Span> split(CharSequence text) {
    return split(Tokenizer.tokenize(text));
  }

  public static List<Span> split(Tokens t) {
    CharSequence s = t.source();
    List<Span> out = new ArrayList<>();
    int n = t.size();
    int first = 0;
    boolean quoteOpen = false;
    for (int i = 0; i < n; i++) {
      if (i > first && lineBreakBetween(s, t.end(i - 1), t.start(i))) {
        out.add(new Span(t.start(first), t.end(i - 1)));
        first = i;
        quoteOpen = false;
      }
      char c0 = s.charAt(t.start(i));
      if (c0 == '"') quoteOpen = !quoteOpen;
      if (!isTerminal(t, i, s)) continue;
      // Absorb closing quotes and brackets on the same line.
      int k = i + 1;
      while (k < n && !lineBreakBetween(s, t.end(k - 1), t.start(k))) {
        char c = s.charAt(t.start(k));
        if (t.end(k) - t.start(k) != 1) break;
        if (c == '"' && closingQuote(t, k, s, quoteOpen)) {
          quoteOpen = false;
        } else if (!(c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')' || c == ']' || c == '\'')) {
          break;
        }
        k++;
      }
      if (k < n && isTerminal(t, k, s) && !lineBreakBetween(s, t.end(k - 1), t.start(k))) {
        i = k - 1; // `? " .`: the sentence ends at the later mark
        continue;
      }
      boolean ellipsis = t.end(i) - t.start(i) > 1 && s.charAt(t.start(i)) == '.' || s.charAt(t.start(i)) == '\u2026';
      boolean split;
      if (k >= n || lineBreakBetween(s, t.end(k - 1), t.start(k))) {
        split = true;
      } else if (ellipsis) {
        split = startsUpperWord(t, k, s); // "... mọi người", "... 15 năm", "... - những" go on
      } else if (t.type(k) == TokenType.NUMBER && i > 0 && t.type(i - 1) == TokenType.NUMBER && k == i + 1) {
        split = false; // "28 . 000": a spaced thousands separator
      } else {
        split = canStart(t, k, s);
      }
      if (split) {
        out.add(new Span(t.start(first), t.end(k - 1)));
        first = k;
        quoteOpen = false;
        i = k - 1;
      }
    }
    if (first < n) out.add(new Span(t.start(first), t.end(n - 1)));
    return out;
  }

  /**
   * Whether the straight quote at k (right after a sentence end) closes the sentence's quotation. Spacing
   * decides when there is any ("tốt!\" Sau" closes, "tốt! \"Sau" opens); spaced both sides, the quote count
   * and what follows do.
   */
  private static boolean closingQuote(Tokens t, int k, CharSequence s, boolean quoteOpen) {
    boolean spaceBefore = t.start(k) > t.end(k - 1);
    boolean spaceAfter = k + 1 >= t.size() || t.start(k + 1) > t.end(k);
    if (!spaceBefore && spaceAfter) return true;
    if (spaceBefore && !spaceAfter) return false;
    if (k + 1 >= t.size()) return true;
    char next = s.charAt(t.start(k + 1));
    // Spaced both sides (tokenized text): an open quotation closes; so does a quote before more punctuation.
    return quoteOpen || isTerminal(t, k + 1, s) || next == ',' || next == ';' || next == ':';
  }

  private static boolean startsUpperWord(Tokens t, int k, CharSequence s) {
    char c = s.charAt(t.start(k));
    if (Character.isUpperCase(c)) return true;
    if ((c == '"' || c == '\u201C') && k + 1 < t.size()) return Character.isUpperCase(s.charAt(t.start(k + 1)));
    return false;
  }

  private static boolean isTerminal(Tokens t, int i, CharSequence s) {
    TokenType type = t.type(i);
    if (type == TokenType.ABBREVIATION) {
      return Abbreviations.canEndSentence(t.text(i));
    }
    if (type != TokenType.PUNCT) return false;
    char c = s.charAt(t.start(i));
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean canStart(Tokens t, int k, CharSequence s) {
    char c = s.charAt(t.start(k));
    if (Character.isUpperCase(c) || Character.isDigit(c)) return true;
    if (c == '"' || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '(' || c == '[' || c == '-'
        || c == '\u2013' || c == '\u2014' || c == '\u2022' || c == '*') {
      return true;
    }
    return Character.isTitleCase(c);
  }

  private static boolean lineBreakBetween(CharSequence s, int a, int b) {
    for (int k = a; k < b; k++) {
      char c = s.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') return true;
    }
    return false;
  }
}
