package vn.bantin.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyllablesTest {
  @Test
  void foldsKeepsNumbersAndJoinsHyphenatedNames() {
    List<Syllables.Syllable> s = Syllables.of("Ông Kim Jong-un đến Hà Nội ngày 28/2, chi 14.800 tỷ.");
    assertEquals(List.of("ong", "kim", "jong", "un", "den", "ha", "noi", "ngay", "28/2", "chi", "14.800", "ty"),
        s.stream().map(Syllables.Syllable::folded).toList());
    assertFalse(s.get(3).breakBefore(), "a hyphen inside a name does not break it");
    assertTrue(s.get(9).breakBefore(), "a comma does");
    assertTrue(s.get(0).sentenceStart());
    assertTrue(s.get(2).capitalized());
  }
}
