package vn.bantin.text;

/**
 * Repairs tone marks word by word: misplaced marks move to the right vowel ("lựơng" becomes "lượng"), a
 * stray combining tone mark left after a consonant is put on the vowel, and with {@link ToneStyle#OLD} or
 * {@link ToneStyle#NEW} every glide syllable is restyled. Same-length edits keep the offset map as it is.
 */
public final class ToneRepair {
  private ToneRepair() {}

  public static NormalizedText apply(NormalizedText t, ToneStyle style) {
    boolean[] stray = {false};
    NormalizedText placed = placeMarks(t, style, stray);
    // Stray marks are rare: only then the length-changing pass, and placement again on its result.
    return stray[0] ? placeMarks(strayMarks(t, style), style, null) : placed;
  }

  /**
   * Same-length pass: re-places precomposed tone marks word by word. One scan gathers, per word, the tone
   * count, vowel count and last quality vowel; only words not settled by the fast rules get the full analysis.
   */
  static NormalizedText placeMarks(NormalizedText t, ToneStyle style, boolean[] strayFound) {
    String text = t.text();
    char[] s = text.toCharArray(); // scanned and, when a word changes, edited in place
    int n = s.length;
    boolean changed = false;
    char[] scratch = new char[Syllables.MAX_LEN];
    boolean restyle = style != ToneStyle.KEEP;
    int i = 0;
    while (i < n) {
      int ws = i;
      int tones = 0;
      int tonePos = -1;
      int vowels = 0;
      int lastQuality = -1;
      int firstVowel = -1;
      int lastVowel = -1;
      boolean other = false;
      while (i < n) {
        char d = s[i];
        if (d < 0x80) {
          int l = d | 0x20;
          if (l < 'a' || l > 'z') break;
          if (l == 'a' || l == 'e' || l == 'i' || l == 'o' || l == 'u' || l == 'y') {
            vowels++;
            if (firstVowel < 0) firstVowel = i;
            lastVowel = i;
          }
        } else {
          char b = VietChars.base(d);
          if (b == 0) {
            if (strayFound != null && carriesStrayTone(d)) strayFound[0] = true;
            if (!Character.isLetter(d)) break;
            other = true;
          } else {
            if (VietChars.tone(d) != VietChars.NONE) {
              tones++;
              tonePos = i;
            }
            if (VietChars.isVowelBase(b)) {
              vowels++;
              if (firstVowel < 0) firstVowel = i;
              lastVowel = i;
              if (b == 'ă' || b == 'â' || b == 'ê' || b == 'ô' || b == 'ơ' || b == 'ư') lastQuality = i;
            }
          }
        }
        i++;
      }
      if (i == ws) {
        if (strayFound != null && s[i] >= 0x300 && carriesStrayTone(s[i])) strayFound[0] = true;
        i++; // not a letter
        continue;
      }
      if (tones != 1 || other || i - ws > Syllables.MAX_LEN) continue;
      // Fast rules: a single vowel carries the mark; the last quality vowel always does (both styles).
      if (vowels == 1 || tonePos == lastQuality) continue;
      if (lastQuality < 0 && settled(s, ws, i, tonePos, firstVowel, lastVowel, vowels, style)) continue;
      java.nio.CharBuffer word = java.nio.CharBuffer.wrap(s, ws, i - ws);
      if (!restyle && !ToneMarks.needsRepair(word, 0, i - ws, style, scratch)) continue;
      String fixed = ToneMarks.repair(word, 0, i - ws, style);
      if (fixed != null) {
        fixed.getChars(0, fixed.length(), s, ws);
        changed = true;
      }
    }
    return changed ? t.then(new String(s), null, 0) : t;
  }

  /** Consonant letters that NFC made out of a consonant and a stray tone mark ("n" + grave gives "ǹ"). */
  private static final char[] CONSONANT_OF = new char[VietChars.LIMIT];
  private static final byte[] TONE_OF = new byte[VietChars.LIMIT];

