package vn.bantin.knowledge;

/**
 * One syllable-level token of article text. Vietnamese writes one syllable per space-separated unit, and
 * transliterated names join syllables with hyphens ("Jong-un"): both become separate tokens here, so that
 * "Kim Jong-un" and "Kim Jong Un" tokenize alike.
 *
 * @param text   the token as written
 * @param lower  lower-cased text (diacritics kept)
 * @param start  offset in the analysed text
 * @param end    end offset (exclusive)
 * @param gap    the characters between the previous token and this one ("" for the first)
 */
record Token(String text, String lower, int start, int end, String gap) {
  boolean cap() {
    return Character.isUpperCase(text.codePointAt(0));
  }

  boolean allCaps() {
    if (text.length() < 2) return false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) return false;
    }
    return true;
  }

  boolean digit() {
    return Character.isDigit(text.charAt(0));
  }

  /** True when only spaces, a hyphen or a dot separate this token from the previous one (same name). */
  boolean tight() {
    if (gap.isEmpty() || gap.length() > 3) return false;
    if (gap.equals("’") || gap.equals("'")) return true; // "Eto’o", "O'Neill": an apostrophe inside a name
    if (gap.indexOf('.') >= 0 && !gap.equals(".")) return false; // "Mỹ. Dù": a full stop, not "D.C"

    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      // '&' joins names too: "Hà Nội T&T", "AT&T"
      if (c != ' ' && c != '-' && c != '–' && c != '.' && c != '&' && c != '\u00a0') return false;
    }
    return true;
  }

  /** Whether the gap before this token holds any of the given characters. */
  boolean gapHasAny(String chars) {
    for (int i = 0; i < gap.length(); i++) if (chars.indexOf(gap.charAt(i)) >= 0) return true;
    return false;
  }

  boolean hyphenBefore() {
    return gap.equals("-");
  }

  /** A dash with spaces around it ("Minh Tú – Thái Sơn"): it separates two names, unlike "Jong-un". */
  boolean spacedDash() {
    return gap.length() > 1 && gap.indexOf(' ') >= 0 && (gap.indexOf('-') >= 0 || gap.indexOf('–') >= 0);
  }
}
