package vn.bantin.pipeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.bantin.model.Article;
import vn.bantin.model.Page;

/**
 * Composes the per-page stages: extract, then each article stage in order. Immutable and thread-safe when its
 * stages are; the same instance serves the CLI, the server and the Spark job.
 */
public final class Pipeline implements Serializable {
  private final Extractor extractor;
  private final List<ArticleStage> stages;

  public Pipeline(Extractor extractor, List<ArticleStage> stages) {
    this.extractor = extractor;
    this.stages = List.copyOf(stages);
  }

  public Pipeline then(ArticleStage stage) {
    List<ArticleStage> s = new ArrayList<>(stages);
    s.add(stage);
    return new Pipeline(extractor, s);
  }

  public Extractor extractor() {
    return extractor;
  }

  public List<ArticleStage> stages() {
    return stages;
  }

  /** Every article on the page, after all article stages. */
  public List<Article> process(Page page) {
    List<Article> out = new ArrayList<>();
    for (Article a : extractor.extract(page)) {
      for (ArticleStage st : stages) a = st.apply(a);
      out.add(a);
    }
    return out;
  }
}
