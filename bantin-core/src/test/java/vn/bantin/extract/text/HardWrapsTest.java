package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HardWrapsTest {
  private static List<String> texts(String dump) {
    return HardWraps.join(List.of(dump.split("\n", -1))).stream().map(HardWraps.Line::text).toList();
  }

  @Test
  void wrappedParagraphsAreJoinedAndBlankLinesStillSeparate() {
    String dump = "Tiêu đề bài viết về xe buýt\n\n"
        + "Thành phố đưa vào hoạt động tuyến xe buýt mới dài 38 km, nối bán\n"
        + "đảo với phố cổ, phục vụ cả người dân và du khách trong mùa hè\n"
        + "năm nay.\n\n"
        + "Tuyến có 24 điểm dừng dọc đường ven biển, tần suất hai mươi phút\n"
        + "một chuyến, chạy từ sáng sớm đến tối muộn hằng ngày.\n";
    List<String> out = texts(dump);
    assertEquals(3, out.size(), out.toString());
    assertEquals("Thành phố đưa vào hoạt động tuyến xe buýt mới dài 38 km, nối bán đảo với phố cổ, phục vụ cả "
        + "người dân và du khách trong mùa hè năm nay.", out.get(1));
  }

  @Test
  void oneBlockALineDumpsAreLeftAlone() {
    // no blank lines: each line is its own block even when the next starts in lower case
    String dump = "Một dòng tiêu đề khá dài của trang tin tức địa phương\n"
        + "ngày 12/6 cập nhật\nĐoạn văn thứ nhất của bài.\n";
    assertEquals(3, texts(dump).size());
  }

  @Test
  void aHeadlineOverItsDateOrLeadIsNotJoined() {
    String dump = "Đà Nẵng khai trương tuyến xe buýt ven biển nối Sơn Trà với Hội An\n07/05/2025 09:40\n\n"
        + "Sáng 7/5, thành phố Đà Nẵng đưa vào hoạt động tuyến xe buýt ven biển\n"
        + "dài 38 km, nối bán đảo Sơn Trà với phố cổ Hội An, phục vụ cả người dân\n"
        + "và du khách.\n";
    List<String> out = texts(dump);
    assertEquals(3, out.size(), out.toString());
    assertEquals("07/05/2025 09:40", out.get(1));
  }

  @Test
  void breaksBeforeCapitalsAndAltTextOverItsCaption() {
    // wrapped at 76 columns with every break but one before a capital or a number; the alt text line is full
    // but ends at its image number, so its caption stays a block of its own
    String dump = "Nông dân huyện Châu Thành, Long An đang vào vụ thu hoạch thanh long trái vụ.\n"
        + "Giá bán tại vườn khoảng 25.000 đồng/kg, gấp đôi cùng kỳ năm ngoái.\n\n"
        + "Theo Phòng Nông nghiệp huyện, toàn huyện có khoảng 11.000 ha thanh long.\n"
        + "Trong đó hơn 60% diện tích được thắp đèn để cho trái nghịch mùa, thương lái\n"
        + "Trung Quốc và các doanh nghiệp xuất khẩu sang Hàn Quốc đang thu mua mạnh.\n\n"
        + "Thương lái Trung Quốc và doanh nghiệp xuất khẩu thu mua thanh long - Hình 1\n"
        + "Thanh long được đóng thùng tại một vựa ở xã Dương Xuân Hội. Ảnh: Minh Hải.\n";
    List<String> out = texts(dump);
    assertEquals(4, out.size(), out.toString());
    assertEquals("Thương lái Trung Quốc và doanh nghiệp xuất khẩu thu mua thanh long - Hình 1", out.get(2));
  }
}
