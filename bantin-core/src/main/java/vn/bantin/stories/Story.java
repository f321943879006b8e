package vn.bantin.stories;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Articles reporting one real-world event.
 *
 * @param id          stable id derived from the member article ids
 * @param label       a representative title
 * @param start       earliest publication among members; when no member carries a publication date, the
 *                    earliest date its text reports events on (see {@code dateBasis}); else null
 * @param end         latest publication (or content date, likewise), or null
 * @param outlets     distinct outlets, in order of first publication
 * @param articleIds  member article ids in time order (undated last)
 * @param storylineId the storyline it belongs to
 * @param dateBasis   where start and end come from: "publication", "content" (dates of the events the
 *                    undated articles report, as the knowledge layer resolved them), or null when undated
 */
public record Story(String id, String label, OffsetDateTime start, OffsetDateTime end, List<String> outlets,
    List<String> articleIds, String storylineId, String dateBasis) implements Serializable {
  public Story {
    outlets = List.copyOf(outlets);
    articleIds = List.copyOf(articleIds);
  }

  /** A story dated by publication (or undated when start is null). */
  public Story(String id, String label, OffsetDateTime start, OffsetDateTime end, List<String> outlets,
      List<String> articleIds, String storylineId) {
    this(id, label, start, end, outlets, articleIds, storylineId, start == null ? null : "publication");
  }
}
