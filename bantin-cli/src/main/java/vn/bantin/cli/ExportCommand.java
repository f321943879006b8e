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
import vn.bantin.store.ArticleStore;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export every stored article.",
        "jsonl: one article per line, the article schema of `extract` plus story_id, storyline_id, syndication.",
        "csv: id, title, published, outlet, authors, url, credited_source, story_id, storyline_id, original_id,",
        "lead, body (RFC 4180 quoting, UTF-8)."})
final class ExportCommand implements Callable<Integer> {
  enum Format { jsonl, csv }

  @Option(names = "--format", required = true, description = "jsonl or csv.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
  Path out;

  @Mixin DataOption data;

  static final List<String> CSV_COLUMNS = List.of("id", "title", "published", "outlet", "authors", "url",
      "credited_source", "story_id", "storyline_id", "original_id", "lead", "body");

  @Override
  public Integer call() throws Exception {
    int[] n = {0};
    try (ArticleStore store = ArticleStore.openReadOnly(data.data);
         Writer w = out == null
             ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
             : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      if (format == Format.csv) w.write(String.join(",", CSV_COLUMNS) + "\r\n");
      store.forEach(a -> {
        try {
          w.write(format == Format.jsonl ? ArticleJson.toJsonString(a) + "\n" : csvRow(a));
          n[0]++;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    if (out != null) System.err.println(n[0] + " articles written to " + out);
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
