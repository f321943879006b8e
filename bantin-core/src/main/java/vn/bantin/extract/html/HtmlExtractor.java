package vn.bantin.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.bantin.model.Article;
import vn.bantin.model.ArticleIds;
import vn.bantin.model.Page;
import vn.bantin.model.Paragraph;
import vn.bantin.pipeline.Extractor;

/** Articles from an HTML page (first simple version: h1 and every p). */
public final class HtmlExtractor implements Extractor {
  @Override
  public List<Article> extract(Page page) {
    String base = page.provenance().url() == null ? "" : page.provenance().url();
    Document doc = Jsoup.parse(page.content(), base);
    String title = doc.title();
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) title = h1.text();
    List<Paragraph> ps = new ArrayList<>();
    for (Element p : doc.select("p")) if (!p.text().isBlank()) ps.add(Paragraph.of(p.text()));
    String url = page.provenance().url();
    String body = String.join("\n\n", ps.stream().map(Paragraph::text).toList());
    return List.of(Article.builder().id(ArticleIds.of(url, title, body)).provenance(page.provenance())
        .title(title).paragraphs(ps).url(url).build());
  }
}
