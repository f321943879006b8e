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

  @Mixin LanguageOption lang;

  @Option(names = "--threads", defaultValue = "0",
      description = "Worker threads for extraction (default: number of cores).")
  int threads;

  static String humanBytes(long b) {
    if (b < 1_000_000) return String.format(java.util.Locale.ROOT, "%.1f kB", b / 1e3);
    if (b < 1_000_000_000) return String.format(java.util.Locale.ROOT, "%.1f MB", b / 1e6);
    return String.format(java.util.Locale.ROOT, "%.2f GB", b / 1e9);
  }

  /** Sum of the peak usage of the heap memory pools since the JVM started. */
  static long peakHeapBytes() {
    long sum = 0;
    for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == java.lang.management.MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
    }
    return sum;
  }

  @Override
  public Integer call() throws Exception {
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    Ingest.Progress progress = ProgressBar.forTerminal();
    IngestSummary s;
    try (ArticleStore store = ArticleStore.openWritable(data.data)) {
      s = new Ingest(Pipelines.standard(), Pipelines.grouping(), n).filtering(lang.filter()).run(paths, store, progress);
      if (progress instanceof ProgressBar pb) pb.finish();
      System.out.print(s.format());
      System.out.println("store:               " + store.size() + " articles in " + data.data.toAbsolutePath()
          + " (index " + humanBytes(store.diskBytes()) + " on disk)");
      System.out.println(String.format(java.util.Locale.ROOT, "peak heap:           %.0f MB", peakHeapBytes() / 1e6));
    }
    return s.pagesRead() == 0 && !s.skipped().isEmpty() ? 1 : 0;
  }
}
