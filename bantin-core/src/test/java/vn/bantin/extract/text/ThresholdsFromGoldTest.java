package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.SharedData;

/**
 * The shape thresholds of {@link LineClassifier} and {@link ArticleSegmenter} hold on the seed gold they were
 * read from: checks the observations, so a change of data or of a constant that breaks them shows here.
 */
class ThresholdsFromGoldTest {
  private static List<JsonNode> goldArticles() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(SharedData.resolve("eval/extraction-text"))) {
      for (Path p : s.sorted().toList()) {
        for (JsonNode a : new ObjectMapper().readTree(p.toFile()).get("articles")) out.add(a);
      }
    }
    return out;
  }

  @Test
  void paragraphsAreSentenceShaped() throws IOException {
    for (JsonNode a : goldArticles()) {
      for (JsonNode p : a.get("paragraphs")) {
        String t = p.asText();
        assertTrue(LineShapes.endsTerminal(t), t);
        assertTrue(LineShapes.words(t) >= LineClassifier.MIN_SENTENCE_WORDS, t);
      }
    }
  }

  @Test
  void titlesAreHeadlineShaped() throws IOException {
    for (JsonNode a : goldArticles()) {
      String t = a.get("title").asText();
      int w = LineShapes.words(t);
      assertTrue(w <= LineClassifier.MAX_HEADLINE_WORDS && !t.strip().endsWith("."), t);
      assertTrue(LineShapes.startsLikeHeadline(t), t);
    }
  }

  @Test
  void leadsAndCaptionsAreShort() throws IOException {
    for (JsonNode a : goldArticles()) {
      String lead = a.path("lead").asText("");
      if (!lead.isEmpty()) assertTrue(LineShapes.words(lead) <= ArticleSegmenter.MAX_LEAD_WORDS, lead);
      for (JsonNode c : a.get("captions")) {
        assertTrue(LineShapes.words(c.asText()) <= LineClassifier.MAX_CAPTION_WORDS, c.asText());
      }
    }
  }

  @Test
  void articlesAreLongerThanListSnippets() throws IOException {
    for (JsonNode a : goldArticles()) {
      int blocks = a.get("paragraphs").size() + (a.path("lead").asText("").isEmpty() ? 0 : 1);
      assertTrue(blocks >= ArticleSegmenter.MIN_PARAGRAPHS + 2, a.get("title").asText());
    }
  }
}
