package vn.bantin.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.pipeline.ArticleFilter;
import vn.bantin.pipeline.CorpusStage;
import vn.bantin.pipeline.Pipeline;
import vn.bantin.read.PageReader;
import vn.bantin.read.ReadEvent;

/**
 * Ingest: read → pipeline (extract, normalize, understand) → store, then the corpus stage (syndication,
 * stories) over everything stored. Pages are processed on a small thread pool while the reader streams; at most
 * {@code 2 × threads} pages are in memory at once. Skipped items are counted, reported and written to {@code
 * DATA/rejects/skipped-TIMESTAMP.tsv} so nothing is lost silently.
 */
public final class Ingest {
  /** Progress callback: pages read so far, articles stored so far, the current item. */
  public interface Progress {
    void update(int pages, int stored, String current);
  }

  private final Pipeline pipeline;
  private final CorpusStage grouping;
  private final int threads;
  private final ArticleFilter filter;

  public Ingest(Pipeline pipeline, CorpusStage grouping, int threads) {
    this(pipeline, grouping, threads, ArticleFilter.all());
  }

  private Ingest(Pipeline pipeline, CorpusStage grouping, int threads, ArticleFilter filter) {
    this.pipeline = Objects.requireNonNull(pipeline);
    this.grouping = grouping;
    this.threads = Math.max(1, threads);
    this.filter = Objects.requireNonNull(filter);
  }

  /** The same ingest, storing only the articles {@code filter} keeps; the others are counted by reason. */
  public Ingest filtering(ArticleFilter filter) {
    return new Ingest(pipeline, grouping, threads, filter);
  }

  public IngestSummary run(List<String> inputs, ArticleStore store, Progress progress) throws IOException {
    long t0 = System.nanoTime();
    AtomicInteger pages = new AtomicInteger(), extracted = new AtomicInteger(), stored = new AtomicInteger(),
        dups = new AtomicInteger(), empty = new AtomicInteger();
    List<IngestSummary.Skip> skipped = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, Integer> filtered = new TreeMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "bantin-ingest");
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(threads * 2);
    List<Future<?>> futures = new ArrayList<>();
    Consumer<ReadEvent> sink = ev -> {
      if (ev instanceof ReadEvent.Skipped s) {
        synchronized (skipped) {
          skipped.add(new IngestSummary.Skip(s.ref(), s.reason()));
        }
      } else if (ev instanceof ReadEvent.Warning w) {
        synchronized (warnings) {
          warnings.add(w.ref() + ": " + w.message());
        }
      } else if (ev instanceof ReadEvent.PageRead pr) {
        inFlight.acquireUninterruptibly();
        if (futures.size() >= 4096) drainDone(futures); // keep the bookkeeping bounded on huge inputs
        Page page = pr.page();
        futures.add(pool.submit(() -> {
          try {
            List<Article> arts = pipeline.process(page);
            pages.incrementAndGet();
            if (arts.isEmpty()) empty.incrementAndGet();
            for (Article a : arts) {
              extracted.incrementAndGet();
              String why = filter.rejects(a);
              if (why != null) {
                synchronized (filtered) {
                  filtered.merge(why, 1, Integer::sum);
                }
                continue;
              }
              if (store.add(a)) stored.incrementAndGet();
              else dups.incrementAndGet();
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          } catch (RuntimeException | StackOverflowError e) {
            // One bad page must not stop the run: report it as skipped, with the reason.
            String kept = keepAside(store.dataDir(), page);
            synchronized (skipped) {
              skipped.add(new IngestSummary.Skip(page.provenance().ref(), "extraction failed: " + e
                  + (kept == null ? "" : "; page kept at " + kept)));
            }
          } finally {
            inFlight.release();
            if (progress != null) progress.update(pages.get(), stored.get(), page.provenance().ref());
          }
        }));
      }
    };
    try {
      new PageReader().read(inputs, sink);
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
          throw new IOException("ingest failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    store.commit();
    if (grouping != null && stored.get() > 0) regroup(store);
    writeSkipLog(store.dataDir(), skipped);
    double secs = (System.nanoTime() - t0) / 1e9;
    return new IngestSummary(pages.get(), extracted.get(), stored.get(), dups.get(), empty.get(),
        Map.copyOf(filtered), List.copyOf(skipped), List.copyOf(warnings), secs);
  }

  private static void drainDone(List<Future<?>> futures) {
    futures.removeIf(f -> {
      if (!f.isDone()) return false;
      try {
        f.get();
        return true;
      } catch (java.util.concurrent.ExecutionException | InterruptedException e) {
        return false; // keep failed ones: the final loop reports them
      }
    });
  }

  /**
   * Loads already-extracted articles (one article JSON per line, as written by {@code bantin export} or the Spark
   * job) into the store, then groups. Lines that are not article JSON are skipped with their file and line.
   */
  public IngestSummary importJsonl(List<Path> files, ArticleStore store) throws IOException {
    long t0 = System.nanoTime();
    int read = 0, stored = 0, dups = 0;
    List<IngestSummary.Skip> skipped = new ArrayList<>();
    Map<String, Integer> filtered = new TreeMap<>();
    for (Path f : files) {
      try (java.io.BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank()) continue;
          Article a;
          try {
            a = vn.bantin.json.ArticleJson.fromJsonString(line);
            if (a.id() == null || a.id().isBlank()) throw new IllegalArgumentException("no \"id\"");
          } catch (RuntimeException e) {
            skipped.add(new IngestSummary.Skip(f + ":" + n, "not an article JSON line: " + e.getMessage()));
            continue;
          }
          read++;
          String why = filter.rejects(a);
          if (why != null) {
            filtered.merge(why, 1, Integer::sum);
            continue;
          }
          if (store.add(a)) stored++;
          else dups++;
        }
      } catch (IOException e) {
        skipped.add(new IngestSummary.Skip(f.toString(), "cannot read: " + e));
      }
    }
    store.commit();
    if (grouping != null && stored > 0) regroup(store);
    writeSkipLog(store.dataDir(), skipped);
    return new IngestSummary(0, read, stored, dups, 0, Map.copyOf(filtered), List.copyOf(skipped), List.of(),
        (System.nanoTime() - t0) / 1e9);
  }

