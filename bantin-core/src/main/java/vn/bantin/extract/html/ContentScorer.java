package vn.bantin.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import vn.bantin.model.ParagraphType;

/**
 * The scoring walk over the whole page. Every line of text gets a weight (prose positive, link lists and
 * short fragments negative); an element's score is the sum over its subtree, except that a furniture
 * subtree (nav, aside, footer, or named "related", "comment", "share", "tin-lien-quan" ...) counts against
 * its ancestors. The main content is the element with the best score: growing a container past the article
 * only adds negative lines, shrinking it loses positive ones. One linear pass; keeps per-element stats for
 * the body walk.
 */
final class ContentScorer extends BlockWalker {
  final Map<Element, ElementStats> stats = new IdentityHashMap<>();
  final List<Block> blocks = new ArrayList<>();
  private Element best;
  private double bestScore = Double.NEGATIVE_INFINITY;
  private int elementOrder;

  /** Elements that may hold a byline or a dateline, in document order (looked at near the content). */
  final List<Element> bylines = new ArrayList<>();
  final List<Element> datelines = new ArrayList<>();
  final List<Element> h1s = new ArrayList<>();

  ContentScorer(boolean skipHidden, Hints.Cache cache) {
    super(skipHidden, cache);
  }

  Element best() {
    return best;
  }

  double bestScore() {
    return bestScore;
  }

  @Override
  void entered(Frame f) {
    f.order = elementOrder++;
    if (negativeByName(f)) f.negAncestor = true;
    if (f.tag.equals("h1")) h1s.add(f.el);
    if (Authors.bylineCandidate(f.el, f.tag, f.hints)) bylines.add(f.el);
    if (f.tag.equals("time") || (f.hints & Hints.DATE) != 0 || f.el.hasAttr("itemprop")) datelines.add(f.el);
  }

  private static boolean negativeByName(Frame f) {
    return (f.hints & Hints.NEGATIVE) != 0 || Hints.FURNITURE_TAGS.contains(f.tag);
  }

  @Override
  void block(Block b, Frame top) {
    blocks.add(b);
    double w = weight(b);
    top.score += w;
    top.words += b.words();
    if (w > 0) top.goodWords += b.words();
    if (b.type() == ParagraphType.HEADING && b.linkDensity() > 0.6) top.linkedHeadings++;
  }

  /** The weight of one line: positive for prose, negative for link lists, menus and stray fragments. */
  static double weight(Block b) {
    int words = b.words();
    double ld = b.linkDensity();
    if (b.caption()) return ld < 0.5 ? 0.3 * words : -words;
    if (ld > 0.5) return -words * ld;
    boolean sentence = Texts.endsSentence(b.text());
    if (words < 5 && !sentence) return b.type() == ParagraphType.HEADING ? 0 : -0.5 * words;
    double w = words * (1 - 1.5 * ld);
    if (words < 12 && !sentence) w *= 0.3;
    else if (Texts.punctuation(b.text()) >= 2) w *= 1.2;
    if (b.type() == ParagraphType.LIST_ITEM) w *= 0.8;
    return w;
  }

  @Override
  void exited(Frame f, Frame parent) {
    boolean neg = negativeByName(f) || (f.tag.equals("form") && f.hasInput && f.score < 150);
    double cand = f.score;
    if (neg) cand *= 0.3;
    else if (f.negAncestor) cand *= 0.5;
    if (f.tag.equals("article") || f.tag.equals("main") || (f.hints & Hints.POSITIVE) != 0) cand *= 1.15;
    if ("articleBody".equals(f.el.attr("itemprop"))) cand *= 1.3;
    if (cand > bestScore && !f.tag.equals("html")) {
      bestScore = cand;
      best = f.el;
    }
    stats.put(f.el, new ElementStats(f.score, f.words, f.goodWords, f.linkedHeadings, f.order, elementOrder - 1, neg));
    if (parent == null) return;
    parent.words += f.words;
    parent.linkedHeadings += f.linkedHeadings;
    parent.hasInput |= f.hasInput;
    if (neg) {
      parent.score -= 0.5 * f.words;
    } else {
      parent.score += f.score;
      parent.goodWords += f.goodWords;
    }
  }
}
