package vn.bantin.read;

import vn.bantin.model.Page;

/** What a reader reports for each input item: a page, a skipped item with its reason, or a warning. */
public sealed interface ReadEvent {
  /** The item's reference: a path, or "path#offset" for a WARC record. */
  String ref();

  /** A page that was read. */
  record PageRead(Page page) implements ReadEvent {
    @Override
    public String ref() {
      return page.provenance().ref();
    }
  }

  /** An item that could not be turned into a page; counted and reported, never silently dropped. */
  record Skipped(String ref, String reason) implements ReadEvent {
    @Override
    public String toString() {
      return "skipped " + ref + ": " + reason;
    }
  }

  /** A page was read, but something about it deserves the user's attention (e.g. repaired bad bytes). */
  record Warning(String ref, String message) implements ReadEvent {
    @Override
    public String toString() {
      return "warning " + ref + ": " + message;
    }
  }
}
