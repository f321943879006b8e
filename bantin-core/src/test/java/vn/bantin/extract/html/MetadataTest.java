package vn.bantin.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Provenance;

/** JSON-LD quirks, title suffixes and the precedence of metadata sources. */
class MetadataTest {
  @Test
  void jsonLdWithGraphEntitiesAndSloppyDates() {
    Document doc = Jsoup.parse("<html><head><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": "
        + "\"WebSite\", \"name\": \"Báo X\"}, {\"@type\": [\"NewsArticle\"], \"headline\": \"Ng&#432;&#7901;i "
        + "d&acirc;n &quot;vui&quot;\", \"datePublished\": \"2026-07-19T14:30:00.000 +07:00\", \"author\": "
        + "[{\"@type\": \"Person\", \"name\": \"Lan Anh\"}, {\"@type\": \"Organization\", \"name\": \"Báo X\"}],"
        + " \"publisher\": {\"name\": \"Báo X\"},}]}</script></head><body></body></html>");
    JsonLd ld = JsonLd.read(doc.select("script"));
    assertEquals("Người dân \"vui\"", ld.headline());
    assertEquals(List.of("Lan Anh"), ld.authors());
    assertEquals(List.of("Báo X"), ld.orgAuthors());
    assertEquals("Báo X", ld.publisher());
    assertEquals(OffsetDateTime.parse("2026-07-19T14:30+07:00"),
        DateParser.parseMachine(ld.published(), DateParser.VIETNAM));
  }

  @Test
  void brokenJsonLdIsIgnored() {
    Document doc = Jsoup.parse("<script type=\"application/ld+json\">{ \"headline\": </script>");
    assertEquals(JsonLd.EMPTY, JsonLd.read(doc.select("script")));
  }

  @Test
  void headTitleLosesItsSiteNameWhenThereIsNoHeadline() {
    String html = "<html lang=\"vi\"><head><title>Giá vàng lập đỉnh mới - Báo VnExpress</title>"
        + "<meta property=\"og:site_name\" content=\"VnExpress\"></head><body><div><p>Giá vàng trong nước "
        + "sáng nay tiếp tục tăng mạnh, vượt mốc cao nhất từ trước đến nay theo các doanh nghiệp kinh doanh.</p>"
        + "</div></body></html>";
    Article a = new HtmlExtractor().extract(new Page(new Provenance("x.html", null, -1,
        "https://vnexpress.net/gia-vang-1.html", null), PageFormat.HTML, html, "UTF-8")).get(0);
    assertEquals("Giá vàng lập đỉnh mới", a.title());
    assertEquals("VnExpress", a.outlet());
  }

  @Test
  void visibleHeadlineWinsOverADifferentHeadTitle() {
    String html = "<html lang=\"vi\"><head><title>Vụ án TNGT ở Vĩnh Long | Báo ABC</title>"
        + "<meta property=\"og:title\" content=\"Vụ tai nạn giao thông ở Vĩnh Long được điều tra lại\"></head><body>"
        + "<h1>Vụ tai nạn giao thông ở Vĩnh Long được điều tra lại</h1><p>Cơ quan điều tra đã phục hồi điều tra "
        + "vụ án sau hơn một năm tạm đình chỉ, theo thông báo gửi gia đình nạn nhân hôm qua.</p></body></html>";
    Article a = new HtmlExtractor().extract(new Page(Provenance.ofFile("x.html"), PageFormat.HTML, html,
        "UTF-8")).get(0);
    assertEquals("Vụ tai nạn giao thông ở Vĩnh Long được điều tra lại", a.title());
  }
}
