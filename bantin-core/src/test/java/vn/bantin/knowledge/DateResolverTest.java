package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  private static final DateResolver.Reference PUB = DateResolver.Reference.of(LocalDate.of(2013, 10, 23), List.of());
  private static final DateResolver.Reference NONE = DateResolver.Reference.of(null, List.of());

  @Test
  void yearlessDateTakesTheYearNearestBeforePublication() {
    assertEquals(new DateResolver.When("2013-10-22", "day", "publication"), DateResolver.inSentence("Hôm 22/10, ông nói.", PUB));
    assertEquals(new DateResolver.When("2012-12-14", "day", "publication"), DateResolver.inSentence("Ngày 14/12, hai bên gặp.", PUB));
    assertEquals(new DateResolver.When("2013-10-21", "day", "publication"), DateResolver.inSentence("tại Paris hôm 21-10", PUB));
  }

  @Test
  void futureTenseLooksAhead() {
    assertEquals(new DateResolver.When("2013-12-14", "day", "publication"),
        DateResolver.inSentence("Hai bên sẽ gặp nhau ngày 14/12.", PUB));
  }

  @Test
  void relativeExpressionsResolveAgainstPublication() {
    assertEquals(new DateResolver.When("2012", "year", "publication"), DateResolver.inSentence("hồi năm ngoái", PUB));
    assertEquals(new DateResolver.When("2013-11", "month", "publication"), DateResolver.inSentence("vào tháng tới", PUB));
    assertEquals(new DateResolver.When("2013-05", "month", "publication"), DateResolver.inSentence("hồi tháng 5 rằng", PUB));
    assertEquals(new DateResolver.When("2018-04", "month"), DateResolver.inSentence("tại DMZ tháng 4/2018", PUB));
    assertEquals(new DateResolver.When("2013-10-22", "day", "publication"), DateResolver.inSentence("Bắc Kinh hôm qua cho biết", PUB));
  }

  @Test
  void withoutPublicationDateOrEvidenceTheYearStaysUnknown() {
    assertEquals(new DateResolver.When("--12-14", "unknown", "unknown"), DateResolver.inSentence("ngày 14/12", NONE));
    assertEquals(new DateResolver.When("--05", "unknown", "unknown"), DateResolver.inSentence("hồi tháng 5", NONE));
    assertNull(DateResolver.inSentence("năm ngoái", NONE), "no reference year: nothing to resolve against");
  }

  @Test
  void officeTermsNarrowTheYear() {
    DateResolver.Reference esper = DateResolver.Reference.of(null, List.of("per:mark-esper"));
    assertEquals(new DateResolver.When("2019-12-20", "day", "inferred"), DateResolver.inSentence("ngày 20/12", esper));
    // Esper served July 2019 – November 2020: 1 March fell in his term only in 2020
    assertEquals(new DateResolver.When("2020-03-01", "day", "inferred"), DateResolver.inSentence("ngày 1/3", esper));
    // August fell in it twice (2019, 2020): ambiguous, so unknown
    assertEquals("unknown", DateResolver.inSentence("ngày 5/8", esper).precision());
  }

  @Test
  void scoresAndFractionsAreNotDates() {
    assertNull(DateResolver.inSentence("đội tuyển thắng 3/1 trước Myanmar", PUB));
  }
}
