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

  /**
   * A sentence opener glued to the end of a photo caption or credit with no full stop ("… Ảnh: Cổng ĐT Chính
   * phủ Tuy nhiên, Thủ tướng …", "Nguồn: scmp.com Ông Mạnh …"): a linking phrase or a capitalized "Ông"/"Bà"
   * before a name, right after a lower-case word or a name and one space.
   */
  private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile(
      "(?<=[\\p{L}\\d)]) (?=(?:Tuy nhiên|Ngoài ra|Đáng chú ý|Trong khi đó|Theo đó|Bên cạnh đó|Trước đó|Sau đó|"
          + "Đồng thời|Cụ thể|Sau trận đấu|Hiện nay)[ ,]|(?:Ông|Bà) \\p{Lu})");

  private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("tỉnh", "phố", "đường", "chợ", "núi",
      "quận", "huyện", "xã", "phường", "đền", "chùa", "cầu", "sông", "hẻm", "ngõ", "miếu", "phủ", "làng", "thôn");

  /** The text layer's sentence splitter (abbreviations, initials, quotes, headlines), as knowledge spans. */
  static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    for (vn.bantin.text.SentenceSplitter.Span s : vn.bantin.text.SentenceSplitter.split(text)) {
      int from = s.start();
      java.util.regex.Matcher m = GLUED.matcher(text).region(s.start(), s.end());
      while (m.find()) {
        if (m.start() - from < 2) continue;
        int w = m.start();
        while (w > from && !Character.isWhitespace(text.charAt(w - 1))) w--;
        String prev = text.substring(w, m.start());
        // "Hai Bà Trưng", "phố Bà Triệu", "tỉnh Bà Rịa": a name or a place word before, not a caption
        boolean title = text.startsWith("Ông ", m.end()) || text.startsWith("Bà ", m.end());
        if (prev.isEmpty() || Character.isUpperCase(prev.charAt(0)) || title && PLACE_WORDS.contains(prev)) continue;
        out.add(new Span(from, m.start()));
        from = m.end();
      }
      out.add(new Span(from, s.end()));
    }
    return out;
  }
}
