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
 */
public record Storyline(String id, String label, OffsetDateTime start, OffsetDateTime end, List<String> storyIds)
    implements Serializable {
  public Storyline {
    storyIds = List.copyOf(storyIds);
  }
}
