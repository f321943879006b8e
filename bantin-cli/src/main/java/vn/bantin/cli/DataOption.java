package vn.bantin.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The `--data DIR` option shared by every command that uses the store. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "bantin-data",
      description = "Data directory of the embedded store (default: ${DEFAULT-VALUE}).")
  Path data;
}
