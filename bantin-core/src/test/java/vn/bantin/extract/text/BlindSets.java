package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.bantin.eval.TextExtractionEval;

/** Runs a folder of blind dumps (NAME.txt beside NAME.gold.json) through the extractor and holds common floors. */
final class BlindSets {
  private BlindSets() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  static Path dir(String folder) throws Exception {
    return Path.of(BlindSets.class.getResource(folder).toURI());
  }

  /**
   * Scores the folder and prints it page by page; fails unless it holds {@code pages} dumps, every gold article
   * is found with none extra, paragraph precision and recall reach the floors, every lead is right, no page text
   * or wrong credit is left, and (when {@code allCaptions}) every caption is found.
   */
  static TextExtractionEval.Report assertClean(String folder, int pages, double minP, double minR,
      boolean allCaptions) throws Exception {
    Path dir = dir(folder);
    TextExtractionEval.Report r = TextExtractionEval.run(new TextDumpExtractor(), dir, dir);
    System.out.println(perPage(dir));
    System.out.println(r);
    assertEquals(pages, r.pages());
    assertEquals(List.of(), r.missing(), r.toString());
    assertEquals(List.of(), r.extra(), r.toString());
    assertTrue(r.paragraphPrecision() >= minP && r.paragraphRecall() >= minR, r.toString());
    assertEquals(r.matched(), r.leadsRight(), r.toString());
    if (allCaptions) assertEquals(1.0, r.captionRecall(), r.toString());
    assertEquals(List.of(), r.otherInBody(), r.toString());
    assertEquals(List.of(), r.creditErrors(), r.toString());
    return r;
  }

  /** One line per dump: articles matched/gold (+extra), paragraph P/R, leads, captions, credits, furniture. */
  static String perPage(Path dir) throws Exception {
    StringBuilder sb = new StringBuilder();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      Path g = f.resolveSibling(name.replace(".txt", ".gold.json"));
      TextExtractionEval.Report r = TextExtractionEval.score(new TextDumpExtractor(), List.of(
          new TextExtractionEval.GoldPage(name, Files.readString(f, StandardCharsets.UTF_8), JSON.readTree(g.toFile()))));
      sb.append(String.format(Locale.ROOT,
          "%-30s art %d/%d extra %d | paraP %.2f R %.2f | lead %d/%d | cap %d/%d (pred %d) | credit %d/%d err %d | furniture %d cap-in-body %d credit-in-body %d%n",
          name, r.matched(), r.goldArticles(), r.extra().size(), r.paragraphPrecision(), r.paragraphRecall(),
          r.leadsRight(), r.matched(), r.captionHits(), r.goldCaptions(), r.predictedCaptions(), r.creditsRight(),
          r.creditsExpected(), r.creditErrors().size(), r.otherInBody().size(), r.captionsInBody().size(),
          r.creditsInBody().size()));
    }
    return sb.toString();
  }
}
