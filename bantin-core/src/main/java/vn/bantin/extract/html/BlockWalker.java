package vn.bantin.extract.html;

import java.util.ArrayDeque;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import vn.bantin.model.ParagraphType;

/**
 * Walks a DOM subtree iteratively (jsoup's {@link NodeTraversor}, no recursion: 100,000-deep pages are fine)
 * and cuts its visible text into {@link Block}s at block-level boundaries, the way a browser lays text out
 * in lines. Subclasses see each element's entry and exit and each finished block; an element frame stack
 * carries the inherited context (inside a link, a caption, a quote, a list item, a heading, a table row).
 */
abstract class BlockWalker implements NodeFilter {
  /** Per open element: inherited context plus whatever a subclass accumulates. */
  static class Frame {
    final Element el;
    final String tag;
    final int hints;
    boolean link, caption, quote, listItem, pre;
    int heading;
    Frame rowFrame;
    int cells;
    // accumulated by the scoring walk
    double score;
    int words, goodWords, linkedHeadings, order;
    int blocks;
    boolean hasInput, firstLinked;

    Frame(Element el, String tag, int hints) {
      this.el = el;
      this.tag = tag;
      this.hints = hints;
    }
  }

  private final ArrayDeque<Frame> stack = new ArrayDeque<>();
  private final StringBuilder buf = new StringBuilder(256);
  private boolean pendingSpace;
  private int linkChars;
  private int captionChars;
  private int order;
  private final boolean skipHidden;
  final Hints.Cache hintCache;

  BlockWalker(boolean skipHidden, Hints.Cache hintCache) {
    this.skipHidden = skipHidden;
    this.hintCache = hintCache;
  }

  /** Walks {@code root} (inclusive). */
  final void walk(Element root) {
    NodeTraversor.filter(this, root);
    flush();
  }

  /** Return false to leave out the element and its subtree. Called before its frame is pushed. */
  boolean accept(Element e, String tag, int hints) {
    return true;
  }

  void entered(Frame f) {}

  /** A meta, script or link element met in the walked subtree (metadata may sit in the body). */
  void skippedMetadata(Element e) {}

  void exited(Frame f, Frame parent) {}

  abstract void block(Block b, Frame top);

  Frame top() {
    return stack.peek();
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      appendText(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) return FilterResult.CONTINUE;
    String tag = e.normalName();
    if (tag.equals("br") || tag.equals("hr")) {
      flush();
      return FilterResult.SKIP_ENTIRELY;
    }
    if (Hints.SKIP_TAGS.contains(tag)) {
      if (tag.equals("meta") || tag.equals("script") || tag.equals("link")) skippedMetadata(e);
      if (tag.equals("input") || tag.equals("textarea") || tag.equals("select") || tag.equals("button")) {
        Frame t = stack.peek();
        if (t != null && !"hidden".equalsIgnoreCase(e.attr("type"))) t.hasInput = true;
      } else if (tag.equals("label")) {
        // a skipped label may wrap its control ("<label><input type=radio> Có</label>" in a poll)
        Frame t = stack.peek();
        if (t != null && e.selectFirst("input:not([type=hidden]), select, textarea") != null) t.hasInput = true;
      } else if (tag.equals("img") && !buf.isEmpty()) {
        pendingSpace = true;
      }
      return FilterResult.SKIP_ENTIRELY;
    }
    int hints = hintCache.flags(e);
    if (skipHidden && Hints.hidden(e, hints)) return FilterResult.SKIP_ENTIRELY;
    if (!accept(e, tag, hints)) return FilterResult.SKIP_ENTIRELY;
    boolean block = Hints.BLOCK_TAGS.contains(tag);
    if (block) flush();
    Frame parent = stack.peek();
    Frame f = new Frame(e, tag, hints);
    if (parent != null) {
      f.link = parent.link;
      f.caption = parent.caption;
      f.quote = parent.quote;
      f.listItem = parent.listItem;
      f.pre = parent.pre;
      f.heading = parent.heading;
      f.rowFrame = parent.rowFrame;
    }
    switch (tag) {
      case "a" -> f.link = e.hasAttr("href");
      case "figcaption" -> f.caption = true;
      // templates without figure markup: an italic line right under an image-only box, in a <p> or a <div>
      case "p", "div", "center" -> {
        if (Hints.italicUnderImage(e) || Hints.creditedUnderMedia(e)) f.caption = true;
      }
      case "em", "i", "small" -> { if (Hints.inlineUnderImage(e)) f.caption = true; }
      case "blockquote", "q" -> f.quote = true;
      case "li", "dd", "dt" -> f.listItem = true;
      case "pre" -> f.pre = true;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> f.heading = tag.charAt(1) - '0';
      case "tr" -> {
        f.rowFrame = f;
        f.cells = 0;
        if (Hints.rowUnderImageRow(e)) f.caption = true;
      }
      case "td", "th" -> {
        Frame row = f.rowFrame;
        if (row != null) {
          if (row.cells > 0 && !buf.isEmpty()) { buf.append(" | "); pendingSpace = false; }
          row.cells++;
        }
      }
      default -> { }
    }
    if ((f.hints & Hints.CAPTION) != 0) f.caption = true;
    stack.push(f);
    entered(f);
    return FilterResult.CONTINUE;
  }

