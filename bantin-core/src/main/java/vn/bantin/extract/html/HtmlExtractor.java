package vn.bantin.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.pipeline.Extractor;

/**
 * Articles from an HTML page. Steps: parse (jsoup); read page metadata (meta tags, Open Graph, JSON-LD);
 * score every element over one iterative walk and take the best-scoring one as the main content
 * ({@link ContentScorer}); detect pages holding several complete articles ({@link ArticleSplitter}); build
 * each article from its container ({@link ArticleAssembler}). Stateless and thread-safe; every DOM walk is
 * iterative, so arbitrarily deep pages cannot overflow the stack, and the work is linear in page size.
 */
public final class HtmlExtractor implements Extractor {
  private static final long serialVersionUID = 1L;

  /** Below this many prose words, the walk is retried with hidden elements included. */
  private static final int MIN_GOOD_WORDS = 25;

  @Override
  public List<Article> extract(Page page) {
    String base = page.provenance().url() == null ? "" : page.provenance().url();
    Document doc = Jsoup.parse(page.content(), base);
    Element body = doc.body();
    boolean skipHidden = true;
    Hints.Cache cache = new Hints.Cache();
    ContentScorer scorer = new ContentScorer(true, cache);
    scorer.walk(body);
    PageMeta meta = new PageMeta(doc, page.provenance().url(), scorer.metadataElements);
    TitleFinder.Title pageTitle = TitleFinder.find(meta, scorer.h1s);
    Element chosen = scorer.choose(pageTitle.element());
    if (goodWords(scorer, chosen) < MIN_GOOD_WORDS) {
      // pages that hide their text until a script shows it: retry with hidden elements included
      ContentScorer all = new ContentScorer(false, cache);
      all.walk(body);
      TitleFinder.Title t = TitleFinder.find(meta, all.h1s);
      Element c = all.choose(t.element());
      if (goodWords(all, c) > goodWords(scorer, chosen)) {
        scorer = all;
        skipHidden = false;
        pageTitle = t;
        chosen = c;
      }
    }
    Element main = chosen == null ? body : chosen;
    ArticleAssembler assembler = new ArticleAssembler(page, meta, scorer, skipHidden, cache);

    List<ArticleSplitter.Part> parts = ArticleSplitter.split(main, scorer);
    if (parts.size() < 2 || assembler.introducedAsOne(pageTitle.element(), parts.get(0).container())) {
      Element post = ForumThread.openingPost(main, scorer);
      if (post != main) return single(assembler.buildPost(post, pageTitle));
      return single(assembler.build(main, pageTitle, true));
    }
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      ArticleSplitter.Part p = parts.get(i);
      // the first part keeps the page's own metadata when its heading is the page title
      boolean first = i == 0 && (p.heading() == pageTitle.element()
          || pageTitle.element() == null && TitleFinder.similar(p.title(), pageTitle.text()));
      TitleFinder.Title t = first ? pageTitle : new TitleFinder.Title(p.title(), p.heading());
      Article a = assembler.build(p.container(), t, first);
      // a unit whose body comes out nearly empty was a box of teasers ("You may like"), not an article
      if (Texts.words(a.lead() + " " + a.body()) >= ArticleSplitter.MIN_ENTRY_WORDS) out.add(a);
    }
    if (out.size() < 2) return single(assembler.build(main, pageTitle, true));
    return out;
  }

  /** A page without any text (an empty shell, a redirect stub) holds no article. */
  private static List<Article> single(Article a) {
    if (a.title().isEmpty() && a.lead().isEmpty() && a.paragraphs().isEmpty()) return List.of();
    return List.of(a);
  }

  private static int goodWords(ContentScorer s, Element best) {
    if (best == null) return 0;
    ElementStats st = s.stats.get(best);
    return st == null ? 0 : st.goodWords();
  }
}
