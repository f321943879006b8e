package vn.bantin.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins paragraphs of a hard-wrapped dump (text saved at a fixed width, paragraphs split over several lines
 * and separated by blank lines). A line is a wrap, not a block end, when the next line's first word would not
 * have fitted on it within the page's width and the text runs on: the next line starts in lower case, or the
 * line ends mid-sentence. A page counts as wrapped only when blank lines separate its blocks and at least
 * {@link #MIN_LOWERCASE_WRAPS} lines continue in lower case right under a full line, so dumps with one block a
 * line (headline, date, lead with no blank between) are left alone.
 */
final class HardWraps {
  /** Widest wrap width looked for: text editors and mail wrap at 72–80 columns, some dumps at 100. */
  static final int MAX_WIDTH = 100;
  /** Mid-sentence wraps (next line in lower case) a page needs to count as wrapped. */
  static final int MIN_LOWERCASE_WRAPS = 2;

  /** Full lines over another line a page needs to count as wrapped without lower-case continuations. */
  static final int MIN_FULL_PAIRS = 3;
  /** Share of line-over-line pairs that must be full for that. */
  static final double FULL_PAIR_SHARE = 0.6;

  /** Share of the width a line followed by a lower-case line must reach to be wrapped. */
  static final double LOWERCASE_RUN_SHARE = 0.6;
  /** Share of the width a wrapped line may fall short by (hand or pixel wrapping is not greedy to the column). */
  static final double FULL_SLACK = 0.1;

  private HardWraps() {}

  /** A reflowed line with the 1-based number of its first source line. */
  record Line(String text, int lineNo) {}

  /** Non-blank lines of a dump (already trimmed, blank ones as ""), wrapped paragraphs joined. */
  static List<Line> join(List<String> raw) {
    int width = 0;
    boolean blanks = false;
    for (String s : raw) {
      // a line without a space (a long URL, a credit link) cannot be wrapped and says nothing of the width
      if (s.indexOf(' ') > 0) width = Math.max(width, s.codePointCount(0, s.length()));
      blanks |= s.isEmpty();
    }
    boolean wrapped = blanks && width <= MAX_WIDTH
        && (lowercaseWraps(raw, width) >= MIN_LOWERCASE_WRAPS || fullPairsDominate(raw, width));
    List<Line> out = new ArrayList<>();
    StringBuilder cur = null;
    int curNo = 0;
    for (int i = 0; i < raw.size(); i++) {
      String s = raw.get(i);
      if (s.isEmpty()) {
        if (cur != null) out.add(new Line(cur.toString(), curNo));
        cur = null;
        continue;
      }
      if (cur != null && wrapped && continues(raw.get(i - 1), s, width)) {
        cur.append(' ').append(s);
        continue;
      }
      if (cur != null) out.add(new Line(cur.toString(), curNo));
      cur = new StringBuilder(s);
      curNo = i + 1;
    }
    if (cur != null) out.add(new Line(cur.toString(), curNo));
    return out;
  }

  /**
   * Most lines followed by another line (not a blank) are full to the width: text wrapped at a column whose
   * breaks happen to fall before capitalized words (names, sentence starts). Unwrapped dumps with blank lines
   * between blocks only put alt text over its caption or a box of links line under line, and those rarely all
   * reach the widest line.
   */
  private static boolean fullPairsDominate(List<String> raw, int width) {
    int pairs = 0, full = 0;
    for (int i = 0; i + 1 < raw.size(); i++) {
      if (raw.get(i).isEmpty() || raw.get(i + 1).isEmpty()) continue;
      pairs++;
      if (full(raw.get(i), raw.get(i + 1), width)) full++;
    }
    return full >= MIN_FULL_PAIRS && full >= FULL_PAIR_SHARE * pairs;
  }

  private static int lowercaseWraps(List<String> raw, int width) {
    int n = 0;
    for (int i = 0; i + 1 < raw.size(); i++) {
      if (!raw.get(i).isEmpty() && !raw.get(i + 1).isEmpty() && runsOnLowercase(raw.get(i), raw.get(i + 1), width)) n++;
    }
    return n;
  }

  /** Whether {@code next} carries on the paragraph of {@code prev} (both non-blank, adjacent). */
  private static boolean continues(String prev, String next, int width) {
    if (LineShapes.isTimestamp(next) || LineShapes.isBullet(next)) return false;
    // alt text ends at its image number ("… - Hình 1"); the caption under it is a block of its own
    if (LineShapes.hasImageNumber(prev)) return false;
    // in a wrapped page a block ends at a blank line, so a full line ending a sentence still runs on
    return runsOnLowercase(prev, next, width) || full(prev, next, width);
  }

  /**
   * A long line followed by one starting in lower case: Vietnamese sentences and headlines start with a
   * capital, so the line is the middle of a sentence. Lines wrapped by hand or at a pixel width fall short of
   * the widest line, hence the looser length test.
   */
  private static boolean runsOnLowercase(String prev, String next, int width) {
    return Character.isLowerCase(next.codePointAt(0)) && length(prev) >= LOWERCASE_RUN_SHARE * width;
  }

  /** The first word of {@code next} would (nearly) have pushed {@code prev} past the width. */
  private static boolean full(String prev, String next, int width) {
    int sp = next.indexOf(' ');
    String first = sp < 0 ? next : next.substring(0, sp);
    return length(prev) + 1 + length(first) > width * (1 - FULL_SLACK);
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
