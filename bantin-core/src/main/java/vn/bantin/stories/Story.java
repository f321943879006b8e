package vn.bantin.stories;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Articles reporting one real-world event.
 *
 * @param id          stable id derived from the member article ids
 * @param label       a representative title
 * @param start       earliest publication among members, or null when none is dated
 * @param end         latest publication, or null
 * @param outlets     distinct outlets, in order of first publication
 * @param articleIds  member article ids in time order (undated last)
 * @param storylineId the storyline it belongs to
 */
public record Story(String id, String label, OffsetDateTime start, OffsetDateTime end, List<String> outlets,
    List<String> articleIds, String storylineId) implements Serializable {
  public Story {
    outlets = List.copyOf(outlets);
    articleIds = List.copyOf(articleIds);
  }
}
