package vn.bantin.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Syndication;

class SyndicationLinkerTest {
  private static final List<String> BODY = List.of(
      "Thủ tướng Nhật Bản Shinzo Abe đã phê chuẩn kế hoạch được Bộ trưởng Quốc phòng trình lên hôm 11/10 này.",
      "Bộ Quốc phòng Nhật Bản đã vạch ra kế hoạch bắn hạ máy bay không người lái nhằm đáp trả vụ việc xâm nhập.",
      "Bước đi của Tokyo nhằm thể hiện việc nước này sẵn sàng đáp trả bất kỳ hành động xâm phạm chủ quyền nào.",
      "Lực lượng Phòng không Nhật Bản sẽ được phép bắn hạ chiếc máy bay nếu nó phớt lờ các lời cảnh báo.",
      "Căng thẳng tranh chấp lãnh thổ giữa hai nước leo thang kể từ tháng 9 năm ngoái, khi tàu tuần tra xuất hiện.");

  private static Article article(String id, String outlet, List<String> paras, OffsetDateTime when, String credit) {
    List<Paragraph> p = new ArrayList<>();
    for (String s : paras) p.add(Paragraph.of(s));
    return Article.builder().id(id).title("Tiêu đề " + id).paragraphs(p).outlet(outlet)
        .url("https://" + outlet + "/" + id + ".html").published(when).creditedSource(credit).build();
  }

  private static final OffsetDateTime T = OffsetDateTime.parse("2013-10-22T08:00+07:00");

  @Test
  void creditNamesTheOriginalEvenWhenItIsLater() {
    List<String> copy = new ArrayList<>(BODY);
    copy.add("Theo Danviet");
    Article orig = article("a", "danviet.vn", BODY, T.plusHours(5), null);
    Article rep = article("b", "tinmoi24.vn", copy, T, "Dân Việt");
    Syndication[] s = SyndicationLinker.DEFAULT.link(List.of(rep, orig));
    assertNull(s[1]);
    assertNotNull(s[0]);
    assertEquals("a", s[0].originalId());
    assertEquals("credit", s[0].reason());
    assertTrue(s[0].similarity() > 0.9, "credit lines are not content: " + s[0].similarity());
  }

  @Test
  void earliestThenFullest() {
    List<String> shorter = new ArrayList<>(BODY.subList(0, 4));
    Article late = article("late", "x.vn", BODY, T.plusHours(2), null);
    Article early = article("early", "y.vn", shorter, T, null);
    Syndication[] s = SyndicationLinker.DEFAULT.link(List.of(late, early));
    assertEquals("early", s[0].originalId());
    assertEquals("earliest", s[0].reason());
    // undated: the fullest text is the original
    Syndication[] u = SyndicationLinker.DEFAULT.link(List.of(
        article("short", "x.vn", shorter, null, null), article("full", "y.vn", BODY, null, null)));
    assertEquals("full", u[0].originalId());
    assertEquals("fullest", u[0].reason());
    assertNull(u[1]);
  }

  @Test
  void differentTextsOnOneTopicAreNotCopies() {
    Article a = article("a", "x.vn", BODY, T, null);
    Article b = article("b", "y.vn", List.of(
        "Trung Quốc cảnh báo Nhật Bản làm gia tăng căng thẳng khu vực để có cớ tăng cường sức mạnh quân sự.",
        "Nữ phát ngôn viên Bộ Ngoại giao Trung Quốc đưa ra lời cảnh báo nhằm phản ứng thông tin của hãng tin Kyodo.",
        "Bà Hoa cho rằng Nhật Bản cố tình làm gia tăng căng thẳng và đối đầu giữa các quốc gia trong khu vực."),
        T, null);
    Syndication[] s = SyndicationLinker.DEFAULT.link(List.of(a, b));
    assertNull(s[0]);
    assertNull(s[1]);
  }

