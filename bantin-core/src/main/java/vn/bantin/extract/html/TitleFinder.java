package vn.bantin.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The headline: the visible h1 when it agrees with what the head says (og:title, JSON-LD headline,
 * {@code <title>}); otherwise the head's title without its site-name part ("… - Báo VnExpress",
 * "… | baotintuc.vn").
 */
final class TitleFinder {
  private TitleFinder() {}

  /** The chosen headline and, when visible, its element. */
  record Title(String text, Element element) {}

  static Title find(PageMeta meta, List<Element> headings) {
    List<String> heads = new ArrayList<>();
    for (String t : meta.titleCandidates) heads.add(t);
    for (Element h : headings) {
      String t = Texts.squash(h.text());
      if (t.isEmpty() || Texts.words(t) > 50) continue;
      for (String c : heads) if (similar(t, c)) return new Title(t, h);
    }
    for (String c : meta.titleCandidates) {
      String t = stripSiteName(c, meta);
      if (!t.isEmpty()) {
        for (Element h : headings) if (similar(Texts.squash(h.text()), t)) return new Title(t, h);
        return new Title(t, null);
      }
    }
    for (Element h : headings) {
      String t = Texts.squash(h.text());
      if (!t.isEmpty()) return new Title(t, h);
    }
    return new Title("", null);
  }

  /** Word-set overlap: the headline and a head title sharing most words (site suffixes aside). */
  static boolean similar(String a, String b) {
    Set<String> wa = wordSet(a), wb = wordSet(b);
    if (wa.isEmpty() || wb.isEmpty()) return false;
    int common = 0;
    for (String w : wa) if (wb.contains(w)) common++;
    return common >= 0.7 * Math.min(wa.size(), wb.size()) && common >= 0.4 * Math.max(wa.size(), wb.size());
  }

  static Set<String> wordSet(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // "};

  /** Removes a leading or trailing segment naming the site. */
  static String stripSiteName(String title, PageMeta meta) {
    String t = Texts.squash(title);
    String host = meta.host();
    String hostLabel = host == null ? "" : Texts.fold(host.replaceAll("\\.(com|net|org|vn|com\\.vn|info)$", "")
        .replaceAll("\\.(com|net|org|vn)$", ""));
    String site = meta.siteName == null ? "" : Texts.fold(meta.siteName);
    for (String sep : SEPARATORS) {
      int i = t.lastIndexOf(sep);
      if (i > 0) {
        String tail = t.substring(i + sep.length());
        if (namesSite(tail, hostLabel, site)) return t.substring(0, i).trim();
      }
      int j = t.indexOf(sep);
      if (j > 0) {
        String head = t.substring(0, j);
        if (namesSite(head, hostLabel, site)) return t.substring(j + sep.length()).trim();
      }
    }
    return t;
  }

  private static boolean namesSite(String part, String hostLabel, String site) {
    String f = Texts.fold(part);
    if (f.isEmpty()) return false;
    if (!hostLabel.isEmpty() && (f.contains(hostLabel) || hostLabel.contains(f) && f.length() >= 4)) return true;
    if (!site.isEmpty() && (f.equals(site) || site.contains(f) && f.length() >= 4 || f.contains(site))) return true;
    String p = part.toLowerCase(Locale.ROOT);
    return Texts.words(part) <= 5 && (p.startsWith("báo ") || p.matches(".*\\.(vn|com|net|org)$"));
  }
}
