package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.extract.source.CreditLines;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Paragraph;
import vn.bantin.model.ParagraphType;
import vn.bantin.model.Provenance;

/** Line shapes the second blind set showed missing: interview turns, flattened tables, forum furniture, "- 1" alt text. */
class DumpShapesBlind2Test {
  private final LineClassifier classifier = new LineClassifier(CreditLines.standard());

  private static List<Article> extract(String... lines) {
    return new TextDumpExtractor().extract(
        new Page(Provenance.ofFile("t.txt"), PageFormat.TEXT, String.join("\n\n", lines), "UTF-8"));
  }

  @Test
  void interviewQuestionsAreBodyText() {
    assertEquals(LineKind.SENTENCE, classifier.shape("PV: Người dân có vai trò gì trong câu chuyện này?"));
    assertEquals(LineKind.SENTENCE, classifier.shape("PV: Xin cảm ơn ông!"));
    assertEquals(LineKind.SENTENCE, classifier.shape("Hỏi: Vì sao giá vàng tăng mạnh?"));
    // a question headline without a turn label stays a headline
    assertEquals(LineKind.HEADLINE, classifier.shape("Vì sao giá vàng tăng mạnh?"));
  }

  @Test
  void tableRowsNeedARowBlockWithFigures() {
    assertEquals(3, LineShapes.tableCells("Quảng Trị | 350-500 | Cấp 2"));
    assertEquals(2, LineShapes.tableCells("Hà Nội\t12,5"));
    assertEquals(0, LineShapes.tableCells("Một câu dài không có ô nào cả."));
    LineKind[] k = classifier.classify(List.of("Tỉnh | Lượng mưa (mm)", "Huế | 400", "Đà Nẵng | 300"));
    assertEquals(List.of(LineKind.TABLE_ROW, LineKind.TABLE_ROW, LineKind.TABLE_ROW), List.of(k));
    // one breadcrumb, or link rows without figures, are navigation
    LineKind[] nav = classifier.classify(List.of("Trang chủ | Tin tức | Liên hệ", "Đăng nhập | Đăng ký | Trợ giúp"));
    assertFalse(List.of(nav).contains(LineKind.TABLE_ROW));
  }

  @Test
  void tableInsideAnArticleBecomesTableParagraphs() {
    List<Article> as = extract("Giá cà phê hôm nay tăng mạnh tại các tỉnh Tây Nguyên",
        "Giá cà phê nhân xô tại Tây Nguyên sáng nay tăng thêm 1.500 đồng mỗi kg so với hôm qua, theo khảo sát.",
        "Nguyên nhân chủ yếu là nguồn cung từ Brazil giảm do thời tiết khô hạn kéo dài nhiều tuần qua.",
        "Giá tại một số địa phương như sau:",
        "Tỉnh | Giá (đồng/kg)", "Đắk Lắk | 118.500", "Lâm Đồng | 117.800",
        "Các doanh nghiệp xuất khẩu cho biết đơn hàng cho quý tới vẫn ổn định, dù giá thu mua đã cao.");
    assertEquals(1, as.size());
    List<Paragraph> tables = as.get(0).paragraphs().stream().filter(p -> p.type() == ParagraphType.TABLE).toList();
    assertEquals(3, tables.size());
    assertEquals("Đắk Lắk | 118.500", tables.get(1).text());
  }

  @Test
  void forumLinesAndLoginPromptsAreFurniture() {
    assertEquals(LineKind.BOILERPLATE, classifier.shape("Thảo luận trong 'Cảnh giác' bắt đầu bởi bacsiRang, 13/11/2025."));
    assertEquals(LineKind.BOILERPLATE, classifier.shape("Bạn phải đăng nhập hoặc đăng ký để trả lời bài viết này."));
    assertEquals(LineKind.BOILERPLATE, classifier.shape("Thích Trả lời Báo cáo"));
    assertEquals(LineKind.BOILERPLATE, classifier.shape("Thành viên tích cực"));
  }

