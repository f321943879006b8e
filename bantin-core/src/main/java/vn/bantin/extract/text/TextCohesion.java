package vn.bantin.extract.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether two stretches of text read as one article: the share of word pairs (adjacent syllables, lower-cased,
 * diacritics kept: Vietnamese words are mostly two syllables) they have in common, over the smaller of the two
 * sets. Sections of one article keep naming the same people, places and things; two unrelated articles share
 * little beyond function words.
 *
 * <p>Measured on the 312 vietnamese-mds articles, six sentences on each side of a cut: inside one article the
 * overlap is 0.046 at the 5th percentile (median 0.118); across articles of different stories it is 0.038 at the
 * 95th percentile (median 0.009). Articles about the same event overlap like sections of one article, so a low
 * overlap is evidence of a new article but a high one is no evidence of the same article.
 */
final class TextCohesion {
  /** Overlap under which two stretches are taken for different articles (between the two percentiles above). */
  static final double UNRELATED = 0.04;
  /** Lines compared on each side: the measurements above used about this much text. */
  static final int MAX_LINES = 8;

  private TextCohesion() {}

  /** Lines each side needs before a low overlap means anything (one line shares little even with its article). */
  static final int MIN_LINES = 2;

  static boolean unrelated(List<String> before, List<String> after) {
    return before.size() >= MIN_LINES && after.size() >= MIN_LINES && overlap(before, after) < UNRELATED;
  }

  static double overlap(List<String> a, List<String> b) {
    Set<String> x = pairs(a.subList(Math.max(0, a.size() - MAX_LINES), a.size()));
    Set<String> y = pairs(b.subList(0, Math.min(b.size(), MAX_LINES)));
    int small = Math.min(x.size(), y.size());
    if (small == 0) return 1;
    int common = 0;
    for (String p : (x.size() <= y.size() ? x : y)) if ((x.size() <= y.size() ? y : x).contains(p)) common++;
    return common / (double) small;
  }

  /** Adjacent word pairs of the lines, lower-cased; words are runs of letters and digits. */
  private static Set<String> pairs(List<String> lines) {
    Set<String> out = new HashSet<>();
    StringBuilder word = new StringBuilder();
    for (String l : lines) {
      String prev = null;
      for (int i = 0; i <= l.length(); i++) {
        char c = i < l.length() ? l.charAt(i) : ' ';
        if (Character.isLetterOrDigit(c)) {
          word.append(Character.toLowerCase(c));
          continue;
        }
        if (word.length() == 0) continue;
        String w = word.toString();
        word.setLength(0);
        if (prev != null) out.add(prev + ' ' + w);
        prev = w;
      }
    }
    return out;
  }
}
