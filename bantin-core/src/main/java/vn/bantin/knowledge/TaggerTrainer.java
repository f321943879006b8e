package vn.bantin.knowledge;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;

/**
 * Trains {@link SpanTagger} weights by distant supervision: runs the rule finder over Vietnamese news
 * bodies (the shared VietnameseMDS clusters), takes every multi-syllable name whose type a rule decided
 * (gazetteer, title, place word, organization head) as a labelled example, and writes averaged-perceptron
 * weights. Only the weights are shipped, never the text. Usage: TaggerTrainer CLUSTERS_DIR OUT_TSV.
 */
public final class TaggerTrainer {
  private TaggerTrainer() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    List<List<String>> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    MentionFinder finder = new MentionFinder(Gazetteer.get(), new SpanTagger(new HashMap<>()));
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".body.txt")).sorted().toList();
    }
    int[] counts = new int[SpanTagger.LABELS.length];
    for (Path p : files) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      List<Token> toks = Tokenizer.tokenize(text);
      BitSet starts = MentionFinder.sentenceStarts(text, toks);
      for (RawMention m : finder.find(text, toks)) {
        if (m.type() == null || m.tokEnd() - m.tokStart() < 2) continue;
        boolean ruled = m.entry() != null || m.title() != null || m.type().equals("ORG")
            || m.type().equals("LOC");
        if (!ruled) continue;
        int y = List.of(SpanTagger.LABELS).indexOf(m.type());
        xs.add(SpanTagger.features(toks, m.tokStart(), m.tokEnd(), starts.get(m.tokStart())));
        ys.add(y);
        counts[y]++;
      }
    }
    System.out.printf("examples: %d (PER %d, ORG %d, LOC %d) from %d files%n", xs.size(), counts[0],
        counts[1], counts[2], files.size());
    var w = SpanTagger.train(xs, ys, 10, 13);
    try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      SpanTagger.write(w, out);
    }
    System.out.println("features: " + w.size());
  }
}
