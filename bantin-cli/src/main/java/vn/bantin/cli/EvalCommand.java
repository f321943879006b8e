package vn.bantin.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.bantin.eval.HtmlExtractionEval;
import vn.bantin.eval.StoryEval;
import vn.bantin.eval.TextExtractionEval;
import vn.bantin.pipeline.Extractor;
import vn.bantin.pipeline.Pipelines;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluate bantin against gold data sets (see ../shared/README.md for the scoring rules).",
    subcommands = {EvalCommand.Extraction.class, EvalCommand.Stories.class})
final class EvalCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "stories", mixinStandardHelpOptions = true,
      description = {"Story clustering: all articles of the set grouped together, then pairwise and B-cubed",
          "precision, recall and F1 against the gold stories. DIR holds one folder per gold story with",
          "<docid>.body.txt and <docid>.info.txt (LINK, TITLE, SUMMARY, TIME dd/mm/yyyy hh:mm)."})
  static final class Stories implements Callable<Integer> {
    @Option(names = "--set", required = true, paramLabel = "DIR", description = "The gold clusters directory.")
    Path set;

    @Override
    public Integer call() {
      if (!Files.isDirectory(set)) {
        System.err.println("bantin eval: no such directory: " + set);
        return 2;
      }
      long t0 = System.nanoTime();
      System.out.println(StoryEval.evaluate(set));
      System.out.printf(java.util.Locale.ROOT, "time: %.1f s%n", (System.nanoTime() - t0) / 1e9);
      return 0;
    }
  }

  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = {"Article extraction: precision, recall and F1 over 4-token shingles, the worst pages, pages/s.",
          "--set accepts the Zyte layout (html/*.html.gz + ground-truth.json), the vi-real layout",
          "(pages/*.html + gold/*.json), or a directory of text dumps (*.txt) with --gold DIR of *.gold.json."})
  static final class Extraction implements Callable<Integer> {
    @Option(names = "--set", required = true, paramLabel = "DIR", description = "The evaluation set.")
    Path set;

    @Option(names = "--gold", paramLabel = "DIR",
        description = "Gold directory for text dumps (default: ../eval/extraction-text beside a seeds/ set).")
    Path gold;

    @Override
    public Integer call() throws Exception {
      if (!Files.isDirectory(set)) {
        System.err.println("bantin eval: no such directory: " + set);
        return 2;
      }
      Extractor ex = Pipelines.extractOnly().extractor();
      if (Files.exists(set.resolve("ground-truth.json")) || Files.isDirectory(set.resolve("gold"))) {
        System.out.print(HtmlExtractionEval.run(ex, set).format());
        return 0;
      }
      boolean dumps;
      try (Stream<Path> s = Files.list(set)) {
        dumps = s.anyMatch(p -> p.toString().endsWith(".txt"));
      }
      if (!dumps) {
        System.err.println("bantin eval: " + set + " is neither an HTML set (ground-truth.json or gold/) nor a "
            + "directory of .txt dumps");
        return 2;
      }
      Path g = gold != null ? gold : set.toAbsolutePath().normalize().resolveSibling("eval/extraction-text");
      if (!Files.isDirectory(g)) {
        System.err.println("bantin eval: no gold for text dumps; pass --gold DIR (looked at " + g + ")");
        return 2;
      }
      System.out.println(TextExtractionEval.run(ex, set, g));
      return 0;
    }
  }
}
