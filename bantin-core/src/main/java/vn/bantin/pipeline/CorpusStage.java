package vn.bantin.pipeline;

import java.io.Serializable;
import java.util.List;
import vn.bantin.model.Article;

/**
 * A transformation that needs the whole collection at once (syndication, stories, storylines). It returns the
 * same articles in the same order, annotated; it never drops one.
 */
@FunctionalInterface
public interface CorpusStage extends Serializable {
  List<Article> apply(List<Article> articles);
}
