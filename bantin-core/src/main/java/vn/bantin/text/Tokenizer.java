package vn.bantin.text;

import java.util.Set;

/**
 * Rule-based tokenizer for Vietnamese news text. Keeps whole: syllables and foreign words, numbers
 * ("1.000.000", "3,5", "20%"), dates ("30/7/2025", "2025-07-30", "7/2025"), times ("4h30", "14:30"), URLs
 * (with a scheme, "www." or a known top-level domain: "Baonghean.vn"), e-mails, dotted abbreviations and
 * initials ("TP.HCM", "PGS.TS.", "v.v.", "B.I.", "Q.", "Mr."), ellipses. Offsets refer to the input.
 * Stateless and thread-safe.
 */
public final class Tokenizer {
  private Tokenizer() {}

  private static final byte SPACE = 0, LETTER = 1, DIGIT = 2, MARK = 3, OTHER = 4;
  private static final byte[] CLASS = new byte[0x2000];

  static {
    for (int c = 0; c < CLASS.length; c++) CLASS[c] = classify((char) c);
  }

  private static byte classify(char c) {
    if (c >= '0' && c <= '9') return DIGIT;
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return SPACE;
    if (Character.isLetter(c)) return LETTER;
    int t = Character.getType(c);
    if (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK) {
      return MARK;
    }
    if (t == Character.FORMAT) return SPACE; // zero-width chars left in unnormalized input
    return OTHER;
  }

  static byte cls(char c) {
    if (c < 0x2000) return CLASS[c];
    if (Character.isSurrogate(c)) return Character.isHighSurrogate(c) ? LETTER : MARK; // keep pairs together
    return classify(c);
  }

  private static final Set<String> TLDS = Set.of("vn", "com", "net", "org", "edu", "gov", "info", "io", "uk",
      "us", "fr", "de", "jp", "kr", "cn", "ru", "au", "ca", "biz", "tv", "asia", "news", "int");

  public static Tokens tokenize(CharSequence s) {
    return tokenize(s, 0, s.length());
  }

  public static Tokens tokenize(CharSequence text, int from, int to) {
    // Scanning a char[] is several times faster than String.charAt on non-Latin-1 text.
    char[] s = text.toString().toCharArray();
    Tokens out = new Tokens(text, (to - from) / 4);
    int i = from;
    while (i < to) {
      char c = s[i];
      byte k = cls(c);
      if (k == SPACE) {
        i++;
        continue;
      }
      if (k == LETTER || k == DIGIT) {
        char lc = (char) (c | 0x20);
        int e = lc == 'h' || lc == 'w' || lc == 'f' ? url(s, i, to) : -1;
        if (e > 0) {
          out.add(i, e, TokenType.URL);
          i = e;
          continue;
        }
        // E-mails: only when the ASCII run stops at a char an address may hold.
        int a = i;
        while (a < to && s[a] < 0x80 && (isDigit(s[a]) || ((s[a] | 0x20) - 'a') < 26
            && ((s[a] | 0x20) >= 'a'))) {
          a++;
        }
        if (a < to && "@._-+%".indexOf(s[a]) >= 0) {
          e = email(s, i, to);
          if (e > 0) {
            out.add(i, e, TokenType.EMAIL);
            i = e;
            continue;
          }
        }
      }
      if (k == DIGIT) {
        i = numeric(s, i, to, out);
      } else if (k == LETTER || k == MARK) {
        i = word(s, i, to, out);
      } else {
        i = punct(s, i, to, out);
      }
    }
    return out;
  }

  private static boolean isLetterish(char c) {
    byte k = cls(c);
    return k == LETTER || k == MARK || k == DIGIT;
  }