  @Test
  void unlabeledInterviewQuestionsNeedTwoAddressedOnes() {
    List<String> lines = List.of("Nghệ nhân gốm: 'Giữ nghề là giữ cái hồn của làng'",
        "Ở tuổi 70, nghệ nhân vẫn ngày ngày ngồi bên bàn xoay và truyền nghề cho lớp thợ trẻ trong làng.",
        "Ông bắt đầu làm gốm từ khi nào?",
        "Tôi theo bố ra lò từ năm lên 10, hồi đó cả làng đốt lò bằng than suốt ba ngày ba đêm.",
        "Nghề gốm bây giờ khác xưa ra sao?",
        "Máy móc giúp người thợ đỡ vất vả hơn, nhưng đồ đẹp nhất vẫn phải làm bằng tay như ngày trước.",
        "Ông mong điều gì cho làng nghề?",
        "Tôi chỉ mong mỗi nhà còn một người giữ lò, mất rồi thì không lấy lại được nữa.");
    LineKind[] k = classifier.classify(lines);
    assertEquals(LineKind.SENTENCE, k[2]);
    assertEquals(LineKind.SENTENCE, k[4]);
    assertEquals(LineKind.SENTENCE, k[6]);
    // one question headline between two snippets is no interview
    LineKind[] one = classifier.classify(List.of(lines.get(0), lines.get(1), "Nghề gốm bây giờ khác xưa ra sao?",
        lines.get(5)));
    assertEquals(LineKind.HEADLINE, one[2]);
  }

  @Test
  void videoTitleInsideTextIsAMarkerNotASubheading() {
    List<String> lines = List.of("Đồng bằng sông Cửu Long bước vào cao điểm xâm nhập mặn sớm",
        "Độ mặn 4 phần nghìn đã vào sâu 50-60 km trên các cửa sông chính, sớm hơn cùng kỳ năm ngoái.",
        "Video: Người dân miền Tây chở nước ngọt về vườn", "00:00",
        "Tại Bến Tre, chính quyền đã vận hành hệ thống cống ngăn mặn và hướng dẫn người dân trữ nước.");
    assertEquals(LineKind.IMAGE_MARKER, classifier.classify(lines)[2]);
    // a page opening with a "CLIP:" title keeps it as a headline
    assertEquals(LineKind.HEADLINE,
        classifier.classify(List.of("Giao thông", "CLIP: Xe khách mất lái lao xuống ruộng", lines.get(1)))[1]);
  }

  @Test
  void englishPhotoBylineIsACaption() {
    assertTrue(LineShapes.hasPhotoCredit("Tourists walk near Hoan Kiem Lake in Hanoi. Photo by VnExpress/Ngoc Thanh"));
    assertTrue(LineShapes.hasPhotoCredit("The new factory in Bac Ninh (Photo courtesy of the company)"));
    assertFalse(LineShapes.hasPhotoCredit("Hanoi to ban motorbikes from parts of downtown on weekends"));
  }

  @Test
  void dataLinesAnnouncedByAColonCloseTheArticle() {
    List<Article> as = extract("Hà Nội FC thắng ngược Thể Công 2-1 ở vòng 12",
        "Hai bàn thắng trong hiệp hai giúp Hà Nội FC lội ngược dòng trước Thể Công trên sân Hàng Đẫy tối qua.",
        "Đội khách vươn lên dẫn trước ở phút 28 sau tình huống phản công nhanh bên cánh phải của đội hình.",
        "Sang hiệp hai, Hà Nội FC dâng cao đội hình, gỡ hòa ở phút 61 rồi ghi bàn quyết định ở phút 84.",
        "Đội hình xuất phát:",
        "Hà Nội FC: Văn Toản; Đức Huy, Thành Chung; Quang Minh, Hùng Dũng; Tuấn Hải",
        "Thể Công: Văn Việt; Thanh Bình, Tiến Dũng; Hoàng Đức, Văn Khang; Tiến Linh",
        "Tin liên quan", "Thể Công chia tay huấn luyện viên trưởng sau chuỗi trận không thắng");
    assertEquals(1, as.size());
    List<Paragraph> ps = as.get(0).paragraphs();
    assertEquals("Đội hình xuất phát:", ps.get(ps.size() - 3).text());
    assertEquals(ParagraphType.TABLE, ps.get(ps.size() - 1).type());
  }

