package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Provenance;

/** The rules added for the error classes of the second blind set, each with the case it must leave alone. */
class SecondBlindRulesTest {
  @Test
  void lineSignedWithAMediaCreditUnderAVideoBoxIsACaption() {
    Document d = Jsoup.parse("<div><div class=v><video src=a.mp4></video></div><p>Trailer phim. Video: Đoàn phim</p>"
        + "<p>Đoạn văn tiếp theo kể về bộ phim và những cảnh quay trên biển của đoàn.</p></div>"
        + "<div><div class=v><video src=b.mp4></video></div><p>Đoạn văn không có ghi chú nguồn ảnh nào.</p></div>"
        + "<p>Ông cho biết bối cảnh: vùng biển miền Trung</p>");
    assertTrue(Hints.creditedUnderMedia(d.select("p").get(0)));
    assertFalse(Hints.creditedUnderMedia(d.select("p").get(1)));
    assertFalse(Hints.creditedUnderMedia(d.select("p").get(2)));
    assertFalse(Hints.creditedUnderMedia(d.select("p").get(3)));
  }

  @Test
  void oneWordOutletNameOpeningTheLeadIsATag() {
    OutletTag t = OutletTag.of("Kinhtedothi - Để nhà ở xã hội đến tay người lao động.");
    assertEquals("Kinhtedothi", t.outlet());
    assertEquals("Để nhà ở xã hội đến tay người lao động.", t.rest());
    assertNull(OutletTag.of("Nông dân - những người giữ đất, vẫn bám ruộng.").outlet());
  }

  @Test
  void ariaRegionLabelsNameTheRegion() {
    Hints.Cache cache = new Hints.Cache();
    Document d = Jsoup.parse("<section aria-labelledby=article-byline>a</section>"
        + "<section aria-labelledby=podcast-promo>b</section><section aria-labelledby=story-text>c</section>");
    int byline = cache.flags(d.select("section").get(0));
    assertTrue((byline & Hints.BYLINE) != 0 && (byline & Hints.NEGATIVE) != 0);
    assertTrue((cache.flags(d.select("section").get(1)) & Hints.NEGATIVE) != 0);
    assertEquals(0, cache.flags(d.select("section").get(2)) & (Hints.NEGATIVE | Hints.BYLINE));
  }

  @Test
  void dayMonthYearWrittenWithThangIsADateline() {
    assertTrue(ArticleAssembler.looksLikeDateline("14 tháng 3 2024"));
    assertFalse(ArticleAssembler.looksLikeDateline("Có 14 tháng 3 năm 2024 người dân xếp hàng chờ mua vé xem trận"));
  }

  @Test
  void shortLineInsideAPictureFigureIsNotBody() {
    String html = "<html><body><article><h1>Tiêu đề bài viết về thị trường nhà ở</h1>"
        + "<p>Đoạn thứ nhất của bài viết nói về giá nhà ở tăng mạnh trong năm nay tại các thành phố lớn.</p>"
        + "<figure><div><span>Getty Images</span></div><img src=a.jpg><figcaption>Nhà ở Seoul</figcaption></figure>"
        + "<p>Đoạn thứ hai nói về chính sách hỗ trợ người trẻ mua nhà lần đầu của chính phủ nước này.</p>"
        + "<figure><blockquote>Trích dẫn dài của một chuyên gia về nhà ở nằm trong figure không có ảnh.</blockquote></figure>"
        + "</article></body></html>";
    List<Article> as = new HtmlExtractor().extract(
        new Page(Provenance.ofFile("t.html"), PageFormat.HTML, html, "UTF-8"));
    List<String> body = as.get(0).paragraphs().stream().map(Paragraph::text).toList();
    assertFalse(body.contains("Getty Images"), body.toString());
    assertTrue(body.contains("Trích dẫn dài của một chuyên gia về nhà ở nằm trong figure không có ảnh."), body.toString());
  }

  @Test
  void vietnameseReproductionNoticeIsFurnitureButEnglishWireNoticeStays() {
    assertTrue(Hints.boilerplateLine("Bài viết đăng tải trên Báo Gia đình & Xã hội, xin vui lòng ghi rõ nguồn khi trích dẫn."));
    assertFalse(Hints.boilerplateLine("© 2019 Associated Press. All Rights Reserved. This material may not be published."));
    assertFalse(Hints.boilerplateLine("Ông cho biết nguồn vốn đã được ghi trong kế hoạch năm nay của tỉnh."));
  }

