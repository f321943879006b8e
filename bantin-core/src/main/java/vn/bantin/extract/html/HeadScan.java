package vn.bantin.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One iterative pass over the whole document collecting what the metadata reader needs wherever it sits
 * (head or body): meta tags, the canonical link, the title, JSON-LD scripts and itemprop date elements.
 * One pass instead of a selector query per item.
 */
final class HeadScan implements NodeVisitor {
  final List<Element> metas = new ArrayList<>();
  final List<Element> jsonLd = new ArrayList<>();
  final List<Element> itempropDates = new ArrayList<>();
  Element canonical;
  Element title;

  /**
   * Scans the head, plus the body's meta/link/script elements already met by the content walk (which
   * skips their subtrees), and itemprop date elements only when the page has any.
   */
  static HeadScan of(Document doc, List<Element> bodyMetadata) {
    HeadScan s = new HeadScan();
    NodeTraversor.traverse(s, doc.head());
    for (Element e : bodyMetadata) s.head(e, 0);
    return s;
  }

  @Override
  public void head(Node node, int depth) {
    if (!(node instanceof Element e)) return;
    switch (e.normalName()) {
      case "meta" -> metas.add(e);
      case "link" -> {
        if (canonical == null && e.hasAttr("href")
            && e.attr("rel").trim().toLowerCase(Locale.ROOT).equals("canonical")) {
          canonical = e;
        }
      }
      case "title" -> {
        if (title == null) title = e;
      }
      case "script" -> {
        if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) jsonLd.add(e);
      }
      default -> { }
    }
    if (e.attributesSize() > 0) {
      String ip = e.attr("itemprop");
      if (ip.equals("datePublished") || ip.equals("dateModified")) itempropDates.add(e);
    }
  }

  /** Elements marked itemprop=datePublished/dateModified anywhere (a full pass: only when needed). */
  static List<Element> itempropDates(Document doc) {
    List<Element> out = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e && e.attributesSize() > 0) {
        String ip = e.attr("itemprop");
        if (ip.equals("datePublished") || ip.equals("dateModified")) out.add(e);
      }
    }, doc);
    return out;
  }
}
