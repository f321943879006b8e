package vn.bantin.server;

import java.io.IOException;
import java.util.List;
import vn.bantin.model.Article;
import vn.bantin.store.ArticleStore;

/**
 * All stored articles, loaded once and reused until the store changes (an ingest in another process commits).
 * Corpus-wide views (entities, events, stories) need the whole collection; rebuilding it per request would be
 * wasteful, holding it stale would be wrong.
 */
final class CorpusSnapshot {
  private final ArticleStore store;
  private long version = -1;
  private List<Article> articles = List.of();

  CorpusSnapshot(ArticleStore store) {
    this.store = store;
  }

  synchronized List<Article> articles() throws IOException {
    long v = store.version();
    if (v != version) {
      articles = List.copyOf(store.all());
      version = v;
    }
    return articles;
  }
}
