package vn.bantin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random mixtures of Vietnamese, legacy bytes, marks, emoji and punctuation never break the layer. */
class RobustnessTest {
  private static final String ALPHABET = "aăâeêioôơuưyđbcdghklmnpqrstvxAĂÂĐOƯ áàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữự"
      + "0123456789 .,;:!?…\"'“”()[]-–—/@#%&*\n\t\u00A0\u200B\u00AD\u0300\u0301\u0303\u0309\u0323"
      + "ñõøùûïäåêëüµ¸¶·¹¨»¾¼½Æ©ÇÊÈÉËÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ®§^+(`~\\"
      + "\uD83D\uDE00\uD83C\uDDFB\uD83C\uDDF3ßéçü漢字";

  @Test
  void randomTextNeverFailsAndOffsetsStayInBounds() {
    Random r = new Random(42);
    VietnameseNormalizer[] normalizers = {VietnameseNormalizer.defaults(),
        new VietnameseNormalizer(ToneStyle.OLD, true, true), new VietnameseNormalizer(ToneStyle.NEW, false, false)};
    for (int k = 0; k < 3000; k++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(k % 10 == 0 ? 400 : 40);
      for (int i = 0; i < len; i++) {
        char c = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
        sb.append(c);
        if (Character.isHighSurrogate(c) && i + 1 < len) sb.append('\uDE00');
      }
      String s = sb.toString();
      NormalizedText t = normalizers[k % 3].normalize(s);
      String n = t.text();
      int last = 0;
      for (int i = 0; i <= n.length(); i++) {
        int o = t.toOriginal(i);
        assertTrue(o >= last && o <= s.length(), "offset " + o + " for " + i + " in " + s);
        last = o;
      }
      Tokens tok = Tokenizer.tokenize(n);
      int prevEnd = 0;
      for (int i = 0; i < tok.size(); i++) {
        assertTrue(tok.start(i) >= prevEnd && tok.end(i) > tok.start(i) && tok.end(i) <= n.length(), s);
        prevEnd = tok.end(i);
        assertTrue(t.originalStart(tok.start(i)) <= t.originalEnd(tok.end(i)), s);
      }
      for (SentenceSplitter.Span sp : SentenceSplitter.split(n)) {
        assertTrue(sp.start() < sp.end() && sp.end() <= n.length(), s);
      }
      for (WordSegmenter.Word w : WordSegmenter.standard().segment(n)) {
        assertTrue(w.start() < w.end() && w.end() <= n.length(), s);
      }
      String f = Folding.fold(n);
      assertEquals(f, Folding.fold(f)); // folding is idempotent
      assertEquals(VietnameseText.matchKey(n), VietnameseText.matchKey(VietnameseText.matchKey(n)), s);
    }
  }

  @Test
  void emptyAndBlankInputs() {
    for (String s : new String[] {"", " ", "\n\n", "\u200B", "."}) {
      NormalizedText t = VietnameseNormalizer.defaults().normalize(s);
      assertEquals(s.replace("\u200B", ""), t.text());
      Tokenizer.tokenize(t.text());
      SentenceSplitter.split(t.text());
      WordSegmenter.standard().segment(t.text());
    }
  }
}
