package vn.bantin.extract.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.bantin.text.Folding;

/**
 * The table of known outlets (resource {@code outlets.tsv}: Vietnamese outlets plus major foreign outlets and
 * agencies), with tolerant lookup by name or URL. Immutable and thread-safe; {@link #standard()} is loaded
 * once and shared.
 *
 * <p>Name lookup folds case and diacritics and drops everything that is not a letter or digit, so "Dân
 * Việt", "Danviet", "DAN VIET" and "danviet.vn" all find Dân Việt. Leading words that only say what kind of
 * source follows ("báo", "tờ", "hãng tin", "hãng thông tấn", "đài", "trang", "the") are ignored.
 */
public final class Outlets implements Serializable {
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Words that introduce a source name in Vietnamese credits and mentions; folded. */
  private static final List<String> PREFIXES = List.of("hang thong tan", "hang tin", "thong tan xa", "bao dien tu",
      "bao", "to bao", "to", "tap chi", "dai", "trang tin", "trang", "kenh", "the");
  private static final Pattern DOMAIN_LIKE =
      Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?([a-z0-9-]+(?:\\.[a-z0-9-]+)+)(/.*)?$");

  private final List<Outlet> all;
  private final Map<String, Outlet> byKey;
  private final Map<String, Outlet> byDomain;

  private Outlets(List<Outlet> all) {
    this.all = List.copyOf(all);
    Map<String, Outlet> keys = new HashMap<>();
    Map<String, Outlet> domains = new HashMap<>();
    for (Outlet o : all) {
      // first row wins: the table lists the more prominent outlet first when an alias is shared
      keys.putIfAbsent(key(o.name()), o);
      for (String a : o.aliases()) keys.putIfAbsent(key(a), o);
      for (String d : o.domains()) {
        String dl = d.toLowerCase(Locale.ROOT);
        domains.putIfAbsent(dl, o);
        // "danviet.vn" written as a name: its bare label "danviet" is a key too
        String label = dl.contains("/") ? null : dl.substring(0, dl.indexOf('.'));
        if (label != null && label.length() >= 4) keys.putIfAbsent(key(label), o);
      }
    }
    this.byKey = Collections.unmodifiableMap(keys);
    this.byDomain = Collections.unmodifiableMap(domains);
  }

  private static final class Holder {
    static final Outlets STANDARD = load();
  }

  /** The bundled table. */
  public static Outlets standard() {
    return Holder.STANDARD;
  }

  /** A table from TSV text in the bundled format (for tests and custom tables). */
  public static Outlets parse(BufferedReader tsv) throws IOException {
    List<Outlet> rows = new ArrayList<>();
    String line;
    while ((line = tsv.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f.length < 4) throw new IOException("outlet row needs 4 tab-separated columns: " + line);
      rows.add(new Outlet(f[0].strip(), f[1].strip(), split(f[2]), split(f[3])));
    }
    return new Outlets(rows);
  }

  private static List<String> split(String s) {
    return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  private static Outlets load() {
    try (InputStream in = Outlets.class.getResourceAsStream("outlets.tsv")) {
      if (in == null) throw new IllegalStateException("outlets.tsv missing from the classpath");
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every outlet, in table order. */
  public List<Outlet> all() {
    return all;
  }

  /**
   * The outlet a name refers to: display name, alias, abbreviation or domain, in any case, with or without
   * diacritics and spaces, optionally preceded by "báo", "hãng tin" and the like.
   */
  public Optional<Outlet> byName(String text) {
    if (text == null || text.isBlank()) return Optional.empty();
    String t = text.strip();
    if (DOMAIN_LIKE.matcher(t).matches() && t.contains(".") && !t.contains(" ")) {
      Optional<Outlet> u = byUrl(t);
      if (u.isPresent()) return u;
    }
    String folded = Folding.fold(t).strip();
    Outlet o = byKey.get(key(folded));
    if (o != null) return Optional.of(o);
    for (String p : PREFIXES) {
      if (folded.startsWith(p + " ") || folded.startsWith(p + ".")) {
        o = byKey.get(key(folded.substring(p.length())));
        if (o != null) return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** The outlet publishing at a URL or bare domain ("https://baoquocte.vn/…", "www.danviet.vn"). */
  public Optional<Outlet> byUrl(String url) {
    if (url == null || url.isBlank()) return Optional.empty();
    String host;
    String path = "";
    String u = url.strip();
    if (!u.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) u = "http://" + u;
    try {
      URI uri = URI.create(u.replace(" ", "%20"));
      host = uri.getHost();
      if (uri.getRawPath() != null) path = uri.getRawPath();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (host == null) return Optional.empty();
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) host = host.substring(4);
    // host plus first path segment first ("bbc.com/vietnamese"), then the host and its parent domains
    int slash = path.indexOf('/', 1);
    String first = path.length() > 1 ? (slash > 0 ? path.substring(0, slash) : path) : "";
    Outlet o = byDomain.get(host + first.toLowerCase(Locale.ROOT));
    if (o != null) return Optional.of(o);
    for (String h = host; h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
      o = byDomain.get(h);
      if (o != null) return Optional.of(o);
    }
    return Optional.empty();
  }

  static String key(String s) {
    return NON_ALNUM.matcher(Folding.fold(s)).replaceAll("");
  }
}
