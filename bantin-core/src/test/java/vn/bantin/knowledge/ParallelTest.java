package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.pipeline.ArticleStage;

/** The stage is pure: same output sequentially, in parallel, and after serialization. */
class ParallelTest {
  @Test
  void parallelAndSerializedRunsAgreeWithSequential() throws Exception {
    List<Article> in = new ArrayList<>();
    for (int i = 0; i < 12; i++) in.addAll(SeedArticles.load());
    KnowledgeStage stage = new KnowledgeStage();
    List<Article> seq = in.stream().map(stage::apply).toList();
    List<Article> par = in.parallelStream().map(stage::apply).toList();
    assertEquals(seq, par);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(stage);
    }
    ArticleStage copy;
    try (ObjectInputStream oin = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ArticleStage) oin.readObject();
    }
    assertEquals(seq.get(0), copy.apply(in.get(0)));
  }
}
