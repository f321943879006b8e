package vn.bantin.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.bantin.model.Article;
import vn.bantin.model.Entity;
import vn.bantin.model.EntityRef;
import vn.bantin.model.Event;
import vn.bantin.model.Mention;
import vn.bantin.model.Quote;
import vn.bantin.text.Folding;

/**
 * Scores knowledge output against hand annotation (the JSON of {@code seed-gold.json} / {@code
 * mds-gold.json}): entities by id and type (per type), direct quotes by their opening words with the right
 * speaker, events by code, actors (an entity id, or a country code matching the actor's country; meeting
 * codes may swap sides) and, when annotated, date. Gold lists the main events only, so event precision is
 * taken over predicted events of the sentences the gold annotates.
 */
public final class GoldScorer {
  private static final Set<String> SYMMETRIC = Set.of("036", "040", "041", "044", "046", "057");

  /** True/false positive and false negative counts. */
  public static final class Counts {
    public int tp;
    public int fp;
    public int fn;

    public double precision() {
      return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", precision(), recall(), f1(),
          tp, fp, fn);
    }
  }

  /** Counts per category ("entity PER", "quote", "event" …), plus the misses for reports. */
  public final Map<String, Counts> counts = new LinkedHashMap<>();
  public final List<String> misses = new ArrayList<>();

  Counts c(String key) {
    return counts.computeIfAbsent(key, k -> new Counts());
  }

  /** Scores one article's output against its gold node. */
  public void score(Article out, JsonNode gold) {
    String id = gold.path("id").asText(out.id());
    Map<String, java.util.Set<String>> al = new java.util.HashMap<>();
    for (JsonNode e : gold.path("entities")) {
      java.util.Set<String> s = new java.util.HashSet<>();
      for (JsonNode a : e.path("aliases")) s.add(Folding.fold(a.asText()));
      al.put(e.get("id").asText(), s);
    }
    aliases = al;
    scoreEntities(id, out, gold.path("entities"));
    if (gold.has("quotes")) scoreQuotes(id, out, gold.path("quotes"));
    if (gold.has("events")) scoreEvents(id, out, gold.path("events"));
  }

  private void scoreEntities(String id, Article out, JsonNode gold) {
    Map<String, Entity> pred = new LinkedHashMap<>();
    for (Entity e : out.entities()) pred.put(e.id(), e);
    Set<String> goldIds = new java.util.HashSet<>();
    for (JsonNode g : gold) {
      String gid = g.get("id").asText();
      String type = g.get("type").asText();
      goldIds.add(gid);
      Entity e = pred.get(gid);
      if (e == null) e = byAlias(out, g);
      if (e != null && e.type().equals(type)) {
        c("entity " + type).tp++;
        goldIds.add(e.id());
      } else {
        c("entity " + type).fn++;
        misses.add(id + " entity missed: " + gid + " " + type + (e == null ? "" : " (got " + e.type() + ")"));
      }
    }
    for (Entity e : out.entities()) {
      if (goldIds.contains(e.id())) continue;
      c("entity " + e.type()).fp++;
      misses.add(id + " entity spurious: " + e.id() + " " + e.type() + " " + e.name());
    }
  }

  /** A predicted entity one of whose mentions is a gold alias (ids of unknown names may differ). */
  private static Entity byAlias(Article out, JsonNode g) {
    for (JsonNode a : g.path("aliases")) {
      String want = Folding.fold(a.asText());
      for (Entity e : out.entities()) {
        for (Mention m : e.mentions()) if (Folding.fold(m.text()).equals(want)) return e;
      }
    }
    return null;
  }

  private void scoreQuotes(String id, Article out, JsonNode gold) {
    String text = out.text();
    List<Quote> direct = new ArrayList<>();
    for (Quote q : out.quotes()) {
      if (q.start() > 0 && "“\"‘'".indexOf(text.charAt(q.start() - 1)) >= 0) direct.add(q);
    }
    List<Quote> matched = new ArrayList<>();
    for (JsonNode g : gold) {
      String start = norm(g.get("startsWith").asText());
      String speaker = g.get("speaker").isNull() ? null : g.get("speaker").asText();
      Quote hit = null;
      for (Quote q : direct) if (norm(q.text()).startsWith(start)) hit = q;
      if (hit == null) {
        c("quote found").fn++;
        c("quote+speaker").fn++;
        misses.add(id + " quote missed: " + start);
        continue;
      }
      matched.add(hit);
      c("quote found").tp++;
      String got = hit.speaker() == null ? null : hit.speaker().id();
      if (java.util.Objects.equals(got, speaker)) {
        c("quote+speaker").tp++;
      } else {
        c("quote+speaker").fn++;
        c("quote+speaker").fp++;
        misses.add(id + " quote speaker: " + start + " want " + speaker + " got " + got);
      }
    }
    for (Quote q : direct) {
      if (matched.contains(q)) continue;
      c("quote found").fp++;
      c("quote+speaker").fp++;
      misses.add(id + " quote spurious: " + q.text());
    }
  }

  /** Gold aliases (folded) by gold entity id, for the article being scored. */
  private Map<String, java.util.Set<String>> aliases = Map.of();

  private void scoreEvents(String id, Article out, JsonNode gold) {
    List<String> sentences = new ArrayList<>();
    for (JsonNode g : gold) sentences.add(norm(g.path("sentence").asText("")));
    List<Event> used = new ArrayList<>();
    for (JsonNode g : gold) {
      Event hit = null;
      for (Event e : out.events()) if (!used.contains(e) && matches(e, g, aliases)) hit = e;
      if (hit != null) {
        used.add(hit);
        c("event").tp++;
      } else {
        c("event").fn++;
        misses.add(id + " event missed: " + g);
      }
    }
    for (Event e : out.events()) {
      if (used.contains(e)) continue;
      String s = norm(e.sentence());
      boolean annotated = sentences.stream().anyMatch(p -> !p.isEmpty() && s.startsWith(p));
      if (annotated) {
        c("event").fp++;
        misses.add(id + " event spurious: " + e.code() + " " + e.actor1().id() + " -> "
            + (e.actor2() == null ? null : e.actor2().id()) + " " + e.date());
      }
    }
  }

  static boolean matches(Event e, JsonNode g) {
    return matches(e, g, Map.of());
  }

  /** With the gold aliases, an actor whose name is a gold alias of the wanted entity matches it. */
  static boolean matches(Event e, JsonNode g, Map<String, java.util.Set<String>> aliases) {
    if (!e.code().equals(g.get("code").asText())) return false;
    String s = norm(g.path("sentence").asText(""));
    if (!s.isEmpty() && !norm(e.sentence()).startsWith(s)) return false;
    if (g.hasNonNull("date") && !g.get("date").asText().equals(e.date())) return false;
    String a1 = g.path("actor1").asText(null);
    String a2 = g.hasNonNull("actor2") ? g.get("actor2").asText() : null;
    boolean straight = actor(e.actor1(), a1, aliases) && (a2 == null || actor(e.actor2(), a2, aliases));
    boolean swapped = SYMMETRIC.contains(e.code()) && a2 != null && actor(e.actor1(), a2, aliases)
        && actor(e.actor2(), a1, aliases);
    return straight || swapped;
  }

  private static boolean actor(EntityRef r, String want, Map<String, java.util.Set<String>> aliases) {
    if (want == null) return true;
    if (r == null) return false;
    if (want.contains(":")) {
      return want.equals(r.id()) || aliases.getOrDefault(want, java.util.Set.of()).contains(Folding.fold(r.name()));
    }
    return want.equals(r.country());
  }

  static String norm(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
  }

  /** The counts of all entity types together (PER, ORG, LOC). */
  public Counts entities() {
    Counts all = new Counts();
    for (String t : new String[] {"entity PER", "entity ORG", "entity LOC"}) {
      Counts c = counts.get(t);
      if (c == null) continue;
      all.tp += c.tp;
      all.fp += c.fp;
      all.fn += c.fn;
    }
    return all;
  }

  public String report() {
    StringBuilder sb = new StringBuilder();
    Counts all = new Counts();
    for (var en : counts.entrySet()) {
      sb.append(String.format(Locale.ROOT, "%-16s %s%n", en.getKey(), en.getValue()));
      if (en.getKey().startsWith("entity")) {
        all.tp += en.getValue().tp;
        all.fp += en.getValue().fp;
        all.fn += en.getValue().fn;
      }
    }
    sb.append(String.format(Locale.ROOT, "%-16s %s%n", "entity (all)", all));
    return sb.toString();
  }
}
