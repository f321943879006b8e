package vn.bantin.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes. Order of evidence: byte-order mark, the HTTP Content-Type charset, a {@code <meta
 * charset>} or {@code http-equiv} declaration in the first 4 KB, then detection (valid UTF-8 wins; bytes that
 * look like Vietnamese windows-1258 are decoded as such; otherwise ICU's detector). Windows-1258 writes tone
 * marks as combining characters, so its output is NFC-normalized.
 */
public final class CharsetSniffer {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset CP1258 = charsetOrNull("windows-1258");

  private CharsetSniffer() {}

  /** @param httpCharset charset named by an HTTP header, or null */
  public static Decoded decode(byte[] bytes, String httpCharset, boolean html) {
    int off = 0;
    Charset cs = null;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      off = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      off = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      off = 2;
    }
    if (cs == null && httpCharset != null) cs = charsetOrNull(httpCharset);
    if (cs == null && html) cs = metaCharset(bytes);
    if (cs != null && cs.equals(StandardCharsets.UTF_8) && !isValidUtf8(bytes, off) && looksLikeCp1258(bytes)) {
      cs = CP1258; // a page declaring UTF-8 but written in windows-1258: the bytes are the better evidence
    }
    if (cs == null) cs = detect(bytes);
    return decodeWith(bytes, off, cs);
  }

  static Decoded decodeWith(byte[] bytes, int off, Charset cs) {
    CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    int malformed = 0;
    try {
      text = dec.decode(ByteBuffer.wrap(bytes, off, bytes.length - off)).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, off, bytes.length - off, cs);
      for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\uFFFD') malformed++;
    }
    if (cs.equals(CP1258) || !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    return new Decoded(text, cs.name(), malformed);
  }

  static Charset metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) return null;
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // Browsers treat a declared latin-1 as windows-1252 (WHATWG encoding spec); do the same.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")) name = "windows-1252";
    return charsetOrNull(name);
  }

  static Charset detect(byte[] bytes) {
    if (isValidUtf8(bytes, 0)) return StandardCharsets.UTF_8;
    if (looksLikeCp1258(bytes)) return CP1258;
    // Valid multi-byte sequences next to broken ones: damaged UTF-8, not a legacy code page. Decoding it as
    // UTF-8 lets the reader count the damage and report it instead of silently producing mojibake.
    int[] st = utf8Stats(bytes);
    if (st[0] >= 8 && st[0] * 4 >= st[1]) return StandardCharsets.UTF_8;
    CharsetDetector d = new CharsetDetector();
    d.setText(bytes.length > 65536 ? java.util.Arrays.copyOf(bytes, 65536) : bytes);
    CharsetMatch m = d.detect();
    Charset cs = m == null ? null : charsetOrNull(m.getName());
    return cs == null ? Charset.forName("windows-1252") : cs;
  }

  /**
   * Windows-1258 Vietnamese writes tone marks as the combining bytes 0xCC, 0xD2, 0xDE, 0xEC, 0xF2 right after a
   * vowel, and uses 0xF0/0xD0 for đ/Đ, 0xE2 â, 0xEA ê, 0xF4 ô, 0xE3 ă, 0xF5 ơ, 0xFD ư. Seeing many such pairs
   * is strong evidence; ordinary windows-1252 text almost never puts those bytes after ASCII vowels.
   */
  static boolean looksLikeCp1258(byte[] b) {
    if (CP1258 == null) return false;
    int tone = 0, high = 0;
    int n = Math.min(b.length, 65536);
    for (int i = 1; i < n; i++) {
      int c = b[i] & 0xff;
      if (c < 0x80) continue;
      high++;
      if (c == 0xCC || c == 0xD2 || c == 0xDE || c == 0xEC || c == 0xF2) {
        int p = b[i - 1] & 0xff;
        if ("aeiouyAEIOUY".indexOf(p) >= 0 || p == 0xE2 || p == 0xEA || p == 0xF4 || p == 0xE3 || p == 0xF5
            || p == 0xFD || p == 0xC2 || p == 0xCA || p == 0xD4 || p == 0xC3 || p == 0xD5 || p == 0xDD) {
          tone++;
        }
      }
    }
    return tone >= 3 && tone * 5 >= high;
  }

  /** Counts {valid multi-byte UTF-8 sequences, bytes that start no valid sequence} in the first 64 KB. */
  static int[] utf8Stats(byte[] b) {
    int valid = 0, invalid = 0, n = Math.min(b.length, 65536);
    for (int i = 0; i < n; ) {
      int c = b[i] & 0xff;
      int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (len == 1) {
        i++;
        continue;
      }
      boolean ok = len > 0 && i + len <= n;
      for (int k = 1; ok && k < len; k++) ok = (b[i + k] & 0xC0) == 0x80;
      if (ok) {
        valid++;
        i += len;
      } else {
        invalid++;
        i++;
      }
    }
    return new int[] {valid, invalid};
  }

  static boolean isValidUtf8(byte[] b, int off) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      dec.decode(ByteBuffer.wrap(b, off, b.length - off));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static Charset charsetOrNull(String name) {
    if (name == null) return null;
    String n = name.trim().replace("\"", "").replace("'", "");
    if (n.equalsIgnoreCase("utf8")) n = "UTF-8";
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

}