  @Test
  void bareAgencyInParenthesesIsACredit() {
    var outlets = CreditLines.standard().outlets();
    assertEquals("TTXVN", AgencyCredits.parse("(TTXVN/Vietnam+)", outlets).orElseThrow().name());
    assertEquals("TTXVN", AgencyCredits.parse("(TTXVN)", outlets).orElseThrow().name());
    assertTrue(AgencyCredits.parse("(Ảnh minh họa)", outlets).isEmpty());
    assertTrue(AgencyCredits.parse("(Video)", outlets).isEmpty());
    assertEquals(LineKind.CREDIT, classifier.shape("(TTXVN/Vietnam+)"));
  }

  @Test
  void teaserCardInsideTheTextDoesNotSplitTheArticle() {
    List<Article> as = extract("Hơn 40.000 thí sinh đăng ký thi đánh giá năng lực đợt một",
        "Đại học Quốc gia cho biết hơn 40.000 thí sinh đã đăng ký dự thi đánh giá năng lực đợt một năm nay.",
        "Kỳ thi đánh giá năng lực dự kiến diễn ra ngày 5/4 tại 25 tỉnh, thành phố trên cả nước.",
        "Bài thi đánh giá năng lực gồm 120 câu hỏi trắc nghiệm trong 150 phút cho mỗi thí sinh.",
        "Đọc thêm", "Nhiều trường tăng chỉ tiêu xét tuyển bằng điểm đánh giá năng lực",
        "Năm nay, ít nhất 20 trường công bố dành từ 30% đến 50% chỉ tiêu cho phương thức này.",
        "Thí sinh dự thi đánh giá năng lực có thể tra cứu phòng thi trên cổng thông tin từ ngày 25/3.",
        "Đợt hai của kỳ thi đánh giá năng lực dự kiến tổ chức vào cuối tháng 5 cho các thí sinh.");
    assertEquals(1, as.size(), as.toString());
    assertEquals(4, as.get(0).paragraphs().size()); // lead, then two paragraphs above the card and two under it
  }

  @Test
  void numberedSubheadingsInSequenceAreSections() {
    List<String> lines = List.of("Cách làm hộ chiếu trực tuyến chỉ trong ba bước",
        "Người dân có thể nộp hồ sơ cấp hộ chiếu qua Cổng dịch vụ công mà không phải đến cơ quan xuất nhập cảnh.",
        "1. Đăng nhập tài khoản định danh", "Người dân dùng tài khoản định danh điện tử mức độ 2 để đăng nhập cổng.",
        "2. Khai tờ khai và tải ảnh", "Tờ khai được điền sẵn một phần thông tin từ cơ sở dữ liệu dân cư quốc gia.",
        "3. Nộp lệ phí trực tuyến", "Lệ phí cấp mới là 200.000 đồng, có thể thanh toán qua ngân hàng hoặc ví điện tử.");
    LineKind[] k = classifier.classify(lines);
    assertEquals(LineKind.SECTION_HEADING, k[2]);
    assertEquals(LineKind.SECTION_HEADING, k[6]);
    List<Article> as = extract(lines.toArray(String[]::new));
    assertEquals(1, as.size());
    assertEquals(ParagraphType.HEADING, as.get(0).paragraphs().get(0).type());
    // two numbered lines are no sequence of sections
    assertEquals(LineKind.HEADLINE, classifier.classify(lines.subList(0, 6))[2]);
  }

  @Test
  void imageFileNamesAndAdCopy() {
    assertTrue(LineShapes.isImageFile("hoa-ca-phe-dak-lak-1.jpg"));
    assertTrue(LineShapes.isImageFile("https://cdn.example.vn/2026/02/anh.png?w=800"));
    assertFalse(LineShapes.isImageFile("Giá cà phê hôm nay tăng mạnh."));
    LineKind[] k = classifier.classify(List.of("Quảng cáo", "Mở tài khoản online nhận ngay ưu đãi", "Đăng ký ngay",
        "Các chuyên gia dự báo lãi suất huy động có thể nhích nhẹ vào dịp cuối năm âm lịch."));
    assertEquals(LineKind.BOILERPLATE, k[1]);
    assertEquals(LineKind.SENTENCE, k[3]);
  }

