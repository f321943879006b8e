package vn.bantin.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchTokensTest {
  @Test
  void foldsKeepsNumbersAndJoinsHyphenatedNames() {
    List<MatchTokens.Term> s = MatchTokens.of("Ông Kim Jong-un đến Hà Nội ngày 28/2, chi 14.800 tỷ.");
    assertEquals(List.of("ong", "kim", "jong", "un", "den", "ha", "noi", "ngay", "28/2", "chi", "14.800", "ty"),
        s.stream().map(MatchTokens.Term::folded).toList());
    assertFalse(s.get(3).breakBefore(), "a hyphen inside a name does not break it");
    assertTrue(s.get(9).breakBefore(), "a comma does");
    assertTrue(s.get(0).sentenceStart());
    assertFalse(s.get(1).sentenceStart());
    assertTrue(s.get(2).capitalized());
    assertTrue(s.get(8).numeric());
  }

  @Test
  void tonePlacementCaseAndNormalizationFormGiveOneForm() {
    String oldStyle = "Thanh Hoà tuỳ ý";
    String newStyle = "THANH HÒA TÙY Ý";
    String decomposed = Normalizer.normalize("Thanh Hòa tùy ý", Normalizer.Form.NFD);
    List<String> expected = List.of("thanh", "hoa", "tuy", "y");
    assertEquals(expected, MatchTokens.folded(oldStyle));
    assertEquals(expected, MatchTokens.folded(newStyle));
    assertEquals(expected, MatchTokens.folded(decomposed));
  }

  @Test
  void sentencesAndLinesBreakButDotsInsideAbbreviationsDoNot() {
    List<MatchTokens.Term> s = MatchTokens.of("Mưa lớn ở TP.HCM sáng 4h30\nNgười dân: đi lại khó");
    assertEquals(List.of("mua", "lon", "o", "tp", "hcm", "sang", "4h30", "nguoi", "dan", "di", "lai", "kho"),
        s.stream().map(MatchTokens.Term::folded).toList());
    assertFalse(s.get(4).breakBefore(), "the dots inside TP.HCM end nothing");
    assertTrue(s.get(7).sentenceStart(), "a line break opens a sentence");
    assertTrue(s.get(9).sentenceStart() && s.get(9).breakBefore(), "so does a colon");
    assertEquals(MatchTokens.folded("ở TP HCM"), MatchTokens.folded("ở TP.HCM"), "one city, however written");
    assertEquals(MatchTokens.folded("ở TP HCM"), MatchTokens.folded("ở TP. HCM"));
  }
}
