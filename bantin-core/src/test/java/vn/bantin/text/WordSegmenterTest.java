package vn.bantin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordSegmenterTest {

  @Test
  void shippedModelScoresOnTheTreebankTestSplit() {
    WordSegmenterTrainer.Score s = WordSegmenterTrainer.score(WordSegmenter.standard(),
        TrainWordSegmenter.words(UdTreebank.read("test")));
    System.out.printf("UD VTB test word segmentation: P=%.4f R=%.4f F1=%.4f boundary F1=%.4f%n",
        s.precision(), s.recall(), s.f1(), s.boundaryF1());
    assertTrue(s.f1() >= 0.90, "word F1 " + s.f1());
    assertTrue(s.boundaryF1() >= 0.95, "boundary F1 " + s.boundaryF1());
  }

  @Test
  void trainerRegeneratesTheShippedModel() {
    // The committed wordseg.bin must be what the trainer produces from the train split.
    WordSegmenter fresh = TrainWordSegmenter.train();
    List<List<String>> dev = TrainWordSegmenter.words(UdTreebank.read("dev"));
    double shipped = WordSegmenterTrainer.score(WordSegmenter.standard(), dev).f1();
    double retrained = WordSegmenterTrainer.score(fresh, dev).f1();
    assertEquals(shipped, retrained, 0.002);
  }

  @Test
  void segmentsRunningText() {
    String text = "Triều Tiên đe dọa chiến tranh hạt nhân, Bình Nhưỡng nói.";
    List<String> words = WordSegmenter.standard().segment(text).stream().map(w -> w.of(text)).toList();
    System.out.println(words);
    assertTrue(words.contains("Triều Tiên"), words.toString());
    assertTrue(words.contains("hạt nhân"), words.toString());
    assertTrue(words.contains("Bình Nhưỡng"), words.toString());
    assertTrue(words.contains(","));
    for (WordSegmenter.Word w : WordSegmenter.standard().segment(text)) {
      assertEquals(w.syllables(), w.of(text).split(" ").length);
    }
  }
}
