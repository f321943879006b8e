package vn.bantin.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import vn.bantin.pipeline.ArticleFilter;

/** {@code --lang vi[,en…]}: keep only articles in these languages (the others are counted, not stored). */
final class LanguageOption {
  @Option(names = "--lang", split = ",", paramLabel = "CODE",
      description = "Keep only articles in these languages (ISO 639-1, comma-separated, e.g. vi or vi,en); "
          + "the language is told from each article's text. Others are counted by language in the summary.")
  List<String> languages;

  ArticleFilter filter() {
    return languages == null || languages.isEmpty() ? ArticleFilter.all() : ArticleFilter.languages(Set.copyOf(languages));
  }
}
