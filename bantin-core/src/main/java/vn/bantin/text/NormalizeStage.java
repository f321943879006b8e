package vn.bantin.text;

import java.util.ArrayList;
import java.util.List;
import vn.bantin.model.Article;
import vn.bantin.model.Paragraph;
import vn.bantin.pipeline.ArticleStage;

/**
 * The article stage of the Vietnamese text layer: normalizes title, lead, paragraphs and captions (legacy
 * encodings, Unicode cleanup, tone-mark repair, de-obfuscation) and sets {@code repairs} to the number of
 * obfuscated words rejoined.
 */
public final class NormalizeStage implements ArticleStage {
  private final VietnameseNormalizer normalizer;

  public NormalizeStage() {
    this(VietnameseNormalizer.defaults());
  }

  public NormalizeStage(VietnameseNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  @Override
  public Article apply(Article a) {
    int[] repairs = {0};
    List<Paragraph> ps = new ArrayList<>(a.paragraphs().size());
    for (Paragraph p : a.paragraphs()) ps.add(new Paragraph(p.type(), norm(p.text(), repairs)));
    List<String> caps = new ArrayList<>(a.captions().size());
    for (String c : a.captions()) caps.add(norm(c, repairs));
    String title = norm(a.title(), repairs);
    String lead = norm(a.lead(), repairs);
    return a.toBuilder().title(title).lead(lead).paragraphs(ps).captions(caps).repairs(repairs[0]).build();
  }

  private String norm(String s, int[] repairs) {
    if (s == null || s.isEmpty()) return s;
    NormalizedText t = normalizer.normalize(s);
    repairs[0] += t.repairs();
    return t.text();
  }
}
