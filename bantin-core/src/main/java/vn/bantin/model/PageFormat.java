package vn.bantin.model;

/** What kind of content a page holds, which decides how it is extracted. */
public enum PageFormat {
  /** An HTML document. */
  HTML,
  /** A plain-text dump of a crawled page (one line per block, as in ../shared/seeds) or a WET record. */
  TEXT
}
