package vn.bantin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Paragraph;
import vn.bantin.model.ParagraphType;

class CorpusTextTest {
  private static final Article A = Article.builder().id("x").title("Triều Tiên thử tên lửa")
      .lead("Bình Nhưỡng phóng hai tên lửa đạn đạo. Hàn Quốc lên án vụ phóng.")
      .paragraphs(List.of(new Paragraph(ParagraphType.PARAGRAPH, "Theo TP.HCM, chương trình hạt nhân  tiếp tục.\nVụ phóng diễn ra lúc 6h.")))
      .build();

  @Test
  void paragraphsOnePerLineWithWhitespaceFlattened() {
    List<String> lines = new CorpusText(false, false).lines(A);
    assertEquals(List.of("Triều Tiên thử tên lửa", "Bình Nhưỡng phóng hai tên lửa đạn đạo. Hàn Quốc lên án vụ phóng.",
        "Theo TP.HCM, chương trình hạt nhân tiếp tục. Vụ phóng diễn ra lúc 6h."), lines);
  }

  @Test
  void sentencesOnePerLineKeepingAbbreviationsWhole() {
    List<String> lines = new CorpusText(true, false).lines(A);
    assertEquals(5, lines.size(), lines.toString());
    assertEquals("Bình Nhưỡng phóng hai tên lửa đạn đạo.", lines.get(1));
    assertEquals("Theo TP.HCM, chương trình hạt nhân tiếp tục.", lines.get(3));
  }

  @Test
  void wordsJoinTheirSyllablesWithUnderscoresAndNothingElseChanges() {
    List<String> lines = new CorpusText(true, true).lines(A);
    String all = String.join(" ", lines);
    assertTrue(all.contains("Triều_Tiên") && all.contains("chương_trình"), all);
    assertTrue(all.contains("hạt_nhân"), all);
    assertFalse(all.contains("_."), "punctuation never joins a word: " + all);
    // removing the underscores gives the unsegmented text back
    assertEquals(new CorpusText(true, false).lines(A), lines.stream().map(l -> l.replace('_', ' ')).toList());
  }
}
