package vn.bantin.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `bantin` command. Each subcommand is a thin shell over bantin-core and bantin-store. */
@Command(name = "bantin", mixinStandardHelpOptions = true, version = "bantin 0.1.0",
    description = "Reads the Vietnamese news web: extracts articles from HTML, WARC and text dumps, "
        + "stores and searches them, groups them into stories, and serves them over HTTP.",
    subcommands = {IngestCommand.class, ExtractCommand.class, SearchCommand.class, ExportCommand.class,
        ServeCommand.class, WarcCommand.class, EvalCommand.class, EntitiesCommand.class, QuotesCommand.class,
        EventsCommand.class, StoriesCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (tests call this). */
  public static int run(String... args) {
    CommandLine cl = commandLine();
    return cl.execute(args);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return cl;
  }
}
