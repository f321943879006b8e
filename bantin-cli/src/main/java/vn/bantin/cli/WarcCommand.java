package vn.bantin.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.bantin.read.WarcPacker;

@Command(name = "warc", mixinStandardHelpOptions = true,
    description = {"Pack HTML files into a WARC(.gz) file of response records (for samples and tests).",
        "The target URL of each record comes from the page's canonical link, else --base-url + file name."})
final class WarcCommand implements Callable<Integer> {
  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output .warc or .warc.gz.")
  Path out;

  @Option(names = "--base-url", defaultValue = "http://example.invalid/",
      description = "URL prefix for pages without a canonical link (default: ${DEFAULT-VALUE}).")
  String baseUrl;

  @Parameters(arity = "1..*", paramLabel = "HTML", description = "HTML files (.html, .htm, .html.gz).")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    int n = WarcPacker.pack(files, out, baseUrl);
    System.out.println(n + " record(s) written to " + out);
    return 0;
  }
}
