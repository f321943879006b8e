package vn.bantin.extract.html;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page-level metadata from the head and structured data: meta tags, Open Graph, JSON-LD, the canonical link
 * and the html lang. Article-level evidence (visible bylines, datelines, the lead) is read elsewhere, near
 * the chosen content.
 */
final class PageMeta {
  final Document doc;
  final JsonLd ld;
  final String pageUrl;
  final String canonical;
  final String siteName;
  final String declaredLanguage;
  final List<String> titleCandidates = new ArrayList<>();
  final String description;
  final OffsetDateTime published;
  final OffsetDateTime modified;
  final ZoneOffset zone;
  final List<String> metaAuthors = new ArrayList<>();

  private static final String[] PUBLISHED = {"article:published_time", "og:article:published_time",
      "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued",
      "dcterms.created", "dc.date", "sailthru.date", "parsely-pub-date", "article.published",
      "cxenseparse:recs:publishtime", "published_time", "date", "og:published_time", "article:published",
      "dc.date.created", "citation_publication_date", "citation_date", "release_date"};
  private static final String[] MODIFIED = {"article:modified_time", "og:updated_time", "datemodified",
      "dc.date.modified", "dcterms.modified", "last-modified", "article.updated", "lastmod",
      "article:modified", "modified_time"};

  /** Meta tag contents by lower-cased property, name, itemprop or http-equiv; the first one wins. */
  private final Map<String, String> metas = new HashMap<>();

  PageMeta(Document doc, String pageUrl, List<Element> bodyMetadata) {
    this.doc = doc;
    HeadScan scan = HeadScan.of(doc, bodyMetadata);
    for (Element m : scan.metas) {
      String c = m.attr("content");
      if (c.isBlank()) continue;
      for (String k : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = m.attr(k);
        if (!key.isEmpty()) metas.putIfAbsent(key.toLowerCase(Locale.ROOT), c);
      }
    }
    this.pageUrl = pageUrl;
    this.ld = JsonLd.read(scan.jsonLd);
    String canon = attrAbs(scan.canonical, "href");
    if (canon == null) canon = absolute(meta("og:url"));
    if (canon == null) canon = absolute(ld.url());
    if (canon == null) canon = pageUrl;
    this.canonical = canon;
    this.declaredLanguage = declaredLanguage(doc, this);
    String host = host(canonical != null ? canonical : pageUrl);
    String titleText = scan.title == null ? "" : scan.title.text();
    // Vietnamese pages print local time without a zone: declared vi, a .vn host, or a Vietnamese title
    this.zone = ("vi".equals(declaredLanguage) || (host != null && host.endsWith(".vn"))
        || (declaredLanguage == null && Texts.vietnameseShare(titleText) > 0.03))
        ? DateParser.VIETNAM : ZoneOffset.UTC;
    this.siteName = siteName(host);
    for (String k : new String[] {"og:title", "twitter:title"}) {
      String t = meta(k);
      if (t != null) titleCandidates.add(t);
    }
    if (ld.headline() != null) titleCandidates.add(ld.headline());
    String title = scan.title == null ? "" : Texts.squash(scan.title.text());
    if (!title.isEmpty()) titleCandidates.add(title);
    String d = meta("og:description");
    if (d == null) d = meta("description");
    if (d == null) d = ld.description();
    this.description = d;
    OffsetDateTime p = DateParser.parseMachine(ld.published(), zone);
    if (p == null) p = firstDate(PUBLISHED);
    if (p == null) p = itempropDate("datePublished");
    this.published = p;
    OffsetDateTime m = DateParser.parseMachine(ld.modified(), zone);
    if (m == null) m = firstDate(MODIFIED);
    if (m == null) m = itempropDate("dateModified");
    this.modified = m;
    for (String k : new String[] {"article:author", "author", "dc.creator", "sailthru.author", "parsely-author",
        "byl"}) {
      String a = meta(k);
      if (a != null && !a.contains("://") && !a.contains("www.")) metaAuthors.add(a);
    }
  }

  /** Content of the first meta tag with this property, name or itemprop (case-insensitive). */
  String meta(String key) {
    String c = metas.get(key.toLowerCase(Locale.ROOT));
    if (c == null) return null;
    c = Texts.squash(c);
    return c.isEmpty() ? null : c;
  }

  private OffsetDateTime firstDate(String[] keys) {
    for (String k : keys) {
      String v = meta(k);
      OffsetDateTime t = DateParser.parseMachine(v, zone);
      if (t != null) return t;
    }
    return null;
  }

  private OffsetDateTime itempropDate(String prop) {
    for (Element e : HeadScan.itempropDates(doc)) {
      if (!e.attr("itemprop").equals(prop)) continue;
      for (String a : new String[] {"content", "datetime"}) {
        OffsetDateTime t = DateParser.parseMachine(e.attr(a), zone);
        if (t != null) return t;
      }
      OffsetDateTime t = DateParser.parseText(Texts.squash(e.ownText()), zone);
      if (t != null) return t;
    }
    return null;
  }

  private static String declaredLanguage(Document doc, PageMeta meta) {
    Element html = doc.firstElementChild();
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isBlank() && html != null) lang = html.attr("xml:lang");
    for (String k : new String[] {"content-language", "language", "og:locale"}) {
      if (!lang.isBlank()) break;
      String v = meta.meta(k);
      if (v != null) lang = v;
    }
    lang = lang.trim().toLowerCase(Locale.ROOT);
    if (lang.length() < 2 || !Character.isLetter(lang.charAt(0)) || !Character.isLetter(lang.charAt(1))) {
      return null;
    }
    if (lang.startsWith("vi")) return "vi";
    return lang.length() == 2 || !Character.isLetter(lang.charAt(2)) ? lang.substring(0, 2) : null;
  }

  private String siteName(String host) {
    List<String> names = new ArrayList<>();
    String og = meta("og:site_name");
    if (og != null) names.add(og);
    if (ld.publisher() != null) names.add(ld.publisher());
    String app = meta("application-name");
    if (app != null) names.add(app);
    // a display name first; a bare domain as written ("ZNEWS.VN"); a URL gives its host
    for (String n : names) if (!n.contains("/") && !n.matches("(?i)[a-z0-9.-]+\\.[a-z]{2,}")) return n;
    for (String n : names) if (!n.contains("/")) return n;
    for (String n : names) {
      String h = host(n);
      if (h != null) return h.startsWith("www.") ? h.substring(4) : h;
    }
    return null;
  }

  String host() {
    String h = host(canonical != null ? canonical : pageUrl);
    if (h == null) h = host(pageUrl);
    return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
  }

  static String host(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      String h = URI.create(url.trim().replace(" ", "%20")).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private String attrAbs(Element e, String attr) {
    if (e == null) return null;
    String abs = e.absUrl(attr);
    if (!abs.isEmpty()) return abs;
    return absolute(e.attr(attr));
  }

  private static String absolute(String u) {
    if (u == null) return null;
    u = u.trim();
    return u.startsWith("http://") || u.startsWith("https://") ? u : null;
  }
}
