package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Event;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Quote;

/** The general rules added for the seeds requirement and after the fifth blind set, on made-up sentences. */
class Blind5FixRulesTest {
  private static Article run(String body) {
    return new KnowledgeStage().apply(Article.builder().id("t").title("Tin").paragraphs(List.of(Paragraph.of(body)))
        .language("vi").build());
  }

  private static Article dated(String body) {
    return new KnowledgeStage().apply(Article.builder().id("t").title("Tin").paragraphs(List.of(Paragraph.of(body)))
        .language("vi").published(OffsetDateTime.parse("2013-11-02T08:00:00+07:00")).build());
  }

  private static Map<String, String> types(String body) {
    return run(body).entities().stream().flatMap(e -> e.mentions().stream().map(m -> Map.entry(m.text(), e.type())))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x));
  }

  private static List<String> events(Article a) {
    return a.events().stream().map(e -> e.code() + " " + e.actor1().name() + " -> "
        + (e.actor2() == null ? null : e.actor2().name()) + " @" + e.date()).toList();
  }

  private static String speakerOf(Article a, String startsWith) {
    Quote q = a.quotes().stream().filter(x -> x.text().startsWith(startsWith)).findFirst().orElse(null);
    assertNotNull(q, a.quotes().toString());
    return q.speaker() == null ? null : q.speaker().name();
  }

  @Test
  void anAgencyCitingAStatementQuotesTheSourceItCites() {
    Article a = run("Hai bên đã bàn về “những bước đi tiếp theo của tiến trình hòa bình” trong cuộc gặp ngày 3/5, "
        + "Reuters dẫn thông báo từ Bộ Ngoại giao Pháp.");
    assertEquals("Bộ Ngoại giao Pháp", speakerOf(a, "những bước đi"));
  }

  @Test
  void citationsWithOtherSourceNounsAndModifiersAlsoNameTheSource() {
    Article a = run("“Chúng tôi sẽ không rút quân khỏi khu vực này trong năm nay”, hãng tin AFP dẫn tuyên bố "
        + "chính thức của Bộ Quốc phòng Anh. Ông Trần Văn Hải dự kiến “sẽ trình bày kế hoạch trước quốc hội vào "
        + "tuần tới”, Tân Hoa xã dẫn nguồn tin của Văn phòng Chính phủ.");
    assertEquals("Bộ Quốc phòng Anh", speakerOf(a, "Chúng tôi sẽ không"));
    assertEquals("Văn phòng Chính phủ", speakerOf(a, "sẽ trình bày"));
  }

  @Test
  void quotingSomeoneByNameStillNamesThePerson() {
    Article a = run("“Mọi cuộc đàm phán phải bắt đầu từ lệnh ngừng bắn”, RIA Novosti dẫn lời ông Dmitry Peskov.");
    assertEquals("Dmitry Peskov", speakerOf(a, "Mọi cuộc đàm phán"));
  }

  @Test
  void phrasesThatOnlyContainACueCodeNothing() {
    Article a = dated("Các đại biểu Bộ Y tế nói chung đều đồng tình. Sáng 1/11, Hội Chữ thập đỏ Việt Nam đã đến thăm "
        + "hỏi gia đình ông Lê Văn Tám.");
    assertTrue(a.events().stream().noneMatch(e -> e.code().equals("010") || e.code().equals("042")), events(a).toString());
  }

  @Test
  void aBareTitleAsSubjectIsThePersonNamedWithThatTitle() {
    Article a = dated("Thủ tướng Trần Văn Hải dự hội nghị. Thủ tướng cũng hoan nghênh hoạt động của Bộ Y tế trong năm qua.");
    assertTrue(events(a).stream().anyMatch(e -> e.startsWith("051 Trần Văn Hải -> Bộ Y tế")), events(a).toString());
  }

  @Test
  void thanksReachTheOwnerAfterAListOfNounsAndTheNounsAreNoDeeds() {
    Article a = dated("Ông Lê Văn Tám cảm ơn sự giám sát, hợp tác và ủng hộ thiết thực của Bộ Tài chính.");
    List<String> ev = events(a);
    assertTrue(ev.stream().anyMatch(e -> e.startsWith("051 Lê Văn Tám -> Bộ Tài chính")), ev.toString());
    assertTrue(ev.stream().noneMatch(e -> e.startsWith("060")), ev.toString());
  }

  @Test
  void oneDeedWithItsTargetIsNotRepeatedWithoutIt() {
    Article a = dated("Ngày 30/10, Công an tỉnh Nghệ An đã khởi tố vụ án, khởi tố bị can Lê Văn Tám về tội trộm cắp.");
    List<Event> arrests = a.events().stream().filter(e -> e.code().equals("173")).toList();
    assertEquals(1, arrests.size(), events(a).toString());
    assertEquals("Lê Văn Tám", arrests.get(0).actor2().name());
    assertEquals("2013-10-30", arrests.get(0).date());
  }

  @Test
  void assaultsByPersonsAreCodedAndDatedByTheSentenceTheyContinue() {
    Article a = dated("Khoảng 7h sáng ngày 27.10, tại xã An Phú đã xảy ra một vụ cháy. Vào khoảng thời gian trên, đối "
        + "tượng Lê Văn Tám (sinh năm 1988) bật lửa đốt khiến chị Trần Thị Hoa bị bỏng nặng.");
    assertTrue(events(a).stream().anyMatch(e -> e.equals("182 Lê Văn Tám -> Trần Thị Hoa @2013-10-27")),
        events(a).toString());
  }

  @Test
  void givingIsAidAndPraiseIdiomsArePraise() {
    Article a = dated("Không chỉ tặng thuốc, Vinamilk còn tặng nhiều phần quà cho người nghèo. Thi đấu thăng hoa, Messi "
        + "được Guardiola đưa lên mây xanh.");
    List<String> ev = events(a);
    assertTrue(ev.stream().anyMatch(e -> e.startsWith("070 Vinamilk")), ev.toString());
    assertTrue(ev.stream().anyMatch(e -> e.startsWith("051 Pep Guardiola -> Lionel Messi")), ev.toString());
  }

  @Test
  void namesRunPastMiddleNamesAndCommonWordsAreNoNames() {
    Map<String, String> t = types("Thay mặt Bộ Y tế, ông Lê Văn Tám phát biểu. Đối tượng Phan Văn Sáng (sinh năm 1990) "
        + "bị bắt. Chàng trai người Chu Ru đã đến. Cuba trả lương bằng đồng CUP, 1 CUC đổi 24 CUP. HPG báo LNST 496 tỷ "
        + "đồng, ngày ĐKCC là 5/9.");
    assertEquals("PER", t.get("Phan Văn Sáng"), t.toString());
    assertFalse(t.containsKey("Thay") || t.containsKey("Phan Văn"), t.toString());
    assertFalse(t.containsKey("Chu Ru"), t.toString());
    assertFalse(t.containsKey("CUP") || t.containsKey("CUC"), t.toString());
    assertFalse(t.containsKey("LNST") || t.containsKey("ĐKCC"), t.toString());
  }

  @Test
  void anhBeforeAPronounOrVerbIsHeAfterAPerson() {
    Map<String, String> t = types("Ca sĩ Ya Suy đã trở lại. Anh dành nhiều lời khuyên cho các thí sinh. Anh ta rất vui.");
    assertFalse(t.containsKey("Anh"), t.toString());
  }

  @Test
  void aSpeakerDescribedByNationalityIsThePersonOfThatCountry() {
    Article a = run("Sau trận đấu, Mourinho rất vui. Chiến lược gia người Bồ Đào Nha nói: “Các cầu thủ của tôi đã chơi "
        + "rất tốt trong trận đấu hôm nay”.");
    assertEquals("Jose Mourinho", speakerOf(a, "Các cầu thủ"));
  }

  @Test
  void companyHeadsBeforeAKnownNameAndInstitutionNamesWithLowerCaseKindWords() {
    Article a = run("Hôm qua, Tổng Công ty viễn thông Viettel Telecom và Ngân hàng Vietcombank ký kết. Bà Lan được đưa "
        + "tới Viện Bỏng Quốc gia. Hội đồng Bộ trưởng Cuba đã thông qua. Theo Đài khí tượng thủy văn khu vực Nam Bộ, "
        + "trời mưa.");
    Map<String, String> ids = a.entities().stream().flatMap(e -> e.mentions().stream().map(m -> Map.entry(m.text(), e.id())))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x));
    assertEquals("org:viettel", ids.get("Tổng Công ty viễn thông Viettel Telecom"), ids.toString());
    assertEquals("org:vietcombank", ids.get("Ngân hàng Vietcombank"), ids.toString());
    Map<String, String> t = types("Bà Lan được đưa tới Viện Bỏng Quốc gia. Hội đồng Bộ trưởng Cuba đã thông qua. Theo "
        + "Đài khí tượng thủy văn khu vực Nam Bộ, trời mưa.");
    assertEquals("ORG", t.get("Viện Bỏng Quốc gia"), t.toString());
    assertEquals("ORG", t.get("Hội đồng Bộ trưởng Cuba"), t.toString());
    assertEquals("ORG", t.get("Đài khí tượng thủy văn khu vực Nam Bộ"), t.toString());
    assertFalse(t.containsKey("Nam Bộ"), t.toString());
  }

  @Test
  void numberedDistrictsArePlacesAndTheirBodiesOrganizations() {
    Map<String, String> t = types("Tại quận 8, Bình Thạnh, quận 11 nước đã rút. Công an quận 9 đã có mặt.");
    assertEquals("LOC", t.get("quận 8"), t.toString());
    assertEquals("LOC", t.get("quận 11"), t.toString());
    assertEquals("ORG", t.get("Công an quận 9"), t.toString());
  }

  @Test
  void aliasesLocalChaptersRolesAndShows() {
    Article a = run("Bộ GD-ĐT vừa ban hành thông tư. Theo Bộ GD, các trường phải tuân thủ. Công ty cổ phần Tập đoàn Hòa Phát "
        + "( HPG ) công bố kết quả. Chiều 22/10, Hội Nông dân Việt Nam TP HCM đã trao quà. Còn nhạc sĩ Anh Quân cũng rất "
        + "vui. Thủ tướng Anh David Cameron đến. Ya Suy từng đăng quang Vietnam Idol 2012. Eto’o đã tỏa sáng.");
    Map<String, String> ids = a.entities().stream().flatMap(e -> e.mentions().stream().map(m -> Map.entry(m.text(), e.id())))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x));
    assertEquals(ids.get("Bộ GD-ĐT"), ids.get("Bộ GD"), ids.toString());
    assertEquals("org:hoa-phat", ids.get("HPG"), ids.toString());
    assertTrue(ids.containsKey("Hội Nông dân Việt Nam TP HCM"), ids.toString());
    assertTrue(ids.get("Anh Quân").startsWith("per:"), ids.toString());
    assertEquals("loc:united-kingdom", ids.get("Anh"), ids.toString());
    assertFalse(ids.containsKey("Vietnam"), ids.toString());
    assertEquals("per:samuel-etoo", ids.get("Eto’o"), ids.toString());
  }

  @Test
  void anAcronymBoundLaterToAKnownOrganizationNamesItFromTheStart() {
    Article a = run("Tin liên quan HPG: lãi quý 3 tăng mạnh. Công ty cổ phần Tập đoàn Hòa Phát (HPG) công bố kết quả.");
    Map<String, String> ids = a.entities().stream().flatMap(e -> e.mentions().stream().map(m -> Map.entry(m.text(), e.id())))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x));
    assertEquals("org:hoa-phat", ids.get("HPG"), ids.toString());
    assertEquals(1, a.entities().size(), a.entities().toString());
  }

  @Test
  void aSentenceGluedToACaptionStartsAtItsOpener() {
    String text = "Hiện trường vụ việc. Nguồn: scmp.com Ông Trần Văn Hải đã đưa ra cáo buộc. Ảnh: Cổng thông tin Chính phủ Tuy nhiên, "
        + "bà Lan phản đối. Quận Hai Bà Trưng và phố Bà Triệu vẫn đông.";
    List<String> s = Sentences.split(text).stream().map(x -> x.of(text).trim()).toList();
    assertTrue(s.stream().anyMatch(x -> x.startsWith("Ông Trần Văn Hải đã đưa ra")), s.toString());
    assertTrue(s.stream().anyMatch(x -> x.startsWith("Tuy nhiên, bà Lan")), s.toString());
    assertTrue(s.stream().anyMatch(x -> x.startsWith("Quận Hai Bà Trưng và phố Bà Triệu vẫn đông")), s.toString());
  }

  @Test
  void fundingIsAidAndAWordClosingTheTitleCitesNothing() {
    Article a = dated("Tập đoàn Hoa Sen tài trợ 2 tỷ đồng cho chương trình.");
    assertTrue(events(a).stream().anyMatch(e -> e.startsWith("070 Tập đoàn Hoa Sen")), events(a).toString());
  }

  @Test
  void capitalizedCommonWordsAndAcronymsAreNoPersonsAndPresidentialOfficesAreBodies() {
    Map<String, String> t = types("Đoàn thăm thư viện Quốc gia và trường Tiểu học An Bình. Nhà máy BOF Giai đoạn 2 sẽ chạy. "
        + "Người phát ngôn của Phủ Tổng thống Philippines cho biết. Công ty nhận lại tiền trong vụ “bầu” Kiên. Tin liên "
        + "quan: Vụ “bầu” Kiên HPG: lãi tăng. Đội CSGT đã có mặt.");
    assertFalse(t.containsKey("Quốc") || t.containsKey("Tiểu"), t.toString());
    assertFalse(t.containsKey("BOF Giai"), t.toString());
    assertEquals("ORG", t.get("Phủ Tổng thống Philippines"), t.toString());
    assertEquals("PER", t.get("Kiên"), t.toString());
    assertFalse(t.containsKey("Kiên HPG") || t.containsKey("Đội"), t.toString());
  }

  @Test
  void awardsDedicationsAndFlowersAreNoAid() {
    Article a = dated("Ngày 3/5, Nhà nước phong tặng danh hiệu cho Lê Văn Tám. Ca sĩ Thu Phương dành tặng khán giả ca khúc "
        + "mới. Bộ trưởng Trần Văn Hải tặng hoa chúc mừng Lê Văn Tám.");
    assertTrue(a.events().stream().noneMatch(e -> e.code().equals("070")), events(a).toString());
  }

  @Test
  void aStatementNamedAgainAndACountrysLeadersSpeakForTheirSource() {
    Article a = run("Bộ Quốc phòng Pháp cho biết: “Hai tàu chiến đã rời cảng Toulon vào sáng nay để tham gia cuộc tập trận.” "
        + "Thông báo này cho biết thêm: “Cả hai tàu sẽ trở về cảng vào cuối tháng tới sau khi hoàn thành nhiệm vụ.” "
        + "Các đồng chí lãnh đạo cấp cao Lào khẳng định: “Quan hệ đặc biệt giữa hai nước sẽ mãi mãi bền vững và phát triển.”");
    assertEquals("Bộ Quốc phòng Pháp", speakerOf(a, "Cả hai tàu"));
    assertEquals("Lào", speakerOf(a, "Quan hệ đặc biệt"));
  }

  @Test
  void aMeetingNamedAsANounIsBetweenThePartiesAfterGiua() {
    Article a = dated("Ngày 21/10, bà Marie Harf cũng đề cập đến cuộc gặp giữa Ngoại trưởng Mỹ John Kerry và người đồng cấp "
        + "Saudi Arabia, ông Saud al-Faisal tại Paris.");
    assertTrue(events(a).stream().anyMatch(e -> e.startsWith("044 John Kerry -> Saud al-Faisal")), events(a).toString());
    assertTrue(events(a).stream().noneMatch(e -> e.startsWith("044 Marie Harf")), events(a).toString());
  }

  @Test
  void portalsAreOrganizationsAndACaptionEndsAtTheOpenerGluedToIt() {
    Map<String, String> t = types("Hội nghị diễn ra sáng nay. Ảnh: Cổng ĐT Chính phủ Tuy nhiên, Thủ tướng Nguyễn Tấn Dũng "
        + "cho rằng còn nhiều việc phải làm.");
    assertEquals("ORG", t.get("Cổng ĐT Chính phủ"), t.toString());
    assertTrue(t.keySet().stream().noneMatch(k -> k.contains("Tuy")), t.toString());
  }

  @Test
  void bodiesOfTheLegislatureAreOrganizationsButNotAVerbAfterAHead() {
    Map<String, String> t = types("Ủy ban thường vụ Quốc hội đã họp với Đoàn đại biểu Quốc hội tỉnh Nghệ An. Ủy ban đề nghị "
        + "Quốc hội xem xét.");
    assertEquals("ORG", t.get("Ủy ban thường vụ Quốc hội"), t.toString());
    assertEquals("ORG", t.get("Đoàn đại biểu Quốc hội tỉnh Nghệ An"), t.toString());
    assertFalse(t.containsKey("Ủy ban đề nghị Quốc hội"), t.toString());
  }
}
