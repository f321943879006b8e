package vn.bantin.stories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Stable group ids: a prefix and a hash of the sorted member ids, so the same members give the same id. */
final class GroupIds {
  private GroupIds() {}

  static String of(String prefix, Collection<String> memberIds) {
    List<String> sorted = new ArrayList<>(memberIds);
    Collections.sort(sorted);
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String s : sorted) {
        md.update(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      byte[] d = md.digest();
      StringBuilder sb = new StringBuilder(prefix);
      for (int i = 0; i < 6; i++) sb.append(String.format(Locale.ROOT, "%02x", d[i]));
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
