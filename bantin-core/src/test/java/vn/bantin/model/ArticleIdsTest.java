package vn.bantin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  @Test
  void sameArticleSameIdWhateverItsWhitespaceOrUnicodeForm() {
    String title = "Hội nghị thượng đỉnh Mỹ – Triều Tiên";
    String body = "Đoạn một.\n\nĐoạn hai.";
    String id = ArticleIds.of("https://www.vnexpress.net/a.html", title, body);
    assertTrue(id.matches("[0-9a-f]{16}"), id);
    assertEquals(id, ArticleIds.of("https://vnexpress.net/b.html", "  " + title + " ", "Đoạn một.\n \t\nĐoạn hai.  "));
    assertEquals(id, ArticleIds.of("http://vnexpress.net/", Normalizer.normalize(title, Normalizer.Form.NFD),
        Normalizer.normalize(body, Normalizer.Form.NFD)));
  }

  @Test
  void theSameTextFromAnotherOutletIsAnotherArticle() {
    String a = ArticleIds.of("https://danviet.vn/x", "Tiêu đề", "Thân bài.");
    assertNotEquals(a, ArticleIds.of("https://baoquocte.vn/x", "Tiêu đề", "Thân bài."));
    assertNotEquals(a, ArticleIds.of("https://danviet.vn/x", "Tiêu đề khác", "Thân bài."));
    assertEquals(ArticleIds.of(null, "T", "B"), ArticleIds.of("not a url", "T", "B"));
  }
}
