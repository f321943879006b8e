package vn.bantin.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input page: decoded content plus where it came from. Readers produce pages; extractors turn a page
 * into zero or more {@link Article}s.
 *
 * @param provenance where the page came from
 * @param format     HTML or plain text
 * @param content    decoded text of the page (HTML source or text dump)
 * @param charset    the charset the bytes were decoded with (for diagnostics), e.g. "UTF-8"
 */
public record Page(Provenance provenance, PageFormat format, String content, String charset)
    implements Serializable {
  public Page {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
  }
}
