package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Entity;
import vn.bantin.model.Paragraph;

/** The general mention rules added after the second blind set, on made-up sentences. */
class BlindFixRulesTest {
  private static Map<String, String> types(String body) {
    Article a = new KnowledgeStage().apply(Article.builder().id("t").title("Tin").paragraphs(List.of(Paragraph.of(body)))
        .language("vi").build());
    return a.entities().stream().collect(Collectors.toMap(Entity::name, Entity::type, (x, y) -> x));
  }

  @Test
  void unknownPlayersListedWithKnownOnesArePersons() {
    Map<String, String> t = types("Đội hình xuất phát: Bravetti, Lunardo, Messi, Neymar, Cossato, Ferlini.");
    for (String n : List.of("Bravetti", "Lunardo", "Cossato", "Ferlini")) assertEquals("PER", t.get(n), t.toString());
  }

  @Test
  void localGovernmentBodyIsOneOrganization() {
    Map<String, String> t = types("Ngày 4/11, Công an thành phố Thủ Dầu Một đã xử phạt 27 người.");
    assertEquals("ORG", t.get("Công an thành phố Thủ Dầu Một"), t.toString());
    assertFalse(t.containsKey("Thủ Dầu"), t.toString());
  }

  @Test
  void allCapsHeadingIsNoName() {
    Map<String, String> t = types("TIN BÀI LIÊN QUAN: Hãng tin Reuters đưa tin về vụ việc tại Pakse.");
    assertTrue(t.keySet().stream().noneMatch(n -> n.contains("LIÊN QUAN")), t.toString());
  }

  @Test
  void sentenceInitialAnhAfterAPersonIsAPronoun() {
    Article a = new KnowledgeStage().apply(Article.builder().id("t").title("Tin").paragraphs(List.of(Paragraph.of(
        "Tay vợt Rafael Nadal đã giành chiến thắng hôm qua. Anh cũng là hạt giống số 1 tại London."))).language("vi")
        .build());
    List<String> ids = a.entities().stream().map(Entity::id).toList();
    assertTrue(ids.contains("per:rafael-nadal"), ids.toString());
    assertFalse(ids.contains("loc:united-kingdom"), ids.toString());
  }

  @Test
  void companyWordMakesAnOrganizationAndCompetitionsAreNoEntities() {
    Map<String, String> t = types("Hãng hàng không Laos Airlines cho biết sẽ tham gia giải ATP World Tour Final ở Paris.");
    assertEquals("ORG", t.get("Laos Airlines"), t.toString());
    assertTrue(t.keySet().stream().noneMatch(n -> n.contains("Tour Final")), t.toString());
  }
}
