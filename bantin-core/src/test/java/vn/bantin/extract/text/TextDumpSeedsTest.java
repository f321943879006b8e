package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.SharedData;
import vn.bantin.eval.TextExtractionEval;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Provenance;

/** The done-criteria on the five real seed dumps and their hand-made gold (shared data; fails when missing). */
class TextDumpSeedsTest {
  private static TextExtractionEval.Report report;

  @BeforeAll
  static void run() {
    report = TextExtractionEval.run(new TextDumpExtractor(), SharedData.resolve("seeds"),
        SharedData.resolve("eval/extraction-text"));
  }

  @Test
  void findsEveryGoldArticleAndNoOther() {
    assertEquals(5, report.pages());
    assertEquals(7, report.goldArticles());
    assertEquals(List.of(), report.missing(), report.toString());
    assertEquals(List.of(), report.extra(), report.toString());
    assertEquals(7, report.predictedArticles());
    // matching is by title, exact after NFC and whitespace folding: every title is exact
    assertEquals(7, report.matched());
  }

  @Test
  void bodyParagraphsPreciseAndComplete() {
    assertTrue(report.paragraphPrecision() >= 0.98, report.toString());
    assertTrue(report.paragraphRecall() >= 0.98, report.toString());
    assertTrue(report.shingleF1() >= 0.98, report.toString());
  }

  @Test
  void noCaptionCreditOrFurnitureInBodies() {
    assertEquals(List.of(), report.captionsInBody(), report.toString());
    assertEquals(List.of(), report.creditsInBody(), report.toString());
    assertEquals(List.of(), report.otherInBody(), report.toString());
  }

  @Test
  void creditedOutletRightWhereNamed() {
    assertEquals(5, report.creditsExpected());
    assertEquals(List.of(), report.creditErrors(), report.toString());
    assertEquals(1.0, report.creditAccuracy());
  }

  @Test
  void leadsAndCaptionsMatchGold() {
    assertEquals(report.matched(), report.leadsRight(), report.toString());
    assertEquals(1.0, report.captionPrecision(), report.toString());
    assertEquals(1.0, report.captionRecall(), report.toString());
  }

  @Test
  void pagesWithTwoArticlesGiveTwo() throws IOException {
    try (Stream<Path> s = Files.list(SharedData.resolve("seeds"))) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        List<Article> got = new TextDumpExtractor().extract(
            new Page(Provenance.ofFile(p.toString()), PageFormat.TEXT, Files.readString(p, StandardCharsets.UTF_8),
                "UTF-8"));
        int expected = name.startsWith("000_") || name.startsWith("003_") ? 2 : 1;
        assertEquals(expected, got.size(), name);
      }
    }
  }

  @Test
  void noImageMarkerOrTimestampLineInAnyBody() throws IOException {
    TextDumpExtractor x = new TextDumpExtractor();
    try (Stream<Path> s = Files.list(SharedData.resolve("seeds"))) {
      for (Path p : s.sorted().toList()) {
        String content = Files.readString(p, StandardCharsets.UTF_8);
        for (DumpLine l : x.classify(content)) {
          if (l.kind() == LineKind.BODY || l.kind() == LineKind.LEAD) {
            assertTrue(!LineShapes.hasImageNumber(l.text()) && !LineShapes.isSlug(l.text())
                && !LineShapes.isTimestamp(l.text()) && !LineShapes.isBoilerplatePhrase(l.text()), l.toString());
          }
        }
      }
    }
  }
}
