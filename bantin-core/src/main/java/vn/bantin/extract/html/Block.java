package vn.bantin.extract.html;

import org.jsoup.nodes.Element;
import vn.bantin.model.ParagraphType;

/**
 * One line of visible text: the inline content of a block-level element up to the next block boundary.
 *
 * @param owner     the nearest block-level element holding the text
 * @param text      whitespace-folded text
 * @param words     token count
 * @param linkChars characters inside links
 * @param type      the paragraph type the line would have in a body
 * @param caption   inside a figure caption (or an element named like one)
 * @param order     position in document order
 */
record Block(Element owner, String text, int words, int linkChars, ParagraphType type, boolean caption,
    int order) {

  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
  }
}
