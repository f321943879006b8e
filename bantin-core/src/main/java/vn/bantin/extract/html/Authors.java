package vn.bantin.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Bylines. Structured data (JSON-LD Person authors, author meta tags) is preferred, but checked against the
 * visible byline, which is cleaner when the two disagree (JSON-LD "Tâm HằngTTXVN" versus the visible
 * "Tâm Hằng (TTXVN)"). Names are cleaned of role prefixes ("Tác giả:", "Bài và ảnh:", "By") and agency
 * suffixes ("(TTXVN)", "- Reuters").
 */
final class Authors {
  private Authors() {}

  private static final Pattern PREFIX = Pattern.compile(
      "^(?i)(tác giả|bài và ảnh|bài, ảnh|bài/ảnh|bài|ảnh|thực hiện|nhóm phóng viên|phóng viên|pv|ctv|"
          + "biên tập|by|written by|posted by|author|theo|nguồn)\\s*[:.\\-]?\\s+", Pattern.UNICODE_CASE);
  private static final Pattern AGENCY = Pattern.compile("\\s*[(\\[][^()\\[\\]]{1,30}[)\\]]\\s*$");
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\||&|\\band\\b|\\bvà\\b|\\s-\\s|\\s–\\s|/)\\s*");

  /** Elements that hold a byline: named so, marked up so (itemprop, rel, data-role), or an address. */
  static boolean bylineCandidate(Element e, String tag, int hints) {
    if (tag.equals("address") || (hints & Hints.BYLINE) != 0) return true;
    if (e.attributesSize() == 0) return false;
    return e.attr("itemprop").equalsIgnoreCase("author") || e.attr("rel").equalsIgnoreCase("author")
        || e.attr("data-role").equalsIgnoreCase("author") || e.attr("data-field").equalsIgnoreCase("author");
  }

  static List<String> resolve(List<String> structured, List<String> visible, List<String> metaAuthors,
      String outlet, String host) {
    List<String> out = new ArrayList<>();
    for (String s : structured) {
      for (String name : split(s)) {
        if (!personLike(name, outlet, host)) continue;
        String chosen = name;
        String fn = Texts.fold(name);
        for (String v : visible) {
          String fv = Texts.fold(v);
          if (fv.equals(fn)) { chosen = v; break; }
          if (fn.startsWith(fv) && fv.length() >= 4 && fv.length() < fn.length()) chosen = v;
        }
        add(out, chosen);
      }
    }
    if (out.isEmpty()) {
      for (String s : metaAuthors) for (String n : split(s)) if (personLike(n, outlet, host)) add(out, n);
    }
    if (out.isEmpty()) for (String v : visible) if (personLike(v, outlet, host)) add(out, v);
    return out;
  }

  private static void add(List<String> out, String name) {
    for (String o : out) if (Texts.fold(o).equals(Texts.fold(name))) return;
    out.add(name);
  }

  /** Names in one byline string, cleaned. */
  static List<String> split(String raw) {
    List<String> out = new ArrayList<>();
    String s = clean(raw);
    if (s.isEmpty()) return out;
    for (String part : SPLIT.split(s)) {
      String p = clean(part);
      if (!p.isEmpty()) out.add(p);
    }
    return out;
  }

  static String clean(String raw) {
    String s = Texts.squash(raw);
    for (int i = 0; i < 3; i++) {
      String before = s;
      s = PREFIX.matcher(s).replaceFirst("");
      s = AGENCY.matcher(s).replaceFirst("");
      s = s.replaceAll("^[\\s\\-–—:|,.]+|[\\s\\-–—:|,]+$", "");
      if (s.equals(before)) break;
    }
    return s.trim();
  }

  private static final java.util.Set<String> STOP = java.util.Set.of("by", "theo", "nguồn", "admin", "tác",
      "giả", "author", "staff", "editor", "reporter", "tin", "ảnh", "bài");

  /** The outlet's own name or domain ("VOV.VN" on vov.vn) signing next to a person. */
  static boolean outletLike(String name, String outlet, String host) {
    String f = Texts.fold(name);
    if (f.length() < 2) return false;
    if (outlet != null && Texts.fold(outlet).contains(f)) return true;
    if (host != null) {
      String label = Texts.fold(host.replaceAll("\\.[a-z]+$", "").replaceAll("\\.(com|net|org)$", ""));
      return !label.isEmpty() && (f.contains(label) || label.contains(f));
    }
    return false;
  }

  /** An agency or outlet signing beside the writer ("Hải Yến/BNEWS/TTXVN"): the table knows it, it is no person. */
  static boolean knownOutlet(String name) {
    return Texts.fold(name).replace(" ", "").length() >= 3
        && vn.bantin.extract.source.Outlets.standard().byName(name).isPresent();
  }

  /** A person's name: 1-6 capitalised words (or a short upper-case signature like "TP"), no digits. */
  static boolean personLike(String name, String outlet, String host) {
    if (name == null || name.isEmpty() || name.length() > 60) return false;
    if (name.contains("@") || name.contains("://") || name.matches(".*\\d.*")) return false;
    if (name.toLowerCase(Locale.ROOT).matches(".*\\.(vn|com|net|org|info)$")) return false; // a domain
    String[] words = name.split("\\s+");
    if (words.length > 6) return false;
    if (words.length == 1 && !words[0].equals(words[0].toUpperCase(Locale.ROOT))
        && (words[0].length() < 3 || STOP.contains(words[0].toLowerCase(Locale.ROOT)))) {
      return false; // "By", "Theo" alone are byline prefixes, not names
    }
    for (String w : words) {
      if (w.isEmpty()) return false;
      char c = w.charAt(0);
      if (!Character.isUpperCase(c) && !(w.length() <= 3 && w.equals(w.toLowerCase(Locale.ROOT))
          && words.length > 1 && (w.equals("de") || w.equals("van") || w.equals("von") || w.equals("da")))) {
        return false;
      }
    }
    String f = Texts.fold(name);
    if (f.isEmpty()) return false;
    if (outlet != null && !Texts.fold(outlet).isEmpty()
        && (Texts.fold(outlet).contains(f) || f.contains(Texts.fold(outlet)))) return false;
    if (host != null) {
      String label = Texts.fold(host.replaceAll("\\.[a-z]+$", "").replaceAll("\\.(com|net|org)$", ""));
      if (!label.isEmpty() && (f.contains(label) || label.contains(f))) return false;
    }
    if (knownOutlet(name)) return false;
    String l = name.toLowerCase(Locale.ROOT);
    return !(l.startsWith("báo ") || l.startsWith("tạp chí") || l.contains("news") || l.contains("nhà báo")
        || l.contains("xem ") || l.contains("tin tức") || l.equals("admin") || l.contains("staff")
        || l.contains("editor") || l.contains("reporter") || l.contains("contributor"));
  }

  /**
   * Name-like lines inside the given byline elements: the first name-like text of each
   * element (a byline block often also holds a role, a photo credit or "Xem các bài viết của tác giả").
   */
  static List<String> visible(List<Element> els) {
    Map<String, String> found = new LinkedHashMap<>();
    int n = 0;
    for (Element e : els) {
      if (n++ > 12) break;
      if (Hints.hidden(e)) continue;
      List<String> texts = new ArrayList<>();
      NodeTraversor.traverse(new NodeVisitor() {
        @Override
        public void head(Node node, int depth) {
          if (node instanceof TextNode t && texts.size() < 8) {
            String s = Texts.squash(t.getWholeText());
            if (!s.isEmpty()) texts.add(s);
          }
        }
      }, e);
      if (texts.size() >= 8) continue; // a whole author box or list, not a byline
      String joined = String.join(" ", texts);
      for (String t : texts) {
        List<String> names = split(t);
        boolean any = false;
        for (String name : names) {
          if (personLike(name, null, null)) {
            found.putIfAbsent(Texts.fold(name), name);
            any = true;
          }
        }
        if (any) break;
      }
      if (texts.isEmpty() && !joined.isEmpty()) found.putIfAbsent(Texts.fold(joined), joined);
    }
    return new ArrayList<>(found.values());
  }
}
