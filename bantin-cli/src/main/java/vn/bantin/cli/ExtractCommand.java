package vn.bantin.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.bantin.json.ArticleJson;
import vn.bantin.model.Article;
import vn.bantin.pipeline.Pipeline;
import vn.bantin.pipeline.ArticleFilter;
import vn.bantin.pipeline.Pipelines;
import vn.bantin.read.PageReader;
import vn.bantin.read.ReadEvent;

@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract the articles of each input page and print them as JSON, without storing anything.",
        "Output per page: {\"source\": REF, \"articles\": [ARTICLE...]} (schema in README.md).",
        "--format json prints a JSON array of those objects; jsonl prints one object per line.",
        "Skipped items are reported on stderr; exit code 1 only when nothing could be read."})
final class ExtractCommand implements Callable<Integer> {
  enum Format { json, jsonl }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
  List<String> paths;

  @Option(names = "--format", defaultValue = "json", description = "json or jsonl (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--raw", description = "Extraction only: no normalization, entities, quotes or events.")
  boolean raw;

  @Mixin LanguageOption lang;

  @Override
  public Integer call() throws IOException {
    Pipeline pipeline = raw ? Pipelines.extractOnly() : Pipelines.standard();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    JsonGenerator gen = null;
    if (format == Format.json) {
      gen = ArticleJson.MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter();
      gen.writeStartArray();
    }
    AtomicInteger read = new AtomicInteger(), skipped = new AtomicInteger();
    ArticleFilter filter = lang.filter();
    Map<String, Integer> filtered = new TreeMap<>();
    JsonGenerator g = gen;
    new PageReader().read(paths, ev -> {
      if (ev instanceof ReadEvent.Skipped s) {
        skipped.incrementAndGet();
        System.err.println("skipped " + s.ref() + ": " + s.reason());
      } else if (ev instanceof ReadEvent.Warning w) {
        System.err.println("warning " + w.ref() + ": " + w.message());
      } else if (ev instanceof ReadEvent.PageRead pr) {
        List<Article> arts;
        try {
          arts = pipeline.process(pr.page());
        } catch (RuntimeException | StackOverflowError e) {
          skipped.incrementAndGet();
          System.err.println("skipped " + pr.ref() + ": extraction failed: " + e);
          return;
        }
        read.incrementAndGet();
        ObjectNode o = ArticleJson.MAPPER.createObjectNode();
        o.put("source", pr.ref());
        ArrayNode arr = o.putArray("articles");
        for (Article a : arts) {
          String why = filter.rejects(a);
          if (why == null) arr.add(ArticleJson.toJson(a));
          else filtered.merge(why, 1, Integer::sum);
        }
        try {
          if (g != null) {
            g.writeTree(o);
          } else {
            out.println(o.toString());
          }
          out.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    });
    if (gen != null) {
      gen.writeEndArray();
      gen.flush();
      out.println();
    }
    out.flush();
    System.err.println(read.get() + " page(s) extracted, " + skipped.get() + " skipped");
    filtered.forEach((why, n) -> System.err.println(n + " article(s) filtered out: " + why));
    return read.get() == 0 && skipped.get() > 0 ? 1 : 0;
  }
}
