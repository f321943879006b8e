package vn.bantin.pipeline;

import java.io.Serializable;
import vn.bantin.model.Article;

/**
 * A per-article transformation (normalization, knowledge extraction...). Pure: returns a new article and
 * keeps no state between calls; thread-safe and serializable.
 */
@FunctionalInterface
public interface ArticleStage extends Serializable {
  Article apply(Article article);

  /** A short name for reports and timings. */
  default String name() {
    return getClass().getSimpleName();
  }
}
