package vn.bantin.extract.html;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Pages holding several complete articles. */
final class ArticleSplitter {
  private ArticleSplitter() {}

  /** One article of a multi-article page: its container and its heading. */
  record Part(Element container, Element heading, String title) {}

  static List<Part> split(Element main, Map<Element, ElementStats> stats) {
    return List.of();
  }
}
