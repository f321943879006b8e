package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateParserTest {
  private static final ZoneOffset VN = DateParser.VIETNAM;

  private static OffsetDateTime t(String s) {
    return OffsetDateTime.parse(s);
  }

  @Test
  void isoVariants() {
    assertEquals(t("2026-07-19T14:30+07:00"), DateParser.parseMachine("2026-07-19T14:30:00.000 +07:00", VN));
    assertEquals(t("2026-07-20T07:00+07:00"), DateParser.parseMachine("2026-07-20T07:00:00", VN));
    assertEquals(t("2019-11-18T10:45Z"), DateParser.parseMachine("2019-11-18T10:45:00Z", ZoneOffset.UTC));
    assertEquals(t("2019-11-18T10:45-05:00"), DateParser.parseMachine("2019-11-18 10:45:00-0500", VN));
    assertEquals(t("2019-11-18T00:00+07:00"), DateParser.parseMachine("2019-11-18", VN));
  }

  @Test
  void vietnameseDatelines() {
    assertEquals(t("2019-02-28T14:30+07:00"), DateParser.parseText("Thứ năm, 28/2/2019, 14:30 (GMT+7)", VN));
    assertEquals(t("2019-02-28T14:30+07:00"), DateParser.parseText("28/02/2019 - 14:30", VN));
    assertEquals(t("2019-02-28T14:30+07:00"), DateParser.parseText("14:30 28/02/2019", VN));
    assertEquals(t("2019-02-28T00:00+07:00"), DateParser.parseText("Hà Nội, ngày 28 tháng 2 năm 2019", VN));
    assertEquals(t("2026-07-19T14:30+07:00"), DateParser.parseText("19/07/2026 14:30 (GMT+07:00)", VN));
    assertEquals(t("2026-07-20T06:31+07:00"), DateParser.parseText("Thứ Hai, ngày 20/07/2026 - 06:31", VN));
    assertEquals(t("2024-03-05T08:15+07:00"), DateParser.parseText("Cập nhật: 08h15 ngày 05/03/2024", VN));
  }

  @Test
  void englishDates() {
    assertEquals(t("2019-11-19T00:00Z"), DateParser.parseText("November 19, 2019", ZoneOffset.UTC));
    assertEquals(t("2019-11-19T15:05Z"), DateParser.parseText("19 Nov 2019 3:05 pm", ZoneOffset.UTC));
  }

  @Test
  void nonDates() {
    assertNull(DateParser.parseText("Không có ngày tháng ở đây", VN));
    assertNull(DateParser.parseText("32/13/2019", VN));
    assertNull(DateParser.parseMachine("", VN));
  }

  @Test
  void vietnameseMonthNames() {
    assertEquals(t("2024-03-14T00:00+07:00"), DateParser.parseText("14 Tháng Ba, 2024", VN));
    assertEquals(t("2024-09-02T00:00+07:00"), DateParser.parseText("Tháng Chín 2, 2024", VN));
    assertEquals(t("2024-12-01T08:05+07:00"), DateParser.parseText("1 tháng Mười Hai, 2024 08:05", VN));
    assertEquals(t("2024-11-20T00:00+07:00"), DateParser.parseText("20 tháng 11, 2024", VN));
    assertNull(DateParser.parseText("Tháng Ba năm nay", VN));
  }

  @Test
  void relativeToCapture() {
    java.time.Instant cap = java.time.Instant.parse("2024-03-14T10:00:00Z");
    assertEquals(t("2024-03-14T14:00+07:00"), DateParser.relative("3 giờ trước", cap, VN));
    assertEquals(t("2024-03-12T17:00+07:00"), DateParser.relative("Cập nhật: 2 ngày trước", cap, VN));
    assertNull(DateParser.relative("3 giờ trước", null, VN));
    assertNull(DateParser.relative("tháng trước", cap, VN));
  }
}
