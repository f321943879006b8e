package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.TextExtractionEval;
import vn.bantin.model.Article;
import vn.bantin.model.ArticleIds;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.ParagraphType;
import vn.bantin.model.Provenance;

/**
 * Layouts the seeds do not show, on dumps written for these tests (test resources dumps/, each with gold in
 * the shared gold format): date line over the title, author plus "(theo Reuters)", inline "Xem thêm:" link,
 * two articles closed by "Theo Tuổi Trẻ" and "Nguồn: URL", sub-headings and a related-headline box inside
 * the text, a follow-us widget before the first paragraph, a section front with no article, a caption printed
 * twice and an agency credit in parentheses, a header zone (writer box, topic label, decorated date, tool row)
 * with sub-headings before the first long section, a "preferred source" widget and a site footer, a comment
 * thread and a related list whose items carry long two-sentence snippets, a bulleted list inside the text and
 * bulleted related links after it, two short articles each under a dated headline, a headline-shaped caption
 * under a picture inside the text.
 */
class TextDumpLayoutsTest {
  private final TextDumpExtractor extractor = new TextDumpExtractor();

  private static Path dumps() throws URISyntaxException {
    return Path.of(TextDumpLayoutsTest.class.getResource("dumps").toURI());
  }

  private List<Article> extract(String name) throws IOException {
    try (InputStream in = TextDumpLayoutsTest.class.getResourceAsStream("dumps/" + name)) {
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return extractor.extract(new Page(new Provenance(name, null, -1, "https://example.vn/" + name, null),
          PageFormat.TEXT, content, "UTF-8"));
    }
  }

  @Test
  void goldOfEveryWrittenLayoutIsMet() throws Exception {
    TextExtractionEval.Report r = TextExtractionEval.run(extractor, dumps(), dumps());
    assertEquals(11, r.pages());
    assertEquals(List.of(), r.missing(), r.toString());
    assertEquals(List.of(), r.extra(), r.toString());
    assertTrue(r.paragraphPrecision() >= 0.98 && r.paragraphRecall() >= 0.98, r.toString());
    assertEquals(List.of(), r.captionsInBody(), r.toString());
    assertEquals(List.of(), r.creditsInBody(), r.toString());
    assertEquals(List.of(), r.otherInBody(), r.toString());
    assertEquals(List.of(), r.creditErrors(), r.toString());
    assertEquals(r.matched(), r.leadsRight(), r.toString());
    assertEquals(1.0, r.captionRecall(), r.toString());
  }

  @Test
  void dateLineAboveTitleGivesPublished() throws IOException {
    Article a = extract("a_timestamp_author_credit.txt").get(0);
    assertEquals(OffsetDateTime.parse("2024-10-05T07:19+07:00"), a.published());
    assertEquals("Reuters", a.creditedSource());
    assertEquals(List.of("Minh Anh"), a.authors());
  }

  @Test
  void twoArticlesEachWithItsCreditAndDate() throws IOException {
    List<Article> as = extract("b_two_articles.txt");
    assertEquals(2, as.size());
    assertEquals(OffsetDateTime.parse("2024-10-02T07:30+07:00"), as.get(0).published());
    assertNull(as.get(1).published());
    assertEquals("Tuổi Trẻ", as.get(0).creditedSource());
    assertNull(as.get(0).creditedUrl());
    assertEquals("VnExpress", as.get(1).creditedSource());
    assertEquals("https://vnexpress.net/gia-ca-phe-trong-nuoc-tiep-tuc-lap-dinh-moi-4799123.html",
        as.get(1).creditedUrl());
    for (Article a : as) {
      assertEquals(ArticleIds.of(a.url(), a.title(), a.body()), a.id());
      assertEquals("b_two_articles.txt", a.provenance().file());
    }
  }

  @Test
  void subHeadingsAreTypedAndTheRelatedBoxIsLeftOut() throws IOException {
    List<Article> as = extract("c_subheadings_inline_box.txt");
    assertEquals(1, as.size());
    Article a = as.get(0);
    List<String> headings = a.paragraphs().stream().filter(p -> p.type() == ParagraphType.HEADING)
        .map(p -> p.text()).toList();
    assertEquals(List.of("Giải phóng mặt bằng là thách thức lớn", "Kỳ vọng giảm ùn tắc phía tây"), headings);
    assertTrue(a.body().indexOf("Nhổn") < 0, a.body());
    assertEquals(List.of("Thanh Hà"), a.authors());
    assertNull(a.creditedSource());
  }

