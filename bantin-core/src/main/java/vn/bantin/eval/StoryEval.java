package vn.bantin.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.bantin.model.Article;
import vn.bantin.model.ArticleIds;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Provenance;
import vn.bantin.stories.GroupingConfig;
import vn.bantin.stories.GroupingStage;
import vn.bantin.dedup.SyndicationLinker;

/**
 * Story clustering against gold clusters laid out like vietnamese-mds: one folder per story holding
 * {@code <docid>.body.txt} and {@code <docid>.info.txt} (LINK, TITLE word-segmented with '_', SUMMARY,
 * TIME dd/mm/yyyy hh:mm). All articles are grouped together in one run of {@link GroupingStage}; the report
 * gives pairwise and B-cubed precision, recall and F1. {@link #crossValidate} chooses the story threshold on
 * k−1 folds of whole clusters and scores it on the held-out fold, which is how the default was chosen.
 */
public final class StoryEval {
  private StoryEval() {}

  /** One gold article: the article built from the files and the folder (gold story) it sits in. */
  public record Labeled(Article article, String cluster) {}

  /** Precision/recall/F1 for one metric. */
  public record Prf(double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P=%.4f R=%.4f F1=%.4f", precision, recall, f1());
    }
  }

  /** The printable result of one evaluation. */
  public record Report(int articles, int goldStories, int predictedStories, int storylines, Prf pairwise,
      Prf bcubed) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "articles=%d gold stories=%d predicted stories=%d storylines=%d%n  pairwise %s%n  B-cubed  %s",
          articles, goldStories, predictedStories, storylines, pairwise, bcubed);
    }
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d/M/yyyy H:mm");
  private static final Pattern HOST_IN_PATH = Pattern.compile("^(?:www\\d*\\.)?([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:vn|com|net|org|info|tv))$");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][”\"’)]?)\\s+(?=[\\p{Lu}“\"(])");

  /** Reads every story folder under {@code dir} (sorted, for a stable order). */
  public static List<Labeled> load(Path dir) {
    List<Labeled> out = new ArrayList<>();
    try (Stream<Path> clusters = Files.list(dir)) {
      for (Path c : clusters.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(c)) {
          for (Path info : files.filter(p -> p.getFileName().toString().endsWith(".info.txt")).sorted().toList()) {
            String doc = info.getFileName().toString().replace(".info.txt", "");
            Path body = c.resolve(doc + ".body.txt");
            if (!Files.exists(body)) continue; // the cluster's own info file
            out.add(new Labeled(article(info, body), c.getFileName().toString()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Article article(Path info, Path bodyFile) throws IOException {
    Map<String, String> f = new HashMap<>();
    for (String line : read(info).split("\\R")) {
      int colon = line.indexOf(':');
      if (colon > 0) f.put(line.substring(0, colon).strip().toUpperCase(Locale.ROOT), line.substring(colon + 1).strip());
    }
    String link = f.get("LINK");
    String title = desegment(f.getOrDefault("TITLE", ""));
    String lead = desegment(f.getOrDefault("SUMMARY", ""));
    String body = read(bodyFile).strip();
    List<Paragraph> paras = new ArrayList<>();
    for (String p : paragraphs(body)) paras.add(Paragraph.of(p));
    OffsetDateTime published = null;
    try {
      if (f.containsKey("TIME")) published = LocalDateTime.parse(f.get("TIME"), TIME).atOffset(ZoneOffset.ofHours(7));
    } catch (RuntimeException e) {
      published = null;
    }
    return Article.builder()
        .id(ArticleIds.of(link, title, body))
        .provenance(new Provenance(info.toString(), null, -1, link, null))
        .title(title).lead(lead).paragraphs(paras).published(published)
        .outlet(outlet(link)).url(link).language("vi")
        .build();
  }

  /** Bodies come as one line: split at sentence ends and regroup three sentences to a paragraph. */
  static List<String> paragraphs(String body) {
    List<String> out = new ArrayList<>();
    for (String line : body.split("\\R+")) {
      String[] sentences = SENTENCE_END.split(line.strip());
      StringBuilder sb = new StringBuilder();
      int k = 0;
      for (String s : sentences) {
        if (s.isBlank()) continue;
        if (sb.length() > 0) sb.append(' ');
        sb.append(s.strip());
        if (++k == 3) {
          out.add(sb.toString());
          sb.setLength(0);
          k = 0;
        }
      }
      if (sb.length() > 0) out.add(sb.toString());
    }
    return out;
  }

  /** Aggregator links (baomoi.com/Home/TheGioi/www.thanhnien.com.vn/…) name the outlet's host in the path. */
  static String outlet(String link) {
    if (link == null) return null;
    try {
      java.net.URI u = java.net.URI.create(link.strip());
      String path = u.getPath() == null ? "" : u.getPath();
      for (String seg : path.split("/")) {
        Matcher m = HOST_IN_PATH.matcher(seg.toLowerCase(Locale.ROOT));
        if (m.matches() && !seg.endsWith(".epi")) return m.group(1);
      }
      String h = u.getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\d*\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String desegment(String s) {
    return s.replace('_', ' ').replaceAll("\\s+([,.:;!?)”])", "$1").replaceAll("([(“])\\s+", "$1")
        .replaceAll("\\s+", " ").strip();
  }

  private static String read(Path p) throws IOException {
    String s = Files.readString(p, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  public static Report evaluate(Path dir) {
    return evaluate(load(dir), new GroupingStage());
  }

  public static Report evaluate(List<Labeled> gold, GroupingStage stage) {
    List<Article> in = new ArrayList<>();
    for (Labeled l : gold) in.add(l.article());
    List<Article> out = stage.apply(in);
    List<String> g = new ArrayList<>(), p = new ArrayList<>();
    java.util.Set<String> lines = new java.util.HashSet<>();
    for (int i = 0; i < gold.size(); i++) {
      g.add(gold.get(i).cluster());
      p.add(out.get(i).storyId());
      lines.add(out.get(i).storylineId());
    }
    return new Report(gold.size(), new java.util.HashSet<>(g).size(), new java.util.HashSet<>(p).size(),
        lines.size(), pairwise(g, p), bcubed(g, p));
  }

  /** Pairwise P/R over all unordered pairs of items put in one group. */
  public static Prf pairwise(List<String> gold, List<String> pred) {
    long tp = 0, predPairs = 0, goldPairs = 0;
    for (int i = 0; i < gold.size(); i++) {
      for (int j = i + 1; j < gold.size(); j++) {
        boolean g = gold.get(i).equals(gold.get(j));
        boolean p = pred.get(i).equals(pred.get(j));
        if (g) goldPairs++;
        if (p) predPairs++;
        if (g && p) tp++;
      }
    }
    return new Prf(predPairs == 0 ? 1 : tp / (double) predPairs, goldPairs == 0 ? 1 : tp / (double) goldPairs);
  }

  /** B-cubed: per item, the share of its predicted group in its gold group and vice versa, averaged. */
  public static Prf bcubed(List<String> gold, List<String> pred) {
    double p = 0, r = 0;
    int n = gold.size();
    for (int i = 0; i < n; i++) {
      int same = 0, inPred = 0, inGold = 0;
      for (int j = 0; j < n; j++) {
        boolean g = gold.get(i).equals(gold.get(j));
        boolean q = pred.get(i).equals(pred.get(j));
        if (g) inGold++;
        if (q) inPred++;
        if (g && q) same++;
      }
      p += same / (double) inPred;
      r += same / (double) inGold;
    }
    return new Prf(n == 0 ? 1 : p / n, n == 0 ? 1 : r / n);
  }

  /** One held-out fold: the threshold chosen on the other folds and the scores on this one. */
  public record Fold(int fold, double threshold, Report heldOut) {}

  /**
   * k-fold cross-validation over whole gold clusters (cluster i goes to fold i mod k in sorted order): on
   * each training part the story threshold maximizing mean of pairwise and B-cubed F1 over {@code grid} is
   * chosen, then the held-out clusters are grouped and scored with it.
   */
  public static List<Fold> crossValidate(List<Labeled> gold, int k, double[] grid, GroupingConfig base) {
    List<String> clusters = gold.stream().map(Labeled::cluster).distinct().sorted().toList();
    List<Fold> out = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      List<Labeled> train = new ArrayList<>(), test = new ArrayList<>();
      for (Labeled l : gold) (clusters.indexOf(l.cluster()) % k == f ? test : train).add(l);
      double best = grid[0], bestScore = -1;
      for (double t : grid) {
        Report r = evaluate(train, new GroupingStage(base.withStoryThreshold(t), SyndicationLinker.DEFAULT));
        double score = (r.pairwise().f1() + r.bcubed().f1()) / 2;
        if (score > bestScore) {
          bestScore = score;
          best = t;
        }
      }
      out.add(new Fold(f, best, evaluate(test, new GroupingStage(base.withStoryThreshold(best),
          SyndicationLinker.DEFAULT))));
    }
    return out;
  }

  /** {@code StoryEval --set DIR [--cv K]}: prints the report, and with --cv the held-out folds. */
  public static void main(String[] args) {
    Path dir = null;
    int cv = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--set")) dir = Path.of(args[++i]);
      else if (args[i].equals("--cv")) cv = Integer.parseInt(args[++i]);
    }
    if (dir == null) dir = SharedData.resolve("eval/stories/vietnamese-mds/clusters");
    List<Labeled> gold = load(dir);
    System.out.println("all together, default config " + GroupingConfig.DEFAULT);
    System.out.println(evaluate(gold, new GroupingStage()));
    if (cv > 0) {
      double[] grid = new double[13];
      for (int i = 0; i < grid.length; i++) grid[i] = 0.16 + 0.02 * i;
      double sumP = 0, sumB = 0;
      for (Fold f : crossValidate(gold, cv, grid, GroupingConfig.DEFAULT)) {
        System.out.printf(Locale.ROOT, "fold %d threshold %.2f held-out: %s%n", f.fold(), f.threshold(),
            f.heldOut().toString().replace("\n", " "));
        sumP += f.heldOut().pairwise().f1();
        sumB += f.heldOut().bcubed().f1();
      }
      System.out.printf(Locale.ROOT, "mean held-out pairwise F1=%.4f B-cubed F1=%.4f%n", sumP / cv, sumB / cv);
    }
  }
}
