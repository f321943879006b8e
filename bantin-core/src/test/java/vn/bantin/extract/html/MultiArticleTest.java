package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.ParagraphType;

/** Several complete articles on one page yield several articles; ordinary pages yield exactly one. */
class MultiArticleTest {
  @Test
  void articleFollowedByTheNextArticleYieldsTwo() throws IOException {
    List<Article> out = OutletFixturesTest.extract("two-articles.html");
    assertEquals(2, out.size());
    Article a = out.get(0), b = out.get(1);
    assertEquals("Khởi công cải tạo hồ điều hòa 800 tỷ đồng", a.title());
    assertEquals("Thêm 15 ca sốt xuất huyết trong một ngày", b.title());
    assertEquals(List.of("Minh Châu"), a.authors());
    assertEquals(List.of("Quốc Huy"), b.authors());
    assertEquals(OffsetDateTime.parse("2024-03-12T09:00+07:00"), a.published());
    assertEquals(OffsetDateTime.parse("2024-03-12T16:30+07:00"), b.published());
    assertEquals(4, a.paragraphs().size());
    assertEquals(4, b.paragraphs().size());
    assertTrue(a.lead().startsWith("Dự án cải tạo hồ"));
    assertTrue(b.lead().startsWith("Số ca mắc sốt xuất huyết"));
    assertFalse(a.body().contains("sốt xuất huyết"), "no text of the second article in the first");
    assertFalse(b.body().contains("hồ điều hòa"), "no text of the first article in the second");
    assertTrue(!a.id().equals(b.id()));
  }

  @Test
  void liveEntriesEachBecomeAnArticle() throws IOException {
    List<Article> out = OutletFixturesTest.extract("live.html");
    assertEquals(3, out.size());
    assertEquals("Khai mạc kỳ họp thứ bảy", out.get(0).title());
    assertEquals("Thảo luận về dự án Luật Đất đai sửa đổi", out.get(2).title());
    assertEquals(OffsetDateTime.parse("2024-05-20T09:40+07:00"), out.get(1).published());
    for (Article a : out) assertEquals(2, a.paragraphs().size(), a.title());
  }

  @Test
  void articleWithSubheadedSectionsStaysOne() throws IOException {
    List<Article> out = OutletFixturesTest.extract("sections.html");
    assertEquals(1, out.size());
    Article a = out.get(0);
    assertEquals("Gỡ khó cho nhà ở xã hội", a.title());
    assertEquals(9, a.paragraphs().size());
    assertEquals(ParagraphType.HEADING, a.paragraphs().get(0).type());
    assertEquals("Bối cảnh", a.paragraphs().get(0).text());
  }

  @Test
  void outletPagesStayOne() throws IOException {
    for (String n : new String[] {"tuoitre", "thanhnien", "dantri", "znews", "baoquocte", "vtv", "danviet",
        "kenh14", "cafef"}) {
      assertEquals(1, OutletFixturesTest.extract(n + ".html").size(), n);
    }
  }

  @Test
  void articleFollowedByARecommendationBoxStaysOne() {
    StringBuilder teasers = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      teasers.append("<div class=\"item\"><h4><a href=\"/r").append(i).append("\">Những điểm đến hấp dẫn dịp nghỉ lễ "
          + "năm nay số ").append(i).append("</a></h4><p>Gợi ý những địa điểm du lịch gần thành phố, phù hợp cho gia "
          + "đình có trẻ nhỏ trong kỳ nghỉ ngắn ngày.</p></div>");
    }
    String html = "<html lang=\"vi\"><body><div class=\"wrap\"><article><h1>Khách du lịch tăng mạnh dịp lễ</h1>"
        + "<time datetime=\"2024-05-01T08:00:00+07:00\">01/05/2024</time>"
        + "<p>Lượng khách du lịch đến các điểm tham quan trong dịp nghỉ lễ năm nay tăng mạnh so với cùng kỳ năm trước, "
        + "nhiều khách sạn kín phòng từ trước kỳ nghỉ.</p><p>Ngành du lịch dự báo doanh thu sẽ đạt mức cao nhất trong "
        + "ba năm trở lại đây nhờ các chương trình kích cầu được triển khai đồng loạt.</p>"
        + "<p>Các địa phương đã tăng cường kiểm tra giá dịch vụ để tránh tình trạng chặt chém du khách.</p></article>"
        + "<article class=\"box\"><h3>Có thể bạn quan tâm</h3><time datetime=\"2024-05-01\">01/05</time>"
        + teasers + "</article></div></body></html>";
    List<Article> out = new HtmlExtractor().extract(new vn.bantin.model.Page(vn.bantin.model.Provenance.ofFile(
        "x.html"), vn.bantin.model.PageFormat.HTML, html, "UTF-8"));
    assertEquals(1, out.size());
    assertEquals("Khách du lịch tăng mạnh dịp lễ", out.get(0).title());
    assertEquals(3, out.get(0).paragraphs().size());
  }
}