  /** Runs the corpus stage over every stored article and writes back the ones whose grouping changed. */
  private void regroup(ArticleStore store) throws IOException {
    List<Article> all = store.all();
    List<Article> grouped = grouping.apply(all);
    List<Article> changed = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Article before = all.get(i), after = grouped.get(i);
      if (!Objects.equals(before.storyId(), after.storyId())
          || !Objects.equals(before.storylineId(), after.storylineId())
          || !Objects.equals(before.syndication(), after.syndication())) {
        changed.add(after);
      }
    }
    if (!changed.isEmpty()) {
      store.update(changed);
      store.commit();
    }
  }

  /** Saves a page that could not be processed, so it can be inspected and re-run; returns its path or null. */
  static String keepAside(Path dataDir, Page page) {
    try {
      Path dir = dataDir.resolve("rejects").resolve("pages");
      Files.createDirectories(dir);
      String name = vn.bantin.model.ArticleIds.of(null, page.provenance().ref(), page.content())
          + (page.format() == vn.bantin.model.PageFormat.HTML ? ".html" : ".txt");
      Path f = dir.resolve(name);
      Files.writeString(f, page.content(), StandardCharsets.UTF_8);
      return f.toString();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static void writeSkipLog(Path dataDir, List<IngestSummary.Skip> skipped) throws IOException {
    if (skipped.isEmpty()) return;
    Path dir = dataDir.resolve("rejects");
    Files.createDirectories(dir);
    String ts = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    try (Writer w = Files.newBufferedWriter(dir.resolve("skipped-" + ts + ".tsv"), StandardCharsets.UTF_8)) {
      w.write("ref\treason\n");
      for (IngestSummary.Skip s : skipped) {
        w.write(s.ref().replace('\t', ' ') + "\t" + s.reason().replace('\t', ' ').replace('\n', ' ') + "\n");
      }
    }
  }
}
