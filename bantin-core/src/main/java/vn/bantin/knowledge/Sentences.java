package vn.bantin.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence spans of article text for the knowledge layer, from the text layer's {@link
 * vn.bantin.text.SentenceSplitter} (paragraph breaks, Vietnamese abbreviations, initials, quotes, ellipses,
 * headlines without final punctuation), so the whole project splits sentences one way.
 */
final class Sentences {
  private Sentences() {}

  /** A sentence as [start, end) offsets. */
  record Span(int start, int end) {
    String of(String text) {
      return text.substring(start, end);
    }
  }

  /** The text layer's sentence splitter (abbreviations, initials, quotes, headlines), as knowledge spans. */
  static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    for (vn.bantin.text.SentenceSplitter.Span s : vn.bantin.text.SentenceSplitter.split(text)) {
      out.add(new Span(s.start(), s.end()));
    }
    return out;
  }
}
