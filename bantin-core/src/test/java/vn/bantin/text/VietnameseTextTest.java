package vn.bantin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  @Test
  void tokensOfNormalizedTextPointIntoTheOriginal() {
    String original = "Ho\u0300a Bi\u0300nh\u200B bị tấ.n côn.g lúc 4h30 (xem Baonghean.vn).";
    NormalizedText t = VietnameseText.normalize(original);
    Tokens tok = VietnameseText.tokenize(t.text());
    StringBuilder back = new StringBuilder();
    for (int i = 0; i < tok.size(); i++) {
      String src = original.substring(t.originalStart(tok.start(i)), t.originalEnd(tok.end(i)));
      back.append(src).append('|');
      // Every token's source, cleaned the same way, gives the token again.
      assertEquals(tok.text(i), VietnameseText.normalize(src).text(), src);
    }
    assertEquals("Ho\u0300a|Bi\u0300nh|bị|tấ.n|côn.g|lúc|4h30|(|xem|Baonghean.vn|)|.|", back.toString());
  }

  @Test
  void matchKeysIgnoreToneStyleAndCaseButNotDiacritics() {
    assertEquals(VietnameseText.matchKey("Hòa Bình, thủy điện"), VietnameseText.matchKey("HOÀ BÌNH, THUỶ ĐIỆN"));
    assertNotEquals(VietnameseText.matchKey("hoa binh"), VietnameseText.matchKey("Hòa Bình"));
    assertEquals("hoa binh", VietnameseText.fold("Hòa Bình"));
  }

  @Test
  void wordsAndSentencesOfAParagraph() {
    String p = "Triều Tiên đe dọa chiến tranh hạt nhân. Washington chưa phản hồi.";
    List<SentenceSplitter.Span> s = VietnameseText.sentences(p);
    assertEquals(2, s.size());
    List<String> words = VietnameseText.words(p).stream().map(w -> w.of(p)).toList();
    assertTrue(words.contains("chiến tranh") && words.contains("phản hồi"), words.toString());
  }
}
