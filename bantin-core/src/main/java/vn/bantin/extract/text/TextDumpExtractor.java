package vn.bantin.extract.text;

import java.util.ArrayList;
import java.util.List;
import vn.bantin.model.Article;
import vn.bantin.model.ArticleIds;
import vn.bantin.model.Page;
import vn.bantin.model.Paragraph;
import vn.bantin.pipeline.Extractor;

/** Articles from a plain-text dump of a crawled page (first simple version: first line title, rest body). */
public final class TextDumpExtractor implements Extractor {
  @Override
  public List<Article> extract(Page page) {
    List<String> lines = page.content().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) return List.of();
    List<Paragraph> ps = new ArrayList<>();
    for (String l : lines.subList(1, lines.size())) ps.add(Paragraph.of(l));
    String title = lines.get(0);
    String url = page.provenance().url();
    String body = String.join("\n\n", lines.subList(1, lines.size()));
    return List.of(Article.builder().id(ArticleIds.of(url, title, body)).provenance(page.provenance())
        .title(title).paragraphs(ps).url(url).build());
  }
}
