package vn.bantin.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.bantin.model.Entity;
import vn.bantin.model.EntityRef;
import vn.bantin.model.Mention;
import vn.bantin.text.Folding;

/**
 * Merges the mentions of one article into entities. Full names key on their gazetteer id or, unknown, on
 * their folded syllables ("Kim Jong-un", "Kim Jong Un", "KIm Jong-un" all give per:kim-jong-un); a single
 * syllable after a title ("ông Kim", "bà Choe", "Tổng thống Trump") joins the person most recently named
 * with that syllable, allowing one letter of transliteration difference (Choi/Choe), else a unique
 * gazetteer person, else a new person.
 */
final class Coreference {
  /** A resolved mention: where it is and which entity it belongs to. */
  record Resolved(RawMention mention, String entityId) {}

  /** Entities plus every resolved mention in text order. */
  record Result(List<Entity> entities, List<Resolved> mentions, Map<String, EntityRef> refs,
      Map<String, String> types) {}

  private final Gazetteer gaz;

  Coreference(Gazetteer gaz) {
    this.gaz = gaz;
  }

  Result resolve(List<RawMention> raw) {
    Map<String, Builder> byId = new LinkedHashMap<>();
    Map<RawMention, String> idOf = new java.util.IdentityHashMap<>();
    // pass 1: full names
    RawMention prev = null;
    // an acronym once bound to the name before its bracket keeps that referent ("… Sài Gòn (SGT) … SGT")
    Map<String, String> acronyms = new HashMap<>();
    // "HPG: …" in a list of headlines before "Tập đoàn Hòa Phát (HPG)": an acronym bound to a known
    // organization names it from the article's start
    for (int k = 1; k < raw.size(); k++) {
      RawMention a = raw.get(k);
      RawMention b = raw.get(k - 1);
      if (a.entry() == null && "ORG".equals(a.type()) && a.text().length() >= 2 && a.text().equals(a.text().toUpperCase())
          && b.entry() != null && "ORG".equals(b.type()) && (a.start() - b.end() == 2 || a.start() - b.end() == 3)) {
        acronyms.putIfAbsent(a.text(), b.entry().id());
      }
    }
    Map<String, String> tails = new HashMap<>();
    // one unknown name is one thing in an article: "Ngô Thanh Vân" tagged a person twice and an organization
    // once takes the type most of its mentions have
    Map<String, String> typeOf = majorityTypes(raw);
    for (RawMention m0 : raw) {
      if (m0.shortForm() || m0.type() == null) continue;
      // only the tagger's guesses are re-typed; a cue's or a title's reading stands
      String voted = m0.guessed() ? typeOf.get(slug(m0.text())) : null;
      final RawMention m = voted != null && !voted.equals(m0.type()) ? m0.withType(voted) : m0;
      String id = m.entry() != null ? m.entry().id() : m.type().toLowerCase() + ":" + slug(m.text());
      if (m.entry() == null && m.type().equals("ORG")) {
        // the first spelling names the entity; other spellings of the same known tail join it
        String known = knownTail(m.text());
        if (known != null) id = tails.computeIfAbsent(known, k -> "org:" + slug(m.text()));
        String alias = orgAlias(m, prev, idOf, byId);
        if (alias != null) id = alias;
        if (alias == null && acronyms.containsKey(m.text())) id = acronyms.get(m.text());
        if (alias != null && m.text().equals(m.text().toUpperCase())) acronyms.putIfAbsent(m.text(), alias);
      }
      if (m.entry() == null && m.type().equals("PER")) {
        String whole = personContaining(m, byId);
        if (whole != null) id = whole;
      }
      prev = m;
      Builder b = byId.computeIfAbsent(id, k -> new Builder(k, m));
      b.add(m);
      idOf.put(m, id);
      idOf.put(m0, id);
    }
    // pass 2: single syllables, in text order, against persons named so far (then anywhere in the article);
    // a short form already used ("ông Kim") keeps its referent even after another Kim is named
    Map<String, String> used = new HashMap<>();
    for (RawMention m : raw) {
      if (!(m.shortForm() || m.type() == null)) continue;
      String key = Folding.fold(m.text());
      String form = (m.title() == null ? "" : m.title()) + " " + key;
      boolean feminine = m.title() != null && Lexicon.FEMININE.contains(m.title());
      String id = m.title() == null ? null : used.get(form);
      if (id == null) id = lastPersonWith(byId, key, m.start(), true, false);
      if (id == null) id = lastPersonWith(byId, key, Integer.MAX_VALUE, true, false);
      if (id == null && key.length() >= 3 && m.title() != null) {
        id = lastPersonWith(byId, key, Integer.MAX_VALUE, false, feminine);
      }
      if (id == null && m.type() == null) {
        // a bare capitalized syllable that names nobody in the article: a known organization or nothing
        continue;
      }
      if (id == null) {
        List<Gazetteer.Entry> known = gaz.personsBySyllable.get(key);
        // "ông Hòa" is not "Hoa Xuân Oánh": the syllable must match with its tone, first or last in a spelling
        if (known != null && known.size() == 1 && !edgeSyllable(known.get(0), m.text())) known = null;
        if (known != null && known.size() == 1) {
          Gazetteer.Entry e = known.get(0);
          id = e.id();
          byId.computeIfAbsent(id, k -> new Builder(k, new RawMention(m.tokStart(), m.tokEnd(), m.start(),
              m.end(), e.name(), "PER", e, null, e.country(), false)));
        } else {
          id = "per:" + slug(m.text());
          byId.computeIfAbsent(id, k -> new Builder(k, m.withType("PER")));
        }
      }
      byId.get(id).add(m);
      idOf.put(m, id);
      if (m.title() != null) used.put(form, id);
    }
    List<Entity> entities = new ArrayList<>();
    Map<String, EntityRef> refs = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    for (Builder b : byId.values()) {
      Entity e = b.build();
      entities.add(e);
      refs.put(e.id(), new EntityRef(e.id(), e.name(), e.country()));
      types.put(e.id(), e.type());
    }
    List<Resolved> resolved = new ArrayList<>();
    for (RawMention m : raw) {
      String id = idOf.get(m);
      if (id != null) resolved.add(new Resolved(m, id));
    }
    return new Result(entities, resolved, refs, types);
  }

