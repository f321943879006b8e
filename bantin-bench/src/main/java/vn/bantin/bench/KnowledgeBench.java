package vn.bantin.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.bantin.eval.SharedData;
import vn.bantin.knowledge.EntityIndex;
import vn.bantin.knowledge.GdeltExport;
import vn.bantin.knowledge.GoldArticles;
import vn.bantin.knowledge.KnowledgeStage;
import vn.bantin.knowledge.Timeline;
import vn.bantin.model.Article;

/**
 * Throughput of the whole knowledge layer on one core: every VietnameseMDS article (plus the seeds) through
 * {@link KnowledgeStage}, then Timeline, EntityIndex and the GDELT export over the result. Warm-up rounds
 * first; prints articles/s and characters/s. Usage: KnowledgeBench [rounds].
 */
public final class KnowledgeBench {
  private KnowledgeBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<Article> in = new ArrayList<>(GoldArticles.seeds());
    Path clusters = SharedData.resolve("eval/stories/vietnamese-mds/clusters");
    List<Path> bodies;
    try (Stream<Path> s = Files.walk(clusters)) {
      bodies = s.filter(p -> p.toString().endsWith(".body.txt")).sorted().toList();
    }
    Path shared = SharedData.dir();
    for (Path b : bodies) {
      String rel = shared.relativize(b).toString();
      in.add(GoldArticles.mds(rel.substring(0, rel.length() - ".body.txt".length())));
    }
    long chars = in.stream().mapToLong(a -> a.text().length()).sum();
    KnowledgeStage stage = new KnowledgeStage();
    for (int w = 0; w < 3; w++) runOnce(stage, in);
    long best = Long.MAX_VALUE, bestCpu = Long.MAX_VALUE;
    int events = 0;
    // CPU time of this thread as well as wall time: on a shared, loaded machine the wall clock mostly measures
    // the neighbours
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime(), c0 = mx.getCurrentThreadCpuTime();
      events = runOnce(stage, in);
      best = Math.min(best, System.nanoTime() - t0);
      bestCpu = Math.min(bestCpu, mx.getCurrentThreadCpuTime() - c0);
    }
    double secs = best / 1e9, cpu = bestCpu / 1e9;
    System.out.printf(Locale.ROOT, "knowledge layer: %d articles (%d chars) in %.3f s (best of %d) = %.0f articles/s,"
        + " %.2f MB chars/s; by CPU time %.0f articles/s; %d events%n", in.size(), chars, secs, rounds,
        in.size() / secs, chars / secs / 1e6, in.size() / cpu, events);
  }

  private static int runOnce(KnowledgeStage stage, List<Article> in) throws Exception {
    List<Article> out = new ArrayList<>(in.size());
    for (Article a : in) out.add(stage.apply(a));
    Timeline t = Timeline.of(out);
    EntityIndex.of(out);
    StringBuilder sb = new StringBuilder();
    GdeltExport.writeTsv(out, sb);
    return t.events().size();
  }
}
