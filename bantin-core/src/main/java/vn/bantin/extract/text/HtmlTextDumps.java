package vn.bantin.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML page as a plain-text dump the way crawlers dump pages: one block per line (blank line
 * between), image alt text on its own line, scripts and styles dropped, nothing else removed. Lets the
 * text-dump extractor be measured on real HTML pages with gold (and serve as a fallback for HTML); the HTML
 * extractor proper lives in {@code extract.html}.
 */
public final class HtmlTextDumps {
  private HtmlTextDumps() {}

  public static String render(String html) {
    Document d = Jsoup.parse(html);
    d.select("script,style,svg,button,select,input,template,head").remove();
    // some pages leave <noscript>/<iframe> open, which would swallow the page as raw text
    for (Element f : d.select("iframe,noscript")) f.unwrap();
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node n, int depth) {
        if (n instanceof TextNode t) {
          cur.append(t.text());
        } else if (n instanceof Element e) {
          if (e.tagName().equals("img")) {
            flush();
            String alt = e.attr("alt").strip();
            if (!alt.isEmpty()) out.add(alt);
          } else if (e.isBlock() || e.tagName().equals("br")) {
            flush();
          }
        }
      }

      @Override
      public void tail(Node n, int depth) {
        if (n instanceof Element e && e.isBlock()) flush();
      }

      private void flush() {
        String s = cur.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
        if (!s.isEmpty()) out.add(s);
        cur.setLength(0);
      }
    }, d.body() == null ? d : d.body());
    String rest = cur.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
    if (!rest.isEmpty()) out.add(rest);
    return String.join("\n\n", out);
  }
}
