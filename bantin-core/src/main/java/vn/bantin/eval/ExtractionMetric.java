package vn.bantin.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-body metric of the shared evaluation sets (see shared/README.md, after the article extraction
 * benchmark): both texts NFC-normalized and tokenized with Unicode {@code \w+}; the multisets of overlapping
 * 4-token shingles compared (a text of fewer than 4 tokens is one shorter shingle); per page precision =
 * |pred ∩ truth| / |pred| and recall = |pred ∩ truth| / |truth|, an empty side scoring 0, or 1 when both are
 * empty; precision and recall averaged over pages, and F1 taken of the averages.
 */
public final class ExtractionMetric {
  private ExtractionMetric() {}

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  /** Precision and recall of one page. */
  public record Score(double precision, double recall) {}

  /** Averages over pages and the F1 of the averages. */
  public record Summary(double precision, double recall, double f1, int pages) {}

  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
    while (m.find()) out.add(m.group());
    return out;
  }

  /** The multiset of overlapping 4-token shingles (one shorter shingle when there are fewer tokens). */
  public static Map<String, Integer> shingles(String text) {
    List<String> t = tokens(text);
    Map<String, Integer> out = new HashMap<>();
    if (t.isEmpty()) return out;
    int count = Math.max(1, t.size() - N + 1);
    for (int i = 0; i < count; i++) {
      String key = String.join("\u0001", t.subList(i, Math.min(t.size(), i + N)));
      out.merge(key, 1, Integer::sum);
    }
    return out;
  }

  public static Score score(String predicted, String truth) {
    return score(predicted, truth, "");
  }

  /**
   * Scores one page, ignoring predicted shingles that only match {@code optional} text (lines a gold file
   * marks as neither rewarded nor penalized; {@code truth} must not contain them).
   */
  public static Score score(String predicted, String truth, String optional) {
    Map<String, Integer> p = shingles(predicted);
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> o = optional == null || optional.isEmpty() ? Map.of() : shingles(optional);
    long predCount = 0, truthCount = 0, common = 0;
    for (int c : t.values()) truthCount += c;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      int pc = e.getValue();
      int tc = t.getOrDefault(e.getKey(), 0);
      int matched = Math.min(pc, tc);
      int ignored = Math.min(pc - matched, o.getOrDefault(e.getKey(), 0));
      common += matched;
      predCount += pc - ignored;
    }
    if (predCount == 0 && truthCount == 0) return new Score(1, 1);
    if (predCount == 0 || truthCount == 0) return new Score(0, 0);
    return new Score(common / (double) predCount, common / (double) truthCount);
  }

  public static Summary summarize(List<Score> scores) {
    if (scores.isEmpty()) return new Summary(0, 0, 0, 0);
    double p = 0, r = 0;
    for (Score s : scores) {
      p += s.precision();
      r += s.recall();
    }
    p /= scores.size();
    r /= scores.size();
    return new Summary(p, r, f1(p, r), scores.size());
  }

  public static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