  private static boolean isLetter(char c) {
    byte k = cls(c);
    return k == LETTER;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A letter run: letters, marks and digits, inner apostrophes ("it's") and letter-digit hyphens ("COVID-19"). */
  private static int wordEnd(char[] s, int i, int to) {
    int j = i;
    while (j < to) {
      char c = s[j];
      if (isLetterish(c)) {
        j++;
      } else if ((c == '\'' || c == '\u2019') && j + 1 < to && isLetter(s[j + 1]) && j > i
          && s[j - 1] < 0x80 && s[j + 1] < 0x80) {
        j++;
      } else if (c == '-' && j + 1 < to && isDigit(s[j + 1]) && j > i && isLetter(s[j - 1])) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static int word(char[] s, int i, int to, Tokens out) {
    int j = wordEnd(s, i, to);
    if (j < to && s[j] == '.' && j + 1 <= to) {
      // Dotted chain: piece(.piece)* (TP.HCM, PGS.TS, v.v, B.I, T.Ư, Baonghean.vn).
      int pieces = 1;
      int chainEnd = j;
      int lastStart = i;
      boolean laterPiecesAbbr = true;
      int k = j;
      while (k + 1 < to && s[k] == '.' && isLetter(s[k + 1]) && pieces < 6) {
        int ps = k + 1;
        int pe = wordEnd(s, ps, to);
        if (!(pe - ps == 1 || allUpper(s, ps, pe))) laterPiecesAbbr = false;
        pieces++;
        lastStart = ps;
        chainEnd = pe;
        k = pe;
      }
      if (pieces >= 2) {
        if (TLDS.contains(lower(s, lastStart, chainEnd)) && (chainEnd >= to || !isLetterish(s[chainEnd]))) {
          int e = chainEnd;
          if (e < to && s[e] == '/') e = trimUrl(s, i, scanNonSpace(s, e, to));
          out.add(i, e, TokenType.URL);
          return e;
        }
        boolean firstOk = j - i <= 5 && (hasUpper(s, i, j) || j - i == 1 || Abbreviations.isKnown(s, i, j));
        if (firstOk && laterPiecesAbbr && chainEnd - lastStart <= 5) {
          int e = chainEnd;
          if (e < to && s[e] == '.' && (chainEnd - lastStart == 1
              || Abbreviations.isKnown(s, lastStart, chainEnd) || Abbreviations.isKnown(s, i, chainEnd))) {
            e++; // the final dot belongs to it: "U.S.", "PGS.TS.", "v.v."
          }
          out.add(i, e, TokenType.ABBREVIATION);
          return e;
        }
      }
      // Single word + dot: a known abbreviation or an upper-case initial keeps its dot.
      if (Abbreviations.isKnown(s, i, j) || (j - i == 1 && Character.isUpperCase(s[i]))) {
        out.add(i, j + 1, TokenType.ABBREVIATION);
        return j + 1;
      }
    }
    out.add(i, j, TokenType.WORD);
    return j;
  }

  private static boolean allUpper(char[] s, int a, int b) {
    for (int k = a; k < b; k++) if (Character.isLowerCase(s[k])) return false;
    return true;
  }

  private static boolean hasUpper(char[] s, int a, int b) {
    for (int k = a; k < b; k++) if (Character.isUpperCase(s[k])) return true;
    return false;
  }

  private static String lower(char[] s, int a, int b) {
    if (b - a > 4) return "";
    StringBuilder sb = new StringBuilder(b - a);
    for (int k = a; k < b; k++) sb.append(Character.toLowerCase(s[k]));
    return sb.toString();
  }

  /** Numbers, dates and times starting at a digit. */
  private static int numeric(char[] s, int i, int to, Tokens out) {
    int a = digits(s, i, to);
    int la = a - i;
    // Times: 4h30, 14:30, 14:30:05, 9h, 10g15.
    if (a < to) {
      char c = s[a];
      if ((c == 'h' || c == 'g' || c == 'H') && la <= 2) {
        int b = digits(s, a + 1, to);
        if (b - (a + 1) == 2 || (b == a + 1 && (b >= to || !isLetterish(s[b])))) {
          if (b < to && (s[b] == '\'' || s[b] == 'p') && b - (a + 1) == 2
              && (b + 1 >= to || !isLetterish(s[b + 1]))) {
            b++;
          }
          out.add(i, b, TokenType.TIME);
          return b;
        }
      }
      if (c == ':' && la <= 2) {
        int b = digits(s, a + 1, to);
        if (b - (a + 1) == 2) {
          if (b + 2 < to && s[b] == ':' && digits(s, b + 1, to) - (b + 1) == 2) b += 3;
          out.add(i, b, TokenType.TIME);
          return b;
        }
      }
      // Dates: d/m, d/m/y, m/y, d-m-y, y-m-d, d.m.y
      if ((c == '/' || c == '-' || c == '.') && a + 1 < to && isDigit(s[a + 1])) {
        int b = digits(s, a + 1, to);
        int lb = b - (a + 1);
        boolean third = b + 1 < to && s[b] == c && isDigit(s[b + 1]);
        int e = third ? digits(s, b + 1, to) : b;
        int lc = third ? e - (b + 1) : 0;
        boolean date = false;
        if (c == '/') {
          date = la <= 2 && (lb <= 2 && (!third || lc == 2 || lc == 4) || !third && lb == 4);
        } else if (c == '-') {
          date = third && ((la <= 2 && lb <= 2 && lc == 4) || (la == 4 && lb <= 2 && lc <= 2));
        } else {
          date = third && la <= 2 && lb <= 2 && lc == 4 && !(e < to && s[e] == '.'
              && e + 1 < to && isDigit(s[e + 1]));
        }
        if (date && (e >= to || !isDigit(s[e]))) {
          out.add(i, e, TokenType.DATE);
          return e;
        }
      }
    }
    // Numbers: 1.000.000, 3,5, 1,234.5 and a trailing %.
    int e = a;
    while (e + 1 < to && (s[e] == '.' || s[e] == ',') && isDigit(s[e + 1])) {
      e = digits(s, e + 1, to);
    }
    if (e < to && s[e] == '%') e++;
    out.add(i, e, TokenType.NUMBER);
    return e;
  }

  private static int digits(char[] s, int i, int to) {
    while (i < to && isDigit(s[i])) i++;
    return i;
  }

  private static int punct(char[] s, int i, int to, Tokens out) {
    char c = s[i];
    int e = i + 1;
    if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
      // Runs of terminal punctuation stay together: "...", "?!", "!!!", "…".
      while (e < to && (s[e] == '.' || s[e] == '!' || s[e] == '?' || s[e] == '\u2026')) {
        e++;
      }
      out.add(i, e, TokenType.PUNCT);
      return e;
    }
    if (Character.isHighSurrogate(c) && e < to) e++;
    if (c < PUNCT_TABLE.length) {
      out.add(i, e, PUNCT_TABLE[c] ? TokenType.PUNCT : TokenType.SYMBOL);
      return e;
    }
    boolean p = isPunctuation(c);
    out.add(i, e, p ? TokenType.PUNCT : TokenType.SYMBOL);
    return e;
  }

  private static final boolean[] PUNCT_TABLE = new boolean[0x2100];

  static {
    for (int c = 0; c < PUNCT_TABLE.length; c++) PUNCT_TABLE[c] = isPunctuation((char) c);
  }

  private static boolean isPunctuation(char c) {
    int t = Character.getType(c);
    return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
        || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.OTHER_PUNCTUATION;
  }

  private static int url(char[] s, int i, int to) {
    boolean start = startsWith(s, i, to, "http://") || startsWith(s, i, to, "https://")
        || startsWith(s, i, to, "ftp://") || startsWith(s, i, to, "www.");
    if (!start) return -1;
    if (i > 0 && isLetterish(s[i - 1])) return -1;
    return trimUrl(s, i, scanNonSpace(s, i, to));
  }

  private static int scanNonSpace(char[] s, int i, int to) {
    while (i < to && cls(s[i]) != SPACE) i++;
    return i;
  }

  /** Drops trailing punctuation that belongs to the sentence, keeping a ')' that closes one in the URL. */
  private static int trimUrl(char[] s, int start, int e) {
    while (e > start) {
      char c = s[e - 1];
      if (c == ')') {
        int open = 0;
        for (int k = start; k < e - 1; k++) {
          if (s[k] == '(') open++;
          else if (s[k] == ')') open--;
        }
        if (open > 0) break;
        e--;
      } else if (".,;:!?\"'»”’]}>".indexOf(c) >= 0) {
        e--;
      } else {
        break;
      }
    }
    return e;
  }

  private static boolean startsWith(char[] s, int i, int to, String p) {
    if (to - i < p.length()) return false;
    for (int k = 0; k < p.length(); k++) {
      if ((s[i + k] | 0x20) != p.charAt(k)) return false; // ASCII case folding; ':', '/', '.' have bit 0x20
    }
    return true;
  }

  private static int email(char[] s, int i, int to) {
    int k = i;
    while (k < to) {
      char c = s[k];
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '.' || c == '_' || c == '%'
          || c == '+' || c == '-') {
        k++;
      } else {
        break;
      }
    }
    if (k == i || k >= to || s[k] != '@') return -1;
    int d = k + 1;
    int dots = 0;
    int lastDot = -1;
    while (d < to) {
      char c = s[d];
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '-') {
        d++;
      } else if (c == '.' && d + 1 < to && isLetterish(s[d + 1])) {
        dots++;
        lastDot = d;
        d++;
      } else {
        break;
      }
    }
    return dots > 0 && d - lastDot > 2 ? d : -1;
  }
}
