package vn.bantin.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.bantin.eval.SharedData;

/** Test helper: reads the UD Vietnamese VTB treebank (CoNLL-U) from ../shared. */
final class UdTreebank {
  private UdTreebank() {}

  /** One sentence: its words (multi-syllable words keep their inner spaces). */
  record Sentence(List<String> words) {
    String text() {
      return String.join(" ", words);
    }
  }

  static List<Sentence> read(String split) {
    return read(SharedData.resolve("corpora/ud-vietnamese-vtb/vi_vtb-ud-" + split + ".conllu"));
  }

  static List<Sentence> all() {
    List<Sentence> out = new ArrayList<>(read("train"));
    out.addAll(read("dev"));
    out.addAll(read("test"));
    return out;
  }

  static List<Sentence> read(Path p) {
    try {
      List<Sentence> out = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          if (!words.isEmpty()) out.add(new Sentence(List.copyOf(words)));
          words.clear();
          continue;
        }
        if (line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length < 2 || f[0].contains("-") || f[0].contains(".")) continue;
        words.add(f[1]);
      }
      if (!words.isEmpty()) out.add(new Sentence(List.copyOf(words)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
