package vn.bantin.cli;

import java.io.PrintStream;
import java.util.Locale;
import vn.bantin.store.Ingest;

/**
 * A one-line progress display on stderr, redrawn at most ten times a second. Only used on a terminal, so
 * logs and pipes get just the final summary.
 */
final class ProgressBar implements Ingest.Progress {
  private final PrintStream err;
  private final long start = System.nanoTime();
  private long last;
  private int spin;

  ProgressBar(PrintStream err) {
    this.err = err;
  }

  static Ingest.Progress forTerminal() {
    return System.console() != null ? new ProgressBar(System.err) : null;
  }

  @Override
  public synchronized void update(int pages, int stored, String current) {
    long now = System.nanoTime();
    if (now - last < 100_000_000L) return;
    last = now;
    double secs = (now - start) / 1e9;
    String cur = current.length() > 40 ? "…" + current.substring(current.length() - 39) : current;
    String bar = "[" + "=".repeat(spin % 20) + ">" + " ".repeat(19 - spin % 20) + "]";
    spin++;
    err.printf(Locale.ROOT, "\r%s %d pages, %d new articles, %.0f pages/s  %-41s", bar, pages, stored,
        secs > 0 ? pages / secs : 0, cur);
    err.flush();
  }

  void finish() {
    err.print("\r" + " ".repeat(110) + "\r");
    err.flush();
  }
}
