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
    // inside a caption, an element named like a byline is the photo credit: part of the caption
    boolean creditInCaption = stackTopIsCaption() && Texts.isPhotoCredit(e.text());
    if (s.negative() && !mostOfTheText && !creditInCaption) return false;
    boolean teaserShape = s.linkedHeadings() > 0 || (s.firstLinked() && s.blocks() >= 2 && s.blocks() <= 4);
    // list items are article text unless they have the teaser shape themselves (linked title, then more)
    if (tag.equals("li")) teaserShape = s.firstLinked() && s.blocks() >= 2 && s.blocks() <= 4;
    if (teaserShape && s.words() < 150 && !mostOfTheText && !tag.startsWith("h")) {
      return false; // a teaser of another article: linked headline plus a short description
    }
    return true;
  }

  private void addCaption(Block b) {
    appendCaption(captions, b);
  }

  /**
   * Adds a caption line, joining it to the previous one when both are pieces of one caption: the next line in
   * document order, inside the same figure or caption box, or a bare photo credit ("ẢNH: ĐÌNH TUYẾN") right
   * after the text.
   */
  static void appendCaption(List<Block> captions, Block b) {
    if (!captions.isEmpty()) {
      Block prev = captions.get(captions.size() - 1);
      boolean adjacent = b.order() == prev.order() + 1;
      boolean sameFigure = commonFigure(prev.owner(), b.owner());
      if (adjacent && (sameFigure || Texts.isPhotoCredit(b.text()))) {
        String joined = prev.text() + " " + b.text();
        captions.set(captions.size() - 1, new Block(prev.owner(), joined, prev.words() + b.words(),
            prev.linkChars() + b.linkChars(), prev.type(), true, b.order()));
        return;
      }
    }
    captions.add(b);
  }

  private static boolean inFigureWithPicture(Element owner) {
    Element fig = owner.closest("figure");
    return fig != null && fig.selectFirst("img, picture, amp-img") != null;
  }

  private static boolean commonFigure(org.jsoup.nodes.Element a, org.jsoup.nodes.Element b) {
    org.jsoup.nodes.Element fa = captionBox(a);
    return fa != null && fa == captionBox(b);
  }

  /** The figure, figcaption or caption-named box (a "photocaption" div without figure markup) around a line. */
  private static Element captionBox(Element e) {
    for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
      String t = a.normalName();
      if (t.equals("figure") || t.equals("figcaption")) return a;
      if (a.hasAttr("class") && Hints.caption(a.attr("class").toLowerCase(java.util.Locale.ROOT))) return a;
    }
    return null;
  }

  @Override
  void block(Block b, Frame top) {
    double ld = b.linkDensity();
    if (b.caption()) {
      if (ld < 0.5) addCaption(b);
      return;
    }
    if (ld > 0.6) return; // mostly links: a list of other articles or a "read more" line
    // a short line inside a picture's figure but outside its caption is an overlay or an agency credit
    // ("Getty Images", "Nguồn hình ảnh"), never a paragraph
    if (b.words() <= 6 && inFigureWithPicture(b.owner())) return;
    if (b.words() < 25 && Hints.boilerplateLine(b.text())) return;
    body.add(b);
  }
}
