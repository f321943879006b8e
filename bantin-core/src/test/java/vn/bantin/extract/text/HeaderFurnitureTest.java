package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Provenance;

/** Page furniture between a headline and its text (login links, a section menu) must not become the title. */
class HeaderFurnitureTest {
  static final String DUMP = String.join("\n\n",
      "Đà Nẵng mở lại tuyến xe buýt ra sân bay sau ba tháng tạm dừng",
      "Đăng nhập / Đăng ký",
      "Trang chủ | Xã hội | Giao thông | Đô thị | Kinh doanh",
      "09:40 05/03/2025",
      "Từ sáng nay, tuyến xe buýt số 7 nối trung tâm Đà Nẵng với sân bay quốc tế hoạt động trở lại với tần suất 20 phút một chuyến.",
      "Đà Nẵng mở lại tuyến xe buýt ra sân bay sau ba tháng tạm dừng - Hình 1",
      "Xe buýt số 7 đón khách tại sân bay sáng 5/3. Ảnh: Minh Khang",
      "Tuyến buýt phải tạm dừng từ tháng 12 năm ngoái để sửa chữa cầu vượt trên đường Nguyễn Văn Linh.",
      "Giá vé giữ nguyên 10.000 đồng một lượt, học sinh và người cao tuổi được giảm một nửa.",
      "Tin liên quan",
      "Đà Nẵng thử nghiệm xe buýt điện ở bán đảo Sơn Trà",
      "Sân bay Đà Nẵng đón lượng khách kỷ lục dịp Tết");

  @Test
  void theHeadlineRepeatedByTheImageMarkerIsTheTitleAndFurnitureStaysOut() {
    List<Article> as = new TextDumpExtractor().extract(
        new Page(Provenance.ofFile("menu.txt"), PageFormat.TEXT, DUMP, "UTF-8"));
    assertEquals(1, as.size());
    Article a = as.get(0);
    assertEquals("Đà Nẵng mở lại tuyến xe buýt ra sân bay sau ba tháng tạm dừng", a.title());
    String text = a.lead() + "\n" + a.body();
    for (String furniture : List.of("Đăng nhập", "Trang chủ", "Tin liên quan", "bán đảo Sơn Trà", "Hình 1")) {
      assertFalse(text.contains(furniture), furniture + " in " + text);
    }
    assertTrue(text.contains("tần suất 20 phút"));
    assertTrue(a.body().contains("giảm một nửa"));
    assertEquals(List.of("Xe buýt số 7 đón khách tại sân bay sáng 5/3. Ảnh: Minh Khang"), a.captions());
  }

  @Test
  void menuLinesAreThreeOrMoreSectionNames() {
    assertTrue(LineShapes.isMenuLine("Thời sự Thế giới Kinh tế Pháp luật"));
    assertTrue(LineShapes.isMenuLine("Trang chủ | Giao thông | Đô thị"));
    assertFalse(LineShapes.isMenuLine("Kinh tế thế giới"), "two names is a headline-sized phrase, not a menu");
    assertFalse(LineShapes.isMenuLine("Thế giới kinh tế suy thoái vì chiến tranh thương mại"));
  }
}
