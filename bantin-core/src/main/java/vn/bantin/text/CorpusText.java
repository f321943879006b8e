package vn.bantin.text;

import java.util.ArrayList;
import java.util.List;
import vn.bantin.model.Article;
import vn.bantin.model.Paragraph;

/**
 * An article as plain training text, the shape corpus builders feed to language models and NLP tools: the
 * title, lead and body paragraphs (captions, credits and page furniture were already left out by extraction),
 * one paragraph per line or, with {@code sentences}, one sentence per line; with {@code words}, the syllables of
 * multi-syllable words joined by underscores ("chương_trình hạt_nhân"), the convention of the UD Vietnamese
 * treebank and VnCoreNLP. Pure and thread-safe.
 */
public final class CorpusText {
  private final boolean sentences;
  private final boolean words;
  private final WordSegmenter segmenter;

  public CorpusText(boolean sentences, boolean words) {
    this.sentences = sentences;
    this.words = words;
    this.segmenter = words ? WordSegmenter.standard() : null;
  }

  /** The lines of one article: title, lead, then each paragraph (or sentence); no blank lines. */
  public List<String> lines(Article a) {
    List<String> out = new ArrayList<>();
    add(out, a.title());
    add(out, a.lead());
    for (Paragraph p : a.paragraphs()) add(out, p.text());
    return out;
  }

  private void add(List<String> out, String block) {
    if (block == null) return;
    String flat = block.replaceAll("\\s+", " ").strip();
    if (flat.isEmpty()) return;
    if (!sentences) {
      out.add(render(flat));
      return;
    }
    for (SentenceSplitter.Span s : SentenceSplitter.split(flat)) {
      String sentence = s.of(flat).strip();
      if (!sentence.isEmpty()) out.add(render(sentence));
    }
  }

  private String render(String line) {
    if (!words) return line;
    StringBuilder sb = new StringBuilder(line);
    for (WordSegmenter.Word w : segmenter.segment(line)) {
      if (w.syllables() < 2) continue;
      for (int i = w.start(); i < w.end(); i++) if (sb.charAt(i) == ' ') sb.setCharAt(i, '_');
    }
    return sb.toString();
  }
}
