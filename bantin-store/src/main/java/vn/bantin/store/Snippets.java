package vn.bantin.store;

import java.util.Locale;
import vn.bantin.model.Article;
import vn.bantin.text.Folding;

/**
 * A short passage of an article around the first place where the query occurs, found on folded text so that
 * an unaccented query still points at the accented words. Folding is applied per character, which keeps
 * positions aligned with the original.
 */
final class Snippets {
  private static final int WIDTH = 200;

  private Snippets() {}

  static String of(Article a, String query) {
    String text = a.lead().isEmpty() ? a.body() : a.lead() + " " + a.body();
    text = text.replaceAll("\\s+", " ").trim();
    if (text.isEmpty()) return "";
    String folded = foldPerChar(text);
    int at = -1;
    String q = Folding.fold(query.replace('"', ' ')).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (!q.isEmpty()) at = folded.indexOf(q);
    if (at < 0) {
      for (String w : q.split("\\s+")) {
        if (w.length() < 2) continue;
        at = folded.indexOf(w);
        if (at >= 0) break;
      }
    }
    int start = Math.max(0, (at < 0 ? 0 : at) - WIDTH / 3);
    if (start > 0) {
      int sp = text.indexOf(' ', start);
      if (sp > 0 && sp - start < 20) start = sp + 1;
    }
    int end = Math.min(text.length(), start + WIDTH);
    if (end < text.length()) {
      int sp = text.lastIndexOf(' ', end);
      if (sp > start + WIDTH / 2) end = sp;
    }
    return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
  }

  static String foldPerChar(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) sb.append(Folding.foldChar(s.charAt(i)));
    return sb.toString();
  }
}
