package vn.bantin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static String show(String text) {
    StringBuilder sb = new StringBuilder();
    for (Token t : Tokenizer.tokenize(text).list()) {
      if (sb.length() > 0) sb.append(" | ");
      sb.append(t.text());
      if (t.type() != TokenType.WORD && t.type() != TokenType.PUNCT) sb.append('/').append(t.type());
    }
    return sb.toString();
  }

  @Test
  void keepsSpecialTokensWhole() {
    assertEquals("Sáng | 30/7/2025/DATE | , | TPHCM | đón | máy | bay | lúc | 4h30/TIME | và | 14:30/TIME",
        show("Sáng 30/7/2025, TPHCM đón máy bay lúc 4h30 và 14:30"));
    assertEquals("Giá | 1.000.000/NUMBER | đồng | , | tăng | 3,5%/NUMBER | ( | 2025-07-30/DATE | )",
        show("Giá 1.000.000 đồng, tăng 3,5% (2025-07-30)"));
    assertEquals("Xem | https://baoquocte.vn/a-b-305760.html/URL | và | (Baonghean.vn/URL | )".replace("(Baonghean", "( | Baonghean"),
        show("Xem https://baoquocte.vn/a-b-305760.html và (Baonghean.vn)"));
    assertEquals("Gửi | toasoan@vnexpress.net/EMAIL | hoặc | www.vnexpress.net/URL | .",
        show("Gửi toasoan@vnexpress.net hoặc www.vnexpress.net."));
    assertEquals("PGS.TS./ABBREVIATION | Nguyễn | Văn | A | tại | TP.HCM/ABBREVIATION | , | Q./ABBREVIATION | 1/NUMBER",
        show("PGS.TS. Nguyễn Văn A tại TP.HCM, Q. 1"));
    assertEquals("Washington | D.C./ABBREVIATION | , | B.I./ABBREVIATION | , | T.Ư/ABBREVIATION | , | v.v./ABBREVIATION",
        show("Washington D.C., B.I., T.Ư, v.v."));
    assertEquals("ăn | tối | cùng | Mr./ABBREVIATION | Nawat | ...", show("ăn tối cùng Mr.Nawat..."));
    assertEquals("COVID-19 | và | H5N1 | ; | it's | ok | !?", show("COVID-19 và H5N1; it's ok!?"));
  }

  @Test
  void offsetsPointIntoTheText() {
    String s = "  Hà Nội, 30/7 …  ";
    for (Token t : Tokenizer.tokenize(s).list()) assertEquals(t.text(), s.substring(t.start(), t.end()));
    assertEquals(List.of("Hà", "Nội", ",", "30/7", "…"), Tokenizer.tokenize(s).texts());
  }

  @Test
  void sentencesInVietnameseNews() {
    String text = "TS. Lê Văn B, ThS. Trần C và PGS.TS. Nguyễn D đến TP. Hồ Chí Minh. Họ nói: \"Rất tốt!\" "
        + "Sau đó... mọi người về. Ông Nguyễn V. A. phát biểu tại Q. 1 về giá, điện, nước v.v. Tiếp theo là "
        + "phần hỏi đáp.\nTin mới nhất hôm nay\nHội nghị bắt đầu lúc 8h.";
    List<String> got = SentenceSplitter.split(text).stream().map(sp -> sp.of(text)).toList();
    assertEquals(List.of(
        "TS. Lê Văn B, ThS. Trần C và PGS.TS. Nguyễn D đến TP. Hồ Chí Minh.",
        "Họ nói: \"Rất tốt!\"",
        "Sau đó... mọi người về.",
        "Ông Nguyễn V. A. phát biểu tại Q. 1 về giá, điện, nước v.v.",
        "Tiếp theo là phần hỏi đáp.",
        "Tin mới nhất hôm nay",
        "Hội nghị bắt đầu lúc 8h."), got);
  }

  @Test
  void sentenceBoundariesOfTheTreebankTestSplit() {
    List<UdTreebank.Sentence> sents = UdTreebank.read("test");
    StringBuilder text = new StringBuilder();
    Set<Integer> gold = new HashSet<>();
    for (UdTreebank.Sentence s : sents) {
      if (text.length() > 0) text.append(' ');
      text.append(s.text());
      gold.add(text.length());
    }
    Set<Integer> pred = new HashSet<>();
    for (SentenceSplitter.Span sp : SentenceSplitter.split(text)) pred.add(sp.end());
    int tp = 0;
    for (int e : pred) if (gold.contains(e)) tp++;
    double p = tp / (double) pred.size();
    double r = tp / (double) gold.size();
    double f = 2 * p * r / (p + r);
    System.out.printf("UD test sentence boundaries: P=%.4f R=%.4f F1=%.4f (%d gold, %d predicted)%n",
        p, r, f, gold.size(), pred.size());
    assertTrue(p >= 0.98 && r >= 0.98, "P=" + p + " R=" + r);
  }

  @Test
  void tokensOfTheTreebankMatchItsSyllables() {
    // Every UD word is one or more space-separated syllables; the tokenizer must not break inside them.
    int words = 0, same = 0;
    for (UdTreebank.Sentence s : UdTreebank.read("test")) {
      for (String w : s.words()) {
        for (String syl : w.split(" ")) {
          words++;
          List<String> toks = Tokenizer.tokenize(syl).texts();
          if (toks.size() == 1 && toks.get(0).equals(syl)) same++;
        }
      }
    }
    double rate = same / (double) words;
    System.out.printf("UD test syllables kept as one token: %.4f of %d%n", rate, words);
    assertTrue(rate > 0.99, "rate " + rate);
  }
}
