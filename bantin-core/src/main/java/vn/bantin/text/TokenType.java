package vn.bantin.text;

/** What a token is. */
public enum TokenType {
  /** A run of letters (a syllable, a foreign word) possibly with digits ("H5N1", "U23"). */
  WORD,
  NUMBER,
  DATE,
  TIME,
  URL,
  EMAIL,
  /** Dotted abbreviations and initials kept whole: "TP.HCM", "PGS.TS.", "v.v.", "B.I.", "Q.", "Mr.". */
  ABBREVIATION,
  PUNCT,
  SYMBOL
}
