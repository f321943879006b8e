package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.extract.source.Outlets;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Provenance;

class LeadTagsTest {
  private final Outlets outlets = Outlets.standard();

  @Test
  void parenthesizedAndKnownDashTagsAreTags() {
    assertEquals("Dân trí", LeadTags.of("(Dân trí) - Một trận động đất mạnh xảy ra.", outlets).outlet());
    assertEquals("TTO", LeadTags.of("TTO - Từ ngày 15/11, xe buýt chạy làn riêng.", outlets).outlet());
    assertEquals("Từ ngày 15/11, xe buýt chạy làn riêng.",
        LeadTags.of("TTO - Từ ngày 15/11, xe buýt chạy làn riêng.", outlets).rest());
  }

  @Test
  void datelinesAndPlainTextAreNot() {
    assertNull(LeadTags.of("HÀ NỘI - Sáng 12/6, thành phố khánh thành cầu mới.", outlets).outlet());
    assertNull(LeadTags.of("Theo Daily Star, Triều Tiên được cho là đang nỗ lực.", outlets).outlet());
    assertNull(LeadTags.of("(Ảnh: 2024) - chú thích", outlets).outlet());
  }

  @Test
  void tagNamesTheOutletOfADumpWithoutUrl() {
    String dump = String.join("\n\n", "Động đất mạnh 6,8 độ rung chuyển miền nam Philippines",
        "(Dân trí) - Một trận động đất mạnh 6,8 độ xảy ra ngoài khơi đảo Mindanao sáng 12/11, khiến nhiều tòa nhà rung lắc.",
        "Viện Núi lửa và Địa chấn Philippines cho biết tâm chấn nằm ở độ sâu khoảng 20 km dưới đáy biển.",
        "Cơ quan này ban đầu phát cảnh báo sóng thần cho các khu vực ven biển, nhưng sau đó đã dỡ bỏ.",
        "Chính quyền địa phương cho biết một số trường học và bệnh viện đã sơ tán tạm thời để kiểm tra.");
    List<Article> as = new TextDumpExtractor().extract(new Page(Provenance.ofFile("x.txt"), PageFormat.TEXT, dump, "UTF-8"));
    assertEquals(1, as.size());
    assertEquals("Dân trí", as.get(0).outlet());
  }
}
