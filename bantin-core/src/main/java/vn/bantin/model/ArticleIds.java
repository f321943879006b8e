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
      char[] hex = new char[16];
      for (int i = 0; i < 8; i++) {
        hex[2 * i] = HEX[(d[i] >> 4) & 0xf];
        hex[2 * i + 1] = HEX[d[i] & 0xf];
      }
      return new String(hex);
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

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** NFC, whitespace runs folded to one space, trimmed; one pass, no regex (this runs once per article). */
  private static String squash(String s) {
    if (s == null) return "";
    String n = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) sb.append(' ');
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
