package vn.bantin.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The CAMEO codes the coder emits, their Goldstein values, and the Vietnamese verb cues for each. */
final class Cameo {
  /** A cue phrase (lower-case syllables) and what it codes. */
  record Cue(String[] words, String code, boolean symmetric, boolean speech) {}

  /** The code of phrases that block a shorter cue inside them and code nothing ("nói chung", "thăm hỏi"). */
  static final String NONE = "-";

  static final Map<String, Double> GOLDSTEIN;
  static final Map<String, String> NAMES;
  /** Cues by first syllable, longest first. */
  static final Map<String, List<Cue>> CUES;

  static {
    Map<String, Double> g = new HashMap<>();
    Map<String, String> n = new HashMap<>();
    for (String[] f : rows("cameo-codes.tsv")) {
      g.put(f[0], Double.parseDouble(f[1]));
      n.put(f[0], f[2]);
    }
    Map<String, List<Cue>> c = new HashMap<>();
    for (String[] f : rows("event-cues.tsv")) {
      String flags = f.length > 2 ? f[2] : "";
      if (!g.containsKey(f[1]) && !f[1].equals(NONE)) throw new IllegalStateException("cue code without Goldstein value: " + f[1]);
      Cue cue = new Cue(f[0].split(" "), f[1], flags.contains("sym"), flags.contains("speech"));
      c.computeIfAbsent(cue.words()[0], k -> new ArrayList<>()).add(cue);
    }
    for (List<Cue> l : c.values()) l.sort((a, b) -> b.words().length - a.words().length);
    GOLDSTEIN = Collections.unmodifiableMap(g);
    NAMES = Collections.unmodifiableMap(n);
    CUES = Collections.unmodifiableMap(c);
  }

  private Cameo() {}

  static String root(String code) {
    return code.substring(0, 2);
  }

  /** Longest cue starting at token i, or null. */
  static Cue cueAt(List<Token> toks, int i) {
    List<Cue> l = CUES.get(toks.get(i).lower());
    if (l == null) return null;
    outer:
    for (Cue c : l) {
      if (i + c.words().length > toks.size()) continue;
      for (int k = 1; k < c.words().length; k++) {
        Token t = toks.get(i + k);
        if (!t.lower().equals(c.words()[k]) || !t.gap().equals(" ")) continue outer;
      }
      return c;
    }
    return null;
  }

  private static List<String[]> rows(String resource) {
    List<String[]> out = new ArrayList<>();
    try (var in = Cameo.class.getResourceAsStream(resource);
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(line.split("\t"));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out;
  }
}
