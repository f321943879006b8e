package vn.bantin.knowledge;

import java.io.IOException;
import java.util.List;
import vn.bantin.model.Article;

/** The seed articles as the tests use them (see {@link GoldArticles#seeds()}). */
final class SeedArticles {
  private SeedArticles() {}

  static List<Article> load() throws IOException {
    return GoldArticles.seeds();
  }
}
