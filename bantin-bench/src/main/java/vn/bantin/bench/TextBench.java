package vn.bantin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.bantin.eval.SharedData;
import vn.bantin.text.Folding;
import vn.bantin.text.NormalizedText;
import vn.bantin.text.Tokenizer;
import vn.bantin.text.Tokens;
import vn.bantin.text.VietnameseNormalizer;
import vn.bantin.text.WordSegmenter;

/**
 * Throughput of the Vietnamese text layer on one core: normalization (legacy check, Unicode cleanup,
 * de-obfuscation, tone repair) + folding + tokenization, over the UD treebank sentences and the seeds
 * repeated to about 50 MB of UTF-8. Also times each step alone, word segmentation, and a naive baseline
 * (JDK NFC + NFD-based folding + regex split) in the same run.
 * Usage: java -cp ... vn.bantin.bench.TextBench [sharedDir] [megabytes]
 */
public final class TextBench {
  private TextBench() {}

  public static void main(String[] args) throws IOException {
    Path shared = args.length > 0 ? Paths.get(args[0]) : SharedData.dir();
    int targetMb = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    List<String> docs = corpus(shared, targetMb * 1_000_000L);
    long bytes = 0;
    for (String d : docs) bytes += d.getBytes(StandardCharsets.UTF_8).length;
    System.out.printf("corpus: %d documents, %.1f MB UTF-8%n", docs.size(), bytes / 1e6);
    VietnameseNormalizer norm = VietnameseNormalizer.defaults();

    Runnable chain = () -> {
      long sink = 0;
      for (String d : docs) {
        NormalizedText t = norm.normalize(d);
        sink += Folding.fold(t.text()).length();
        Tokens tok = Tokenizer.tokenize(t.text());
        sink += tok.size() + t.repairs();
      }
      blackhole(sink);
    };
    Runnable normalizeOnly = () -> {
      long sink = 0;
      for (String d : docs) sink += norm.normalize(d).text().length();
      blackhole(sink);
    };
    Runnable foldOnly = () -> {
      long sink = 0;
      for (String d : docs) sink += Folding.fold(d).length();
      blackhole(sink);
    };
    Runnable tokenizeOnly = () -> {
      long sink = 0;
      for (String d : docs) sink += Tokenizer.tokenize(d).size();
      blackhole(sink);
    };
    Runnable baseline = () -> {
      long sink = 0;
      for (String d : docs) {
        String n = Normalizer.normalize(d, Normalizer.Form.NFC);
        String f = Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "").toLowerCase();
        sink += f.length() + n.split("\\s+").length;
      }
      blackhole(sink);
    };
    report("normalize+deobfuscate+fold+tokenize", chain, bytes);
    report("  normalize (legacy, cleanup, deobfuscation, tones)", normalizeOnly, bytes);
    report("  fold", foldOnly, bytes);
    report("  tokenize", tokenizeOnly, bytes);
    report("baseline: JDK NFC + NFD fold + regex split", baseline, bytes);
    // Word segmentation is slower (a perceptron per syllable): time it on a tenth of the corpus.
    List<String> tenth = docs.subList(0, Math.max(1, docs.size() / 10));
    long tenthBytes = 0;
    for (String d : tenth) tenthBytes += d.getBytes(StandardCharsets.UTF_8).length;
    WordSegmenter seg = WordSegmenter.standard();
    report("word segmentation (tokenize + perceptron)", () -> {
      long sink = 0;
      for (String d : tenth) sink += seg.segment(d).size();
      blackhole(sink);
    }, tenthBytes);
  }

  private static volatile long blackholeSink;

  private static void blackhole(long v) {
    blackholeSink += v;
  }

  /**
   * Runs r once to warm up, then three times; prints MB/s by wall clock and by this thread's CPU time (the
   * one-core figure, which stays meaningful when other processes share the machine).
   */
  private static void report(String name, Runnable r, long bytes) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    r.run(); // warm-up
    double bestWall = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    for (int k = 0; k < 3; k++) {
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      r.run();
      bestWall = Math.min(bestWall, (System.nanoTime() - t0) / 1e9);
      bestCpu = Math.min(bestCpu, (mx.getCurrentThreadCpuTime() - c0) / 1e9);
    }
    System.out.printf("%-52s %7.1f MB/s per CPU-second, %7.1f MB/s wall  (%.1f MB, best of 3)%n", name,
        bytes / 1e6 / bestCpu, bytes / 1e6 / bestWall, bytes / 1e6);
  }

  /** Paragraphs of five treebank sentences and the seed pages, repeated into ~64 KB documents. */
  public static List<String> corpus(Path shared, long targetBytes) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    Path ud = shared.resolve("corpora/ud-vietnamese-vtb");
    StringBuilder para = new StringBuilder();
    int inPara = 0;
    for (String split : new String[] {"train", "dev", "test"}) {
      for (String line : Files.readAllLines(ud.resolve("vi_vtb-ud-" + split + ".conllu"), StandardCharsets.UTF_8)) {
        if (!line.startsWith("# text =")) continue;
        if (para.length() > 0) para.append(' ');
        para.append(line.substring("# text =".length()).strip());
        if (++inPara == 5) {
          paragraphs.add(para.toString());
          para.setLength(0);
          inPara = 0;
        }
      }
    }
    if (para.length() > 0) paragraphs.add(para.toString());
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(shared.resolve("seeds"), "*.txt")) {
      for (Path p : ds) paragraphs.add(Files.readString(p, StandardCharsets.UTF_8));
    }
    List<String> docs = new ArrayList<>();
    StringBuilder doc = new StringBuilder();
    long total = 0;
    while (total < targetBytes) {
      for (String p : paragraphs) {
        doc.append(p).append('\n');
        if (doc.length() >= 64_000) {
          String d = doc.toString();
          docs.add(d);
          total += d.getBytes(StandardCharsets.UTF_8).length;
          doc.setLength(0);
          if (total >= targetBytes) break;
        }
      }
    }
    return docs;
  }
}
