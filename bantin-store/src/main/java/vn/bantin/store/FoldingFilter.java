package vn.bantin.store;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.bantin.text.Folding;

/** Folds each token with the Vietnamese text layer's {@link Folding}: "Triều" → "trieu", "Đà" → "da". */
final class FoldingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  FoldingFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    String folded = Folding.fold(term);
    term.setEmpty().append(folded);
    return true;
  }
}