  @Test
  void furnitureBetweenTitleAndTextMeansNoLead() throws IOException {
    Article a = extract("d_follow_widget_no_lead.txt").get(0);
    assertEquals("", a.lead());
    assertTrue(a.paragraphs().get(0).text().startsWith("Mưa lớn kéo dài"));
    assertEquals("Dân trí", a.creditedSource());
  }

  @Test
  void sectionFrontHasNoArticle() throws IOException {
    assertEquals(List.of(), extract("e_section_front.txt"));
  }

  @Test
  void repeatedCaptionKeptOnceAndTextKeptAsWritten() throws IOException {
    Article a = extract("f_caption_repeat_agency.txt").get(0);
    assertEquals(List.of("Tên lửa Trường Chinh-7 rời bệ phóng tại Văn Xương ngày 15/11."), a.captions());
    assertTrue(a.body().contains("t.ử von.g"));
    assertEquals("Tân Hoa Xã", a.creditedSource());
    assertEquals("vi", a.language());
  }

  @Test
  void datedHeadlineKeepsItsLeadAboveSubHeadingsAndTheFooterIsNoArticle() throws IOException {
    List<Article> as = extract("g_header_media_footer.txt");
    assertEquals(1, as.size());
    Article a = as.get(0);
    assertEquals("CLIP: Xe khách mất lái lao xuống ruộng ven quốc lộ 1A", a.title());
    assertTrue(a.lead().startsWith("Một xe khách giường nằm"));
    assertEquals(OffsetDateTime.parse("2026-06-12T09:15+07:00"), a.published());
    assertEquals(2, a.paragraphs().stream().filter(p -> p.type() == ParagraphType.HEADING).count());
    assertEquals("TTXVN", a.creditedSource());
    // the writer box under the title and the writer in front of the agency credit
    assertEquals(List.of("Minh Quân", "Thu Hà"), a.authors());
    List<DumpLine> lines = extractor.classify(new String(
        TextDumpLayoutsTest.class.getResourceAsStream("dumps/g_header_media_footer.txt").readAllBytes(),
        StandardCharsets.UTF_8));
    for (DumpLine l : lines) {
      if (l.text().startsWith("Bước") || l.text().startsWith("Giấy phép")) assertEquals(-1, l.article(), l.toString());
    }
  }

  @Test
  void commentsAndListSnippetsStayOutside() throws IOException {
    List<Article> as = extract("h_comments_list_snippets.txt");
    assertEquals(1, as.size());
    Article a = as.get(0);
    assertEquals(List.of("Hoàng Anh"), a.authors());
    assertTrue(a.body().indexOf("Giá giảm thì tốt quá") < 0 && a.body().indexOf("Tỷ giá") < 0, a.body());
  }

  @Test
  void bulletsInsideTheTextAreListItems() throws IOException {
    Article a = extract("i_bullets.txt").get(0);
    assertEquals(3, a.paragraphs().stream().filter(p -> p.type() == ParagraphType.LIST_ITEM).count());
    assertTrue(a.body().indexOf("Học sinh lớp 9") < 0, a.body());
    assertEquals("VietNamNet", a.creditedSource());
  }

  @Test
  void pageUrlGivesTheOutlet() throws IOException {
    String content = new String(TextDumpLayoutsTest.class.getResourceAsStream("dumps/i_bullets.txt").readAllBytes(),
        StandardCharsets.UTF_8);
    Article a = extractor.extract(new Page(new Provenance("i.txt", null, -1, "https://www.dantri.com.vn/giao-duc/x.htm",
        null), PageFormat.TEXT, content, "UTF-8")).get(0);
    assertEquals("Dân trí", a.outlet());
    assertNull(extract("i_bullets.txt").get(0).outlet());
  }

  @Test
  void extractorIsSerializable() throws IOException {
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(extractor);
    }
  }
}