  /**
   * The organization an unknown organization name refers to: "Cơ quan An ninh Quốc gia (NSA)" makes NSA an
   * alias of the name before the bracket; "Tổ chức Ân xá" and "Tổ chức Ân xá Quốc tế" (one a prefix of the
   * other, two syllables at least) are one organization. Null when none.
   */
  private static String orgAlias(RawMention m, RawMention prev, Map<RawMention, String> idOf,
      Map<String, Builder> byId) {
    if (prev != null && idOf.containsKey(prev) && m.text().equals(m.text().toUpperCase())
        && (prev.end() + 2 == m.start() || prev.end() + 3 == m.start()) && "ORG".equals(prev.type())) {
      return idOf.get(prev);
    }
    String f = Folding.fold(m.text()).replaceAll("\\s+", " ");
    if (!f.contains(" ")) return null;
    String best = null;
    int bestPos = -1;
    for (Builder b : byId.values()) {
      if (!b.type.equals("ORG")) continue;
      for (Mention x : b.mentions) {
        String g = Folding.fold(x.text()).replaceAll("\\s+", " ");
        // ("Bộ GD" after "Bộ GD-ĐT": a name cut at its hyphen)
        boolean related = g.startsWith(f + " ") || f.startsWith(g + " ") && g.contains(" ") || g.startsWith(f + "-");
        if (related && x.start() > bestPos) {
          bestPos = x.start();
          best = b.id;
        }
      }
    }
    return best;
  }

  private static Map<String, String> majorityTypes(List<RawMention> raw) {
    if (raw.stream().noneMatch(RawMention::guessed)) return Map.of();
    Map<String, int[]> votes = new HashMap<>();
    for (RawMention m : raw) {
      if (m.shortForm() || m.type() == null || m.entry() != null) continue;
      int[] v = votes.computeIfAbsent(slug(m.text()), k -> new int[3]);
      v[m.type().equals("PER") ? 0 : m.type().equals("LOC") ? 1 : 2] += m.title() != null ? 2 : 1;
    }
    Map<String, String> out = new HashMap<>();
    for (var e : votes.entrySet()) {
      int[] v = e.getValue();
      // a strict majority only: a tie keeps each mention's own reading
      if (v[0] > v[1] && v[0] > v[2]) out.put(e.getKey(), "PER");
      else if (v[1] > v[0] && v[1] > v[2]) out.put(e.getKey(), "LOC");
      else if (v[2] > v[0] && v[2] > v[1]) out.put(e.getKey(), "ORG");
    }
    return out;
  }

  /**
   * "U23 Việt Nam" and "U23 VN", "Công đoàn NHCSXH" and "Công đoàn Ngân hàng Chính sách xã hội": an unknown
   * organization ending in a known name keys on its own first words and that name's id, so every spelling of
   * the known part gives one entity. Null when no known name ends it.
   */
  private String knownTail(String name) {
    List<Token> toks = Tokenizer.tokenize(name);
    for (int p = 1; p < toks.size(); p++) {
      Gazetteer.Node n = gaz.root;
      for (int k = p; k < toks.size() && n != null; k++) n = n.next.get(toks.get(k).lower());
      if (n == null || n.ends.isEmpty()) continue;
      String known = n.ends.get(0).getKey().id();
      StringBuilder head = new StringBuilder();
      for (int k = 0; k < p; k++) head.append(Folding.fold(toks.get(k).lower())).append('-');
      return "org:" + head + known.substring(known.indexOf(':') + 1);
    }
    return null;
  }

