package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Entity;
import vn.bantin.model.Mention;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Quote;

/** Empty, unbalanced and random input must neither throw nor produce offsets outside the text. */
class RobustnessTest {
  private final KnowledgeStage stage = new KnowledgeStage();

  private void checkOffsets(Article a) {
    String t = a.text();
    for (Entity e : a.entities()) {
      for (Mention m : e.mentions()) assertEquals(m.text(), t.substring(m.start(), m.end()));
    }
    for (Quote q : a.quotes()) assertEquals(q.text(), t.substring(q.start(), q.end()));
  }

  @Test
  void emptyArticle() {
    Article a = stage.apply(Article.builder().id("e").build());
    assertTrue(a.entities().isEmpty() && a.quotes().isEmpty() && a.events().isEmpty());
  }

  @Test
  void unbalancedMarksAndOddPunctuation() {
    Article a = stage.apply(Article.builder().id("u").title("“Mỹ nói").paragraphs(List.of(
        Paragraph.of("Ông Trump nói: \"Chúng tôi sẽ"), Paragraph.of("' - ; Nga … “”"), Paragraph.of("Hà Nội,"))).build());
    checkOffsets(a);
    assertTrue(a.entities().stream().anyMatch(e -> e.id().equals("loc:hanoi")));
  }

  @Test
  void randomTextNeverBreaksTheStage() {
    Random r = new Random(42);
    String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBĐÊÔƠƯKMNTVàáảãạềếểễệ .,:;!?\"“”‘’'()-/0123456789\n";
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(400);
      for (int k = 0; k < n; k++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      Article a = stage.apply(Article.builder().id("r" + i).title("Tin").paragraphs(List.of(Paragraph.of(sb.toString())))
          .build());
      checkOffsets(a);
    }
  }
}
