package vn.bantin.extract.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditLinesTest {
  private final CreditLines credits = CreditLines.standard();

  private Credit parse(String line) {
    return credits.parse(line).orElseThrow(() -> new AssertionError("not a credit: " + line));
  }

  @Test
  void creditFormsOfTheSeeds() {
    assertEquals("Dân Việt", parse("Theo Danviet").name());
    assertEquals("VnExpress", parse("Theo VNE").name());
    assertEquals("AP", parse("(theo AP)").name());
    Credit c = parse("Nguồn: https://baoquocte.vn/my-tran-an-han-quoc-305760.html");
    assertEquals("Báo Quốc tế", c.name());
    assertEquals("https://baoquocte.vn/my-tran-an-han-quoc-305760.html", c.url());
  }

  @Test
  void otherCreditForms() {
    Credit a = parse("Minh Anh (theo Reuters)");
    assertEquals("Reuters", a.name());
    assertEquals("Minh Anh", a.author());
    assertEquals("Tân Hoa Xã", parse("(Theo Xinhua)").name());
    assertEquals("Reuters", parse("Theo Reuters, AFP").name());
    assertEquals("Tuổi Trẻ", parse("THEO TUỔI TRẺ").name());
    assertEquals("Dân trí", parse("Nguồn: Dân trí").name());
    assertEquals("Thanh Niên", parse("Theo báo Thanh Niên.").name());
    Credit url = parse("Nguồn: vietnamnet.vn");
    assertEquals("VietNamNet", url.name());
    Credit named = parse("Nguồn: Báo Mẫu (https://baomau.example/bai-viet.html)");
    assertEquals("Báo Mẫu", named.name());
    assertNull(named.outlet());
    assertEquals("https://baomau.example/bai-viet.html", named.url());
    assertEquals("Tiền Phong", parse("Theo tienphong.vn Copy link").name());
    Credit agency = parse("Tâm Hằng (TTXVN)");
    assertEquals("TTXVN", agency.name());
    assertEquals("Tâm Hằng", agency.author());
    Credit unknown = parse("Theo Korea Joongang Daily");
    assertEquals("Korea JoongAng Daily", unknown.name());
  }

  @Test
  void sentencesAndWidgetsAreNotCredits() {
    for (String s : new String[] {
        "Theo Daily Star, Triều Tiên được cho là đang nỗ lực ngăn chặn chiến tranh với Mỹ.",
        "Theo dõi VGT trên", "Theo dõi Baoquocte.vn trên", "Theo đó, bà Choi được cho là đã bay sang Nga.",
        "Theo ông, có những kỳ vọng rất cao.", "theo kế hoạch", "Nguồn tin cho biết",
        "Bộ trưởng Quốc phòng Mỹ Mark Esper. (Nguồn: Getty)", "", "Tin liên quan", "Ngoại trưởng Ri Yong Ho (phải)",
        "Nguyễn Văn A (Hà Nội)"}) {
      assertTrue(credits.parse(s).isEmpty(), s);
    }
  }

  @Test
  void writerAndOutletInOneCredit() {
    Credit c = parse("Theo Lâm Điền (Dân Việt)");
    assertEquals("Dân Việt", c.name());
    assertEquals("Lâm Điền", c.author());
    Credit agg = parse("Nguồn Tuổi Trẻ: https://tuoitre.vn/bai-viet-20240313.htm");
    assertEquals("Tuổi Trẻ", agg.name());
    assertEquals("https://tuoitre.vn/bai-viet-20240313.htm", agg.url());
    assertEquals("VnEconomy", parse("Theo Nhịp sống kinh tế").name());
    assertTrue(credits.parse("Theo dõi Báo Mới trên Google News").isEmpty());
  }
}
