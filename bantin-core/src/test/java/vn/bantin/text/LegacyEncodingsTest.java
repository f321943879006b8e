package vn.bantin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LegacyEncodingsTest {
  private static final String[] OTHER_LANGUAGES = {
      "The quick brown fox jumps over the lazy dog. It's 9 a.m. in Washington, D.C., isn't it?",
      "Café, crème brûlée et pâté: à côté de l'hôtel, où êtes-vous allés cet été?",
      "Müller und Söhne: Größe, Straße, über die Brücke — schön, dass Sie hier sind.",
      "El niño comió piñata y jalapeño en la señora's casa; ¿qué tal, mañana?",
      "Ça va? Déjà vu, naïve façade, coöperate, résumé, Noël à Paris.",
  };

  private static List<String> sentences(int n) {
    List<String> out = new ArrayList<>();
    for (UdTreebank.Sentence s : UdTreebank.read("test")) {
      if (out.size() == n) break;
      out.add(s.text());
    }
    return out;
  }

  @Test
  void everyEncodingRoundTripsOnTreebankText() {
    for (LegacyEncodings.Kind k : LegacyEncodings.Kind.values()) {
      int n = 0;
      for (String s : sentences(300)) {
        String enc = LegacyEncodings.encode(s, k);
        String dec = LegacyEncodings.decode(enc, k);
        if (k == LegacyEncodings.Kind.TCVN3) {
          // TCVN3 has no codes for upper-case toned letters (they came from a separate font).
          assertEquals(s.toLowerCase(Locale.ROOT), dec.toLowerCase(Locale.ROOT), k + ": " + s);
        } else {
          assertEquals(s, dec, k + ": " + enc);
        }
        n++;
      }
      assertEquals(300, n);
    }
  }

  @Test
  void cp1258TableAgreesWithTheJdkCharset() {
    Charset cs = Charset.forName("windows-1258");
    for (String s : sentences(100)) {
      byte[] bytes = LegacyEncodings.encode(s, LegacyEncodings.Kind.CP1258).chars()
          .map(c -> new String(new char[] {(char) c}).getBytes(Charset.forName("windows-1252"))[0] & 0xFF)
          .collect(java.io.ByteArrayOutputStream::new, java.io.ByteArrayOutputStream::write, (a, b) -> { })
          .toByteArray();
      String viaJdk = java.text.Normalizer.normalize(new String(bytes, cs), java.text.Normalizer.Form.NFC);
      assertEquals(s, viaJdk);
      assertEquals(s, LegacyEncodings.decode(bytes, LegacyEncodings.Kind.CP1258));
    }
  }

  @Test
  void detectionFindsEachEncodingAndLeavesUnicodeAndOtherLanguagesAlone() {
    int[] hits = new int[LegacyEncodings.Kind.values().length];
    List<String> sample = sentences(200);
    for (String s : sample) {
      assertNull(LegacyEncodings.detect(s), s);
      for (LegacyEncodings.Kind k : LegacyEncodings.Kind.values()) {
        if (LegacyEncodings.detect(LegacyEncodings.encode(s, k)) == k) hits[k.ordinal()]++;
      }
    }
    for (LegacyEncodings.Kind k : LegacyEncodings.Kind.values()) {
      System.out.printf("detect %s: %d/%d%n", k, hits[k.ordinal()], sample.size());
      assertTrue(hits[k.ordinal()] >= sample.size() * 0.9, k + " " + hits[k.ordinal()]);
    }
    for (String s : OTHER_LANGUAGES) {
      assertNull(LegacyEncodings.detect(s), s);
      assertEquals(s, VietnameseNormalizer.defaults().normalize(s).text());
    }
  }

  @Test
  void mixedPageRepairsEachLineOnItsOwn() {
    List<String> s = sentences(8);
    String mixed = String.join("\n", s.get(0), LegacyEncodings.encode(s.get(1), LegacyEncodings.Kind.VNI),
        OTHER_LANGUAGES[1], LegacyEncodings.encode(s.get(2), LegacyEncodings.Kind.VIQR),
        LegacyEncodings.encode(s.get(3), LegacyEncodings.Kind.CP1258), OTHER_LANGUAGES[2],
        LegacyEncodings.encode(s.get(4).toLowerCase(Locale.ROOT), LegacyEncodings.Kind.TCVN3), s.get(5));
    String expected = String.join("\n", s.get(0), s.get(1), OTHER_LANGUAGES[1], s.get(2), s.get(3),
        OTHER_LANGUAGES[2], s.get(4).toLowerCase(Locale.ROOT), s.get(5));
    NormalizedText t = VietnameseNormalizer.defaults().normalize(mixed);
    assertEquals(expected, t.text());
    // Offsets still point into the legacy source.
    int at = t.text().indexOf(s.get(5));
    assertEquals(s.get(5), mixed.substring(t.originalStart(at), t.originalEnd(at + s.get(5).length())));
  }
}
