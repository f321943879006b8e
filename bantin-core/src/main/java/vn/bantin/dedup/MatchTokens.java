package vn.bantin.dedup;

import java.util.ArrayList;
import java.util.List;
import vn.bantin.text.Folding;
import vn.bantin.text.TokenType;
import vn.bantin.text.Tokenizer;
import vn.bantin.text.Tokens;

/**
 * The content tokens of a text in the form duplicate detection and story matching compare: the tokens of
 * {@link Tokenizer} (syllables, numbers, dates, times, URLs kept whole; dotted abbreviations split at their dots),
 * folded by
 * {@link Folding} (so old and new tone placement, NFC or NFD, and capitals all give one form), each marked
 * with whether punctuation or a line break precedes it, so shingles, bigrams and name runs do not cross
 * clause or sentence boundaries. Punctuation itself is dropped, except that a hyphen or apostrophe glued
 * between two words ("Jong-un", "Hàn-Triều") joins rather than breaks. Stateless and thread-safe.
 */
public final class MatchTokens {
  private MatchTokens() {}

  /**
   * One content token.
   *
   * @param folded        lower-cased, diacritics removed; a piece of a dotted abbreviation without its dots ("TP.HCM" → "tp", "hcm")
   * @param capitalized   the surface starts with an upper-case letter
   * @param numeric       the surface starts with a digit (numbers, dates, times)
   * @param breakBefore   punctuation, a line break or the text start precedes it
   * @param sentenceStart it opens a sentence (text start, after . ! ? : ; … or a line break)
   */
  public record Term(String folded, boolean capitalized, boolean numeric, boolean breakBefore,
      boolean sentenceStart) {}

  public static List<Term> of(CharSequence text) {
    if (text == null || text.isEmpty()) return new ArrayList<>();
    Tokens t = Tokenizer.tokenize(text);
    int n = t.size();
    List<Term> out = new ArrayList<>(n);
    StringBuilder sb = new StringBuilder(16);
    boolean brk = true;
    boolean sent = true;
    int prevEnd = 0;
    for (int i = 0; i < n; i++) {
      int s = t.start(i), e = t.end(i);
      for (int k = prevEnd; k < s; k++) {
        char c = text.charAt(k);
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
          brk = true;
          sent = true;
          break;
        }
      }
      prevEnd = e;
      TokenType type = t.type(i);
      if (type == TokenType.PUNCT || type == TokenType.SYMBOL) {
        if (joiner(text, t, i)) continue;
        brk = true;
        for (int k = s; k < e && !sent; k++) sent = ".!?:;\u2026".indexOf(text.charAt(k)) >= 0;
        continue;
      }
      // a dotted abbreviation's final dot may also end the sentence ("… ở TP.HCM."), as a plain dot would
      boolean closingDot = type == TokenType.ABBREVIATION && e - s > 1 && text.charAt(e - 1) == '.';
      int end = closingDot ? e - 1 : e;
      // Pieces of a dotted abbreviation are terms of their own: outlets write "TP.HCM", "TP. HCM" and
      // "TP HCM" for one city, and all three must give the same terms.
      int from = s;
      while (from < end) {
        int to = from;
        if (type == TokenType.ABBREVIATION) while (to < end && text.charAt(to) != '.') to++;
        else to = end;
        sb.setLength(0);
        Folding.fold(text, from, to, sb);
        if (sb.length() > 0) { // empty for stray combining marks
          int cp = Character.codePointAt(text, from);
          out.add(new Term(sb.toString(), Character.isUpperCase(cp), Character.isDigit(cp), brk, sent));
          brk = false;
          sent = false;
        }
        from = to + 1;
      }
      brk = closingDot;
      sent = closingDot;
    }
    return out;
  }

  /** A one-char hyphen or apostrophe with no space on either side and a letter on both sides. */
  private static boolean joiner(CharSequence text, Tokens t, int i) {
    int s = t.start(i), e = t.end(i);
    if (e - s != 1 || i == 0 || i + 1 >= t.size()) return false;
    char c = text.charAt(s);
    if (c != '-' && c != '\'' && c != '\u2019') return false;
    return t.end(i - 1) == s && t.start(i + 1) == e
        && Character.isLetter(text.charAt(s - 1)) && Character.isLetter(text.charAt(e));
  }

  /** Folded tokens only, the usual input for shingling. */
  public static List<String> folded(CharSequence text) {
    List<Term> s = of(text);
    List<String> out = new ArrayList<>(s.size());
    for (Term x : s) out.add(x.folded());
    return out;
  }
}