  @Test
  void readerOpinionBoxesNamedYkienAreFurniture() {
    assertTrue(Hints.negative("ykien-bandoc"));
    assertFalse(Hints.negative("article-body"));
  }

  @Test
  void agencySigningBesideTheWriterIsNoAuthor() {
    assertTrue(Authors.knownOutlet("TTXVN"));
    assertFalse(Authors.personLike("TTXVN", null, null));
    assertTrue(Authors.personLike("Hải Yến", null, null));
    assertFalse(Authors.knownOutlet("Nguyễn Văn Khánh"));
  }

  @Test
  void abbreviationOpeningAPlaceDatelineIsNotAnOutletTag() {
    assertNull(OutletTag.of("ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting.").outlet());
    assertEquals("TGVN", OutletTag.of("TGVN. Ngày 5/3, Bộ Ngoại giao tổ chức họp báo.").outlet());
  }

  @Test
  void inlineElementNamedAsTheSapoIsTheLead() {
    String html = "<html><head><title>Ho Chi Minh City to add 500 electric buses</title></head><body><div class=wrap><h1>Ho Chi Minh City to add 500 electric buses</h1>"
        + "<span class=lead_post>HCMC plans to put 500 more electric buses into service by the end of next year.</span>"
        + "<div class=fck_detail><p>The city's transport department said Wednesday that the new buses would replace diesel "
        + "vehicles on 20 routes, mostly those linking the center with outlying districts.</p><p>Around 150 electric buses "
        + "currently operate in the city, carrying an average of 12,000 passengers a day, the department said.</p></div>"
        + "</div></body></html>";
    Article a = new HtmlExtractor().extract(new Page(Provenance.ofFile("t.html"), PageFormat.HTML, html, "UTF-8")).get(0);
    assertEquals("HCMC plans to put 500 more electric buses into service by the end of next year.", a.lead());
    assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
  }

  @Test
  void captionAndCreditInOneCaptionBoxAreOneCaption() {
    String html = "<html><body><div id=main><h1>Ngư dân miền Trung lo ngại sản lượng cá ngừ sụt giảm mạnh</h1>"
        + "<div id=headerimg><img src=a.jpg><div class=photocaption><p>Ngư dân chuyển cá ngừ lên bờ.</p>"
        + "<p>Courtesy: báo Bình Định</p></div></div><div id=storytext><p>Ông Lực cho biết chuyến biển kéo dài gần 20 "
        + "ngày vừa qua chỉ câu được khoảng 15 con cá ngừ, bằng một nửa cùng kỳ năm trước.</p><p>Theo các ngư dân, "
        + "việc nhiều tàu cá hoạt động ở các ngư trường xa bờ khiến nguồn cá ngày càng cạn kiệt hơn trước.</p></div>"
        + "</div></body></html>";
    Article a = new HtmlExtractor().extract(new Page(Provenance.ofFile("t.html"), PageFormat.HTML, html, "UTF-8")).get(0);
    assertEquals(List.of("Ngư dân chuyển cá ngừ lên bờ. Courtesy: báo Bình Định"), a.captions());
  }

  @Test
  void wordpressPostIdClassesAreTaxonomyButPostRoleClassesKeepTheirHints() {
    assertTrue((Hints.flagsOf("post-date") & Hints.DATE) != 0);
    assertTrue(Hints.negative("post-meta"));
    assertFalse(Hints.negative("post-1234 post type-post status-publish"));
    assertFalse(Hints.negative("post-template-default single"));
  }

  @Test
  void vietnameseNamesOfCommentBoxesSideColumnsAndSapo() {
    assertTrue(Hints.negative("box-cmt"));
    assertTrue(Hints.negative("cmt-item"));
    assertTrue(Hints.negative("cotphai"));
    assertTrue(Hints.lead("trichdan"));
    assertTrue((Hints.flagsOf("writer") & Hints.BYLINE) != 0);
    assertFalse(Hints.negative("noidungtin"));
  }

