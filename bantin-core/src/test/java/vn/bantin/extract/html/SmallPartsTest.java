package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Outlet tags, byline cleaning, class hints. */
class SmallPartsTest {
  @Test
  void outletTagsAtTheStartOfLeads() {
    assertEquals(new OutletTag("Dân trí", "Sáng nay, mưa lớn."), OutletTag.of("(Dân trí) - Sáng nay, mưa lớn."));
    assertEquals(new OutletTag("TGVN", "Ngày 5/3, hội nghị khai mạc."), OutletTag.of("TGVN. Ngày 5/3, hội nghị khai mạc."));
    assertEquals(new OutletTag("VOV.VN", "Chiều nay, trận đấu diễn ra."), OutletTag.of("VOV.VN - Chiều nay, trận đấu diễn ra."));
    assertEquals(new OutletTag("TPO", "Tỉnh Bách Nhiên vừa nổi tiếng."), OutletTag.of("TPO - Tỉnh Bách Nhiên vừa nổi tiếng."));
    OutletTag none = OutletTag.of("Hà Nội - thủ đô nghìn năm văn hiến đón khách.");
    assertNull(none.outlet());
    assertNull(OutletTag.of("(Ảnh minh họa: 2024) trời mưa").outlet());
  }

  @Test
  void bylinesAreCleaned() {
    assertEquals(List.of("Tâm Hằng"), Authors.split("Tâm Hằng (TTXVN)"));
    assertEquals(List.of("Minh Anh", "Hoàng Long"), Authors.split("Bài và ảnh: Minh Anh - Hoàng Long"));
    assertEquals(List.of("Jane Doe", "John Roe"), Authors.split("By Jane Doe and John Roe"));
    assertTrue(Authors.personLike("Đức Hùng", "VnExpress", "vnexpress.net"));
    assertTrue(Authors.personLike("TP", null, null));
    assertFalse(Authors.personLike("VnExpress", "Báo VnExpress", "vnexpress.net"));
    assertFalse(Authors.personLike("Nhà báo", null, null));
    assertFalse(Authors.personLike("xem thêm bài viết", null, null));
  }

  @Test
  void classHints() {
    assertTrue(Hints.negative("box-tin-lien-quan"));
    assertTrue(Hints.negative("article-relate"));
    assertTrue(Hints.negative("social-share"));
    assertTrue(Hints.negative("sda_middle ad"));
    assertFalse(Hints.negative("article__body cms-body"));
    // WordPress post classes name the taxonomy, not the element's role
    assertEquals(0, Hints.flagsOf("post-1 post type-post tag-economy category-news") & Hints.NEGATIVE);
    assertTrue(Hints.lead("detail-sapo"));
    assertTrue(Hints.caption("photocms_caption"));
  }

  @Test
  void datelineLines() {
    assertTrue(ArticleAssembler.looksLikeDateline("Thứ năm, 28/2/2019, 14:30 (GMT+7)"));
    assertTrue(ArticleAssembler.looksLikeDateline("Cập nhật lúc 10:20 ngày 05/03/2024"));
    assertFalse(ArticleAssembler.looksLikeDateline("Ngày 19/7, bà Hiền cho biết gia đình vừa nhận được thông báo của cơ quan"));
  }
}
