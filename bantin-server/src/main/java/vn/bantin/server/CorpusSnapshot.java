package vn.bantin.server;

import java.io.IOException;
import java.util.List;
import vn.bantin.model.Article;
import vn.bantin.store.ArticleStore;
import vn.bantin.stories.StoryCatalog;

/**
 * All stored articles, loaded once and reused until the store changes (an ingest in another process commits).
 * Corpus-wide views (entities, events, stories) need the whole collection; rebuilding it per request would be
 * wasteful, holding it stale would be wrong.
 */
final class CorpusSnapshot {
  private final ArticleStore store;
  private long version = -1;
  private List<Article> articles = List.of();
  private StoryCatalog catalog = StoryCatalog.of(List.of());
  private java.util.Map<String, Article> byId = java.util.Map.of();
  /** The corpus-wide entity index, built on first use after each reload (most-mentioned first). */
  private List<vn.bantin.knowledge.EntityIndex.Item> entities;

  CorpusSnapshot(ArticleStore store) {
    this.store = store;
  }

  synchronized List<Article> articles() throws IOException {
    long v = store.version();
    if (v != version) {
      articles = List.copyOf(store.all());
      catalog = StoryCatalog.of(articles);
      java.util.Map<String, Article> m = new java.util.HashMap<>();
      for (Article a : articles) m.put(a.id(), a);
      byId = m;
      entities = null;
      version = v;
    }
    return articles;
  }

  synchronized StoryCatalog catalog() throws IOException {
    articles();
    return catalog;
  }

  /** Entities across the corpus, most-mentioned first; {@code type} (PER, ORG, LOC) filters when set. */
  synchronized List<vn.bantin.knowledge.EntityIndex.Item> entities(String type) throws IOException {
    articles();
    if (entities == null) entities = vn.bantin.store.view.KnowledgeViews.entities(articles, null);
    if (type == null) return entities;
    return entities.stream().filter(e -> type.equalsIgnoreCase(e.type())).toList();
  }

  /** The articles whose ids are given, in that order (unknown ids are left out). */
  synchronized List<Article> articles(java.util.Collection<String> ids) throws IOException {
    articles();
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }
}
