package vn.bantin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyllablesAndToneTest {

  @Test
  void validatorKnowsTheRules() {
    for (String ok : new String[] {"nghiêng", "giếng", "gì", "quốc", "khuỷu", "thuở", "xoong", "yêu", "oanh",
        "chết", "học", "Việt", "ĐƯỢC", "quyết", "ngoẹo", "gìn", "kìa", "ghế", "khuya"}) {
      assertTrue(Syllables.isValid(ok), ok);
    }
    for (String bad : new String[] {"chềt", "hoc\u0300", "ngi", "ghà", "ce", "ka", "qa", "tuổ", "hello",
        "street", "nawat", "baonghean", "vv", "đđ", "bcd", "tưỏi", "hỏá", "kyên", "am."}) {
      assertFalse(Syllables.isValid(bad), bad);
    }
  }

  @Test
  void treebankSyllablesValidateAndBothStylesShareOneKey() {
    Set<String> seen = new HashSet<>();
    int letters = 0;
    int valid = 0;
    int glide = 0;
    int markedForms = 0;
    int markedValid = 0;
    for (UdTreebank.Sentence s : UdTreebank.all()) {
      for (String w : s.words()) {
        for (String syl : w.split(" ")) {
          if (!seen.add(syl) || !syl.chars().allMatch(Character::isLetter)) continue;
          letters++;
          boolean marked = syl.chars().anyMatch(c -> VietChars.hasVietMark((char) c));
          if (marked) markedForms++;
          if (!Syllables.isValid(syl)) continue;
          valid++;
          if (marked) markedValid++;
          String old = ToneMarks.restyle(syl, ToneStyle.OLD);
          String neu = ToneMarks.restyle(syl, ToneStyle.NEW);
          if (!old.equals(neu)) glide++;
          String key = ToneMarks.key(syl);
          assertEquals(key, ToneMarks.key(old), syl);
          assertEquals(key, ToneMarks.key(neu), syl);
          assertTrue(Syllables.isValid(old) && Syllables.isValid(neu), syl);
          // A valid spelling is one of the two styles: KEEP leaves it alone.
          assertEquals(syl, ToneMarks.restyle(syl, ToneStyle.KEEP), syl);
        }
      }
    }
    double rate = valid / (double) letters;
    double markedRate = markedValid / (double) markedForms;
    System.out.printf("UD distinct letter-only forms %d, valid %.4f; with Vietnamese marks %d, valid %.4f; "
        + "with two styles %d%n", letters, rate, markedForms, markedRate, glide);
    assertTrue(rate > 0.92, "valid rate " + rate); // the rest are foreign names, acronyms, loanwords
    assertTrue(markedRate > 0.98, "valid rate of marked forms " + markedRate);
    assertTrue(glide > 30);
    assertEquals(ToneMarks.key("hoà"), ToneMarks.key("hòa"));
    assertEquals(ToneMarks.key("thuỷ"), ToneMarks.key("thủy"));
    assertEquals(ToneMarks.key("khoẻ"), ToneMarks.key("KHỎE"));
  }

  /** The definition Folding's table implements: NFD, drop non-spacing marks, đ to d, lower case. */
  private static String foldByDefinition(String s) {
    String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      if (c == 'đ' || c == 'Đ') c = 'd';
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  @Test
  void foldingTableAgreesWithTheDefinitionOnTheTreebankAndLatinText() {
    StringBuilder all = new StringBuilder();
    for (UdTreebank.Sentence s : UdTreebank.all()) all.append(s.text()).append('\n');
    all.append("Müller Straße Ça va? Ἀθῆναι ÆØÅ æøå Łódź Škoda ǅ ﬁ");
    String text = all.toString();
    assertEquals(foldByDefinition(text), Folding.fold(text));
  }

  @Test
  void foldingIsLowerCaseWithoutMarks() {
    assertEquals("trieu tien", Folding.fold("Triều Tiên"));
    assertEquals("dang cong san viet nam", Folding.fold("ĐẢNG CỘNG SẢN VIỆT NAM"));
    assertEquals("hoa", Folding.fold("hoa\u0300"));
    assertEquals("muller strasse ete", Folding.fold("Müller straße été").replace("ß", "ss"));
    assertEquals("abc 123", Folding.fold("abc 123"));
  }
}
