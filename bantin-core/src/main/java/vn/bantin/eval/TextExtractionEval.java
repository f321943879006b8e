package vn.bantin.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.bantin.extract.text.HtmlTextDumps;
import vn.bantin.extract.text.TextDumpExtractor;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Paragraph;
import vn.bantin.model.Provenance;
import vn.bantin.pipeline.Extractor;

/**
 * Scores an {@link Extractor} on text dumps against hand-made gold (layout of {@code shared/seeds} and
 * {@code shared/eval/extraction-text}: {@code NAME.txt} beside {@code NAME.gold.json}).
 *
 * <p>Measures, following shared/README.md: articles matched by title (exact after NFC and whitespace
 * folding), missing and extra articles; body paragraphs (exact after the same folding; multiset) precision
 * and recall, micro-averaged over pages, both strictly (paragraphs against gold paragraphs) and with the lead
 * counted as body text on both sides; lead exact match; 4-token shingle precision/recall per page (body text =
 * lead plus paragraphs of every article on the page), averaged over pages, and F1 of the averages; body lines
 * that are not gold body text, split into captions, credit lines and other page text (furniture, teasers);
 * credited outlet accuracy over gold articles naming one, and credits invented where gold has none.
 *
 * <p>Run: {@code java vn.bantin.eval.TextExtractionEval [DUMPS_DIR GOLD_DIR]} (default: the shared seeds), or
 * {@code … --lines DUMP.txt} to print the kind given to every line of one dump, or {@code … --html [VI_REAL_DIR]}
 * to score on the real HTML pages of {@code shared/eval/extraction-html/vi-real} rendered as dumps.
 */
