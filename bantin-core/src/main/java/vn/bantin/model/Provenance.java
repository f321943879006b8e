package vn.bantin.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a page came from. Every article carries its page's provenance, so any fact bantin shows can be
 * traced back to the input file, the WARC record and its byte offset, and the URL it was captured from.
 *
 * @param file        input path as given (or "-" for standard input)
 * @param recordId    WARC-Record-ID, or null for plain files
 * @param offset      byte offset of the WARC record in the (possibly compressed) file, or -1
 * @param url         target URL (WARC-Target-URI), or null when unknown
 * @param captureDate WARC-Date, or null when unknown
 */
public record Provenance(String file, String recordId, long offset, String url, Instant captureDate)
    implements Serializable {

  public static Provenance ofFile(String file) {
    return new Provenance(file, null, -1, null, null);
  }

  /** A short human-readable reference: the path, plus "#offset" for a WARC record. */
  public String ref() {
    return recordId == null ? file : file + "#" + offset;
  }
}
