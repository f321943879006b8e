package vn.bantin.knowledge;

/**
 * A name found in text before coreference.
 *
 * @param tokStart  first token index
 * @param tokEnd    token index after the last
 * @param start     text offset
 * @param end       text offset (exclusive)
 * @param text      the name as written
 * @param type      "PER", "ORG", "LOC", or null when undecided (a bare capitalized syllable)
 * @param entry     the gazetteer entry when the name is a known spelling, else null
 * @param title     the title or role right before the name ("ông", "tổng thống"), lower-case, or null
 * @param country   country code read from the context ("Ngoại trưởng Mỹ Mike Pompeo" gives USA), or null
 * @param shortForm one syllable naming a person already or later named in full ("ông Kim")
 * @param guessed   typed by the statistical tagger, not by a rule (coreference may re-type it)
 */
record RawMention(int tokStart, int tokEnd, int start, int end, String text, String type,
    Gazetteer.Entry entry, String title, String country, boolean shortForm, boolean guessed) {

  /** A mention typed by a rule (a cue, a title, the gazetteer), not guessed by the statistical tagger. */
  RawMention(int tokStart, int tokEnd, int start, int end, String text, String type, Gazetteer.Entry entry,
      String title, String country, boolean shortForm) {
    this(tokStart, tokEnd, start, end, text, type, entry, title, country, shortForm, false);
  }

  RawMention withType(String t) {
    return new RawMention(tokStart, tokEnd, start, end, text, t, entry, title, country, shortForm);
  }
}
