package vn.bantin.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article facts a page states in JSON-LD ({@code <script type="application/ld+json">}). Tolerates what
 * real pages write: comments, trailing commas, raw control characters, {@code @graph} wrappers, and HTML
 * entities inside string values ("&amp;quot;", "&amp;#7853;").
 *
 * @param headline  the article object's headline, or null
 * @param published datePublished as written, or null
 * @param modified  dateModified as written, or null
 * @param authors   author names (Person or unknown type; organizations are left out)
 * @param orgAuthors author names typed Organization
 * @param publisher publisher name, or null
 * @param url       the article's URL (url or mainEntityOfPage), or null
 * @param description description, or null
 * @param language  inLanguage, or null
 */
record JsonLd(String headline, String published, String modified, List<String> authors,
    List<String> orgAuthors, String publisher, String url, String description, String language) {

  static final JsonLd EMPTY = new JsonLd(null, null, null, List.of(), List.of(), null, null, null, null);

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  static JsonLd read(List<Element> scripts) {
    JsonNode article = null;
    JsonNode fallback = null;
    for (Element s : scripts) {
      JsonNode root;
      try {
        root = MAPPER.readTree(s.data().trim());
      } catch (Exception e) {
        continue; // broken JSON-LD is common; other evidence remains
      }
      if (root == null) continue;
      ArrayDeque<JsonNode> todo = new ArrayDeque<>();
      todo.add(root);
      while (!todo.isEmpty()) {
        JsonNode n = todo.poll();
        if (n.isArray()) {
          n.forEach(todo::add);
        } else if (n.isObject()) {
          String type = types(n);
          if (article == null && isArticle(type)) article = n;
          else if (fallback == null && type.contains("webpage") && n.has("datePublished")) fallback = n;
          if (n.has("@graph")) todo.add(n.get("@graph"));
        }
      }
    }
    JsonNode a = article != null ? article : fallback;
    if (a == null) return EMPTY;
    List<String> persons = new ArrayList<>();
    List<String> orgs = new ArrayList<>();
    collectAuthors(a.get("author"), persons, orgs);
    String url = text(a.get("url"));
    if (url == null) {
      JsonNode main = a.get("mainEntityOfPage");
      url = main == null ? null : main.isTextual() ? text(main) : text(main.get("@id"));
    }
    JsonNode pub = a.get("publisher");
    String publisher = pub == null ? null : pub.isTextual() ? text(pub) : text(pub.get("name"));
    JsonNode lang = a.get("inLanguage");
    return new JsonLd(text(a.get("headline")), text(a.get("datePublished")), text(a.get("dateModified")),
        persons, orgs, publisher, url, text(a.get("description")),
        lang == null ? null : lang.isTextual() ? text(lang) : text(lang.get("name")));
  }

  private static String types(JsonNode n) {
    JsonNode t = n.get("@type");
    if (t == null) return "";
    StringBuilder sb = new StringBuilder();
    if (t.isArray()) t.forEach(x -> sb.append(x.asText()).append(' '));
    else sb.append(t.asText());
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isArticle(String type) {
    return type.contains("article") || type.contains("blogposting") || type.contains("reportage")
        || type.contains("posting");
  }

  private static void collectAuthors(JsonNode n, List<String> persons, List<String> orgs) {
    if (n == null) return;
    if (n.isArray()) {
      for (JsonNode x : n) collectAuthors(x, persons, orgs);
      return;
    }
    if (n.isTextual()) {
      String s = text(n);
      if (s != null) persons.add(s);
      return;
    }
    String name = text(n.get("name"));
    if (name == null) return;
    if (types(n).contains("organization")) orgs.add(name);
    else persons.add(name);
  }

  /** A string value with HTML entities decoded and whitespace folded; null when absent or blank. */
  static String text(JsonNode n) {
    if (n == null || n.isNull() || n.isContainerNode()) return null;
    String s = n.asText();
    if (s.indexOf('&') >= 0) s = Parser.unescapeEntities(s, false);
    s = Texts.squash(s);
    return s.isEmpty() ? null : s;
  }
}
