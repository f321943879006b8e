package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.extract.source.CreditLines;

class LineShapesTest {
  @Test
  void timestampLines() {
    for (String s : List.of("07:19:05 04/10/2024", "04/10/2024", "01/08/2025 10:03", "Thứ bảy, 5/10/2024, 07:19 (GMT+7)",
        "10:20 15/11/2024", "Chủ nhật, 06/10/2024 - 08:00", "Thứ Năm, 16/07/2026 17:17 |",
        "19/07/2026 14:30 (GMT+07:00)", "Cập nhật lúc 10:20 15/11/2024", "Ngày đăng: 15/11/2024")) {
      assertTrue(LineShapes.isTimestamp(s), s);
    }
    for (String s : List.of("Ngày 1/3, vài giờ sau khi hội nghị kết thúc.", "31/7/2025, Nữ phi công Mỹ gốc Việt tử nạn")) {
      assertFalse(LineShapes.isTimestamp(s), s);
    }
    assertEquals(OffsetDateTime.parse("2024-10-04T07:19:05+07:00"), DumpTimestamps.parse("07:19:05 04/10/2024"));
    assertEquals(OffsetDateTime.parse("2024-10-06T08:00+07:00"), DumpTimestamps.parse("Chủ nhật, 06/10/2024 - 08:00"));
    assertNull(DumpTimestamps.parse("31/02/2024"));
  }

  @Test
  void imageAltTextAndSlugs() {
    assertTrue(LineShapes.hasImageNumber("Kim Jong-un cử người tới Nga đàm phán với Mỹ - Hình 1"));
    assertTrue(LineShapes.hasImageNumber("KCNA: Ong Kim va Trump se tiep tuc dam phan hinh anh 2"));
    assertFalse(LineShapes.hasImageNumber("Đội tuyển giành chiến thắng 2-1."));
    assertTrue(LineShapes.isSlug("my van hy vong tai khoi dong quan he ngoai giao voi trieu tien"));
    assertFalse(LineShapes.isSlug("Apple unveils the new iPhone lineup today"));
    assertTrue(LineShapes.isSlugPrefixed(
        "my van hy vong tai khoi dong quan he ngoai giao voi trieu tien Nga, Trung Quốc lên tiếng"));
    assertEquals("Giới chuyên gia hối thúc Trump", LineShapes.withoutImageNumber("Giới chuyên gia hối thúc Trump - Hình 1"));
  }

  @Test
  void captionsFurnitureAndLinks() {
    assertTrue(LineShapes.hasPhotoCredit("Ông Moon Jae In tại khu phi quân sự. Ảnh: Reuters."));
    assertTrue(LineShapes.hasPhotoCredit("Bộ trưởng Quốc phòng Mỹ Mark Esper. (Nguồn: Getty)"));
    assertTrue(LineShapes.hasPhotoCredit("Nông dân thu hoạch cà phê. (Ảnh minh họa)"));
    assertFalse(LineShapes.hasPhotoCredit("Theo ông, đây là bước tiến quan trọng."));
    for (String s : List.of("TIN LIÊN QUAN", "Tiêu điểm", "Đọc thêm", "Cùng chủ đề", "Bài đọc nhiều", "Video đang HOT",
        "Leave a Reply", "Theo dõi VGT trên", "Theo dõi Báo Dân trí trên Google News", "Có thể bạn quan tâm")) {
      assertTrue(LineShapes.isBoilerplatePhrase(s), s);
    }
    assertFalse(LineShapes.isBoilerplatePhrase("Tổng thống Putin hoan nghênh nhận thức thực tế của Mỹ."));
    assertTrue(LineShapes.isListHeader("Cùng chuyên mục"));
    assertFalse(LineShapes.isListHeader("Bình luận"));
    assertTrue(LineShapes.isRelatedLink("Xem thêm: Động đất liên tiếp làm rung chuyển miền nam Nhật Bản"));
    assertTrue(LineShapes.isRelatedLink(">> Giá vàng hôm nay tăng mạnh"));
    assertFalse(LineShapes.isRelatedLink("Xem thêm các thông tin trên trang của bộ."));
  }

  @Test
  void toolRowsFootersAndGluedLines() {
    for (String s : List.of("Nghe Chia sẻ Lưu tin Bình luận Trở về", "Chia sẻ Facebook", "Sự kiện: Vụ nữ sinh tử vong",
        "Đàm Đệ Nhà báo", "Báo lỗi cho Soha")) {
      assertTrue(LineShapes.isToolRow(s), s);
    }
    assertFalse(LineShapes.isToolRow("Bảo vệ quyền lợi người tiêu dùng trên sàn thương mại điện tử"));
    assertTrue(LineShapes.isFooter("Giấy phép số 20/GP-BVHTTDL cấp ngày 18-4-2025."));
    assertTrue(LineShapes.isFooter("Tổng biên tập: Nguyễn Văn A"));
    assertFalse(LineShapes.isFooter("Giá điện tăng từ tháng sau theo quyết định của Bộ Công Thương."));
    assertTrue(LineShapes.isDoubled("Trở lại Thời sựTrở lại Thời sự"));
    assertTrue(LineShapes.isDataLine("Argentina: Emi Martínez; Montiel, Romero; Messi, Alvarez"));
    assertTrue(LineShapes.isBoilerplatePhrase("Chọn VnExpress làm nguồn ưu tiên trên Google Search"));
    assertTrue(LineShapes.isBoilerplatePhrase("Báo Tin Tức trên Google News"));
    assertTrue(LineClassifier.isName("Đức Hùng"));
    assertFalse(LineClassifier.isName("Video đang HOT"));
    assertFalse(LineClassifier.isName("Thế giới"));
  }