  static {
    for (int c = 0xC0; c < VietChars.LIMIT; c++) {
      if (!Character.isLetter((char) c) || VietChars.base((char) c) != 0) continue;
      String d = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFD);
      if (d.length() == 2 && d.charAt(0) < 0x80 && Character.isLetter(d.charAt(0))) {
        int t = VietChars.toneOfMark(d.charAt(1));
        if (t > 0) {
          CONSONANT_OF[c] = d.charAt(0);
          TONE_OF[c] = (byte) t;
        }
      }
    }
  }

  private static boolean carriesStrayTone(char c) {
    return (c >= 0x300 && c <= 0x36F) || (c < VietChars.LIMIT && CONSONANT_OF[c] != 0);
  }

  /**
   * More fast rules for words without a quality vowel and one vowel cluster: a closed syllable has the mark
   * on its last vowel; an open two-vowel one on its first (ai, ao, ia, ua...) unless it is a glide pair (oa,
   * oe, uy) where either vowel is a valid variant under KEEP. Words starting with q or g (qu-, gi- onsets)
   * always get the full analysis.
   */
  private static boolean settled(char[] s, int ws, int we, int tonePos, int fv, int lv, int vowels,
      ToneStyle style) {
    if (lv - fv + 1 != vowels) return false;
    char c0 = (char) (s[ws] | 0x20);
    if (c0 == 'q' || c0 == 'g') return false;
    if (lv < we - 1) return tonePos == lv; // closed: hoàn, toán, tuấn
    if (vowels != 2) return false;
    char a = VietChars.base(s[fv]);
    char b = VietChars.base(s[lv]);
    boolean glide = (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y');
    if (!glide) return tonePos == fv;
    return style == ToneStyle.KEEP;
  }

  /** Rare pass: tone marks typed after a consonant (left combining, or fused into it by NFC) go onto the vowel. */
  static NormalizedText strayMarks(NormalizedText t, ToneStyle style) {
    String s = t.text();
    int n = s.length();
    int first = -1;
    for (int k = 0; k < n; k++) {
      if (s.charAt(k) >= 0xC0 && carriesStrayTone(s.charAt(k))) {
        first = k;
        break;
      }
    }
    if (first < 0) return t;
    NormalizedText.Edits e = new NormalizedText.Edits(s);
    int copied = 0;
    int i = first;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 0xC0 || !carriesStrayTone(c)) {
        i++;
        continue;
      }
      int ws = i;
      while (ws > copied && (Character.isLetter(s.charAt(ws - 1)) || isMark(s.charAt(ws - 1)))) ws--;
      int we = i + 1;
      while (we < n && (Character.isLetter(s.charAt(we)) || isMark(s.charAt(we)))) we++;
      int[] src = new int[we - ws];
      String fixed = fixStray(s, ws, we, style, src);
      if (fixed != null) {
        e.copy(copied, ws);
        for (int k = 0; k < fixed.length(); k++) e.put(fixed.charAt(k), src[k]);
        copied = we;
      }
      i = we;
    }
    if (copied == 0) return t;
    e.copy(copied, n);
    return t.then(e.text(), e.map(), 0);
  }

  private static boolean isMark(char c) {
    return c >= 0x300 && c <= 0x36F;
  }

  /** Recomposes a word holding one stray tone; src receives each output char's source index. */
  private static String fixStray(String s, int ws, int we, ToneStyle style, int[] src) {
    StringBuilder letters = new StringBuilder(we - ws);
    int tone = VietChars.NONE;
    for (int k = ws; k < we; k++) {
      char c = s.charAt(k);
      int t = -1;
      if (isMark(c)) {
        t = VietChars.toneOfMark(c);
        if (t < 0) return null;
      } else {
        if (c < VietChars.LIMIT && CONSONANT_OF[c] != 0) {
          t = TONE_OF[c];
          c = CONSONANT_OF[c];
        } else if (VietChars.tone(c) != VietChars.NONE) {
          return null; // already has a tone on a vowel: two tones, leave it
        }
        src[letters.length()] = k;
        letters.append(c);
      }
      if (t > 0) {
        if (tone != VietChars.NONE) return null;
        tone = t;
      }
    }
    if (tone == VietChars.NONE || letters.length() == 0) return null;
    // Put the tone on the first vowel, then let placement move it where it belongs.
    for (int k = 0; k < letters.length(); k++) {
      char c = letters.charAt(k);
      if (VietChars.isVowel(c)) {
        letters.setCharAt(k, VietChars.compose(VietChars.base(c), tone, VietChars.isUpper(c)));
        return ToneMarks.place(letters, 0, letters.length(), style == ToneStyle.KEEP ? ToneStyle.NEW : style,
            false);
      }
    }
    return null;
  }
}
