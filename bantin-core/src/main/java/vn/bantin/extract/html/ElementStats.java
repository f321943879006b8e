package vn.bantin.extract.html;

/**
 * What the scoring walk learned about one element's subtree.
 *
 * @param score          net content score: prose adds, link lists, furniture and short lines subtract
 * @param words          all words in the subtree
 * @param goodWords      words in lines that look like prose
 * @param linkedHeadings headings whose text is mostly a link (teasers of other articles)
 * @param order          pre-order position of the element
 * @param end            pre-order position of its last descendant
 * @param negative       the element is furniture by its tag or names
 * @param blocks         lines of text in the subtree
 * @param firstLinked    the first line is a link of several words (a teaser's headline)
 * @param bonus          factor for a container named or tagged like article content (article, main, itemprop)
 */
record ElementStats(double score, int words, int goodWords, int linkedHeadings, int order, int end, boolean negative,
    int blocks, boolean firstLinked, double bonus) {}
