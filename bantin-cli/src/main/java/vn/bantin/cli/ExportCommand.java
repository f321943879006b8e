package vn.bantin.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.bantin.json.ArticleJson;
import vn.bantin.model.Article;
import vn.bantin.pipeline.ArticleFilter;
import vn.bantin.text.CorpusText;
import vn.bantin.store.ArticleStore;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export every stored article.",
        "jsonl: one article per line, the article schema of `extract` plus story_id, storyline_id, syndication.",
        "csv: id, title, published, outlet, authors, url, credited_source, story_id, storyline_id, original_id,",
        "lead, body (RFC 4180 quoting, UTF-8).",
        "text: clean corpus text, title, lead and paragraphs one per line (--sentences: one sentence per line;",
        "--words: multi-syllable words joined by underscores), a blank line between articles.",
        "--originals leaves out syndicated copies; --lang keeps only articles in those languages."})
final class ExportCommand implements Callable<Integer> {
  enum Format { jsonl, csv, text }

  @Option(names = "--format", required = true, description = "jsonl, csv or text.")
  Format format;

  @Option(names = "--sentences", description = "text: one sentence per line.")
  boolean sentences;

  @Option(names = "--words", description = "text: join the syllables of multi-syllable words with underscores.")
  boolean words;

  @Option(names = "--originals", description = "Leave out syndicated copies (keep each original once).")
  boolean originals;

  @Mixin LanguageOption lang;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
  Path out;

  @Mixin DataOption data;

  static final List<String> CSV_COLUMNS = List.of("id", "title", "published", "outlet", "authors", "url",
      "credited_source", "story_id", "storyline_id", "original_id", "lead", "body");

  @Override
  public Integer call() throws Exception {
    if ((sentences || words) && format != Format.text) {
      System.err.println("bantin export: --sentences and --words apply to --format text only");
      return 2;
    }
    int[] n = {0}, left = {0};
    ArticleFilter filter = lang.filter();
    CorpusText corpus = format == Format.text ? new CorpusText(sentences, words) : null;
    try (ArticleStore store = ArticleStore.openReadOnly(data.data);
         Writer w = out == null
             ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
             : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      if (format == Format.csv) w.write(String.join(",", CSV_COLUMNS) + "\r\n");
      store.forEach(a -> {
        if ((originals && a.syndication() != null) || filter.rejects(a) != null) {
          left[0]++;
          return;
        }
        try {
          switch (format) {
            case jsonl -> w.write(ArticleJson.toJsonString(a) + "\n");
            case csv -> w.write(csvRow(a));
            case text -> w.write(String.join("\n", corpus.lines(a)) + "\n\n");
          }
          n[0]++;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    if (out != null || left[0] > 0) {
      System.err.println(n[0] + " articles written" + (out == null ? "" : " to " + out)
          + (left[0] > 0 ? "; " + left[0] + " left out (syndicated copies or other languages)" : ""));
    }
    return 0;
  }

  static String csvRow(Article a) {
    List<String> cells = List.of(a.id(), a.title(), a.published() == null ? "" : a.published().toString(),
        nz(a.outlet()), String.join("; ", a.authors()), nz(a.url()), nz(a.creditedSource()), nz(a.storyId()),
        nz(a.storylineId()), a.syndication() == null ? "" : a.syndication().originalId(), a.lead(), a.body());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) sb.append(',');
      String c = cells.get(i);
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        sb.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(c);
      }
    }
    return sb.append("\r\n").toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
