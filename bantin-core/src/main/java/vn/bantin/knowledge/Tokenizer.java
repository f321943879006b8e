package vn.bantin.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into syllable tokens (letters, digits and combining marks); everything else separates. */
final class Tokenizer {
  private Tokenizer() {}

  static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    int prevEnd = 0;
    while (i < n) {
      if (!isWordChar(s.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && isWordChar(s.charAt(j))) j++;
      String t = s.substring(i, j);
      out.add(new Token(t, t.toLowerCase(Locale.ROOT), i, j, s.substring(prevEnd, i)));
      prevEnd = j;
      i = j;
    }
    return out;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
