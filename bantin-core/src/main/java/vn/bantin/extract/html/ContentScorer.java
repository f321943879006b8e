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
  private int elementOrder;

  /** Elements that may hold a byline or a dateline, in document order (looked at near the content). */
  final List<Element> bylines = new ArrayList<>();
  final List<Element> datelines = new ArrayList<>();
  final List<Element> h1s = new ArrayList<>();
  /** meta, link and script elements of the body, for the metadata reader. */
  final List<Element> metadataElements = new ArrayList<>();
  /** h1-h3 elements in document order (article units start with one). */
  final List<Element> headings = new ArrayList<>();

  ContentScorer(boolean skipHidden, Hints.Cache cache) {
    super(skipHidden, cache);
  }

  @Override
  void entered(Frame f) {
    f.order = elementOrder++;
    if (f.tag.equals("h1")) h1s.add(f.el);
    if (f.tag.equals("h1") || f.tag.equals("h2") || f.tag.equals("h3")) headings.add(f.el);
    if (Authors.bylineCandidate(f.el, f.tag, f.hints)) bylines.add(f.el);
    if (f.tag.equals("time") || (f.hints & Hints.DATE) != 0 || f.el.hasAttr("itemprop")) datelines.add(f.el);
  }

  /**
   * Furniture by tag or by name. Names count on block-level elements only: an inline link classed
   * "cms-relate" inside a sentence is part of the sentence.
   */
  private static boolean negativeByName(Frame f) {
    return Hints.FURNITURE_TAGS.contains(f.tag)
        || ((f.hints & Hints.NEGATIVE) != 0
            && (Hints.BLOCK_TAGS.contains(f.tag) || f.tag.equals("td") || f.tag.equals("th")));
  }

  /**
   * A small box holding form controls without a form element: a reader poll ("Bạn có ủng hộ …?" with radio
   * options and "Biểu quyết"), a search or newsletter box. Few words around the controls, so never the article.
   */
  private static boolean widget(Frame f) {
    if (!f.hasInput || f.words > 40) return false;
    String t = f.tag;
    boolean box = t.equals("div") || t.equals("section") || t.equals("ul") || t.equals("ol") || t.equals("fieldset")
        || t.equals("table");
    // a button alone (a play or share button beside a short paragraph) does not make a widget
    return box && f.el.selectFirst("input:not([type=hidden]), select, textarea") != null;
  }

  @Override
  void skippedMetadata(Element e) {
    metadataElements.add(e);
  }

  @Override
  void block(Block b, Frame top) {
    blocks.add(b);
    if (top.blocks++ == 0) top.firstLinked = b.words() >= 4 && b.linkDensity() > 0.8;
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
    boolean neg = negativeByName(f) || (f.tag.equals("form") && f.hasInput && f.score < 150) || widget(f);
    double bonus = 1;
    if (f.tag.equals("article") || f.tag.equals("main") || (f.hints & Hints.POSITIVE) != 0) bonus *= 1.15;
    if ("articleBody".equals(f.el.attr("itemprop"))) bonus *= 1.3;
    stats.put(f.el, new ElementStats(f.score, f.words, f.goodWords, f.linkedHeadings, f.order, elementOrder - 1,
        neg, f.blocks, f.firstLinked, bonus));
    if (parent == null) return;
    if (parent.blocks == 0) parent.firstLinked = f.firstLinked;
    parent.blocks += f.blocks;
    parent.words += f.words;
    parent.linkedHeadings += f.linkedHeadings;
    parent.hasInput |= f.hasInput;
    if (neg) {
      parent.score -= f.words; // furniture costs its ancestors as much as its own text
    } else {
      parent.score += f.score;
      parent.goodWords += f.goodWords;
    }
  }

  /** How many of the best raw scores are re-ranked with the furniture and naming factors. */
  private static final int SHORTLIST = 64;

  /**
   * The main content container. Raw scores are re-ranked: an element that is furniture, or lies inside
   * furniture, is discounted, unless that furniture also holds the headline (then the name lied, like a
   * WordPress article classed "tag-…" or a body classed "cookies-not-set"); article-like names get a bonus.
   */
  Element choose(Element title) {
    ElementStats ts = title == null ? null : stats.get(title);
    List<Map.Entry<Element, ElementStats>> top = new ArrayList<>();
    for (Map.Entry<Element, ElementStats> e : stats.entrySet()) {
      if (e.getValue().score() <= 0 || e.getKey().normalName().equals("html")) continue;
      top.add(e);
    }
    top.sort((a, b) -> Double.compare(b.getValue().score(), a.getValue().score()));
    Element best = null;
    double bestCand = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < top.size() && i < SHORTLIST; i++) {
      Element el = top.get(i).getKey();
      ElementStats s = top.get(i).getValue();
      double cand = s.score() * s.bonus();
      if (s.negative() && !holds(s, ts)) {
        cand *= 0.3;
      } else {
        for (Element a = el.parent(); a != null; a = a.parent()) {
          ElementStats as = stats.get(a);
          if (as != null && as.negative() && !holds(as, ts) && !a.normalName().equals("body")) {
            cand *= 0.25;
            break;
          }
        }
      }
      // equal candidates: keep the deeper one (fewer stray lines)
      if (cand > bestCand || (cand == bestCand && best != null && s.order() > stats.get(best).order())) {
        bestCand = cand;
        best = el;
      }
    }
    return best;
  }

  /** The first h1-h3 inside {@code e} (binary search over the pre-order positions), or null. */
  Element firstHeadingIn(Element e) {
    ElementStats s = stats.get(e);
    if (s == null) return null;
    int lo = 0, hi = headings.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      ElementStats m = stats.get(headings.get(mid));
      if (m == null || m.order() <= s.order()) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= headings.size()) return null;
    Element h = headings.get(lo);
    ElementStats hs = stats.get(h);
    return hs != null && hs.order() <= s.end() ? h : null;
  }

  private static boolean holds(ElementStats s, ElementStats title) {
    return title != null && s.order() <= title.order() && title.order() <= s.end();
  }
}