  /**
   * "Kiến Nghiệp" after "Quý Kiến Nghiệp", "Sir Alex" before "Sir Alex Ferguson": a person whose name ends or
   * starts with all of this name's syllables (two at least), the most recently named; null when none.
   */
  private static String personContaining(RawMention m, Map<String, Builder> byId) {
    List<String> syl = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(Folding.fold(m.text()))) syl.add(t.lower());
    if (syl.size() < 2) return null;
    String best = null;
    int bestPos = -1;
    for (Builder b : byId.values()) {
      if (!b.type.equals("PER")) continue;
      for (Mention x : b.mentions) {
        List<String> other = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(Folding.fold(x.text()))) other.add(t.lower());
        if (other.size() <= syl.size()) continue;
        boolean suffix = other.subList(other.size() - syl.size(), other.size()).equals(syl);
        boolean prefix = other.subList(0, syl.size()).equals(syl);
        if ((suffix || prefix) && x.start() > bestPos) {
          bestPos = x.start();
          best = b.id;
        }
      }
    }
    return best;
  }

  /**
   * The person whose name has the folded syllable key and who was mentioned last before {@code before};
   * with {@code exact} false, a syllable at edit distance one also counts (Choi/Choe).
   */
  private static String lastPersonWith(Map<String, Builder> byId, String key, int before, boolean exact,
      boolean feminine) {
    String best = null;
    int bestPos = -1;
    for (Builder b : byId.values()) {
      if (!b.type.equals("PER") || b.syllables.size() < 2) continue;
      boolean match = false;
      for (String s : b.syllables) {
        if (exact ? s.equals(key)
            : s.length() >= 3 && s.charAt(0) == key.charAt(0) && editDistanceAtMostOne(s, key)) {
          match = true;
        }
      }
      if (!match) continue;
      int pos = b.lastStartBefore(before);
      if (pos > bestPos) {
        bestPos = pos;
        best = b.id;
      }
    }
    return best;
  }

  static boolean editDistanceAtMostOne(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) return false;
    int i = 0;
    int j = 0;
    int diff = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++diff > 1) return false;
      if (a.length() > b.length()) i++;
      else if (b.length() > a.length()) j++;
      else {
        i++;
        j++;
      }
    }
    return diff + (a.length() - i) + (b.length() - j) <= 1;
  }

  /** Whether the written syllable, tone marks kept, opens or closes one of the entry's spellings. */
  private static boolean edgeSyllable(Gazetteer.Entry e, String syllable) {
    String want = syllable.toLowerCase(java.util.Locale.ROOT);
    for (String alias : e.aliases()) {
      List<Token> t = Tokenizer.tokenize(alias);
      if (t.isEmpty()) continue;
      if (t.get(0).lower().equals(want) || t.get(t.size() - 1).lower().equals(want)) return true;
    }
    return false;
  }

  /** "Kim Jong-un" → "kim-jong-un": folded syllables joined by hyphens. */
  static String slug(String name) {
    StringBuilder sb = new StringBuilder();
    for (Token t : Tokenizer.tokenize(Folding.fold(name))) {
      if (sb.length() > 0) sb.append('-');
      sb.append(t.lower());
    }
    return sb.toString();
  }

  private static final class Builder {
    final String id;
    final String type;
    String name;
    String country;
    final List<Mention> mentions = new ArrayList<>();
    final List<String> syllables = new ArrayList<>();
    final boolean known;

    Builder(String id, RawMention first) {
      this.id = id;
      this.type = first.type();
      this.known = first.entry() != null;
      this.name = known ? first.entry().name() : first.text().replaceAll("\\s+", " ");
      this.country = known ? first.entry().country() : first.country();
      if (known) for (String a : first.entry().aliases()) addSyllables(a);
      addSyllables(first.text());
    }

    void addSyllables(String s) {
      for (Token t : Tokenizer.tokenize(Folding.fold(s))) if (!syllables.contains(t.lower())) syllables.add(t.lower());
    }

    void add(RawMention m) {
      mentions.add(new Mention(m.text(), m.start(), m.end()));
      if (country == null && m.country() != null) country = m.country();
      if (!known && !m.shortForm() && m.text().length() > name.length()) name = m.text().replaceAll("\\s+", " ");
      if (!m.shortForm()) addSyllables(m.text());
    }

    int lastStartBefore(int pos) {
      int best = -1;
      for (Mention m : mentions) if (m.start() < pos && m.start() > best) best = m.start();
      return best;
    }

    Entity build() {
      return new Entity(id, name, type, country, mentions);
    }
  }
}