public final class TextExtractionEval {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u200b]+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final ObjectMapper JSON = new ObjectMapper();

  private TextExtractionEval() {}

  /** The scores and the mismatches behind them. */
  public record Report(int pages, int goldArticles, int predictedArticles, int matched, List<String> missing,
      List<String> extra, int goldParagraphs, int predictedParagraphs, int paragraphHits, int goldBlocks,
      int predictedBlocks, int blockHits, int leadsRight, double shinglePrecision, double shingleRecall,
      List<String> captionsInBody, List<String> creditsInBody, List<String> otherInBody, int creditsExpected,
      int creditsRight, List<String> creditErrors, List<String> wrongLeads, int goldCaptions,
      int predictedCaptions, int captionHits, List<String> missedParagraphs) {

    public double paragraphPrecision() { return ratio(paragraphHits, predictedParagraphs); }
    public double paragraphRecall() { return ratio(paragraphHits, goldParagraphs); }
    public double blockPrecision() { return ratio(blockHits, predictedBlocks); }
    public double blockRecall() { return ratio(blockHits, goldBlocks); }
    public double shingleF1() {
      double p = shinglePrecision, r = shingleRecall;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    public double creditAccuracy() { return ratio(creditsRight, creditsExpected); }
    public double captionPrecision() { return ratio(captionHits, predictedCaptions); }
    public double captionRecall() { return ratio(captionHits, goldCaptions); }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "pages %d, gold articles %d, predicted %d, matched (title exact) %d%n",
          pages, goldArticles, predictedArticles, matched));
      for (String m : missing) sb.append("  MISSING ").append(m).append('\n');
      for (String e : extra) sb.append("  EXTRA   ").append(e).append('\n');
      sb.append(String.format(Locale.ROOT, "paragraphs: P %.4f R %.4f (%d hit / %d predicted / %d gold)%n",
          paragraphPrecision(), paragraphRecall(), paragraphHits, predictedParagraphs, goldParagraphs));
      sb.append(String.format(Locale.ROOT, "lead+paragraphs: P %.4f R %.4f; leads right %d/%d%n",
          blockPrecision(), blockRecall(), leadsRight, matched));
      for (String w : wrongLeads) sb.append("  LEAD ").append(w).append('\n');
      for (String m : missedParagraphs) sb.append("  MISSED ").append(m).append('\n');
      sb.append(String.format(Locale.ROOT, "shingles: P %.4f R %.4f F1 %.4f%n", shinglePrecision, shingleRecall,
          shingleF1()));
      sb.append(String.format(Locale.ROOT, "captions: P %.4f R %.4f (%d hit / %d predicted / %d gold)%n",
          captionPrecision(), captionRecall(), captionHits, predictedCaptions, goldCaptions));
      sb.append(String.format(Locale.ROOT, "body lines that are captions %d, credits %d, other page text %d%n",
          captionsInBody.size(), creditsInBody.size(), otherInBody.size()));
      for (String c : captionsInBody) sb.append("  CAPTION-IN-BODY ").append(c).append('\n');
      for (String c : creditsInBody) sb.append("  CREDIT-IN-BODY ").append(c).append('\n');
      for (String c : otherInBody) sb.append("  OTHER-IN-BODY ").append(c).append('\n');
      sb.append(String.format(Locale.ROOT, "credited outlet: %d/%d right%n", creditsRight, creditsExpected));
      for (String c : creditErrors) sb.append("  CREDIT ").append(c).append('\n');
      return sb.toString();
    }
  }

  /** One page to score: its name, its text dump and its gold ({"articles": [...]}, the seeds' gold format). */
  public record GoldPage(String name, String content, JsonNode gold) {}

  /** Scores text dumps {@code DUMPS/NAME.txt} against {@code GOLD/NAME.gold.json} (the seeds' layout). */
  public static Report run(Extractor extractor, Path dumps, Path gold) {
    List<GoldPage> cases = new ArrayList<>();
    for (Path f : list(dumps, ".txt")) {
      String name = f.getFileName().toString();
      Path g = gold.resolve(name.substring(0, name.length() - 4) + ".gold.json");
      if (!Files.exists(g)) continue;
      try {
        cases.add(new GoldPage(name, Files.readString(f, StandardCharsets.UTF_8), JSON.readTree(g.toFile())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return score(extractor, cases);
  }

  /**
   * Scores the extractor on real HTML pages rendered as text dumps ({@link HtmlTextDumps}), against gold in the
   * layout of {@code shared/eval/extraction-html/vi-real}: {@code PAGES/NAME.html} and {@code GOLD/NAME.json}
   * with title, lead, body, body_optional (neither rewarded nor penalized) and captions, one article a page.
   */
  public static Report runHtml(Extractor extractor, Path pages, Path gold) {
    List<GoldPage> cases = new ArrayList<>();
    for (Path f : list(pages, ".html")) {
      String name = f.getFileName().toString();
      Path g = gold.resolve(name.substring(0, name.length() - 5) + ".json");
      if (!Files.exists(g)) continue;
      try {
        JsonNode v = JSON.readTree(g.toFile());
        ObjectNode a = JSON.createObjectNode();
        a.put("title", v.path("title").asText());
        a.put("lead", v.path("lead").asText(""));
        a.set("paragraphs", v.path("body"));
        a.set("optional", v.path("body_optional"));
        a.set("captions", v.path("captions"));
        a.put("credit_unknown", true); // this gold does not record credit lines
        ObjectNode doc = JSON.createObjectNode();
        doc.set("articles", JSON.createArrayNode().add(a));
        cases.add(new GoldPage(name, HtmlTextDumps.render(Files.readString(f, StandardCharsets.UTF_8)), doc));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return score(extractor, cases);
  }

  private static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scores the extractor on pages given with their gold (e.g. generated ones, see {@link SyntheticDumps}). */
  public static Report score(Extractor extractor, List<GoldPage> cases) {
    int pages = 0, goldArticles = 0, predicted = 0, matched = 0;
    int goldPs = 0, predPs = 0, pHits = 0, goldBlocks = 0, predBlocks = 0, bHits = 0, leadsRight = 0;
    int creditsExpected = 0, creditsRight = 0, goldCapCount = 0, predCapCount = 0, capHits = 0;
    double sp = 0, sr = 0;
    List<String> missing = new ArrayList<>(), extra = new ArrayList<>(), capIn = new ArrayList<>(),
        credIn = new ArrayList<>(), otherIn = new ArrayList<>(), creditErrors = new ArrayList<>(),
        wrongLeads = new ArrayList<>(), missedParas = new ArrayList<>();
    for (GoldPage c : cases) {
      String name = c.name();
      JsonNode goldDoc = c.gold();
      String content = c.content();
      pages++;
      List<Article> pred = extractor.extract(new Page(Provenance.ofFile(name), PageFormat.TEXT, content, "UTF-8"));
      predicted += pred.size();
      Map<String, Article> predByTitle = new HashMap<>();
      for (Article a : pred) predByTitle.put(fold(a.title()), a);
      List<String> goldParas = new ArrayList<>(), goldBlockTexts = new ArrayList<>(), goldCaps = new ArrayList<>(),
          goldCredits = new ArrayList<>();
      StringBuilder truth = new StringBuilder();
      java.util.Set<String> goldTitles = new java.util.HashSet<>();
      java.util.Set<String> optional = new java.util.HashSet<>();
      for (JsonNode ga : goldDoc.get("articles")) {
        goldArticles++;
        String title = fold(ga.path("title").asText());
        goldTitles.add(title);
        String lead = fold(ga.path("lead").asText(""));
        if (!lead.isEmpty()) { goldBlockTexts.add(lead); truth.append(lead).append('\n'); }
        for (JsonNode p : ga.path("paragraphs")) {
          goldParas.add(fold(p.asText()));
          goldBlockTexts.add(fold(p.asText()));
          truth.append(p.asText()).append('\n');
        }
        for (JsonNode cap : ga.path("captions")) goldCaps.add(fold(cap.asText()));
        for (JsonNode o : ga.path("optional")) optional.add(fold(o.asText()));
        if (!ga.path("attribution_line").isNull() && !ga.path("attribution_line").isMissingNode()) {
          goldCredits.add(fold(ga.path("attribution_line").asText()));
        }
        Article a = predByTitle.get(title);
        if (a == null) { missing.add(name + ": " + ga.path("title").asText()); }
        else {
          matched++;
          if (fold(a.lead()).equals(lead)) leadsRight++;
          else wrongLeads.add(name + ": gold \"" + cut(lead) + "\" got \"" + cut(a.lead()) + "\"");
        }
        String source = ga.path("source_name").isNull() ? null : ga.path("source_name").asText(null);
        if (ga.path("credit_unknown").asBoolean(false)) {
          // nothing to check
        } else if (source != null) {
          creditsExpected++;
          String got = a == null ? null : a.creditedSource();
          if (source.equals(got)) creditsRight++;
          else creditErrors.add(name + ": expected " + source + ", got " + got);
          String gurl = ga.path("url").asText(null);
          if (a != null && gurl != null && !gurl.equals(a.creditedUrl())) {
            creditErrors.add(name + ": expected URL " + gurl + ", got " + a.creditedUrl());
          }
        } else if (a != null && a.creditedSource() != null) {
          creditErrors.add(name + ": no credit in gold, got " + a.creditedSource());
        }
      }
      for (Article a : pred) if (!goldTitles.contains(fold(a.title()))) extra.add(name + ": " + a.title());
      goldPs += goldParas.size();
      goldBlocks += goldBlockTexts.size();
      List<String> predParas = new ArrayList<>(), predBlockTexts = new ArrayList<>();
      StringBuilder guess = new StringBuilder();
      for (Article a : pred) {
        if (!a.lead().isEmpty()) { predBlockTexts.add(fold(a.lead())); guess.append(a.lead()).append('\n'); }
        for (Paragraph p : a.paragraphs()) {
          if (optional.contains(fold(p.text()))) continue; // borderline text: neither rewarded nor penalized
          predParas.add(fold(p.text()));
          predBlockTexts.add(fold(p.text()));
          guess.append(p.text()).append('\n');
        }
      }
      List<String> predCaps = new ArrayList<>();
      for (Article a : pred) for (String cap : a.captions()) predCaps.add(fold(cap));
      goldCapCount += goldCaps.size();
      predCapCount += predCaps.size();
      capHits += multisetHits(predCaps, goldCaps);
      predPs += predParas.size();
      predBlocks += predBlockTexts.size();
      pHits += multisetHits(predParas, goldParas);
      for (String gp : goldParas) if (!predParas.contains(gp)) missedParas.add(name + ": " + cut(gp));
      bHits += multisetHits(predBlockTexts, goldBlockTexts);
      for (String b : predBlockTexts) {
        if (goldBlockTexts.contains(b)) continue;
        if (goldCaps.contains(b)) capIn.add(name + ": " + cut(b));
        else if (goldCredits.contains(b)) credIn.add(name + ": " + cut(b));
        else otherIn.add(name + ": " + cut(b));
      }
      double[] pr = shingles(guess.toString(), truth.toString());
      sp += pr[0];
      sr += pr[1];
    }
    return new Report(pages, goldArticles, predicted, matched, missing, extra, goldPs, predPs, pHits, goldBlocks,
        predBlocks, bHits, leadsRight, pages == 0 ? 0 : sp / pages, pages == 0 ? 0 : sr / pages, capIn, credIn,
        otherIn, creditsExpected, creditsRight, creditErrors, wrongLeads, goldCapCount, predCapCount, capHits, missedParas);
  }

  /** NFC, whitespace runs to one space, trimmed. */
  static String fold(String s) {
    if (s == null) return "";
    return SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
  }

  private static int multisetHits(List<String> pred, List<String> gold) {
    Map<String, Integer> left = new HashMap<>();
    for (String g : gold) left.merge(g, 1, Integer::sum);
    int hits = 0;
    for (String p : pred) {
      Integer c = left.get(p);
      if (c != null && c > 0) { hits++; left.put(p, c - 1); }
    }
    return hits;
  }

  /** Per-page 4-token shingle precision and recall (empty side: 0, or 1 when both are empty). */
  static double[] shingles(String prediction, String truth) {
    Map<String, Integer> p = shingleBag(prediction), t = shingleBag(truth);
    int np = p.values().stream().mapToInt(Integer::intValue).sum();
    int nt = t.values().stream().mapToInt(Integer::intValue).sum();
    if (np == 0 && nt == 0) return new double[] {1, 1};
    if (np == 0 || nt == 0) return new double[] {0, 0};
    int inter = 0;
    for (var e : p.entrySet()) inter += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
    return new double[] {inter / (double) np, inter / (double) nt};
  }

  private static Map<String, Integer> shingleBag(String s) {
    List<String> toks = new ArrayList<>();
    Matcher m = WORD.matcher(Normalizer.normalize(s, Normalizer.Form.NFC));
    while (m.find()) toks.add(m.group());
    Map<String, Integer> bag = new HashMap<>();
    for (int i = 0; i + 4 <= toks.size(); i++) bag.merge(String.join(" ", toks.subList(i, i + 4)), 1, Integer::sum);
    return bag;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? (a == 0 ? 1 : 0) : a / (double) b;
  }

  private static String cut(String s) {
    return s.length() <= 90 ? s : s.substring(0, 90) + "…";
  }

  public static void main(String[] args) throws IOException {
    if (args.length >= 1 && args[0].equals("--html")) {
      Path dir = args.length > 1 ? Path.of(args[1]) : SharedData.resolve("eval/extraction-html/vi-real");
      System.out.print(runHtml(new TextDumpExtractor(), dir.resolve("pages"), dir.resolve("gold")));
      return;
    }
    if (args.length == 2 && args[0].equals("--render")) {
      System.out.print(HtmlTextDumps.render(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8)));
      return;
    }
    if (args.length == 2 && args[0].equals("--lines")) {
      // what the extractor saw, line by line: LINE KIND ARTICLE TEXT
      for (var l : new TextDumpExtractor().classify(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8))) {
        System.out.printf(Locale.ROOT, "%4d %-12s %2s %s%n", l.lineNo(), l.kind(),
            l.article() < 0 ? "" : String.valueOf(l.article()), cut(l.text()));
      }
      return;
    }
    Path dumps = args.length > 0 ? Path.of(args[0]) : SharedData.resolve("seeds");
    Path gold = args.length > 1 ? Path.of(args[1]) : SharedData.resolve("eval/extraction-text");
    System.out.print(run(new TextDumpExtractor(), dumps, gold));
  }
}
