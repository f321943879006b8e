/**
 * Articles from plain-text dumps of crawled pages (the format of {@code shared/seeds}): page text with the
 * markup gone, one block a line, with menus, lists of other articles, image alt text, captions, share bars,
 * footers and sometimes a second, re-posted article mixed in.
 *
 * <p>Entry point: {@link vn.bantin.extract.text.TextDumpExtractor} ({@code extract(Page)}; {@code classify(String)}
 * shows the {@link vn.bantin.extract.text.LineKind} given to every line). {@link vn.bantin.extract.text.HtmlTextDumps}
 * renders HTML the same way, to measure on real pages.
 *
 * <p>How: {@link vn.bantin.extract.text.LineShapes} and {@link vn.bantin.extract.text.LineClassifier} type each
 * line from its shape (length, final punctuation, date pattern, diacritic-free slug, "… - Hình 1", photo credit,
 * furniture phrase, credit line) and its neighbours (the line after alt text is a caption, a headline over a
 * date in a run of dated lines is a list item, a headline printed twice counts once, a name under a paragraph is
 * a byline). {@link vn.bantin.extract.text.ArticleSegmenter} then finds articles: runs of paragraphs that alt
 * text, captions and furniture may interrupt but headlines, dates of lists, credits, list headers and bylines
 * end; a run headed by a headline and longer than a list snippet is an article; a headline between two runs is
 * a sub-heading unless something marks it as a new article's title: a credit before it, alt text repeating it,
 * its own date line, share/comment/tag furniture closing the text above it, a length no sub-heading has (over
 * 8 words, no sentence end), or text under it that shares almost no word pairs with the text above
 * ({@link vn.bantin.extract.text.TextCohesion}). The same signals tell the last headline of a box of links
 * from the next article's title.
 *
 * <p>Where the rules come from: the five seed dumps and their gold (every gold paragraph ends in . ! or ?; every
 * list on them gives one snippet per headline while articles have five or more paragraphs; captions follow alt
 * text; credits close articles; the two two-article pages separate their articles by a credit line or by alt
 * text repeating the second title). They were then checked, unchanged in spirit, on the six real pages of
 * {@code shared/eval/extraction-html/vi-real} rendered as dumps, which added the header-zone, footer, tool-row
 * and byline rules. Then measured on pages composed from the vietnamese-mds articles
 * ({@link vn.bantin.eval.SyntheticDumps}, {@link vn.bantin.eval.SyntheticDumpEval}), which drove the article
 * boundary, caption, hard-wrap and caseless-page rules. Thresholds are named constants with the observation
 * behind them; no rule names a site.
 */
package vn.bantin.extract.text;
