package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Provenance;

/** Pathological pages finish without stack overflow; the article text inside them is still found. */
// A hang guard, not a speed target (speed is measured by ExtractionBench): each case runs in about 2 s, so a
// limit of 120 s only trips on a superlinear path, as one did once (302 s on nested inline markup).
@Timeout(120)
class BoundedInputTest {
  private static final String PARA = "<p>Người dân địa phương cho biết mực nước sông dâng cao từ chiều qua, nhiều "
      + "tuyến đường bị ngập sâu khiến việc đi lại gặp nhiều khó khăn, lực lượng chức năng đã có mặt hỗ trợ.</p>";

  private static Page page(String html) {
    return new Page(new Provenance("gen.html", null, -1, "https://example.vn/a.html", null), PageFormat.HTML, html,
        "UTF-8");
  }

  @Test
  void hundredThousandDeepNestingDoesNotOverflow() {
    int depth = 100_000;
    StringBuilder sb = new StringBuilder(depth * 12 + 2000);
    sb.append("<html lang=\"vi\"><head><title>Tin sâu</title></head><body><h1>Nước sông dâng cao</h1>");
    for (int i = 0; i < depth; i++) sb.append(i % 2 == 0 ? "<div>" : "<span>");
    sb.append(PARA).append(PARA).append(PARA);
    for (int i = depth - 1; i >= 0; i--) sb.append(i % 2 == 0 ? "</div>" : "</span>");
    sb.append("</body></html>");
    List<Article> out = new HtmlExtractor().extract(page(sb.toString()));
    assertEquals(1, out.size());
    assertTrue(out.get(0).body().contains("mực nước sông dâng cao"), out.get(0).body());
  }

  @Test
  void deeplyNestedInlineFormattingDoesNotOverflow() {
    StringBuilder sb = new StringBuilder();
    sb.append("<html><body><h1>Tiêu đề</h1>").append(PARA);
    for (int i = 0; i < 100_000; i++) sb.append("<b><i>x");
    sb.append("</body></html>");
    List<Article> out = new HtmlExtractor().extract(page(sb.toString()));
    assertEquals(1, out.size());
  }

  @Test
  void twentyMegabytePageFinishes() {
    StringBuilder sb = new StringBuilder(21_000_000);
    sb.append("<html lang=\"vi\"><head><title>Trang lớn</title></head><body><h1>Nước sông dâng cao</h1>");
    sb.append("<article>").append(PARA.repeat(20)).append("</article>");
    int i = 0;
    while (sb.length() < 20_000_000) {
      sb.append("<div class=\"item\"><a href=\"/tin-").append(i++).append(".html\">Tin khác số ").append(i)
          .append("</a> <span>mô tả ngắn</span></div>\n");
    }
    List<Article> out = new HtmlExtractor().extract(page(sb.toString()));
    assertEquals(1, out.size());
    Article a = out.get(0);
    assertTrue(a.body().contains("lực lượng chức năng"), "article text found");
    assertFalse(a.body().contains("Tin khác số"), "link list left out");
  }
}
