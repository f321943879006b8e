package vn.bantin.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.bantin.pipeline.Pipelines;
import vn.bantin.store.ArticleStore;
import vn.bantin.store.Ingest;
import vn.bantin.store.IngestSummary;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read pages, extract and analyse their articles, and add them to the store.",
        "Inputs: .txt text dumps, .html/.htm(.gz), .warc(.gz) (incl. WET), directories (recursive), - for stdin.",
        "Re-ingesting the same inputs adds nothing and says so. Exit code 1 only when nothing could be read."})
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
  List<String> paths;

  @Mixin DataOption data;

  @Option(names = "--threads", defaultValue = "0",
      description = "Worker threads for extraction (default: number of cores).")
  int threads;

  @Override
  public Integer call() throws Exception {
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    Ingest.Progress progress = ProgressBar.forTerminal();
    IngestSummary s;
    try (ArticleStore store = ArticleStore.openWritable(data.data)) {
      s = new Ingest(Pipelines.standard(), Pipelines.grouping(), n).run(paths, store, progress);
      if (progress instanceof ProgressBar pb) pb.finish();
      System.out.print(s.format());
      System.out.println("store:               " + store.size() + " articles in " + data.data.toAbsolutePath());
    }
    return s.pagesRead() == 0 && !s.skipped().isEmpty() ? 1 : 0;
  }
}
