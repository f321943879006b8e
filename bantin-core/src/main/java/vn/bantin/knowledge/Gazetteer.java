package vn.bantin.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.bantin.text.Folding;

/**
 * Known entities (countries, capitals, provinces, organizations, leaders) with every spelling the
 * Vietnamese press uses, loaded once from {@code gazetteer.tsv}. Immutable after loading, so one shared
 * instance is safe across threads.
 */
final class Gazetteer {
  /**
   * One known entity.
   *
   * @param actorId for capitals and seats of power acting as a state ("Bình Nhưỡng tuyên bố"), the id of the
   *                country they stand for, else null
   */
  record Entry(String id, String type, String country, String actorId, String name, List<String> aliases) {}

  /** A trie node keyed by lower-cased syllables. */
  static final class Node {
    final Map<String, Node> next = new HashMap<>();
    /** entries ending here, each with the capitalization pattern of the alias (true = capitalized). */
    final List<Map.Entry<Entry, boolean[]>> ends = new ArrayList<>();
    /** Some spelling reaches this node after a comma ("Bộ Lao động, Thương binh và Xã hội"); set at load only. */
    boolean afterComma;
  }

  private static final Gazetteer INSTANCE = load();

  final Map<String, Entry> byId;
  final Node root;
  /** Person entries by folded single syllable of their names: lets "ông Trump" find Donald Trump. */
  final Map<String, List<Entry>> personsBySyllable;
  /** Country entries by ISO code. */
  final Map<String, Entry> countryByCode;

  private Gazetteer(Map<String, Entry> byId, Node root, Map<String, List<Entry>> persons,
      Map<String, Entry> countries) {
    this.byId = Collections.unmodifiableMap(byId);
    this.root = root;
    this.personsBySyllable = Collections.unmodifiableMap(persons);
    this.countryByCode = Collections.unmodifiableMap(countries);
  }

  static Gazetteer get() {
    return INSTANCE;
  }

  Entry entry(String id) {
    return byId.get(id);
  }

  private static Gazetteer load() {
    Map<String, Entry> byId = new LinkedHashMap<>();
    Node root = new Node();
    Map<String, List<Entry>> persons = new HashMap<>();
    Map<String, Entry> countries = new HashMap<>();
    try (var in = Gazetteer.class.getResourceAsStream("gazetteer.tsv");
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean countrySection = false;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("# --- ")) countrySection = line.startsWith("# --- countries");
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        List<String> names = List.of(f[4].split("\\|"));
        Entry e = new Entry(f[0], f[1], dash(f[2]), dash(f[3]), names.get(0), names);
        byId.put(e.id(), e);
        if (countrySection && e.country() != null) countries.putIfAbsent(e.country(), e);
        for (String alias : names) {
          List<Token> toks = Tokenizer.tokenize(alias);
          if (toks.isEmpty()) continue;
          Node n = root;
          boolean[] caps = new boolean[toks.size()];
          for (int i = 0; i < toks.size(); i++) {
            n = n.next.computeIfAbsent(toks.get(i).lower(), k -> new Node());
            if (i > 0 && toks.get(i).gap().startsWith(",")) n.afterComma = true;
            caps[i] = toks.get(i).cap() && !toks.get(i).hyphenBefore();
          }
          n.ends.add(Map.entry(e, caps));
          if (e.type().equals("PER")) {
            for (Token t : toks) {
              List<Entry> l = persons.computeIfAbsent(Folding.fold(t.text()), k -> new ArrayList<>());
              if (!l.contains(e)) l.add(e);
            }
          }
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return new Gazetteer(byId, root, persons, countries);
  }

  /** Whether the entity with this id is one of the countries. */
  boolean isCountryId(String id) {
    Entry e = byId.get(id);
    return e != null && e.country() != null && countryByCode.get(e.country()) == e;
  }

  private static String dash(String s) {
    return s == null || s.equals("-") ? null : s;
  }
}
