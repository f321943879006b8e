package vn.bantin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import vn.bantin.json.ArticleJson;

/** Shared output helpers: pretty JSON for --json, and short text cells for tables. */
final class Printer {
  private Printer() {}

  static void json(Object o) {
    try {
      System.out.println(ArticleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String cut(String s, int n) {
    if (s == null) return "";
    s = s.replaceAll("\\s+", " ");
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
