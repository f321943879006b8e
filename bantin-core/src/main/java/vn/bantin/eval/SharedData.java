package vn.bantin.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the read-only shared data set (../shared beside the repository). Tests and evaluations call
 * {@link #dir()}, which fails loudly when the data is missing: tests that need it must fail, never skip.
 * Lookup order: system property {@code bantin.shared}, environment variable {@code BANTIN_SHARED}, then
 * {@code ../shared} and {@code ../../shared} relative to the working directory.
 */
public final class SharedData {
  private SharedData() {}

  public static Path dir() {
    String prop = System.getProperty("bantin.shared");
    String env = System.getenv("BANTIN_SHARED");
    for (String c : new String[] {prop, env, "../shared", "../../shared"}) {
      if (c == null || c.isBlank()) continue;
      Path p = Paths.get(c).toAbsolutePath().normalize();
      if (Files.isDirectory(p.resolve("seeds"))) return p;
    }
    throw new IllegalStateException("shared data not found: expected ../shared beside the repository (with "
        + "seeds/, eval/, corpora/), or -Dbantin.shared=DIR / BANTIN_SHARED=DIR; looked at bantin.shared="
        + prop + ", BANTIN_SHARED=" + env + ", cwd=" + Paths.get("").toAbsolutePath());
  }

  public static Path resolve(String relative) {
    Path p = dir().resolve(relative);
    if (!Files.exists(p)) throw new IllegalStateException("shared data missing: " + p);
    return p;
  }
}
