package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Paragraph;

/** The knowledge layer reads Vietnamese; articles in another language pass through untouched. */
class LanguageGateTest {
  static Article article(String lang, String body) {
    return Article.builder().id("x").title("Tổng thống Putin điện đàm với Tổng thống Trump").language(lang)
        .paragraphs(List.of(Paragraph.of(body))).build();
  }

  @Test
  void vietnameseAndUnknownLanguageAreRead() {
    String body = "Tổng thống Nga Vladimir Putin ngày 14/12 điện đàm với Tổng thống Mỹ Donald Trump về Triều Tiên.";
    assertFalse(new KnowledgeStage().apply(article("vi", body)).entities().isEmpty());
    assertFalse(new KnowledgeStage().apply(article(null, body)).entities().isEmpty());
  }

  @Test
  void otherLanguagesAreLeftAlone() {
    Article en = article("en", "President Vladimir Putin spoke with President Donald Trump about North Korea.");
    Article out = new KnowledgeStage().apply(en);
    assertTrue(out.entities().isEmpty() && out.quotes().isEmpty() && out.events().isEmpty());
    assertTrue(out == en, "returned unchanged");
  }
}
