package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Quote;

/** The general rules added for the seeds requirement and after the fifth blind set, on made-up sentences. */
class Blind5FixRulesTest {
  private static Article run(String body) {
    return new KnowledgeStage().apply(Article.builder().id("t").title("Tin").paragraphs(List.of(Paragraph.of(body)))
        .language("vi").build());
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
}
