package vn.bantin.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The body walk over the chosen container: keeps the lines that belong to the article and sorts captions
 * apart. Furniture subtrees inside the container (related boxes, share bars, ads, bylines, tag lists) are
 * left out whole, unless one holds most of the container's prose (then its name lied). Teaser boxes, whose
 * headings are links to other articles, are left out too.
 */
final class BodyCollector extends BlockWalker {
  final List<Block> body = new ArrayList<>();
  final List<Block> captions = new ArrayList<>();
  private final Element root;
  private final Map<Element, ElementStats> stats;
  private final int rootGood;

  BodyCollector(Element root, Map<Element, ElementStats> stats, boolean skipHidden, Hints.Cache cache) {
    super(skipHidden, cache);
    this.root = root;
    this.stats = stats;
    ElementStats r = stats.get(root);
    this.rootGood = r == null ? 0 : r.goodWords();
  }

  @Override
  boolean accept(Element e, String tag, int hints) {
    if (e == root) return true;
    ElementStats s = stats.get(e);
    if (s == null) return true;
    boolean mostOfTheText = s.goodWords() * 2 > rootGood && rootGood > 0;
    if (s.negative() && !mostOfTheText) return false;
    boolean teaserShape = s.linkedHeadings() > 0 || (s.firstLinked() && s.blocks() >= 2 && s.blocks() <= 4);
    // list items are article text unless they have the teaser shape themselves (linked title, then more)
    if (tag.equals("li")) teaserShape = s.firstLinked() && s.blocks() >= 2 && s.blocks() <= 4;
    if (teaserShape && s.words() < 150 && !mostOfTheText && !tag.startsWith("h")) {
      return false; // a teaser of another article: linked headline plus a short description
    }
    return true;
  }

  @Override
  void block(Block b, Frame top) {
    double ld = b.linkDensity();
    if (b.caption()) {
      if (ld < 0.5) captions.add(b);
      return;
    }
    if (ld > 0.6) return; // mostly links: a list of other articles or a "read more" line
    if (b.words() < 25 && Hints.boilerplateLine(b.text())) return;
    body.add(b);
  }
}
