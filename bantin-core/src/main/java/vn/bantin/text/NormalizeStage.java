package vn.bantin.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.bantin.model.Article;
import vn.bantin.model.Paragraph;
import vn.bantin.pipeline.ArticleStage;

/** The article stage of the Vietnamese text layer: normalizes title, lead, paragraphs and captions. */
public final class NormalizeStage implements ArticleStage {
  @Override
  public Article apply(Article a) {
    List<Paragraph> ps = new ArrayList<>(a.paragraphs().size());
    for (Paragraph p : a.paragraphs()) ps.add(new Paragraph(p.type(), nfc(p.text())));
    return a.toBuilder().title(nfc(a.title())).lead(nfc(a.lead())).paragraphs(ps)
        .captions(a.captions().stream().map(NormalizeStage::nfc).toList()).build();
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
