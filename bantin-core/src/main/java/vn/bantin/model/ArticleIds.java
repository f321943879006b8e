package vn.bantin.model;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Stable article ids. An id is a hash of the publishing host (when known), the title and the body, after
 * Unicode and whitespace normalization: the same article ingested twice, from the same or another input
 * format, gets the same id, while two outlets publishing identical text stay two articles (syndication links
 * them instead of merging them).
 */
public final class ArticleIds {
  private ArticleIds() {}

  public static String of(String url, String title, String body) {
    String host = host(url);
    String key = host + '\u0000' + squash(title) + '\u0000' + squash(body);
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(16);
      for (int i = 0; i < 8; i++) sb.append(String.format(Locale.ROOT, "%02x", d[i]));
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String host(String url) {
    if (url == null || url.isBlank()) return "";
    try {
      String h = URI.create(url.trim().replace(" ", "%20")).getHost();
      if (h == null) return "";
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String squash(String s) {
    if (s == null) return "";
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
  }
}
