package vn.bantin.model;

import java.io.Serializable;
import java.util.Objects;

/** One typed block of article body text. */
public record Paragraph(ParagraphType type, String text) implements Serializable {
  public Paragraph {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }

  public static Paragraph of(String text) {
    return new Paragraph(ParagraphType.PARAGRAPH, text);
  }
}
