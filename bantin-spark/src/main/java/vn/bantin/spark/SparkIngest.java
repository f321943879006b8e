package vn.bantin.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import vn.bantin.pipeline.ArticleFilter;
import vn.bantin.pipeline.Pipeline;
import vn.bantin.pipeline.Pipelines;
import vn.bantin.read.PageReader;

/**
 * The Spark shell over bantin-core: the same reader and the same {@link Pipelines#standard()} stages as the
 * CLI, run over many files in parallel (one task per file, local paths, HDFS or any Hadoop file system).
 * Writes {@code OUT/articles} (one article JSON per line, the schema of {@code bantin export}) and {@code
 * OUT/skipped} (ref TAB reason), and returns the counts.
 *
 * <pre>spark-submit --class vn.bantin.spark.SparkIngest bantin-spark-job.jar --out OUT [--lang vi] INPUT...</pre>
 *
 * Corpus stages (syndication, stories) need all articles at once and stay with the embedded store for now;
 * ingest the JSONL output with {@code bantin ingest} or group it downstream.
 */
public final class SparkIngest {
  /** What a run did: pages are counted as the articles and skips they produced. */
  public record Summary(long files, long articles, long skipped, List<String> unsupported,
                        Map<String, Long> filtered) {
    public String format() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "files: %d%narticles: %d%nrecords skipped: %d%nunsupported files: %d%n",
          files, articles, skipped, unsupported.size()));
      new TreeMap<>(filtered).forEach((why, n) ->
          sb.append(String.format(Locale.ROOT, "articles filtered: %d × %s%n", n, why)));
      return sb.toString();
    }
  }

  private SparkIngest() {}

  public static Summary run(JavaSparkContext sc, List<String> inputs, String out, Pipeline pipeline)
      throws IOException {
    return run(sc, inputs, out, pipeline, ArticleFilter.all());
  }

  /** As above, writing only the articles {@code filter} keeps; the others are counted by reason. */
  public static Summary run(JavaSparkContext sc, List<String> inputs, String out, Pipeline pipeline,
      ArticleFilter filter) throws IOException {
    List<String> unsupported = new ArrayList<>();
    List<String> files = listFiles(inputs, sc.hadoopConfiguration(), unsupported);
    int slices = Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
    JavaRDD<String> lines = sc.parallelize(files, slices).flatMap(new PagesOfFile(pipeline, filter))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<String> articles = lines.filter(l -> l.startsWith("A\t")).map(l -> l.substring(2));
    JavaRDD<String> skipped = lines.filter(l -> l.startsWith("S\t")).map(l -> l.substring(2))
        .union(sc.parallelize(unsupported.stream().map(f -> f + "\tunsupported file type").toList(), 1));
    articles.saveAsTextFile(out + "/articles");
    skipped.coalesce(1).saveAsTextFile(out + "/skipped");
    long a = articles.count(), s = skipped.count();
    Map<String, Long> filtered = new TreeMap<>(
        lines.filter(l -> l.startsWith("F\t")).map(l -> l.substring(2)).countByValue());
    lines.unpersist();
    return new Summary(files.size(), a, s, unsupported, filtered);
  }

  /** Expands directories (recursively) on the driver; files bantin cannot read are listed apart. */
  static List<String> listFiles(List<String> inputs, Configuration conf, List<String> unsupported)
      throws IOException {
    List<String> out = new ArrayList<>();
    for (String in : inputs) {
      Path p = new Path(in);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus st = fs.getFileStatus(p);
      if (st.isDirectory()) {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
        List<String> found = new ArrayList<>();
        while (it.hasNext()) found.add(it.next().getPath().toString());
        found.sort(null);
        for (String f : found) (PageReader.isSupportedName(f) ? out : unsupported).add(f);
      } else {
        out.add(st.getPath().toString());
      }
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    String out = null;
    ArticleFilter filter = ArticleFilter.all();
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out") && i + 1 < args.length) out = args[++i];
      else if (args[i].equals("--lang") && i + 1 < args.length) {
        filter = ArticleFilter.languages(java.util.Set.of(args[++i].split(",")));
      } else inputs.add(args[i]);
    }
    if (out == null || inputs.isEmpty()) {
      System.err.println("usage: SparkIngest --out DIR [--lang vi[,en…]] INPUT...");
      System.exit(2);
    }
    SparkConf conf = new SparkConf().setAppName("bantin ingest");
    if (!conf.contains("spark.master")) conf.setMaster("local[*]");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      System.out.print(run(sc, inputs, out, Pipelines.standard(), filter).format());
    }
  }
}