  @Test
  void shortDeckUnderTheTitleDoesNotTakeItsPlace() {
    List<Article> as = extract("Văn hóa", "KHÁM PHÁ", "Bí ẩn những ngôi mộ cổ dưới chân núi Bà Đen",
        "Phát hiện mới của giới khảo cổ", "11/02/2026 09:00",
        "Các nhà khảo cổ vừa phát hiện cụm mộ cổ khoảng 2.000 năm tuổi dưới chân núi Bà Đen ở Tây Ninh.",
        "Cuộc khai quật kéo dài hai tháng, thu được hơn 200 hiện vật gồm đồ gốm và công cụ bằng đá.",
        "Theo trưởng đoàn khai quật, cách chôn cất trong mộ chum cho thấy quan hệ giao thương với ven biển.");
    assertEquals(1, as.size());
    assertEquals("Bí ẩn những ngôi mộ cổ dưới chân núi Bà Đen", as.get(0).title());
  }

  @Test
  void pullQuoteRepeatingABodyQuoteIsDropped() {
    List<Article> as = extract("Cô giáo vùng cao 15 năm vượt núi dạy chữ cho trẻ em người Mông",
        "Mỗi tuần, cô Lan đi bộ hơn 20 km đường núi đến điểm trường, nơi 30 học trò đang chờ cô mỗi sáng.",
        "Điểm trường chỉ có hai phòng học dựng bằng gỗ, mùa đông nhiệt độ có lúc xuống dưới 5 độ C.",
        "Cô Lan bắt đầu đi dạy từ năm 2011, khi mới 22 tuổi, những năm đầu phải ở lại điểm trường cả tuần.",
        "“Nhìn các em biết đọc, biết viết là tôi thấy mọi vất vả đều xứng đáng”",
        "\"Nhìn các em biết đọc, biết viết là tôi thấy mọi vất vả đều xứng đáng\", cô Lan nói.",
        "Nhờ sự hỗ trợ của các nhà hảo tâm, năm ngoái điểm trường đã có thêm bếp ăn và nhà vệ sinh mới.");
    assertEquals(1, as.size(), as.toString());
    assertEquals(4, as.get(0).paragraphs().size());
  }

  @Test
  void writerAndDateOnOneLineIsADateLine() {
    assertEquals(LineKind.TIMESTAMP, classifier.shape("Minh Anh - 08:30, 13/02/2026"));
    assertEquals(LineKind.TIMESTAMP, classifier.shape("Hà Thu | 13/02/2026 08:30"));
    assertFalse(LineShapes.isNamedDate("Thời tiết Tết: Bắc Bộ rét đậm, Nam Bộ nắng nóng"));
  }

  @Test
  void embeddedPostIsNoParagraph() {
    LineKind[] k = classifier.classify(List.of(
        "Thông báo được đưa ra trên mạng xã hội X hôm 11/2, khi ông công bố khoản tài trợ mới.",
        "We are committing $100M over 10 years to next-generation solar research, starting this spring.",
        "— Alex Morgan (@alexmorgan) February 11, 2026", "pic.twitter.com/xY7abc"));
    assertEquals(LineKind.SENTENCE, k[0]);
    assertEquals(LineKind.BOILERPLATE, k[1]);
    assertEquals(LineKind.BOILERPLATE, k[2]);
    assertEquals(LineKind.BOILERPLATE, k[3]);
  }

  @Test
  void signedBriefUnderADatedTitleIsAnArticleButASnippetIsNot() {
    String title = "Hà Nội tạm dừng thu phí đỗ xe qua ứng dụng trong ngày mùng 1 Tết";
    String lead = "Sở Xây dựng Hà Nội thông báo không thu phí đỗ xe qua ứng dụng tại các tuyến phố trong ngày mùng 1 Tết.";
    String more = "Việc thu phí sẽ được áp dụng trở lại từ 7h sáng mùng 2 Tết theo mức giá hiện hành.";
    assertEquals(1, extract("Thời sự", "15/02/2026 10:00", title, lead, more, "T.H", "Tin khác").size());
    assertEquals(0, extract("Thời sự", "15/02/2026 10:00", title, lead, more, "Tin khác").size());
  }

