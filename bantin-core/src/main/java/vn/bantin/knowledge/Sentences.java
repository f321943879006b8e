package vn.bantin.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence spans of article text: a sentence ends at a blank-line paragraph break, or at . ! ? … followed by
 * space and an upper-case letter, digit or opening quote. Dots inside abbreviations and numbers ("D.C.",
 * "TP.HCM", "1.000") do not end a sentence because no space follows them or a lower-case word does.
 */
final class Sentences {
  private Sentences() {}

  /** A sentence as [start, end) offsets. */
  record Span(int start, int end) {
    String of(String text) {
      return text.substring(start, end);
    }
  }

  static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end = false;
      int cut = i + 1;
      if (c == '\n') {
        end = true;
        cut = i;
      } else if (c == '.' || c == '!' || c == '?' || c == '…') {
        int k = i + 1;
        // closing quotes and brackets stay with the sentence they close
        while (k < n && "\"”’')".indexOf(text.charAt(k)) >= 0) k++;
        if (k < n && isSpace(text.charAt(k))) {
          int m = k;
          while (m < n && isSpace(text.charAt(m))) m++;
          if (m < n) {
            char d = text.charAt(m);
            if (Character.isUpperCase(d) || Character.isDigit(d) || "\"“‘'(".indexOf(d) >= 0) {
              end = !abbreviation(text, i);
              cut = k;
            }
          }
        } else if (k >= n) {
          end = true;
          cut = k;
        }
      }
      if (end) {
        addTrimmed(text, start, cut, out);
        start = cut;
      }
    }
    addTrimmed(text, start, n, out);
    return out;
  }

  /** "TP. Hồ Chí Minh", "Th.S. Nguyễn": a one- or two-letter word before the dot is an abbreviation. */
  private static boolean abbreviation(String text, int dot) {
    int k = dot;
    while (k > 0 && Character.isLetter(text.charAt(k - 1))) k--;
    int len = dot - k;
    if (len == 0 || len > 2 || text.charAt(dot) != '.') return false;
    for (int i = k; i < dot; i++) if (!Character.isUpperCase(text.charAt(i))) return false;
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\t';
  }

  private static void addTrimmed(String text, int s, int e, List<Span> out) {
    while (s < e && (Character.isWhitespace(text.charAt(s)) || isSpace(text.charAt(s)))) s++;
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || isSpace(text.charAt(e - 1)))) e--;
    if (e > s) out.add(new Span(s, e));
  }
}
