package vn.bantin.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Pages holding several complete articles: an article followed by the next one (infinite-scroll pages ship
 * both), or a live page whose entries each carry a heading and a time. Conservative on purpose: a split needs
 * at least two sibling units, each with its own non-link headline, its own article signature (an
 * {@code <article>} element, an h1, or a dateline/time inside) and enough prose ({@link #MIN_WORDS} words
 * each for two units, {@link #MIN_ENTRY_WORDS} for three or more), together holding most of their parent's prose. A long article cut into sections by subheadings has no
 * per-section signature, and teasers of other articles have too little prose, so both stay one article.
 */
final class ArticleSplitter {
  private ArticleSplitter() {}

  static final int MIN_WORDS = 60;
  /** Live entries are short; three or more signed entries may each be this short. */
  static final int MIN_ENTRY_WORDS = 25;
  private static final int LEVELS_UP = 4;

  /** One article of a multi-article page: its container and its heading. */
  record Part(Element container, Element heading, String title) {}

  static List<Part> split(Element main, ContentScorer scorer) {
    // down: the child holding most of the prose (a wrapper around a list of entries), then up
    Element d = main;
    for (int level = 0; level < 3 && d != null; level++) {
      Element next = null;
      ElementStats ds = scorer.stats.get(d);
      for (Element c : d.children()) {
        ElementStats cs = scorer.stats.get(c);
        if (ds != null && cs != null && cs.goodWords() >= 0.6 * ds.goodWords()) next = c;
      }
      if (next == null) break;
      List<Part> parts = units(next, scorer);
      if (parts.size() >= 2) return parts;
      d = next;
    }
    Element a = main;
    for (int level = 0; level <= LEVELS_UP && a != null && !a.normalName().equals("html"); level++) {
      List<Part> parts = units(a, scorer);
      if (parts.size() >= 2) return parts;
      a = a.parent();
    }
    return List.of();
  }

  private static List<Part> units(Element parent, ContentScorer scorer) {
    ElementStats ps = scorer.stats.get(parent);
    if (ps == null || ps.goodWords() < 3 * MIN_ENTRY_WORDS) return List.of();
    List<Part> parts = new ArrayList<>();
    int covered = 0;
    String signature = null;
    for (Element c : parent.children()) {
      ElementStats s = scorer.stats.get(c);
      if (s == null || s.negative() || s.goodWords() < MIN_ENTRY_WORDS) continue;
      Element heading = scorer.firstHeadingIn(c);
      if (heading == null) continue;
      String title = Texts.squash(heading.text());
      ElementStats hs = scorer.stats.get(heading);
      if (title.isEmpty() || Texts.words(title) > 40 || hs == null || linkHeavy(heading)) continue;
      boolean signed = c.normalName().equals("article") || heading.normalName().equals("h1")
          || containsAny(s, scorer.datelines, scorer);
      if (!signed) continue;
      String sig = c.normalName() + "." + c.className();
      if (signature != null && !signature.equals(sig) && !c.normalName().equals("article")) continue;
      signature = sig;
      parts.add(new Part(c, heading, title));
      covered += s.goodWords();
    }
    if (parts.size() < 2 || covered < 0.6 * ps.goodWords()) return List.of();
    if (parts.size() == 2) {
      for (Part p : parts) if (scorer.stats.get(p.container()).goodWords() < MIN_WORDS) return List.of();
    }
    return parts;
  }

  private static boolean linkHeavy(Element heading) {
    int all = heading.text().length();
    int linked = 0;
    for (Element l : heading.getElementsByTag("a")) linked += l.text().length();
    return all == 0 || linked * 2 > all;
  }

  private static boolean containsAny(ElementStats s, List<Element> els, ContentScorer scorer) {
    for (Element e : els) {
      ElementStats es = scorer.stats.get(e);
      if (es != null && es.order() > s.order() && es.order() <= s.end()) return true;
    }
    return false;
  }
}
