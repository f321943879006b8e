package vn.bantin.text;

import java.util.List;
import java.util.Locale;

/**
 * Entry points of the Vietnamese text layer with default settings, for other modules (extraction, store,
 * knowledge). Each piece is also usable on its own: {@link VietnameseNormalizer}, {@link Tokenizer},
 * {@link SentenceSplitter}, {@link WordSegmenter}, {@link Folding}, {@link ToneMarks}, {@link Syllables},
 * {@link LegacyEncodings}, {@link Deobfuscator}.
 */
public final class VietnameseText {
  private VietnameseText() {}

  private static final VietnameseNormalizer NORMALIZER = VietnameseNormalizer.defaults();

  /** Legacy encodings, Unicode cleanup, de-obfuscation, tone repair; with offsets back to the input. */
  public static NormalizedText normalize(String text) {
    return NORMALIZER.normalize(text);
  }

  public static Tokens tokenize(CharSequence text) {
    return Tokenizer.tokenize(text);
  }

  public static List<SentenceSplitter.Span> sentences(CharSequence text) {
    return SentenceSplitter.split(text);
  }

  /** Words (multi-syllable words joined), with offsets into text. */
  public static List<WordSegmenter.Word> words(CharSequence text) {
    return WordSegmenter.standard().segment(text);
  }

  /** Lower case without any diacritics: "Triều Tiên" gives "trieu tien". */
  public static String fold(CharSequence text) {
    return Folding.fold(text);
  }

  /**
   * Matching key of a text that keeps the diacritics: NFC, lower case, every tone mark placed one way, so
   * "Hòa Bình" and "HOÀ BÌNH" share a key while "hoa binh" does not. Same length as the cleaned text.
   */
  public static String matchKey(String text) {
    NormalizedText t = UnicodeCleanup.apply(NormalizedText.of(text));
    t = ToneRepair.apply(t, ToneStyle.NEW);
    return t.text().toLowerCase(Locale.ROOT);
  }
}
