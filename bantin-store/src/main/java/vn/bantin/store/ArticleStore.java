package vn.bantin.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import vn.bantin.json.ArticleJson;
import vn.bantin.model.Article;

/**
 * The embedded store: a Lucene 9 index under {@code DATA/index}. Each article is one document holding its full
 * JSON (the source of truth) plus searchable accented and folded copies of its title and text. Nothing to
 * install; survives restarts; re-adding an article with a known id is a no-op that reports a duplicate.
 *
 * <p>Open it writable for ingest (one writer per data directory, guarded by Lucene's write lock) or read-only
 * for serving and searching.
 */
public final class ArticleStore implements Closeable {
  static final String ID = "id", TITLE = "title", TEXT = "text", OUTLET = "outlet", PUBLISHED = "published",
      PUBLISHED_EPOCH = "published_epoch", STORY = "story_id", STORYLINE = "storyline_id", JSON = "json",
      OUTLET_KEY = "outlet_key";

  private final Path dataDir;
  private final FSDirectory directory;
  private final IndexWriter writer; // null when read-only
  private final Analyzer analyzer = VietnameseAnalyzers.perField(TITLE, TEXT);
  private final Set<String> ids = new HashSet<>();
  private DirectoryReader reader;

  private ArticleStore(Path dataDir, boolean readOnly) throws IOException {
    this.dataDir = dataDir;
    Path idx = dataDir.resolve("index");
    if (readOnly && !DirectoryReader.indexExists(FSDirectory.open(idx))) {
      throw new IOException("no bantin index in " + dataDir.toAbsolutePath()
          + " (run `bantin ingest PATH... --data " + dataDir + "` first)");
    }
    Files.createDirectories(idx);
    directory = FSDirectory.open(idx);
    if (readOnly) {
      writer = null;
      reader = DirectoryReader.open(directory);
    } else {
      IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setRAMBufferSizeMB(64);
      writer = new IndexWriter(directory, cfg);
      writer.commit(); // an empty store is still a valid store
      reader = DirectoryReader.open(writer);
    }
    forEachStored(d -> ids.add(d.get(ID)), ID);
  }

  public static ArticleStore openWritable(Path dataDir) throws IOException {
    return new ArticleStore(dataDir, false);
  }

  public static ArticleStore openReadOnly(Path dataDir) throws IOException {
    return new ArticleStore(dataDir, true);
  }

  public Path dataDir() {
    return dataDir;
  }

  public synchronized boolean contains(String id) {
    return ids.contains(id);
  }

  public synchronized int size() {
    return ids.size();
  }

  /** Adds an article unless one with the same id is stored; returns whether it was added. */
  public synchronized boolean add(Article a) throws IOException {
    requireWritable();
    if (!ids.add(a.id())) return false;
    writer.addDocument(toDocument(a));
    return true;
  }

  /** Replaces stored articles by id (used after grouping assigns stories and syndication). */
  public synchronized void update(List<Article> articles) throws IOException {
    requireWritable();
    for (Article a : articles) {
      ids.add(a.id());
      writer.updateDocument(new Term(ID, a.id()), toDocument(a));
    }
  }

  public synchronized void commit() throws IOException {
    requireWritable();
    writer.commit();
    refresh();
  }

  private void refresh() throws IOException {
    DirectoryReader n = DirectoryReader.openIfChanged(reader);
    if (n != null) {
      reader.close();
      reader = n;
    }
  }

  public synchronized Optional<Article> get(String id) throws IOException {
    refreshIfWriting();
    TopDocs td = new IndexSearcher(reader).search(new TermQuery(new Term(ID, id)), 1);
    if (td.scoreDocs.length == 0) return Optional.empty();
    return Optional.of(ArticleJson.fromJsonString(reader.storedFields().document(td.scoreDocs[0].doc).get(JSON)));
  }

  /** Every stored article, in index order, streamed one at a time. */
  public synchronized void forEach(Consumer<Article> c) throws IOException {
    refreshIfWriting();
    forEachStored(d -> c.accept(ArticleJson.fromJsonString(d.get(JSON))), JSON);
  }

  public List<Article> all() throws IOException {
    List<Article> out = new ArrayList<>();
    forEach(out::add);
    return out;
  }

