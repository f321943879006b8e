package vn.bantin.knowledge;

import vn.bantin.model.Article;
import vn.bantin.pipeline.ArticleStage;

/** The article stage of the knowledge layer: entities, quotes and events. */
public final class KnowledgeStage implements ArticleStage {
  @Override
  public Article apply(Article a) {
    return a;
  }
}