  @Test
  void cleanerDropsCreditsCaptionsAndBoilerplate() {
    Article a = Article.builder().id("x").lead("Bộ Quốc phòng Nhật Bản đã phác thảo một kế hoạch mới (theo AP)")
        .paragraphs(List.of(Paragraph.of(BODY.get(0)), Paragraph.of("Theo Danviet"),
            Paragraph.of("Nguồn: https://baoquocte.vn/abc-123.html"), Paragraph.of("Chia sẻ bài viết này qua Facebook"),
            Paragraph.of("Máy bay F-15 cất cánh từ căn cứ Naha. Ảnh: Reuters")))
        .build();
    List<String> kept = ContentCleaner.contentParagraphs(a);
    assertEquals(List.of("Bộ Quốc phòng Nhật Bản đã phác thảo một kế hoạch mới", BODY.get(0)), kept);
  }

  @Test
  void outletKeysMatchNamesAndHosts() {
    Article orig = Article.builder().id("o").outlet("baoquocte.vn").url("https://baoquocte.vn/x.html").build();
    Article credBao = Article.builder().id("c").creditedSource("Báo Quốc tế").build();
    Article credDv = Article.builder().id("d").creditedSource("Danviet").build();
    Article dv = Article.builder().id("e").outlet("Dân Việt").build();
    assertTrue(OutletKeys.matches(OutletKeys.creditKeys(credBao), OutletKeys.publisherKeys(orig)));
    assertTrue(OutletKeys.matches(OutletKeys.creditKeys(credDv), OutletKeys.publisherKeys(dv)));
    assertTrue(!OutletKeys.matches(OutletKeys.creditKeys(credDv), OutletKeys.publisherKeys(orig)));
  }

  @Test
  void exactDuplicatesAfterCleaningHaveSimilarityOne() {
    List<String> withBoilerplate = new ArrayList<>(BODY);
    withBoilerplate.add("Mời bạn đọc xem thêm các tin tức liên quan khác.");
    withBoilerplate.add("(Theo Vnmedia)");
    Article a = article("a", "vnmedia.vn", BODY, T, null);
    Article b = article("b", "tin247.org", withBoilerplate, T.plusHours(1), null);
    Article c = article("c", "other.vn", List.of(BODY.get(4), BODY.get(3)), T.plusHours(2), null);
    Syndication[] s = SyndicationLinker.DEFAULT.link(List.of(b, a, c));
    assertEquals(new Syndication("a", 1.0, "earliest"), s[0]);
    assertNull(s[1]);
    // an excerpt (two of five paragraphs, verbatim) is a copy by containment, with a low Jaccard
    assertEquals("a", s[2].originalId());
    assertTrue(s[2].similarity() < 0.6, "Jaccard of an excerpt: " + s[2].similarity());
  }

  @Test
  void aCopyInOldTonePlacementAndDecomposedFormIsAnExactDuplicate() {
    // a re-posting site's editor may rewrite "hòa/thủy/quý" as "hoà/thuỷ/quí"-style old placement, or store NFD
    List<String> retyped = new ArrayList<>();
    for (String p : BODY) {
      String old = p.replace("ủy", "uỷ").replace("óa", "oá").replace("òa", "oà").replace("ùy", "uỳ");
      retyped.add(java.text.Normalizer.normalize(old, java.text.Normalizer.Form.NFD));
    }
    retyped.set(0, retyped.get(0) + " Hòa bình, hoà hợp, thuỷ triều, thủy triều.");
    List<String> orig = new ArrayList<>(BODY);
    orig.set(0, orig.get(0) + " Hoà bình, hòa hợp, thủy triều, thuỷ triều.");
    Syndication[] s = SyndicationLinker.DEFAULT.link(List.of(
        article("o", "x.vn", orig, T, null), article("r", "y.vn", retyped, T.plusHours(1), null)));
    assertNull(s[0]);
    assertNotNull(s[1]);
    assertEquals(1.0, s[1].similarity(), 1e-9, "tone placement and Unicode form are not content");
  }
}
