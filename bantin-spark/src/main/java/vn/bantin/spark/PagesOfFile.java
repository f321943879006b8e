package vn.bantin.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import vn.bantin.json.ArticleJson;
import vn.bantin.model.Article;
import vn.bantin.pipeline.ArticleFilter;
import vn.bantin.pipeline.Pipeline;
import vn.bantin.read.PageReader;
import vn.bantin.read.ReadEvent;

/**
 * Runs one input file through bantin's reader and pipeline on an executor, as a lazy iterator of output
 * lines: {@code "A\t" + article JSON}, {@code "F\t" + reason} for an article the run's filter turned away, or
 * {@code "S\t" + ref + "\t" + reason} for a skipped record. The reader
 * pushes pages while Spark pulls lines, so a producer thread fills a small bounded queue: memory stays bounded
 * however large the WARC file is.
 */
final class PagesOfFile implements FlatMapFunction<String, String> {
  private static final String END = "\u0000END";
  private final Pipeline pipeline;
  private final ArticleFilter filter;

  PagesOfFile(Pipeline pipeline, ArticleFilter filter) {
    this.pipeline = pipeline;
    this.filter = filter;
  }

  @Override
  public Iterator<String> call(String file) {
    BlockingQueue<String> queue = new ArrayBlockingQueue<>(256);
    Thread producer = new Thread(() -> {
      try {
        produce(file, queue);
      } finally {
        putQuietly(queue, END);
      }
    }, "bantin-read " + file);
    producer.setDaemon(true);
    producer.start();
    return new Iterator<>() {
      private String next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          try {
            next = queue.take();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading " + file, e);
          }
        }
        return !END.equals(next);
      }

      @Override
      public String next() {
        if (!hasNext()) throw new NoSuchElementException();
        String n = next;
        next = null;
        return n;
      }
    };
  }

  private void produce(String file, BlockingQueue<String> queue) {
    Path path = new Path(file);
    try (InputStream in = path.getFileSystem(new Configuration()).open(path)) {
      new PageReader().read(file, in, ev -> {
        if (ev instanceof ReadEvent.Skipped s) {
          putQuietly(queue, "S\t" + oneLine(s.ref()) + "\t" + oneLine(s.reason()));
        } else if (ev instanceof ReadEvent.PageRead pr) {
          try {
            for (Article a : pipeline.process(pr.page())) {
              String why = filter.rejects(a);
              putQuietly(queue, why == null ? "A\t" + ArticleJson.toJsonString(a) : "F\t" + oneLine(why));
            }
          } catch (RuntimeException | StackOverflowError e) {
            putQuietly(queue, "S\t" + oneLine(pr.ref()) + "\textraction failed: " + oneLine(String.valueOf(e)));
          }
        }
      });
    } catch (IOException | RuntimeException e) {
      putQuietly(queue, "S\t" + oneLine(file) + "\tcannot open: " + oneLine(String.valueOf(e)));
    }
  }

  static String oneLine(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private static void putQuietly(BlockingQueue<String> q, String s) {
    try {
      q.put(s);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static FileSystem fs(String file) throws IOException {
    return new Path(file).getFileSystem(new Configuration());
  }
}
