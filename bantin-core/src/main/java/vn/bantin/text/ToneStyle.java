package vn.bantin.text;

/**
 * Where the tone mark goes in open syllables with a glide (oa, oe, uy): OLD puts it on the first vowel
 * ("hòa", "thủy", "khỏe"), NEW on the main vowel ("hoà", "thuỷ", "khoẻ"). KEEP leaves either valid variant as
 * written and only moves marks that sit where neither style puts them.
 */
public enum ToneStyle {
  OLD,
  NEW,
  KEEP
}
