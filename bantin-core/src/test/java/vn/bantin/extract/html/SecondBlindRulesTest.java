package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Provenance;

/** The rules added for the error classes of the second blind set, each with the case it must leave alone. */
class SecondBlindRulesTest {
  @Test
  void lineSignedWithAMediaCreditUnderAVideoBoxIsACaption() {
    Document d = Jsoup.parse("<div><div class=v><video src=a.mp4></video></div><p>Trailer phim. Video: Đoàn phim</p>"
        + "<p>Đoạn văn tiếp theo kể về bộ phim và những cảnh quay trên biển của đoàn.</p></div>"
        + "<div><div class=v><video src=b.mp4></video></div><p>Đoạn văn không có ghi chú nguồn ảnh nào.</p></div>"
        + "<p>Ông cho biết bối cảnh: vùng biển miền Trung</p>");
    assertTrue(Hints.creditedUnderMedia(d.select("p").get(0)));
    assertFalse(Hints.creditedUnderMedia(d.select("p").get(1)));
    assertFalse(Hints.creditedUnderMedia(d.select("p").get(2)));
    assertFalse(Hints.creditedUnderMedia(d.select("p").get(3)));
  }

  @Test
  void oneWordOutletNameOpeningTheLeadIsATag() {
    OutletTag t = OutletTag.of("Kinhtedothi - Để nhà ở xã hội đến tay người lao động.");
    assertEquals("Kinhtedothi", t.outlet());
    assertEquals("Để nhà ở xã hội đến tay người lao động.", t.rest());
    assertNull(OutletTag.of("Nông dân - những người giữ đất, vẫn bám ruộng.").outlet());
  }

  @Test
  void ariaRegionLabelsNameTheRegion() {
    Hints.Cache cache = new Hints.Cache();
    Document d = Jsoup.parse("<section aria-labelledby=article-byline>a</section>"
        + "<section aria-labelledby=podcast-promo>b</section><section aria-labelledby=story-text>c</section>");
    int byline = cache.flags(d.select("section").get(0));
    assertTrue((byline & Hints.BYLINE) != 0 && (byline & Hints.NEGATIVE) != 0);
    assertTrue((cache.flags(d.select("section").get(1)) & Hints.NEGATIVE) != 0);
    assertEquals(0, cache.flags(d.select("section").get(2)) & (Hints.NEGATIVE | Hints.BYLINE));
  }

  @Test
  void dayMonthYearWrittenWithThangIsADateline() {
    assertTrue(ArticleAssembler.looksLikeDateline("14 tháng 3 2024"));
    assertFalse(ArticleAssembler.looksLikeDateline("Có 14 tháng 3 năm 2024 người dân xếp hàng chờ mua vé xem trận"));
  }

  @Test
  void shortLineInsideAPictureFigureIsNotBody() {
    String html = "<html><body><article><h1>Tiêu đề bài viết về thị trường nhà ở</h1>"
        + "<p>Đoạn thứ nhất của bài viết nói về giá nhà ở tăng mạnh trong năm nay tại các thành phố lớn.</p>"
        + "<figure><div><span>Getty Images</span></div><img src=a.jpg><figcaption>Nhà ở Seoul</figcaption></figure>"
        + "<p>Đoạn thứ hai nói về chính sách hỗ trợ người trẻ mua nhà lần đầu của chính phủ nước này.</p>"
        + "<figure><blockquote>Trích dẫn dài của một chuyên gia về nhà ở nằm trong figure không có ảnh.</blockquote></figure>"
        + "</article></body></html>";
    List<Article> as = new HtmlExtractor().extract(
        new Page(Provenance.ofFile("t.html"), PageFormat.HTML, html, "UTF-8"));
    List<String> body = as.get(0).paragraphs().stream().map(Paragraph::text).toList();
    assertFalse(body.contains("Getty Images"), body.toString());
    assertTrue(body.contains("Trích dẫn dài của một chuyên gia về nhà ở nằm trong figure không có ảnh."), body.toString());
  }
}
