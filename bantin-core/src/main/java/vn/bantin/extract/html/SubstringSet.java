package vn.bantin.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Fixed lower-case ASCII words, each carrying flag bits, with one fast scan that ORs the flags of every word
 * found in a string: words are indexed by their first character, so a scan costs one array lookup per
 * position instead of one comparison per word (a regex alternation of a hundred words is far slower, and it
 * would run on every class attribute of every page).
 */
final class SubstringSet {
  private final String[][] words = new String[128][];
  private final int[][] flags = new int[128][];

  /** @param groups pairs of (flag, "word|word|...") */
  SubstringSet(Object... groups) {
    List<List<String>> ws = new ArrayList<>();
    List<List<Integer>> fs = new ArrayList<>();
    for (int i = 0; i < 128; i++) {
      ws.add(new ArrayList<>());
      fs.add(new ArrayList<>());
    }
    for (int g = 0; g < groups.length; g += 2) {
      int flag = (Integer) groups[g];
      for (String w : ((String) groups[g + 1]).split("\\|")) {
        if (w.isEmpty() || w.charAt(0) >= 128) throw new IllegalArgumentException("bad word: " + w);
        ws.get(w.charAt(0)).add(w);
        fs.get(w.charAt(0)).add(flag);
      }
    }
    for (int i = 0; i < 128; i++) {
      if (ws.get(i).isEmpty()) continue;
      words[i] = ws.get(i).toArray(new String[0]);
      flags[i] = fs.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The OR of the flags of all words occurring in {@code s}. */
  int scan(String s) {
    int out = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128) continue;
      String[] ws = words[c];
      if (ws == null) continue;
      for (int k = 0; k < ws.length; k++) if ((out & flags[c][k]) == 0 && s.startsWith(ws[k], i)) out |= flags[c][k];
    }
    return out;
  }
}
