package vn.bantin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.bantin.pipeline.Pipelines;
import vn.bantin.store.ArticleStore;
import vn.bantin.store.Ingest;
import vn.bantin.store.IngestSummary;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Load already-extracted articles (one article JSON per line: `bantin export --format jsonl`,",
        "or the Spark job's OUT/articles directory) into the store, then link copies and group stories."})
final class ImportCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "JSONL files or directories of them (*.jsonl, part-*).")
  List<Path> paths;

  @Mixin DataOption data;

  @Mixin LanguageOption lang;

  @Override
  public Integer call() throws Exception {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(f -> {
            String n = f.getFileName().toString();
            return n.endsWith(".jsonl") || (n.startsWith("part-") && !n.endsWith(".crc"));
          }).sorted().forEach(files::add);
        }
      } else if (Files.exists(p)) {
        files.add(p);
      } else {
        System.err.println("bantin import: no such file or directory: " + p);
      }
    }
    IngestSummary s;
    try (ArticleStore store = ArticleStore.openWritable(data.data)) {
      s = new Ingest(Pipelines.standard(), Pipelines.grouping(), 1).filtering(lang.filter()).importJsonl(files, store);
      System.out.print(s.format().replaceFirst("pages read: +0\\R", ""));
      System.out.println("store:               " + store.size() + " articles in " + data.data.toAbsolutePath());
    }
    return s.articlesExtracted() == 0 ? 1 : 0;
  }
}