  @Test
  void loneCopyOfTheLeadAboveTheTitleIsTheOneDropped() {
    String lead = "Lượng khách quốc tế đến Việt Nam tháng 1 đạt hơn 2 triệu lượt, tăng 25% so với cùng kỳ năm trước.";
    List<Article> as = extract(lead, "Du lịch", "Việt Nam đón 2 triệu lượt khách quốc tế trong tháng 1", "17/02/2026 15:00",
        lead, "Theo Cục Thống kê, Hàn Quốc tiếp tục là thị trường lớn nhất với khoảng 500.000 lượt khách.",
        "Lượng khách từ châu Âu cũng tăng mạnh nhờ chính sách miễn thị thực được mở rộng từ năm ngoái.");
    assertEquals(1, as.size());
    assertEquals(lead, as.get(0).lead());
  }

  @Test
  void writerBoxWithTitleAndInstitutionIsFurniture() {
    assertTrue(LineShapes.isHonorificName("TS. Nguyễn Văn Khoa"));
    assertTrue(LineShapes.isHonorificName("PGS.TS Lê Thị Hoa"));
    assertFalse(LineShapes.isHonorificName("Tổng thống Mỹ Donald Trump"));
    LineKind[] k = classifier.classify(List.of("Đừng để học sinh gánh thêm giờ học thêm", "TS. Nguyễn Văn Khoa",
        "Viện Khoa học Giáo dục", "Mỗi tối, nhiều học sinh lớp 9 vẫn ngồi ở lớp học thêm đến 21h, trong khi giờ ngủ bị thu hẹp."));
    assertEquals(LineKind.BOILERPLATE, k[1]);
    assertEquals(LineKind.BOILERPLATE, k[2]);
    assertTrue(LineShapes.isDisclaimer("(*) Bài viết thể hiện quan điểm riêng của tác giả."));
  }

  @Test
  void datedBoxUnderAListHeaderInsideTheTextIsRelated() {
    List<Article> as = extract("Kinh doanh", "18/02/2026 11:30", "Bộ Công Thương đề xuất giảm thuế bảo vệ môi trường với xăng dầu",
        "Bộ Công Thương vừa đề nghị Bộ Tài chính xem xét giảm thuế bảo vệ môi trường đối với xăng dầu trong năm nay.",
        "Bài liên quan", "Giá xăng dầu hôm nay tăng nhẹ", "17/02/2026",
        "Doanh nghiệp xăng dầu kiến nghị tăng chi phí định mức", "15/02/2026",
        "Theo đề xuất, mức thuế với xăng sẽ giảm từ 2.000 đồng xuống 1.000 đồng mỗi lít so với hiện hành.",
        "Bộ Công Thương cho rằng việc giảm thuế sẽ giúp hạ giá bán lẻ và kiểm soát lạm phát trong năm.",
        "Bộ Tài chính cho biết sẽ tổng hợp ý kiến các bộ, ngành trước khi trình Chính phủ xem xét.");
    assertEquals(1, as.size(), as.toString());
    assertEquals("Bộ Công Thương đề xuất giảm thuế bảo vệ môi trường với xăng dầu", as.get(0).title());
    assertEquals(3, as.get(0).paragraphs().size());
  }

  @Test
  void headlineWithBareNumberIsAltText() {
    assertEquals("Động đất mạnh rung chuyển Philippines",
        LineShapes.withoutBareImageNumber("Động đất mạnh rung chuyển Philippines - 1"));
    assertNull(LineShapes.withoutBareImageNumber("Tỷ số chung cuộc 2 - 1 nghiêng về đội khách"));
    List<String> lines = List.of("Động đất mạnh rung chuyển Philippines",
        "Một trận động đất mạnh xảy ra ngoài khơi đảo Mindanao sáng 12/11, khiến nhiều tòa nhà rung lắc.",
        "Động đất mạnh rung chuyển Philippines - 1",
        "Người dân tập trung trên đường phố sau trận động đất (Ảnh minh họa: Reuters).");
    LineKind[] k = classifier.classify(lines);
    assertEquals(LineKind.IMAGE_MARKER, k[2]);
    assertEquals(LineKind.CAPTION, k[3]);
    assertTrue(LineShapes.isInterviewTurn("PV: Thưa ông, vì sao?"));
  }
}
