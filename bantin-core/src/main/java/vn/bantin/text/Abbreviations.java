package vn.bantin.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Abbreviations written with a dot (abbreviations.txt): Vietnamese titles, degrees, administrative units
 * and common foreign ones. Case-sensitive ("TP." is an abbreviation, "tp." at a sentence end may not be).
 */
public final class Abbreviations {
  private Abbreviations() {}

  private static final Set<String> WITH_DOT = load();
  /** Abbreviations that also often end a sentence ("v.v.", "etc."). */
  private static final Set<String> SENTENCE_FINAL = Set.of("v.v.", "v.v...", "etc.", "vv.");

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = Abbreviations.class.getResourceAsStream("abbreviations.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        out.add(line.endsWith(".") ? line.substring(0, line.length() - 1) : line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  /** True when s[start,end) (without its dot) is a known abbreviation. */
  public static boolean isKnown(CharSequence s, int start, int end) {
    if (end - start > 8) return false;
    return WITH_DOT.contains(s.subSequence(start, end).toString());
  }

  static boolean isKnown(char[] s, int start, int end) {
    if (end - start > 8) return false;
    return WITH_DOT.contains(new String(s, start, end - start));
  }

  public static boolean canEndSentence(String abbreviation) {
    return SENTENCE_FINAL.contains(abbreviation);
  }
}
