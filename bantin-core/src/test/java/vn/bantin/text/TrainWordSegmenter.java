package vn.bantin.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Regenerates the shipped word segmentation model from the UD VTB train split:
 * {@code java -cp <test classpath> vn.bantin.text.TrainWordSegmenter [out]}
 * (default out: bantin-core/src/main/resources/vn/bantin/text/wordseg.bin). Prints the test-split scores.
 */
public final class TrainWordSegmenter {
  static final int EPOCHS = 5; // best on the dev split (0.885 word F1), more epochs overfit slightly
  static final long SEED = 20240601L;

  /** Trains on the train split; the decision threshold is tuned on the dev split. */
  static WordSegmenter train() {
    WordSegmenter m = WordSegmenterTrainer.train(words(UdTreebank.read("train")), EPOCHS, SEED);
    return WordSegmenterTrainer.tune(m, words(UdTreebank.read("dev")));
  }

  static List<List<String>> words(List<UdTreebank.Sentence> sents) {
    return sents.stream().map(UdTreebank.Sentence::words).toList();
  }

  public static void main(String[] args) throws IOException {
    Path out = Paths.get(args.length > 0 ? args[0]
        : "bantin-core/src/main/resources/vn/bantin/text/wordseg.bin");
    WordSegmenter m = train();
    try (OutputStream os = Files.newOutputStream(out)) {
      m.write(os);
    }
    System.out.println("threshold " + m.threshold());
    System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    System.out.println("dev:  " + WordSegmenterTrainer.score(m, words(UdTreebank.read("dev"))));
    System.out.println("test: " + WordSegmenterTrainer.score(m, words(UdTreebank.read("test"))));
  }
}
