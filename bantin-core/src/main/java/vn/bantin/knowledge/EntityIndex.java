package vn.bantin.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bantin.model.Article;
import vn.bantin.model.Entity;
import vn.bantin.model.Mention;

/**
 * Entities aggregated across articles by their cross-document id: name, type, country, how many articles
 * name them, how many mentions, and every spelling used (aliases). Sorted by article count, then name.
 */
public record EntityIndex(List<Item> entities) {

  /** One real-world entity across the corpus. */
  public record Item(String id, String name, String type, String country, int articleCount, int mentionCount,
      List<String> aliases, List<String> articleIds) {}

  public EntityIndex {
    entities = List.copyOf(entities);
  }

  public static EntityIndex of(List<Article> articles) {
    Map<String, Acc> byId = new LinkedHashMap<>();
    for (Article a : articles) {
      for (Entity e : a.entities()) {
        Acc acc = byId.computeIfAbsent(e.id(), k -> new Acc(e));
        if (acc.country == null) acc.country = e.country();
        acc.articles.add(a.id());
        acc.mentions += e.mentions().size();
        for (Mention m : e.mentions()) acc.aliases.add(m.text().replaceAll("\\s+", " "));
      }
    }
    mergeSingleNames(byId);
    List<Item> items = new ArrayList<>();
    for (Acc acc : byId.values()) {
      items.add(new Item(acc.id, acc.name, acc.type, acc.country, acc.articles.size(), acc.mentions,
          List.copyOf(acc.aliases), List.copyOf(acc.articles)));
    }
    items.sort(Comparator.comparingInt(Item::articleCount).reversed().thenComparing(Item::name));
    return new EntityIndex(items);
  }

  /** The entity with this id, or null. */
  public Item get(String id) {
    for (Item i : entities) if (i.id().equals(id)) return i;
    return null;
  }

  /**
   * An article naming someone only by one syllable ("HLV Mourinho", id per:mourinho) gets an id of its own;
   * across the corpus it is the person named in full elsewhere when exactly one such person has that
   * syllable first or last (per:jose-mourinho).
   */
  private static void mergeSingleNames(Map<String, Acc> byId) {
    for (String id : new ArrayList<>(byId.keySet())) {
      if (!id.startsWith("per:") || id.indexOf('-') >= 0) continue;
      String syl = id.substring(4);
      String target = null;
      int n = 0;
      for (String other : byId.keySet()) {
        if (other.startsWith("per:") && (other.endsWith("-" + syl) || other.startsWith("per:" + syl + "-"))) {
          target = other;
          n++;
        }
      }
      if (n != 1) continue;
      Acc from = byId.remove(id);
      Acc to = byId.get(target);
      to.articles.addAll(from.articles);
      to.aliases.addAll(from.aliases);
      to.mentions += from.mentions;
    }
  }

  private static final class Acc {
    final String id;
    final String name;
    final String type;
    String country;
    final Set<String> articles = new LinkedHashSet<>();
    final Set<String> aliases = new LinkedHashSet<>();
    int mentions;

    Acc(Entity e) {
      id = e.id();
      name = e.name();
      type = e.type();
      country = e.country();
    }
  }
}
