package vn.bantin.stories;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Stories about one continuing matter, linked across time by shared actors and topic.
 *
 * @param id       stable id derived from the member story ids
 * @param label    the label of its largest story
 * @param start    earliest story start, or null
 * @param end      latest story end, or null
 * @param storyIds member stories in time order (undated last)
 * @param actors   the entities most of its articles name, most widespread first (at most five): what the
 *                 matter is about at a glance ("Mỹ, Triều Tiên, Kim Jong-un")
 */
public record Storyline(String id, String label, OffsetDateTime start, OffsetDateTime end, List<String> storyIds,
    List<Actor> actors) implements Serializable {
  /** An entity and how many of the storyline's articles name it. */
  public record Actor(String id, String name, String type, int articles) implements Serializable {}

  public Storyline {
    storyIds = List.copyOf(storyIds);
    actors = List.copyOf(actors);
  }
}
