package vn.bantin.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.SharedData;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.read.PageReader;
import vn.bantin.read.ReadEvent;

/**
 * The contract every stage signs so the same pipeline can run in the CLI, the server and a Spark job:
 * serializable (shipped to executors), thread-safe and deterministic (same page, same articles).
 */
class PipelineContractTest {
  static List<Page> pages() {
    List<Page> pages = new ArrayList<>();
    new PageReader().read(List.of(SharedData.resolve("seeds").toString(),
        SharedData.resolve("eval/extraction-html/vi-real/pages").toString()), ev -> {
          if (ev instanceof ReadEvent.PageRead p) pages.add(p.page());
        });
    assertEquals(11, pages.size());
    return pages;
  }

  @Test
  void standardPipelineSurvivesJavaSerializationAndGivesTheSameArticles() throws Exception {
    Pipeline p = Pipelines.standard();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(p);
      out.writeObject(Pipelines.grouping());
    }
    Pipeline copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (Pipeline) in.readObject();
      assertTrue(in.readObject() instanceof CorpusStage);
    }
    for (Page page : pages()) assertEquals(p.process(page), copy.process(page), page.provenance().ref());
    // Articles themselves travel between Spark stages.
    Article a = p.process(pages().get(0)).get(0);
    ByteArrayOutputStream ab = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(ab)) {
      out.writeObject(a);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(ab.toByteArray()))) {
      assertEquals(a, in.readObject());
    }
  }

  @Test
  void oneSharedPipelineGivesTheSameResultsFromManyThreads() throws Exception {
    Pipeline p = Pipelines.standard();
    List<Page> pages = pages();
    List<List<Article>> sequential = new ArrayList<>();
    for (Page page : pages) sequential.add(p.process(page));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<List<Article>>> fs = new ArrayList<>();
        for (Page page : pages) fs.add(pool.submit(() -> p.process(page)));
        for (int i = 0; i < pages.size(); i++) assertEquals(sequential.get(i), fs.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
