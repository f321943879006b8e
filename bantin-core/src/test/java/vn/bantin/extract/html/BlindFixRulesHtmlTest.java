package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The small rules added for error classes seen on the blind fixtures, each with the case it must leave alone. */
class BlindFixRulesHtmlTest {
  @Test
  void readMorePointerGluedToAParagraphIsCut() {
    String p = "Giá vàng thế giới tăng do đồng USD suy yếu. >> Xem thêm: Vì sao giá vàng liên tục lập đỉnh?";
    assertEquals("Giá vàng thế giới tăng do đồng USD suy yếu.", ArticleAssembler.withoutTrailingPointer(p));
    String prose = "Người đọc có thể xem thêm tài liệu tại thư viện tỉnh, nơi lưu giữ nhiều tư liệu quý.";
    assertEquals(prose, ArticleAssembler.withoutTrailingPointer(prose));
  }

  @Test
  void placeDatelineIsNotAnOutletTag() {
    assertNull(OutletTag.of("HÀ NỘI — Petrol motorbikes may be restricted.").outlet());
    assertEquals("TPO", OutletTag.of("TPO - Mỗi sáng, học sinh lội suối.").outlet());
    assertEquals("Dân trí", OutletTag.of("(Dân trí) - Chiều 5/3, mưa lớn.").outlet());
  }

  @Test
  void captionRowUnderAPictureRow() {
    Document d = Jsoup.parse("<table><tr><td><img src=a.jpg></td></tr><tr><td>Công nhân trồng cây.</td></tr></table>"
        + "<table><tr><td>Năm</td><td>Sản lượng</td></tr><tr><td>2023</td><td>1,2 triệu tấn</td></tr></table>");
    assertTrue(Hints.rowUnderImageRow(d.select("tr").get(1)));
    assertFalse(Hints.rowUnderImageRow(d.select("tr").get(3)));
  }

  @Test
  void shortLabelsBetweenDashesAreFurniture() {
    assertTrue(Hints.boilerplateLine("- Quảng cáo -"));
    assertTrue(Hints.boilerplateLine("Mời quý độc giả xem video: Xe tải chở pháo"));
    assertFalse(Hints.boilerplateLine("- Theo dõi sức khỏe người cao tuổi định kỳ là việc các trạm y tế xã đang làm."));
  }

  @Test
  void siteNamedAfterTheHeadlineInTheHeadTitle() {
    assertEquals("Tin Miền Tây", ArticleAssembler.titleSuffix("Khánh thành cầu mới | Tin Miền Tây", "Khánh thành cầu mới"));
    assertNull(ArticleAssembler.titleSuffix("Khánh thành cầu mới", "Khánh thành cầu mới"));
    assertNull(ArticleAssembler.titleSuffix("Trang chủ | Tin Miền Tây", "Khánh thành cầu mới"));
  }
}
