package vn.bantin.pipeline;

import java.io.Serializable;
import java.util.List;
import vn.bantin.model.Article;
import vn.bantin.model.Page;

/**
 * Turns one page into every article it holds (zero, one or several). Implementations are stateless or
 * immutable, thread-safe and serializable, so one instance can be shared by threads or shipped to Spark.
 */
@FunctionalInterface
public interface Extractor extends Serializable {
  List<Article> extract(Page page);
}