  @Test
  void categoryLineIsFurniture() {
    assertTrue(Hints.boilerplateLine("Chuyên mục: Du lịch"));
    assertFalse(Hints.boilerplateLine("Chuyên mục này thu hút nhiều bạn đọc trẻ trong năm qua."));
  }

  @Test
  void smallBoxWithFormControlsIsAWidgetButAButtonBesideProseIsNot() {
    String html = "<html><head><title>Đề xuất cho học sinh nghỉ học thứ Bảy</title></head><body><article>"
        + "<h1>Đề xuất cho học sinh nghỉ học thứ Bảy</h1><div class=body>"
        + "<p>Theo dự thảo, các trường đủ điều kiện sẽ tổ chức dạy học 5 ngày mỗi tuần, mỗi ngày không quá 7 tiết học.</p>"
        + "<div class=box><p>Bạn có ủng hộ học sinh nghỉ học thứ Bảy?</p><label><input type=radio name=s> Có</label></div>"
        + "<div class=clip><p>Phụ huynh chia sẻ về lịch học mới của con trong buổi họp lớp đầu tuần.</p><button>Phát</button></div>"
        + "<p>Bộ sẽ tiếp thu ý kiến góp ý đến hết tháng 5 trước khi ban hành hướng dẫn chính thức cho các trường.</p>"
        + "</div></article></body></html>";
    Article a = new HtmlExtractor().extract(new Page(Provenance.ofFile("t.html"), PageFormat.HTML, html, "UTF-8")).get(0);
    List<String> body = a.paragraphs().stream().map(Paragraph::text).toList();
    assertFalse(body.contains("Bạn có ủng hộ học sinh nghỉ học thứ Bảy?"), body.toString());
    assertTrue(body.contains("Phụ huynh chia sẻ về lịch học mới của con trong buổi họp lớp đầu tuần."), body.toString());
  }

  @Test
  void creditWithWriterBarOutletNamesBoth() {
    vn.bantin.extract.source.Credit c =
        vn.bantin.extract.source.CreditLines.standard().parse("Theo Thu Hà | Trí thức trẻ").orElseThrow();
    assertEquals("Trí thức trẻ", c.name());
    assertEquals("Thu Hà", c.author());
    assertEquals("Dân Việt", vn.bantin.extract.source.CreditLines.standard().parse("Theo Danviet").orElseThrow().name());
  }

  @Test
  void creditSignedLineRightAboveAPlayerIsItsCaption() {
    Document d = Jsoup.parse("<div><p><em>Clip ghi lại hiện trường. Nguồn: Người dân cung cấp</em></p>"
        + "<div class=v><iframe src=x></iframe></div><p>Ba người bị thương được đưa đi cấp cứu ngay trong chiều nay.</p></div>");
    assertTrue(Hints.creditedUnderMedia(d.select("p").get(0)));
    assertFalse(Hints.creditedUnderMedia(d.select("p").get(1)));
  }

  @Test
  void boldRunWrappedInFontTagsOpeningTheBodyIsTheSapo() {
    String html = "<html><head><title>Nông dân chuyển đổi vườn dừa sang trồng xen ca cao</title></head><body><div id=nd>"
        + "<font size=4><b>Nông dân chuyển đổi vườn dừa sang trồng xen ca cao</b></font><br>"
        + "<div><font><b>Nhiều nông dân ở huyện Chợ Lách đã trồng xen ca cao dưới tán dừa, vừa tận dụng đất vừa tăng thêm thu nhập.</b></font></div>"
        + "<div><font>Ông Tám có 1,5 ha dừa, trồng xen hơn 600 cây ca cao từ ba năm trước, mỗi tháng bán khoảng 300 kg trái.</font></div>"
        + "<div><font>Theo ông Tám, ca cao ưa bóng râm nên rất phù hợp trồng dưới tán dừa, chi phí chăm sóc lại thấp.</font></div>"
        + "</div></body></html>";
    Article a = new HtmlExtractor().extract(new Page(Provenance.ofFile("t.html"), PageFormat.HTML, html, "UTF-8")).get(0);
    assertEquals("Nhiều nông dân ở huyện Chợ Lách đã trồng xen ca cao dưới tán dừa, vừa tận dụng đất vừa tăng thêm thu nhập.",
        a.lead());
    assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
  }
}
