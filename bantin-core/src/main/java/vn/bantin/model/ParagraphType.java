package vn.bantin.model;

import java.util.Locale;

/** The role of one block of article text. JSON names are the lower-case constant names. */
public enum ParagraphType {
  PARAGRAPH, HEADING, QUOTE, LIST_ITEM, TABLE;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ParagraphType fromJson(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
