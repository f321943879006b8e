package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Entity;
import vn.bantin.model.Event;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Quote;

/** Behaviour on short texts written for the test (not from any corpus). */
class SyntheticTextTest {
  private static Article run(String title, OffsetDateTime published, String... paragraphs) {
    List<Paragraph> ps = java.util.Arrays.stream(paragraphs).map(Paragraph::of).toList();
    return new KnowledgeStage().apply(Article.builder().id("t").title(title).paragraphs(ps).published(published).build());
  }

  private static Entity entity(Article a, String id) {
    return a.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
  }

  @Test
  void quoteOverTwoParagraphsKeepsItsSpeakerAndPronounsResolve() {
    Article a = run("Thủ tướng Nhật Bản phát biểu", null,
        "Thủ tướng Nhật Bản Fumio Kishida nói với báo giới: “Chúng tôi sẽ tăng cường hợp tác với các đối tác trong khu vực.",
        "“Đây là ưu tiên hàng đầu của chính phủ tôi trong năm nay”.",
        "“Chúng tôi không thể chấp nhận bất kỳ hành động đơn phương nào”, ông nói thêm.");
    List<Quote> qs = a.quotes().stream().filter(q -> q.text().startsWith("Chúng tôi")).toList();
    assertEquals(2, qs.size(), a.quotes().toString());
    assertTrue(qs.get(0).text().contains("ưu tiên hàng đầu"), "the quote runs into the next paragraph");
    for (Quote q : qs) {
      assertNotNull(q.speaker(), q.toString());
      assertEquals("per:fumio-kishida", q.speaker().id());
    }
  }

  @Test
  void unknownPersonWithTitleAndShortFormsMerge() {
    Article a = run("Bộ trưởng gặp đối tác", null,
        "Bộ trưởng Ngoại giao Indonesia Retno Marsudi đã có cuộc gặp với người đồng cấp Việt Nam tại Jakarta.",
        "Bà Marsudi cho biết hai bên sẽ đẩy mạnh thương mại. Theo bà Marsudi, kim ngạch còn thấp.");
    Entity p = entity(a, "per:retno-marsudi");
    assertNotNull(p, a.entities().toString());
    assertEquals("PER", p.type());
    assertEquals("IDN", p.country(), "country read from the role phrase");
    assertEquals(3, p.mentions().size());
    assertNotNull(entity(a, "loc:jakarta"));
  }

  @Test
  void scareQuotesAreSkippedButAttributedSpeechIsKept() {
    Article a = run("Tranh cãi", null,
        "Nhiều chuyên gia gọi đây là một bước đi “táo bạo” của Washington.",
        "Người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Oánh nói: “Chúng tôi phản đối mạnh mẽ”.");
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("táo bạo")), a.quotes().toString());
    Quote q = a.quotes().stream().filter(x -> x.text().startsWith("Chúng tôi phản đối")).findFirst().orElseThrow();
    assertEquals("per:hua-chunying", q.speaker().id(), "a short quote a speech verb attributes is speech");
  }

  @Test
  void capitalActsAsItsStateAndDatesResolveAgainstPublication() {
    OffsetDateTime pub = OffsetDateTime.of(2017, 9, 4, 8, 0, 0, 0, ZoneOffset.ofHours(7));
    Article a = run("Bình Nhưỡng thử hạt nhân", pub,
        "Hôm 3/9, Bình Nhưỡng đã tiến hành vụ thử hạt nhân thứ sáu.",
        "Ngày 5/9, Hội đồng Bảo an sẽ họp khẩn. Washington chỉ trích Bình Nhưỡng.");
    Event test = a.events().stream().filter(e -> e.code().equals("150") && e.sentence().startsWith("Hôm"))
        .findFirst().orElseThrow();
    assertEquals("loc:north-korea", test.actor1().id());
    assertEquals("2017-09-03", test.date());
    assertEquals(-7.2, test.goldstein());
    Event crit = a.events().stream().filter(e -> e.code().equals("111")).findFirst().orElseThrow();
    assertEquals("USA", crit.actor1().country());
    assertEquals("PRK", crit.actor2().country());
  }

  @Test
  void yearlessDateWithoutPublicationStaysUnknown() {
    Article a = run("Tin vắn", null, "Ngày 14/12, Nga và Nhật Bản đàm phán về hiệp ước hòa bình.");
    Event e = a.events().stream().filter(x -> x.code().equals("046")).findFirst().orElseThrow();
    assertEquals("--12-14", e.date());
    assertEquals("unknown", e.datePrecision());
  }

  @Test
  void bylineIsNotAPerson() {
    Article a = run("Lũ lụt miền Trung", null, "Mưa lớn gây ngập tại Quảng Nam và Đà Nẵng. Minh Anh");
    assertNull(entity(a, "per:minh-anh"), a.entities().toString());
    assertNotNull(entity(a, "loc:quang-nam"));
    assertNotNull(entity(a, "loc:da-nang"));
  }

  @Test
  void footballAttacksAreNotUsesOfForce() {
    Article a = run("Việt Nam thắng Myanmar", null,
        "Trong hiệp hai, các cầu thủ U23 Việt Nam liên tục tấn công khung thành Myanmar.",
        "Quân đội Myanmar tấn công một làng ở bang Kachin, theo Reuters.");
    assertTrue(a.events().stream().noneMatch(e -> e.sentence().contains("cầu thủ")), a.events().toString());
    assertTrue(a.events().stream().anyMatch(e -> e.code().equals("190") && "MMR".equals(e.actor1().country())),
        a.events().toString());
  }
}
