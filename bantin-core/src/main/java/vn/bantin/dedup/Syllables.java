package vn.bantin.dedup;

import java.util.ArrayList;
import java.util.List;
import vn.bantin.text.Folding;

/**
 * Splits Vietnamese text into syllables (written Vietnamese separates syllables by spaces, so a syllable is a
 * run of letters or digits). Numbers keep inner '.', ',' and '/' ("14.800", "22/10") because dates and
 * amounts are distinctive for news events. Each syllable remembers its surface form (for capitalization),
 * its folded form (for matching) and whether punctuation separated it from the previous one (so n-grams and
 * names do not cross sentence or clause boundaries).
 */
public final class Syllables {
  private Syllables() {}

  /**
   * One syllable.
   *
   * @param surface    as written
   * @param folded     lower-cased, diacritics removed (see {@link Folding})
   * @param breakBefore true when punctuation (or the text start) precedes it
   * @param sentenceStart true when it opens a sentence (text start or after . ! ? : or a line break)
   */
  public record Syllable(String surface, String folded, boolean breakBefore, boolean sentenceStart) {
    public boolean capitalized() {
      return !surface.isEmpty() && Character.isUpperCase(surface.codePointAt(0));
    }
  }

  public static List<Syllable> of(String text) {
    List<Syllable> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    // folding goes through Unicode normalization; a text repeats its syllables, so fold each form once
    java.util.Map<String, String> folds = new java.util.HashMap<>();
    int n = text.length();
    int i = 0;
    boolean brk = true;
    boolean sent = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        int start = i;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            i++;
          } else if ((d == '.' || d == ',' || d == '/') && i + 1 < n && Character.isDigit(text.charAt(i + 1))
              && Character.isDigit(text.charAt(i - 1))) {
            i++;
          } else {
            break;
          }
        }
        String surface = text.substring(start, i);
        out.add(new Syllable(surface, folds.computeIfAbsent(surface, Syllables::fold), brk, sent));
        brk = false;
        sent = false;
      } else {
        // a hyphen inside a word ("Jong-un", "Hàn-Triều") joins, anything else but a space separates
        boolean joiner = (c == '-' || c == '\'' || c == '’') && i > 0 && i + 1 < n
            && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
        if (joiner) {
          i++;
          continue;
        }
        if (!Character.isWhitespace(c) || c == '\n') brk = true;
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '…' || c == ';') sent = true;
        if (c == '"' || c == '“' || c == '”' || c == '(' || c == ')' || c == '-' || c == '–') brk = true;
        i++;
      }
    }
    return out;
  }

  private static String fold(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
    return ascii ? s.toLowerCase(java.util.Locale.ROOT) : Folding.fold(s);
  }

  /** Folded syllables only, the usual input for shingling. */
  public static List<String> folded(String text) {
    List<Syllable> s = of(text);
    List<String> out = new ArrayList<>(s.size());
    for (Syllable x : s) out.add(x.folded());
    return out;
  }
}
