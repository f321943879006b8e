package vn.bantin.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;

class GroupingStageTest {
  @Test
  void headlineDaysAreParsed() {
    assertEquals(java.util.Set.of("22/10"), GroupingStage.titleDays("Sáng 22/10: Sắc đỏ bao trùm"));
    assertEquals(java.util.Set.of("1/3"), GroupingStage.titleDays("Ngày 01.03, VN-Index giảm 1,5%"));
    assertTrue(GroupingStage.titleDays("Giá vàng 37,28 triệu đồng/lượng năm 2013").isEmpty());
  }

  @Test
  void idsDependOnMembersOnly() {
    assertEquals(GroupIds.of("st-", List.of("a", "b")), GroupIds.of("st-", List.of("b", "a")));
    assertNotEquals(GroupIds.of("st-", List.of("a", "b")), GroupIds.of("st-", List.of("a", "c")));
  }

  @Test
  void emptyAndSingleInputs() {
    assertTrue(new GroupingStage().apply(List.of()).isEmpty());
    Article a = Article.builder().id("x").title("Một bài báo duy nhất").build();
    List<Article> out = new GroupingStage().apply(List.of(a));
    assertEquals(1, out.size());
    assertTrue(out.get(0).storyId().startsWith("st-"));
    assertTrue(out.get(0).storylineId().startsWith("sl-"));
    assertEquals(null, out.get(0).syndication());
  }
}
