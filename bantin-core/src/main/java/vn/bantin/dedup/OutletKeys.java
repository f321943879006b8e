package vn.bantin.dedup;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import vn.bantin.model.Article;
import vn.bantin.text.Folding;

/**
 * Comparable keys for outlet names, hosts and credit lines: folded, letters and digits only, with the
 * "www"/"m." prefixes, top-level domains and the word "báo" removed, so "Dân Việt", "Danviet" and
 * "danviet.vn" all give "danviet", and "Báo Quốc tế" matches baoquocte.vn.
 */
public final class OutletKeys {
  private OutletKeys() {}

  /** Keys naming the publisher of an article: its outlet name and the hosts of its URL and page. */
  public static Set<String> publisherKeys(Article a) {
    Set<String> keys = new LinkedHashSet<>();
    addName(keys, a.outlet());
    add(keys, hostKey(host(a.url())));
    if (a.provenance() != null) add(keys, hostKey(host(a.provenance().url())));
    return keys;
  }

  /** Keys of the source an article credits: the credited name and the host of the credited URL. */
  public static Set<String> creditKeys(Article a) {
    Set<String> keys = new LinkedHashSet<>();
    String c = a.creditedSource();
    if (c != null && (c.contains("://") || c.matches("(?i)^[\\w.-]+\\.(vn|com|net|org)(/.*)?$"))) {
      add(keys, hostKey(host(c.contains("://") ? c : "http://" + c)));
    } else {
      addName(keys, c);
    }
    add(keys, hostKey(host(a.creditedUrl())));
    return keys;
  }

  private static void add(Set<String> keys, String k) {
    if (k != null && k.length() >= 2) keys.add(k);
  }

  /** Adds the name's key with and without a leading "báo"/"tạp chí" (hosts keep it: baoquocte.vn). */
  private static void addName(Set<String> keys, String name) {
    if (name == null || name.isBlank()) return;
    String s = name.strip();
    if (s.contains(".") && !s.contains(" ")) {
      add(keys, hostKey(s.toLowerCase(Locale.ROOT)));
      return;
    }
    String f = Folding.fold(s).replaceFirst("^theo\\s+", "");
    add(keys, f.replaceAll("[^a-z0-9]", ""));
    add(keys, f.replaceFirst("^(bao|tap chi|trang tin|dien tu)\\s+", "").replaceAll("[^a-z0-9]", ""));
  }

  static String hostKey(String host) {
    if (host == null || host.isBlank()) return null;
    String h = host.toLowerCase(Locale.ROOT).replaceFirst("^(www\\d*|m|mobile|amp)\\.", "");
    h = h.replaceFirst("(\\.(com|net|org|gov|edu|info|vn|tv|us|uk))+$", "");
    int dot = h.lastIndexOf('.');
    // "kinhdoanh.vnexpress" names VnExpress: the registered name is the last label left.
    if (dot >= 0) h = h.substring(dot + 1);
    return h.replaceAll("[^a-z0-9]", "");
  }

  public static String host(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      return URI.create(url.strip().replace(" ", "%20")).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** True when a credit key names a publisher key; prefixes count ("vtc" credits "vtcnews"). */
  public static boolean matches(Set<String> credit, Set<String> publisher) {
    for (String c : credit) {
      for (String p : publisher) {
        if (c.equals(p)) return true;
        if (c.length() >= 4 && p.length() >= 4 && (p.startsWith(c) || c.startsWith(p))) return true;
      }
    }
    return false;
  }
}
