package vn.bantin.pipeline;

import java.util.List;
import vn.bantin.extract.ArticleExtractor;
import vn.bantin.knowledge.KnowledgeStage;
import vn.bantin.stories.GroupingStage;
import vn.bantin.text.LanguageStage;
import vn.bantin.text.NormalizeStage;

/** The standard assembly of stages, shared by the CLI, the server and the Spark job. */
public final class Pipelines {
  private Pipelines() {}

  /** read → extract → normalize → language → understand, per page. */
  public static Pipeline standard() {
    return new Pipeline(new ArticleExtractor(),
        List.of(new NormalizeStage(), new LanguageStage(), new KnowledgeStage()));
  }

  /** Extraction only: what `bantin extract` and the extraction evaluation use. */
  public static Pipeline extractOnly() {
    return new Pipeline(new ArticleExtractor(), List.of());
  }

  /** dedup → group, over the whole collection. */
  public static CorpusStage grouping() {
    return new GroupingStage();
  }
}
