package vn.bantin.read;

import java.nio.charset.Charset;
import java.text.Normalizer;

/**
 * Test helper: encodes Unicode Vietnamese as windows-1258 the way legacy pages were written — letters with
 * circumflex, breve or horn precomposed where the code page has them, tone marks as separate combining bytes.
 */
final class Cp1258 {
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  private Cp1258() {}

  static byte[] encode(String s) {
    StringBuilder out = new StringBuilder();
    String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder base = new StringBuilder();
    StringBuilder tone = new StringBuilder();
    for (int i = 0; i <= nfd.length(); i++) {
      char c = i < nfd.length() ? nfd.charAt(i) : 'x';
      boolean mark = i < nfd.length() && Character.getType(c) == Character.NON_SPACING_MARK;
      if (mark) {
        if (TONES.indexOf(c) >= 0) tone.append(c);
        else base.append(c);
        continue;
      }
      if (base.length() > 0) out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
      base.setLength(0);
      tone.setLength(0);
      if (i < nfd.length()) base.append(c);
    }
    return out.toString().getBytes(Charset.forName("windows-1258"));
  }
}