  /** Whether the element being entered sits inside caption markup. */
  boolean stackTopIsCaption() {
    Frame top = stack.peek();
    return top != null && top.caption;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element e)) return FilterResult.CONTINUE;
    Frame f = stack.peek();
    if (f == null || f.el != e) return FilterResult.CONTINUE; // skipped element: no frame was pushed
    if (Hints.BLOCK_TAGS.contains(f.tag)) flush();
    stack.pop();
    exited(f, stack.peek());
    return FilterResult.CONTINUE;
  }

  private void appendText(String s) {
    Frame f = stack.peek();
    boolean link = f != null && f.link;
    boolean caption = f != null && f.caption;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Texts.isSpace(c)) {
        pendingSpace = true;
        i++;
        continue;
      }
      if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad') {
        i++;
        continue;
      }
      // a run of visible characters, appended at once
      int j = i + 1;
      while (j < n) {
        char d = s.charAt(j);
        if (Texts.isSpace(d) || d == '\u200b' || d == '\u200c' || d == '\u200d' || d == '\ufeff' || d == '\u00ad') break;
        j++;
      }
      int added = j - i;
      if (pendingSpace && !buf.isEmpty()) {
        buf.append(' ');
        added++;
      }
      pendingSpace = false;
      buf.append(s, i, j);
      if (link) linkChars += added;
      if (caption) captionChars += added;
      i = j;
    }
  }

  /** Ends the current line of text, if any, and hands it to the subclass. */
  final void flush() {
    pendingSpace = false;
    if (buf.isEmpty()) {
      linkChars = 0;
      captionChars = 0;
      return;
    }
    String text = Texts.nfc(buf.toString());
    buf.setLength(0);
    int links = linkChars;
    linkChars = 0;
    // a line is a caption when most of its text was inside caption markup (the cell, not the row, may say so)
    boolean caption = captionChars * 2 > text.length();
    captionChars = 0;
    Frame top = stack.peek();
    int words = Texts.words(text);
    if (words == 0 || top == null) return;
    Element owner = top.el;
    for (Frame f : stack) {
      if (Hints.BLOCK_TAGS.contains(f.tag) || f.tag.equals("td") || f.tag.equals("th")) {
        owner = f.el;
        break;
      }
    }
    ParagraphType type;
    if (top.heading > 0) type = ParagraphType.HEADING;
    else if (top.listItem) type = ParagraphType.LIST_ITEM;
    else if (top.quote) type = ParagraphType.QUOTE;
    else if (top.rowFrame != null && top.rowFrame.cells >= 2 && isCellOwner(owner)) type = ParagraphType.TABLE;
    else type = ParagraphType.PARAGRAPH;
    block(new Block(owner, text, words, links, type, caption, order++), top);
  }

  private static boolean isCellOwner(Element owner) {
    String t = owner.normalName();
    return t.equals("td") || t.equals("th") || t.equals("tr");
  }
}
