package vn.bantin.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.bantin.model.Article;
import vn.bantin.model.ArticleIds;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Paragraph;
import vn.bantin.pipeline.Extractor;

/** The extraction entry point: dispatches a page to the HTML or the text-dump extractor. */
public final class ArticleExtractor implements Extractor {
  @Override
  public List<Article> extract(Page page) {
    return page.format() == PageFormat.HTML ? html(page) : text(page);
  }

  private static List<Article> html(Page page) {
    Document doc = Jsoup.parse(page.content(), page.provenance().url() == null ? "" : page.provenance().url());
    String title = doc.title();
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) title = h1.text();
    List<Paragraph> ps = new ArrayList<>();
    for (Element p : doc.select("p")) if (!p.text().isBlank()) ps.add(Paragraph.of(p.text()));
    return List.of(build(page, title, ps));
  }

  private static List<Article> text(Page page) {
    List<String> lines = page.content().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) return List.of();
    List<Paragraph> ps = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) ps.add(Paragraph.of(l));
    return List.of(build(page, lines.get(0), ps));
  }

  private static Article build(Page page, String title, List<Paragraph> ps) {
    String url = page.provenance().url();
    String body = String.join("\n\n", ps.stream().map(Paragraph::text).toList());
    return Article.builder().id(ArticleIds.of(url, title, body)).provenance(page.provenance()).title(title)
        .paragraphs(ps).url(url).build();
  }
}
