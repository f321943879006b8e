package vn.bantin.extract.html;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers shared by the HTML extractor: whitespace folding, word counts, comparisons. */
final class Texts {
  private Texts() {}

  /** Collapses every run of whitespace (including no-break and zero-width spaces) to one space and trims. */
  static String squash(String s) {
    if (s == null) return "";
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = sb.length() > 0;
      } else if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad') {
        // invisible characters carry no text
      } else {
        if (space) sb.append(' ');
        space = false;
        sb.append(c);
      }
    }
    return nfc(sb.toString());
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\u2009'
        || c == '\u202f' || c == '\u2007' || c == '\u3000' || c == '\u2002' || c == '\u2003';
  }

  static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** Number of maximal letter/digit runs: the same notion of a token as the evaluation's {@code \w+}. */
  static int words(CharSequence s) {
    int n = 0, ideographs = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x2e80 && isIdeographic(c)) {
        ideographs++; // unspaced scripts: about two characters make a word
        in = false;
        continue;
      }
      boolean w = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
          : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
      if (w && !in) n++;
      in = w;
    }
    return n + (ideographs + 1) / 2;
  }

  private static boolean isIdeographic(char c) {
    return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)
        || (c >= 0xf900 && c <= 0xfaff);
  }

  /** True when the text ends like a sentence (terminal punctuation, possibly followed by quotes/brackets). */
  static boolean endsSentence(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == '»' || c == ']' || c == ' ') continue;
      return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';' || c == '。' || c == '！'
          || c == '？';
    }
    return false;
  }

  /** Count of sentence punctuation marks: a cheap signal of running prose. */
  static int punctuation(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == '…' || c == '。' || c == '、') n++;
    }
    return n;
  }

  /** Lower-cased, diacritics-free, letters and digits only: for loose equality of names and titles. */
  static String fold(String s) {
    if (s == null) return "";
    String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.isLetterOrDigit(c)) sb.append(c);
    }
    return sb.toString();
  }

  /** Vietnamese-specific letters (with their tone marks) versus all letters: a language hint. */
  static double vietnameseShare(String s) {
    int letters = 0, vi = 0;
    int n = Math.min(s.length(), 20000);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      if (c > 0x7f && isVietnameseLetter(c)) vi++;
    }
    return letters == 0 ? 0 : vi / (double) letters;
  }

  private static final String VI_LETTERS =
      "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

  private static boolean isVietnameseLetter(char c) {
    return VI_LETTERS.indexOf(Character.toLowerCase(c)) >= 0;
  }

  private static final java.util.regex.Pattern PHOTO_CREDIT = java.util.regex.Pattern.compile(
      "^[(\\[]?\\s*(ảnh|nguồn|photo|video|đồ họa|đồ hoạ|clip|courtesy|credit)\\s*:", java.util.regex.Pattern.CASE_INSENSITIVE
          | java.util.regex.Pattern.UNICODE_CASE);

  /** A bare photo credit line: "Ảnh: Reuters", "ẢNH: ĐÌNH TUYẾN", "(Nguồn: Getty)". */
  static boolean isPhotoCredit(String text) {
    return text.length() <= 80 && PHOTO_CREDIT.matcher(text.strip()).find();
  }
}
