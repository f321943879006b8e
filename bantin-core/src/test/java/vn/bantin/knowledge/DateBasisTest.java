package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every resolved date says what its year rests on, so an analyst can tell a stated year from a guess. */
class DateBasisTest {
  static DateResolver.When when(String sentence, DateResolver.Reference ref) {
    return DateResolver.inSentence(sentence, ref);
  }

  @Test
  void aYearInTheTextIsStated() {
    DateResolver.When w = when("Hội nghị diễn ra ngày 28/2/2019 tại Hà Nội.", DateResolver.Reference.of(null, List.of()));
    assertEquals("2019-02-28", w.date());
    assertEquals("stated", w.basis());
  }

  @Test
  void aYearlessDateTakesThePublicationYear() {
    DateResolver.Reference ref = DateResolver.Reference.of(LocalDate.of(2019, 12, 21), List.of());
    DateResolver.When w = when("Ông Esper phát biểu hôm 20/12 tại Lầu Năm Góc.", ref);
    assertEquals("2019-12-20", w.date());
    assertEquals("publication", w.basis());
  }

  @Test
  void withoutPublicationDateAnOfficeTermCanPinTheYearAndSaysItIsInferred() {
    DateResolver.Reference ref = DateResolver.Reference.of(null, List.of("per:mark-esper"));
    DateResolver.When w = when("Bộ trưởng Esper ngày 20/12 tuyên bố vẫn hy vọng vào đàm phán.", ref);
    assertEquals("2019-12-20", w.date());
    assertEquals("inferred", w.basis());
  }

  @Test
  void withNoEvidenceTheYearStaysUnknown() {
    DateResolver.When w = when("Cuộc gặp diễn ra chiều 14/12.", DateResolver.Reference.of(null, List.of()));
    assertEquals("--12-14", w.date());
    assertEquals("unknown", w.precision());
    assertEquals("unknown", w.basis());
  }
}
