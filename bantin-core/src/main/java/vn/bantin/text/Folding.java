package vn.bantin.text;

import java.text.Normalizer;

/**
 * Diacritic folding for search and matching: lower-case, strip every combining mark, map đ/Đ to d. "Triều
 * Tiên" folds to "trieu tien".
 */
public final class Folding {
  private Folding() {}

  public static String fold(CharSequence s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      if (c == 'đ' || c == 'Đ') c = 'd';
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }
}
