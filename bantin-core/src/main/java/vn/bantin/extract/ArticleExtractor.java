package vn.bantin.extract;

import java.util.List;
import vn.bantin.extract.html.HtmlExtractor;
import vn.bantin.extract.text.TextDumpExtractor;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.pipeline.Extractor;

/** The extraction entry point: dispatches a page to the HTML or the text-dump extractor. */
public final class ArticleExtractor implements Extractor {
  private final HtmlExtractor html = new HtmlExtractor();
  private final TextDumpExtractor text = new TextDumpExtractor();

  @Override
  public List<Article> extract(Page page) {
    return page.format() == PageFormat.HTML ? html.extract(page) : text.extract(page);
  }
}
