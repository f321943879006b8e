package vn.bantin.store;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analysis chains of the index. Every text is indexed twice: accented (Unicode tokens, lower-cased:
 * "triều") and folded ("trieu"). Queries search both, so "trieu tien" and "Triều Tiên" both match, and a match
 * in the accented field adds score, which ranks exact-diacritic matches above folded ones.
 */
public final class VietnameseAnalyzers {
  /** Suffix of the folded twin of a field. */
  public static final String FOLDED = "_folded";

  private VietnameseAnalyzers() {}

  public static Analyzer accented() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer t = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(t);
        return new TokenStreamComponents(t, s);
      }
    };
  }

  public static Analyzer folded() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer t = new StandardTokenizer();
        TokenStream s = new FoldingFilter(new LowerCaseFilter(t));
        return new TokenStreamComponents(t, s);
      }
    };
  }

  /** Accented for plain fields, folded for every field whose name ends in {@link #FOLDED}. */
  public static Analyzer perField(String... textFields) {
    Analyzer folded = folded();
    Map<String, Analyzer> m = new java.util.HashMap<>();
    for (String f : textFields) m.put(f + FOLDED, folded);
    return new PerFieldAnalyzerWrapper(accented(), m);
  }
}
