package vn.bantin.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a user's query into a Lucene query over both twins of each field.
 *
 * <ul>
 *   <li>Required: every folded query term occurs (title or text, folded). So "trieu tien" and "Triều Tiên"
 *       find the same documents. Long queries (over 4 terms) need 75% of their terms instead of all.
 *   <li>Optional, adding score: the accented terms and the accented phrase (exact diacritics rank first), and
 *       the folded phrase (adjacent words rank above scattered ones). Title matches weigh more than text.
 *   <li>Words in double quotes must also occur together, in that order ("hội nghị thượng đỉnh"), in the title
 *       or the text; diacritics stay optional there too.
 * </ul>
 */
final class SearchQueries {
  private SearchQueries() {}

  private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("\"([^\"]*)\"");

  static Query build(String userQuery, Analyzer perField) {
    String tf = ArticleStore.TITLE + VietnameseAnalyzers.FOLDED;
    String xf = ArticleStore.TEXT + VietnameseAnalyzers.FOLDED;
    // "quoted words" must occur as a phrase (diacritics still optional); the rest is matched as below
    List<List<String>> phrases = new ArrayList<>();
    java.util.regex.Matcher m = QUOTED.matcher(userQuery);
    while (m.find()) {
      List<String> p = terms(perField, xf, m.group(1));
      if (!p.isEmpty()) phrases.add(p);
    }
    List<String> folded = terms(perField, xf, userQuery.replace('"', ' '));
    if (folded.isEmpty()) return null;
    List<String> accented = terms(perField, ArticleStore.TEXT, userQuery.replace('"', ' '));
    Query q = build(folded, accented, tf, xf);
    if (phrases.isEmpty()) return q;
    BooleanQuery.Builder withPhrases = new BooleanQuery.Builder().add(q, Occur.MUST);
    for (List<String> p : phrases) {
      Query phrase = p.size() == 1 ? new TermQuery(new Term(xf, p.get(0))) : new PhraseQuery(xf, p.toArray(String[]::new));
      Query inTitle = p.size() == 1 ? new TermQuery(new Term(tf, p.get(0))) : new PhraseQuery(tf, p.toArray(String[]::new));
      withPhrases.add(new BooleanQuery.Builder().add(phrase, Occur.SHOULD).add(inTitle, Occur.SHOULD).build(), Occur.FILTER);
    }
    return withPhrases.build();
  }

  private static Query build(List<String> folded, List<String> accented, String tf, String xf) {
    BooleanQuery.Builder required = new BooleanQuery.Builder();
    for (String t : folded) {
      BooleanQuery either = new BooleanQuery.Builder()
          .add(new BoostQuery(new TermQuery(new Term(tf, t)), 2f), Occur.SHOULD)
          .add(new TermQuery(new Term(xf, t)), Occur.SHOULD).build();
      required.add(either, Occur.SHOULD);
    }
    int n = folded.size();
    required.setMinimumNumberShouldMatch(n <= 4 ? n : (int) Math.ceil(n * 0.75));

    BooleanQuery.Builder q = new BooleanQuery.Builder().add(required.build(), Occur.MUST);
    for (String t : accented) {
      q.add(new BoostQuery(new TermQuery(new Term(ArticleStore.TITLE, t)), 3f), Occur.SHOULD);
      q.add(new BoostQuery(new TermQuery(new Term(ArticleStore.TEXT, t)), 1.5f), Occur.SHOULD);
    }
    if (accented.size() > 1) {
      q.add(new BoostQuery(new PhraseQuery(ArticleStore.TEXT, accented.toArray(String[]::new)), 3f), Occur.SHOULD);
      q.add(new BoostQuery(new PhraseQuery(ArticleStore.TITLE, accented.toArray(String[]::new)), 4f), Occur.SHOULD);
    }
    if (n > 1) {
      q.add(new BoostQuery(new PhraseQuery(xf, folded.toArray(String[]::new)), 1.5f), Occur.SHOULD);
      q.add(new BoostQuery(new PhraseQuery(tf, folded.toArray(String[]::new)), 2f), Occur.SHOULD);
    }
    return q.build();
  }

  static List<String> terms(Analyzer a, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
