package vn.bantin.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text from what it is made of, for filtering a crawl down to Vietnamese (or any
 * other language a user asks for) when a page declares nothing or declares it wrongly.
 *
 * <p>Three kinds of evidence, in order:
 * <ol>
 *   <li>the script of its letters: Han, Hangul, kana, Cyrillic, Thai, Khmer, Lao, Arabic… name their language
 *       (or family) outright;</li>
 *   <li>for Latin letters, Vietnamese words: tokens that are legal Vietnamese syllables
 *       ({@link Syllables}) and carry a letter or tone mark only Vietnamese uses (ă â đ ê ô ơ ư, or a tone
 *       on a vowel). Vietnamese news prose has most of its words so marked, other languages almost none; a
 *       text without diacritics ("viet khong dau") is still Vietnamese when nearly all its words are legal
 *       syllables and few are function words of another language;</li>
 *   <li>otherwise the function words of English, French, German, Spanish, Portuguese, Italian and
 *       Indonesian, the Latin-script languages a Vietnamese crawl meets most.</li>
 * </ol>
 * Short texts (under {@link #MIN_WORDS} words) give {@code null}: too little to tell. Stateless, thread-safe.
 */
public final class LanguageGuess {
  private LanguageGuess() {}

  /** Fewer words than this and the guess is {@code null}. */
  public static final int MIN_WORDS = 8;
  /** Words looked at: the start of a long text tells as much as all of it. */
  private static final int MAX_WORDS = 3000;

  /** Share of marked Vietnamese words above which a Latin text is Vietnamese (news prose: 0.6–0.8). */
  static final double VI_MARKED = 0.20;
  /** Share of legal syllables above which an unmarked Latin text is Vietnamese written without diacritics. */
  static final double VI_UNMARKED_SYLLABLES = 0.90;
  /** Share of a language's function words above which a Latin text is that language (prose: 0.25–0.45). */
  static final double FUNCTION_WORDS = 0.12;

  private static final Map<String, Set<String>> FUNCTION = Map.of(
      "en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on",
          "are", "by", "this", "be", "from", "at", "or", "have", "has", "an", "which", "not", "but", "were",
          "their", "they", "he", "she", "his", "her", "will", "would", "said", "been", "its", "we", "you"),
      "fr", Set.of("le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "que", "qui", "dans",
          "pour", "pas", "sur", "au", "aux", "par", "plus", "ce", "cette", "il", "elle", "sont", "avec", "ont"),
      "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "des", "ein", "eine",
          "zu", "von", "auf", "für", "sich", "auch", "wird", "im", "sie", "es", "dass", "wurde", "bei"),
      "es", Set.of("el", "la", "los", "las", "de", "del", "que", "y", "en", "es", "un", "una", "por", "con",
          "para", "se", "su", "al", "lo", "como", "más", "pero", "sus", "fue", "ha"),
      "pt", Set.of("o", "os", "as", "de", "do", "da", "dos", "das", "que", "e", "em", "um", "uma", "para",
          "com", "não", "por", "se", "na", "no", "mais", "foi", "ao", "como", "ser"),
      "it", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "che", "e", "è", "un", "una", "per",
          "con", "non", "sono", "nel", "alla", "dei", "delle", "anche", "come", "ha", "si"),
      "id", Set.of("yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "tidak", "dalam",
          "akan", "pada", "juga", "ada", "oleh", "sebagai", "karena", "atau", "mereka", "kami", "bisa"));

  /** The language of {@code text} as an ISO 639-1 code, or {@code null} when the text is too short to tell. */
  public static String of(CharSequence text) {
    if (text == null) return null;
    Counts c = count(text);
    int scripted = 0;
    String topScript = null;
    int topN = 0;
    for (Map.Entry<String, Integer> e : c.scripts.entrySet()) {
      scripted += e.getValue();
      if (e.getValue() > topN) {
        topN = e.getValue();
        topScript = e.getKey();
      }
    }
    // Non-Latin scripts: count letters, since Chinese and Japanese do not separate words by spaces.
    if (topScript != null && scripted > c.latinLetters && topN >= MIN_WORDS) {
      if (topScript.equals("zh") && c.scripts.getOrDefault("ja", 0) * 10 >= topN) return "ja";
      return topScript;
    }
    if (c.words < MIN_WORDS) return null;
    double marked = c.marked / (double) c.words;
    if (marked >= VI_MARKED) return "vi";
    String best = null;
    int bestN = 0;
    for (Map.Entry<String, Integer> e : c.function.entrySet()) {
      if (e.getValue() > bestN) {
        bestN = e.getValue();
        best = e.getKey();
      }
    }
    double fw = bestN / (double) c.words;
    if ((c.syllables + c.marked) / (double) c.words >= VI_UNMARKED_SYLLABLES && fw < FUNCTION_WORDS) return "vi";
    if (fw >= FUNCTION_WORDS) return best;
    return "und";
  }

  /** True when the text is long enough to judge and is Vietnamese. */
  public static boolean isVietnamese(CharSequence text) {
    return "vi".equals(of(text));
  }

  private static final class Counts {
    int words, marked, latinLetters;
    /** Words that are legal syllables once diacritics are ignored, but carry no Vietnamese mark. */
    int syllables;
    final Map<String, Integer> scripts = new HashMap<>();
    final Map<String, Integer> function = new HashMap<>();
  }

  private static Counts count(CharSequence text) {
    Counts c = new Counts();
    int n = text.length();
    StringBuilder w = new StringBuilder(16);
    int i = 0;
    while (i < n && c.words < MAX_WORDS) {
      int cp = Character.codePointAt(text, i);
      int len = Character.charCount(cp);
      if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK) {
        i += len;
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.INHERITED) {
        String lang = scriptLanguage(script);
        if (lang != null) c.scripts.merge(lang, 1, Integer::sum);
        i += len;
        continue;
      }
      // one Latin word: letters and combining marks (NFD input) up to the next other character
      w.setLength(0);
      int start = i;
      while (i < n) {
        int ch = Character.codePointAt(text, i);
        Character.UnicodeScript s = Character.UnicodeScript.of(ch);
        boolean part = (Character.isLetter(ch) && s == Character.UnicodeScript.LATIN)
            || Character.getType(ch) == Character.NON_SPACING_MARK;
        if (!part) break;
        w.appendCodePoint(ch);
        i += Character.charCount(ch);
      }
      if (i == start) { // a lone combining mark of another script
        i += len;
        continue;
      }
      c.latinLetters += w.length();
      word(w, c);
    }
    return c;
  }

  private static void word(StringBuilder w, Counts c) {
    c.words++;
    String nfc = w.length() > 0 && hasCombining(w) ? java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFC)
        : w.toString();
    if (Syllables.isValid(nfc)) {
      if (vietnameseMarked(nfc)) c.marked++;
      else if (Syllables.isFoldedSyllable(nfc)) c.syllables++;
    } else if (Syllables.isFoldedSyllable(nfc)) {
      c.syllables++;
    }
    String lower = nfc.toLowerCase(java.util.Locale.ROOT);
    for (Map.Entry<String, Set<String>> e : FUNCTION.entrySet()) {
      if (e.getValue().contains(lower)) c.function.merge(e.getKey(), 1, Integer::sum);
    }
  }

  private static boolean hasCombining(CharSequence w) {
    for (int i = 0; i < w.length(); i++) if (Character.getType(w.charAt(i)) == Character.NON_SPACING_MARK) return true;
    return false;
  }

  /** A letter only Vietnamese writes (ă â đ ê ô ơ ư) or a tone mark on a vowel. */
  private static boolean vietnameseMarked(String s) {
    for (int i = 0; i < s.length(); i++) if (VietChars.hasVietMark(s.charAt(i))) return true;
    return false;
  }

  private static String scriptLanguage(Character.UnicodeScript s) {
    switch (s) {
      case HAN: return "zh";
      case HIRAGANA: case KATAKANA: return "ja";
      case HANGUL: return "ko";
      case CYRILLIC: return "ru";
      case THAI: return "th";
      case KHMER: return "km";
      case LAO: return "lo";
      case ARABIC: return "ar";
      case HEBREW: return "he";
      case GREEK: return "el";
      case DEVANAGARI: return "hi";
      case MYANMAR: return "my";
      default: return null;
    }
  }
}
