package vn.bantin.text;

import vn.bantin.model.Article;
import vn.bantin.pipeline.ArticleStage;

/**
 * Sets each article's {@code language} from its own text ({@link LanguageGuess}) when the text is long enough
 * to tell; otherwise keeps what the extractor found (the page's declared language). The text wins over the
 * declaration because templates declare one language for every page of a site, English sections included,
 * and text dumps declare nothing at all. Runs after normalization, so legacy encodings are Unicode by then.
 */
public final class LanguageStage implements ArticleStage {
  @Override
  public Article apply(Article a) {
    String guess = LanguageGuess.of(text(a));
    if (guess == null || guess.equals("und") || guess.equals(a.language())) return a;
    return a.toBuilder().language(guess).build();
  }

  private static String text(Article a) {
    StringBuilder sb = new StringBuilder();
    if (a.title() != null) sb.append(a.title()).append('\n');
    if (a.lead() != null) sb.append(a.lead()).append('\n');
    for (var p : a.paragraphs()) {
      sb.append(p.text()).append('\n');
      if (sb.length() > 20_000) break; // the start of a long article tells as much as all of it
    }
    return sb.toString();
  }
}