  @Test
  void sentenceAndHeadlineShapes() {
    LineClassifier c = new LineClassifier(CreditLines.standard());
    assertEquals(LineKind.HEADLINE, c.shape("Putin, Trump điện đàm về Triều Tiên"));
    assertEquals(LineKind.HEADLINE, c.shape("Sẽ thế nào nếu NATO vắng bóng Mỹ?"));
    assertEquals(LineKind.HEADLINE, c.shape("Điều kiện để công ty Mỹ quay lại Nga, Cuba vận hành công..."));
    assertEquals(LineKind.HEADLINE, c.shape("Mỹ hy vọng tiến trình ngoại giao với Triều Tiên, vừa 'sẵn sàng chiến đấu'"));
    assertEquals(LineKind.SENTENCE, c.shape(
        "Thông báo cho biết hai nhà lãnh đạo nhất trí duy trì tiếp xúc nhưng không nêu chi tiết."));
    assertEquals(LineKind.CREDIT, c.shape("Theo Danviet"));
    assertEquals(LineKind.BOILERPLATE, c.shape("Netizen"));
    assertEquals(LineKind.CAPTION, c.shape("Tổng thống Mỹ Donald Trump (trái) và người đồng cấp Nga. Ảnh: Reuters."));
    assertEquals(LineKind.CAPTION, c.shape("Toàn cảnh một phiên họp Quốc hội Ukraine ở Kiev. Ảnh tư liệu: AFP/TTXVN"));
    // a title opening with a media label is no caption
    assertEquals(LineKind.HEADLINE, c.shape("CLIP: Ô tô bất ngờ bốc cháy trên vỉa hè TPHCM"));
  }

  @Test
  void footersCaptionsEndFurnitureAndCapitalizedStarts() {
    assertTrue(LineShapes.isFooter("© 2021 Báo Miền Trung. Giấy phép số 729/GP-BTTTT."));
    assertTrue(LineShapes.isFooter("Tòa soạn: 112 phố Huế, Hà Nội"));
    assertFalse(LineShapes.isFooter("Copywriter là nghề được nhiều bạn trẻ lựa chọn trong những năm gần đây."));
    assertFalse(LineShapes.isFooter("Hỗ trợ 10 triệu đồng cho mỗi hộ dân bị thiệt hại nặng trong đợt lũ vừa qua."));
    assertFalse(LineShapes.isFooter("Tòa soạn đã nhận được nhiều thư của bạn đọc phản ánh về tình trạng này."));
    assertTrue(LineShapes.isFooter("Điện thoại: 024 3000 0000 - Email: toasoan@baomau.vn"));
    assertTrue(LineShapes.isFooter("Hotline 0903 000 000"));
    assertFalse(LineShapes.isFooter("Điện thoại Samsung giảm giá mạnh dịp cuối năm"));
    assertTrue(LineShapes.hasPhotoCredit("Người dân đổ xô mua thực phẩm dự trữ - Ảnh minh họa"));
    assertFalse(LineShapes.hasPhotoCredit("Bộ sưu tập ảnh minh họa cho sách thiếu nhi"));
    assertTrue(LineShapes.isEndFurniture("Bình luận (12)"));
    assertTrue(LineShapes.isEndFurniture("Chia sẻ Facebook Zalo"));
    assertTrue(LineShapes.isEndFurniture("Từ khóa: vỉa hè, trật tự đô thị"));
    assertFalse(LineShapes.isEndFurniture("Tin liên quan"));
    assertFalse(LineShapes.isEndFurniture("Kỳ vọng giảm ùn tắc phía tây"));
    assertTrue(LineShapes.isNavigation("Trang chủ > Thế giới"));
    assertTrue(LineShapes.isNavigation("Đăng ký   Đăng nhập"));
    assertTrue(LineShapes.isNavigation("Thời sự | Xã hội | Giao thông"));
    assertFalse(LineShapes.isNavigation("Hà Nội: Xe khách mất lái lao xuống ruộng ven quốc lộ 1A"));
    assertFalse(LineShapes.isNavigation("Hà Tĩnh - Quảng Bình nối lại tuyến xe buýt liên tỉnh"));
    assertTrue(LineShapes.startsLikeHeadline("iPhone 6 có màn hình 5 inch sẽ xuất hiện năm sau"));
    assertFalse(LineShapes.startsLikeHeadline("và sau đó mọi chuyện đã thay đổi"));
  }
}
