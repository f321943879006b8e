package vn.bantin.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bantin.dedup.ContentCleaner;
import vn.bantin.dedup.MatchTokens;
import vn.bantin.dedup.MatchTokens.Term;
import vn.bantin.model.Article;

/**
 * Raw term counts of one article for story matching: folded tokens ({@link MatchTokens}) and token bigrams
 * (most Vietnamese words are two syllables, so bigrams approximate words), title terms counted with a
 * boost, and name-like capitalized sequences ("Thiên An Môn", "Kim Jong-un") as separate "@" terms.
 * Function words are skipped. Weighting by IDF happens in {@link TermSpace}.
 *
 * <p>Words from {@code vn.bantin.text.WordSegmenter} were tried as extra terms and left out: on vietnamese-mds
 * (5-fold held-out, {@code StoryEval --cv 5}) words of 2+ syllables added to bigrams left held-out F1 unchanged
 * (0.9887 pairwise) and lowered it on all 312 (0.9672 → 0.9613); words of 3+ syllables changed nothing; words
 * instead of bigrams lowered held-out F1 (0.9857). Bigrams also cost no second pass over the text.
 */
final class Features {
  private Features() {}

  /** Frequent Vietnamese function words (folded); they say nothing about which event a text reports. */
  static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(
      "va", "cua", "la", "co", "duoc", "cho", "voi", "cac", "nhung", "mot", "nay", "da", "trong", "khong",
      "nguoi", "khi", "thi", "den", "tu", "nhu", "de", "ve", "ra", "vao", "lai", "cung", "con", "se", "do",
      "nhieu", "hon", "theo", "tai", "nam", "ngay", "tren", "sau", "hay", "neu", "vi", "nen", "bi", "rang",
      "ma", "ong", "ba", "anh", "chi", "ho", "no", "chung", "toi", "ta", "day", "dang", "van", "rat", "them",
      "ca", "moi", "nhat", "qua", "len", "xuong", "truoc", "dau", "cung", "tren", "duoi", "gi", "nao", "ai",
      "bang", "thanh", "viec", "cach", "luc", "hien", "cuoc", "nhu", "vua", "roi", "phai", "can", "muon",
      "cho", "biet", "noi", "thay", "lam", "dieu", "tháng", "thang", "gio", "hai", "ba", "bon", "nam", "sau",
      "nhau", "minh", "tung", "moi", "tat", "ca", "het", "chua", "tiep", "tuc", "ngoai", "giua", "kia",
      "the", "vay", "sao", "bao", "gom", "nua", "hoac", "hang", "dong", "thuc", "su", "nhin", "tren"));

  static Map<String, Double> of(Article a, double titleBoost, double entityBoost, boolean bigrams) {
    Map<String, Double> tf = new HashMap<>();
    add(tf, a.title(), titleBoost, entityBoost, bigrams);
    for (String p : ContentCleaner.contentParagraphs(a)) add(tf, p, 1.0, entityBoost, bigrams);
    return tf;
  }

  private static void add(Map<String, Double> tf, String text, double w, double entityBoost, boolean bigrams) {
    List<Term> s = MatchTokens.of(text);
    // In Title Case Headlines every syllable is capitalized, so capitals say nothing about names there.
    int caps = 0;
    for (Term x : s) if (x.capitalized()) caps++;
    if (s.size() >= 4 && caps > 0.6 * s.size()) entityBoost = 0;
    int runStart = -1;
    for (int i = 0; i <= s.size(); i++) {
      Term x = i < s.size() ? s.get(i) : null;
      if (x != null) {
        String f = x.folded();
        boolean stop = STOP.contains(f) || f.length() < 2;
        if (!stop) tf.merge(f, w, Double::sum);
        if (bigrams && i > 0 && !x.breakBefore()) {
          String prev = s.get(i - 1).folded();
          // a function word on either side makes a junction of two words, not a word
          if (!stop && !STOP.contains(prev)) tf.merge(prev + "_" + f, w, Double::sum);
        }
      }
      // capitalized runs; a run must not start a sentence with a lone capital ("Tuy nhiên")
      boolean cap = x != null && (x.capitalized() || x.numeric() && runStart >= 0)
          && !(runStart >= 0 && x.breakBefore());
      if (cap && runStart < 0) {
        runStart = i;
        continue;
      }
      if (cap) continue;
      if (runStart >= 0) {
        int from = runStart;
        if (s.get(from).sentenceStart() && (i - from == 1 || STOP.contains(s.get(from).folded()))) from++;
        for (int k = from; k < i && entityBoost > 0; k++) {
          tf.merge("@" + s.get(k).folded(), w * entityBoost, Double::sum);
          if (k > from) tf.merge("@" + s.get(k - 1).folded() + "_" + s.get(k).folded(), w * entityBoost, Double::sum);
        }
        runStart = -1;
      }
      if (x != null && x.capitalized()) runStart = i;
    }
  }
}