  private void forEachStored(Consumer<Document> c, String field) throws IOException {
    Set<String> fields = Set.of(field);
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      StoredFields sf = leaf.reader().storedFields();
      for (int i = 0; i < leaf.reader().maxDoc(); i++) {
        if (live != null && !live.get(i)) continue;
        c.accept(sf.document(i, fields));
      }
    }
  }

  public synchronized List<SearchHit> search(String query, int limit) throws IOException {
    return search(query, limit, SearchFilter.NONE, false);
  }

  /**
   * Searches within {@code filter}. With {@code newestFirst} hits come in publication order, newest first,
   * instead of by relevance (undated last). A blank query with a filter lists the filtered articles, newest
   * first.
   */
  public synchronized List<SearchHit> search(String query, int limit, SearchFilter filter, boolean newestFirst)
      throws IOException {
    refreshIfWriting();
    Query q = SearchQueries.build(query == null ? "" : query, analyzer);
    if (q == null) {
      if (filter.isEmpty()) return List.of();
      q = new MatchAllDocsQuery();
      newestFirst = true;
    }
    q = filter.restrict(q);
    IndexSearcher s = new IndexSearcher(reader);
    TopDocs td;
    if (newestFirst) {
      SortField byDate = new SortField(PUBLISHED_EPOCH, SortField.Type.LONG, true);
      byDate.setMissingValue(Long.MIN_VALUE);
      td = s.search(q, Math.max(1, limit), new Sort(byDate, SortField.FIELD_SCORE), true);
    } else {
      td = s.search(q, Math.max(1, limit));
    }
    List<SearchHit> hits = new ArrayList<>();
    StoredFields sf = reader.storedFields();
    for (ScoreDoc sd : td.scoreDocs) {
      Article a = ArticleJson.fromJsonString(sf.document(sd.doc).get(JSON));
      hits.add(new SearchHit(a.id(), a.title(), Float.isNaN(sd.score) ? 0f : sd.score, a.outlet(),
          a.published() == null ? null : a.published().toString(), Snippets.of(a, query == null ? "" : query)));
    }
    return hits;
  }

  /** Changes whenever the stored articles change (in this process or, after a commit, in another one). */
  public synchronized long version() throws IOException {
    refreshIfWriting();
    return reader.getVersion();
  }

  /** Size of the index on disk, in bytes. */
  public long diskBytes() throws IOException {
    try (Stream<Path> s = Files.walk(dataDir.resolve("index"))) {
      return s.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }

  /** Sees the latest commit, whether this process or another one (an ingest beside a server) made it. */
  private void refreshIfWriting() throws IOException {
    refresh();
  }

  private void requireWritable() {
    if (writer == null) throw new IllegalStateException("store opened read-only");
  }

  static Document toDocument(Article a) {
    Document d = new Document();
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    String text = a.lead().isEmpty() ? a.body() : a.lead() + "\n\n" + a.body();
    d.add(new TextField(TITLE, a.title(), Field.Store.NO));
    d.add(new TextField(TITLE + VietnameseAnalyzers.FOLDED, a.title(), Field.Store.NO));
    d.add(new TextField(TEXT, text, Field.Store.NO));
    d.add(new TextField(TEXT + VietnameseAnalyzers.FOLDED, text, Field.Store.NO));
    if (a.outlet() != null) {
      d.add(new StringField(OUTLET, a.outlet(), Field.Store.NO));
      d.add(new StringField(OUTLET_KEY, SearchFilter.outletKey(a.outlet()), Field.Store.NO));
    }
    if (a.published() != null) {
      d.add(new LongPoint(PUBLISHED_EPOCH, a.published().toEpochSecond()));
      d.add(new NumericDocValuesField(PUBLISHED_EPOCH, a.published().toEpochSecond())); // sorting by date
    }
    if (a.storyId() != null) d.add(new StringField(STORY, a.storyId(), Field.Store.NO));
    if (a.storylineId() != null) d.add(new StringField(STORYLINE, a.storylineId(), Field.Store.NO));
    d.add(new StoredField(JSON, ArticleJson.toJsonString(a)));
    return d;
  }

  @Override
  public synchronized void close() throws IOException {
    reader.close();
    if (writer != null) writer.close();
    directory.close();
  }

  /** For tests and diagnostics. */
  IndexReader reader() {
    return reader;
  }
}
