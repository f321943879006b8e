package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Entity;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Quote;

/** The general rules added after the fourth blind set, on made-up sentences. */
class Blind4FixRulesTest {
  private static Article run(String body) {
    return new KnowledgeStage().apply(Article.builder().id("t").title("Tin").paragraphs(List.of(Paragraph.of(body)))
        .language("vi").build());
  }

  private static Map<String, String> types(String body) {
    return run(body).entities().stream().flatMap(e -> e.mentions().stream().map(m -> Map.entry(m.text(), e.type())))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x));
  }

  @Test
  void organizationNamesRunThroughLowerCaseWordsOfTheirName() {
    Map<String, String> t = types("Sáng nay, Bộ Nội vụ và Sở Giáo dục và Đào tạo Bình Định họp với Hội Tam hoàng "
        + "giả định. Công ty cổ phần đầu tư Trường Thịnh cũng có mặt.");
    assertEquals("ORG", t.get("Sở Giáo dục và Đào tạo Bình Định"), t.toString());
    assertEquals("ORG", t.get("Hội Tam hoàng"), t.toString());
    assertEquals("ORG", t.get("Công ty cổ phần đầu tư Trường Thịnh"), t.toString());
  }

  @Test
  void unitsOfKnownOrganizationsAndLocalBodies() {
    Map<String, String> t = types("Theo Thanh tra Bộ Tài chính, Tỉnh ủy Quảng Nam và Công đoàn Vietcombank đã nhận "
        + "báo cáo của đại tá Lê Văn Tám, Phó Giám đốc Công an tỉnh Quảng Bình.");
    assertEquals("ORG", t.get("Thanh tra Bộ Tài chính"), t.toString());
    assertEquals("ORG", t.get("Tỉnh ủy Quảng Nam"), t.toString());
    assertEquals("ORG", t.get("Công đoàn Vietcombank"), t.toString());
    assertEquals("ORG", t.get("Công an tỉnh Quảng Bình"), t.toString());
    assertEquals("PER", t.get("Lê Văn Tám"), t.toString());
  }

  @Test
  void ageGroupTeamsAreOneOrganizationWhateverTheCountrySpelling() {
    Article a = run("U19 VN thắng U19 Lào 2-0. Đây là trận thắng thứ ba của U19 Việt Nam.");
    List<Entity> orgs = a.entities().stream().filter(e -> e.type().equals("ORG")).toList();
    assertEquals(2, orgs.size(), a.entities().toString());
    assertTrue(a.entities().stream().noneMatch(e -> e.id().equals("loc:vietnam")), a.entities().toString());
  }

  @Test
  void worksProductsAbbreviationsAndGenresAreNoEntities() {
    Map<String, String> t = types("Cặp đôi nhảy Salsa trên nền nhạc “Dancing Under Blue Moon” của Lorna Pell. "
        + "Máy có công nghệ Ultra Bright và chạy phiên bản Windows mới. Lực lượng bảo vệ an ninh quốc gia (ANQG) "
        + "được tăng cường.");
    assertFalse(t.containsKey("Dancing Under Blue Moon") || t.containsKey("Blue Moon"), t.toString());
    assertFalse(t.containsKey("Ultra Bright") || t.containsKey("Windows"), t.toString());
    assertFalse(t.containsKey("ANQG") || t.containsKey("Salsa"), t.toString());
    assertEquals("PER", t.get("Lorna Pell"), t.toString());
  }

  @Test
  void spacedDashSeparatesTwoPersonsAndBrandWordsAreOrganizations() {
    Map<String, String> t = types("Cặp đôi Minh Châu – Quốc Bảo được phóng viên MegaNews phỏng vấn tại Sacombank.");
    assertEquals("PER", t.get("Minh Châu"), t.toString());
    assertTrue(t.keySet().stream().noneMatch(n -> n.contains("–")), t.toString());
    assertEquals("ORG", t.get("MegaNews"), t.toString());
    assertEquals("ORG", t.get("Sacombank"), t.toString());
  }

  @Test
  void quotedNamesAndTopicsAreNoQuotesAndLooseClausesAttribute() {
    Article a = run("Ông Trần Văn Hải bị bắt về tội “Cố ý gây thương tích cho người khác”. Hội nghị về “Nâng cao "
        + "chất lượng khám chữa bệnh tại tuyến huyện” diễn ra hôm qua. “Chúng tôi sẽ tiếp tục theo dõi “điểm nóng” "
        + "này trong nhiều tháng tới\", bà Nguyễn Thị Lan mong mỏi.");
    List<Quote> qs = a.quotes();
    assertEquals(1, qs.size(), qs.toString());
    assertTrue(qs.get(0).text().startsWith("Chúng tôi sẽ tiếp tục"), qs.toString());
    assertEquals("per:nguyen-thi-lan", qs.get(0).speaker().id(), qs.toString());
  }

  @Test
  void pronounSpeakerSkipsTheOtherGender() {
    Article a = run("Ông Phạm Minh Đức và chị gái là bà Phạm Thị Hoa điều hành hai công ty. Ông khẳng định: "
        + "“Mức nợ của các doanh nghiệp này vẫn nằm trong giới hạn an toàn cho phép”.");
    assertEquals("per:pham-minh-duc", a.quotes().get(0).speaker().id(), a.quotes().toString());
  }

  @Test
  void speechVerbOpeningTheSentenceTakesTheSpeakerAfterIt() {
    Article a = run("Các em học sinh nhận quà. Phát biểu tại buổi lễ, ông Đỗ Văn Nambày tỏ: “Các em đã cố gắng "
        + "rất nhiều trong năm học vừa qua”.");
    Quote q = a.quotes().get(0);
    assertEquals("per:do-van-nam", q.speaker().id(), a.quotes() + " " + a.entities());
  }

  @Test
  void fullStopEndsATitle() {
    Article a = run("Các cổ đông liên quan tới ông. Liên quan tới ngân hàng này, nhiều câu hỏi còn bỏ ngỏ.");
    assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("Liên")), a.entities().toString());
    assertNull(a.entities().stream().filter(e -> e.type().equals("PER")).findFirst().orElse(null));
  }

  @Test
  void placeNounsBroadcasterUnitsAndGluedVerbs() {
    Map<String, String> t = types("Tên lửa bắn trúng mục tiêu ở thao trường Sary Shagan. Ban Thời sự VTV1 – Đài "
        + "Truyền hình Việt Nam đưa tin. “Chúng tôi phản đối việc làm này của phía bên kia”, bà Loanchia sẻ.");
    assertEquals("LOC", t.get("Sary Shagan"), t.toString());
    assertEquals("ORG", t.get("Ban Thời sự VTV1"), t.toString());
    assertFalse(t.keySet().stream().anyMatch(n -> n.contains("chia")), t.toString());
  }

  @Test
  void entertainmentAndSportNames() {
    Map<String, String> t = types("Nữ ca sĩ Mỹ Linh, nhóm nhạc Sky Rockets và cặp đôi Mỹ An – Hải Đăng góp mặt. "
        + "Barca thắng 3-0 trước Sporting Gijon. Ngoại trưởng Mỹ John Kerry có mặt.");
    assertEquals("PER", t.get("Mỹ Linh"), t.toString());
    assertEquals("ORG", t.get("Sky Rockets"), t.toString());
    assertEquals("PER", t.get("Mỹ An"), t.toString());
    assertEquals("ORG", t.get("Sporting Gijon"), t.toString());
    assertEquals("LOC", t.get("Mỹ"), t.toString());
    assertEquals("PER", t.get("John Kerry"), t.toString());
  }

  @Test
  void titledSyllableJoinsAKnownPersonOnlyWithItsTone() {
    Article a = run("Theo ông Hòa, dự án sẽ hoàn thành vào cuối năm nay.");
    assertTrue(a.entities().stream().noneMatch(e -> e.id().equals("per:hua-chunying")), a.entities().toString());
  }

  @Test
  void appositionBetweenSpeakerAndVerbIsSkipped() {
    Article a = run("Anh Đỗ Minh Khôi, một người dân địa phương, kể lại: “Lúc đó tôi nghe tiếng nổ rất lớn rồi khói "
        + "bốc lên”.");
    assertEquals("per:do-minh-khoi", a.quotes().get(0).speaker().id(), a.quotes().toString());
  }

  @Test
  void andJoinsPortfoliosButNotTwoBodies() {
    Map<String, String> t = types("Sở Nội vụ và UBND tỉnh Nghệ An họp với Sở Giao thông và Vận tải Cần Thơ.");
    assertEquals("ORG", t.get("Sở Nội vụ"), t.toString());
    assertEquals("ORG", t.get("UBND tỉnh Nghệ An"), t.toString());
    assertEquals("ORG", t.get("Sở Giao thông và Vận tải Cần Thơ"), t.toString());
  }
}
