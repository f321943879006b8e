package vn.bantin.knowledge;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Trains {@link SpanTagger} weights by distant supervision: runs the rule finder over Vietnamese news
 * bodies (the shared VietnameseMDS clusters, minus the clusters held out as knowledge gold: 2 10 14 16 18 20
 * 22 32 34 36 38 116 188), takes every
 * multi-syllable name a context rule typed (title → PER, place word → LOC, organization head or cue → ORG)
 * and every known person of the gazetteer as labelled examples, balances the classes by subsampling, and
 * writes averaged-perceptron weights. Known places and organizations are left out: they would only teach
 * the tagger that most names are countries. Prints accuracy on the held-out clusters' rule-typed names
 * against always answering PER. Only the weights are shipped, never the text. Usage: TaggerTrainer
 * CLUSTERS_DIR OUT_TSV [HELD_OUT_CLUSTER …].
 */
public final class TaggerTrainer {
  private TaggerTrainer() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    MentionFinder finder = new MentionFinder(Gazetteer.get(), new SpanTagger(new HashMap<>()));
    List<Path> all;
    try (Stream<Path> s = Files.walk(dir)) {
      all = s.filter(p -> p.toString().endsWith(".body.txt")).sorted().toList();
    }
    Set<String> heldOut = Set.copyOf(List.of(args).subList(2, args.length));
    List<Path> test = all.stream().filter(p -> heldOut.contains(p.getParent().getFileName().toString())).toList();
    List<Path> train = all.stream().filter(p -> !heldOut.contains(p.getParent().getFileName().toString())).toList();
    List<List<String>> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    int[] counts = new int[SpanTagger.LABELS.length];
    collect(train, finder, xs, ys, counts);
    System.out.printf("examples: %d (PER %d, ORG %d, LOC %d) from %d files%n", xs.size(), counts[0], counts[1],
        counts[2], train.size());
    // balance: at most as many examples of a class as of the rarest one
    int min = Math.min(counts[0], Math.min(counts[1], counts[2]));
    int[] kept = new int[3];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) order.add(i);
    Collections.shuffle(order, new Random(7));
    List<List<String>> bx = new ArrayList<>();
    List<Integer> by = new ArrayList<>();
    for (int i : order) {
      if (kept[ys.get(i)]++ >= min) continue;
      bx.add(xs.get(i));
      by.add(ys.get(i));
    }
    var w = SpanTagger.train(bx, by, 10, 13);
    try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      SpanTagger.write(w, out);
    }
    System.out.printf("balanced %d per class; features: %d%n", min, w.size());
    List<List<String>> tx = new ArrayList<>();
    List<Integer> ty = new ArrayList<>();
    collect(test, finder, tx, ty, new int[3]);
    SpanTagger tagger = new SpanTagger(w);
    int right = 0;
    int per = 0;
    for (int i = 0; i < tx.size(); i++) {
      if (SpanTagger.LABELS[ty.get(i)].equals(tagger.classifyFeatures(tx.get(i)))) right++;
      if (ty.get(i) == 0) per++;
    }
    System.out.printf("held-out: %d names, tagger accuracy %.3f, always-PER %.3f%n", tx.size(),
        right / (double) Math.max(1, tx.size()), per / (double) Math.max(1, tx.size()));
  }

  private static void collect(List<Path> files, MentionFinder finder, List<List<String>> xs, List<Integer> ys,
      int[] counts) throws IOException {
    for (Path p : files) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      List<Token> toks = Tokenizer.tokenize(text);
      BitSet starts = MentionFinder.sentenceStarts(text, toks);
      for (RawMention m : finder.find(text, toks)) {
        if (m.type() == null || m.tokEnd() - m.tokStart() < 2) continue;
        boolean ruled = m.entry() == null
            ? m.title() != null || m.type().equals("ORG") || m.type().equals("LOC")
            : m.type().equals("PER");
        if (!ruled) continue;
        int y = List.of(SpanTagger.LABELS).indexOf(m.type());
        List<String> f = SpanTagger.features(toks, m.tokStart(), m.tokEnd(), starts.get(m.tokStart()));
        // the cue that labelled a rule-typed name never fires where the tagger is used (no cue there): drop it
        // so that the weights go to what does — syllables, shape, the words after the name
        if (m.entry() == null) f.removeIf(x -> x.startsWith("p1=") || x.startsWith("p2="));
        xs.add(f);
        ys.add(y);
        counts[y]++;
      }
    }
  }
}
