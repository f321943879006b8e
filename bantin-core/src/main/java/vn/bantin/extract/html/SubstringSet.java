package vn.bantin.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed set of lower-case ASCII words with a fast "does this string contain any of them" test: words are
 * indexed by their first character, so a scan costs one array lookup per position instead of one comparison
 * per word (a regex alternation of a hundred words is far slower on every class attribute).
 */
final class SubstringSet {
  private final String[][] byFirst = new String[128][];

  SubstringSet(String alternatives) {
    List<List<String>> lists = new ArrayList<>();
    for (int i = 0; i < 128; i++) lists.add(new ArrayList<>());
    for (String w : alternatives.split("\\|")) {
      if (w.isEmpty() || w.charAt(0) >= 128) throw new IllegalArgumentException("bad word: " + w);
      lists.get(w.charAt(0)).add(w);
    }
    for (int i = 0; i < 128; i++) if (!lists.get(i).isEmpty()) byFirst[i] = lists.get(i).toArray(new String[0]);
  }

  boolean foundIn(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128) continue;
      String[] ws = byFirst[c];
      if (ws == null) continue;
      for (String w : ws) if (s.startsWith(w, i)) return true;
    }
    return false;
  }
}
