package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Provenance;
import vn.bantin.pipeline.Extractor;

class EdgeCasesTest {
  private static List<Article> run(String html, String url) {
    return new HtmlExtractor().extract(new Page(new Provenance("t.html", null, -1, url, null), PageFormat.HTML,
        html, "UTF-8"));
  }

  @Test
  void emptyShellHoldsNoArticle() {
    assertEquals(List.of(), run("<html><head></head><body></body></html>", null));
    assertEquals(List.of(), run("", null));
  }

  @Test
  void bareFragmentWithoutMetadata() {
    List<Article> out = run("<h1>Mưa lớn ở Hà Nội</h1><p>Chiều nay, một trận mưa lớn kéo dài hơn hai giờ đã "
        + "khiến nhiều tuyến phố ở trung tâm Hà Nội ngập sâu, giao thông ùn tắc kéo dài.</p>", null);
    assertEquals(1, out.size());
    Article a = out.get(0);
    assertEquals("Mưa lớn ở Hà Nội", a.title());
    assertEquals(1, a.paragraphs().size());
    assertEquals("vi", a.language(), "diacritics give the language when the page declares none");
    assertNull(a.published());
    assertNull(a.url());
    assertEquals(List.of(), a.authors());
  }

  @Test
  void outletFallsBackToTheHost() {
    List<Article> out = run("<html lang=\"en\"><body><h1>Storm hits the coast</h1><p>A powerful storm hit the "
        + "coast on Monday, cutting power to thousands of homes and closing several roads for hours.</p>"
        + "</body></html>", "https://www.example-news.com/2024/storm.html");
    Article a = out.get(0);
    assertEquals("example-news.com", a.outlet());
    assertEquals("en", a.language());
    assertEquals("https://www.example-news.com/2024/storm.html", a.url());
  }

  @Test
  void sameInputGivesTheSameId() {
    String html = "<h1>Tin A</h1><p>Nội dung bài viết đủ dài để được nhận là một đoạn văn của bài báo này.</p>";
    assertEquals(run(html, "https://a.vn/x").get(0).id(), run(html, "https://a.vn/x").get(0).id());
  }

  @Test
  void extractorIsSerializable() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new HtmlExtractor());
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Extractor back = (Extractor) in.readObject();
      List<Article> a = back.extract(new Page(Provenance.ofFile("x"), PageFormat.HTML,
          "<h1>Tiêu đề</h1><p>Một đoạn văn bản tiếng Việt đủ dài cho bài báo thử nghiệm này nhé.</p>", "UTF-8"));
      assertTrue(a.get(0).body().startsWith("Một đoạn"));
    }
  }

  @Test
  void creditLineInParenthesesAndCommonLeadNames() {
    List<Article> out = run("<html lang=\"vi\"><body><h1>Giá dầu tăng mạnh</h1><div class=\"chappeau\">Giá dầu thế "
        + "giới tăng mạnh trong phiên giao dịch đêm qua do lo ngại nguồn cung bị gián đoạn.</div><div class=\"content\">"
        + "<p>Giá dầu Brent tăng 3% lên 85 USD mỗi thùng, mức cao nhất trong hai tháng qua theo dữ liệu thị trường.</p>"
        + "<p>Giới phân tích cho rằng căng thẳng địa chính trị là nguyên nhân chính đẩy giá dầu đi lên trong tuần này.</p>"
        + "<p>(Theo Reuters)</p></div></body></html>", "https://vd.vn/a.html");
    Article a = out.get(0);
    assertEquals("Giá dầu thế giới tăng mạnh trong phiên giao dịch đêm qua do lo ngại nguồn cung bị gián đoạn.",
        a.lead());
    assertEquals("Reuters", a.creditedSource());
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void cmsEmbedTypedAsRelatedNewsIsLeftOut() {
    List<Article> out = run("<html lang=\"vi\"><body><h1 class=\"title\">Tiêu đề bài</h1><h2 class=\"sapo\">Sapo của bài viết dài đủ để được nhận là phần mở đầu của bài báo này.</h2><div class=\"detail-content\"><p>Đoạn một của bài viết có nội dung dài và đầy đủ để được nhận là văn bản chính của bài.</p><div class=\"VCSortableInPreviewMode\" type=\"RelatedOneNews\"><div><a href=\"/x\">Tin liên quan cùng chủ đề</a></div><p>Mô tả ngắn của bài liên quan được chèn vào giữa bài viết chính.</p></div><p>Đoạn hai của bài viết tiếp tục trình bày nội dung chính của bài báo một cách đầy đủ.</p></div></body></html>", null);
    Article a = out.get(0);
    assertEquals(2, a.paragraphs().size());
    assertTrue(a.body().startsWith("Đoạn một"));
    assertTrue(a.body().endsWith("một cách đầy đủ."));
  }
}
