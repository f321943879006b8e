package vn.bantin.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.eval.SharedData;
import vn.bantin.model.Article;
import vn.bantin.model.PageFormat;
import vn.bantin.pipeline.Extractor;
import vn.bantin.pipeline.Pipelines;

class PageReaderTest {
  @TempDir Path tmp;

  static List<ReadEvent> readAll(String... inputs) {
    List<ReadEvent> events = new ArrayList<>();
    new PageReader().read(List.of(inputs), events::add);
    return events;
  }

  static List<ReadEvent.PageRead> pages(List<ReadEvent> evs) {
    return evs.stream().filter(e -> e instanceof ReadEvent.PageRead).map(e -> (ReadEvent.PageRead) e).toList();
  }

  static List<ReadEvent.Skipped> skips(List<ReadEvent> evs) {
    return evs.stream().filter(e -> e instanceof ReadEvent.Skipped).map(e -> (ReadEvent.Skipped) e).toList();
  }

  @Test
  void readsSeedTextDumpsAsTextPagesWithProvenance() {
    Path seeds = SharedData.resolve("seeds");
    List<ReadEvent> evs = readAll(seeds.toString());
    List<ReadEvent.PageRead> ps = pages(evs);
    assertEquals(5, ps.size());
    assertTrue(skips(evs).isEmpty(), () -> "unexpected skips " + skips(evs));
    for (ReadEvent.PageRead p : ps) {
      assertEquals(PageFormat.TEXT, p.page().format());
      assertTrue(p.page().provenance().file().endsWith(".txt"));
      assertTrue(p.page().content().contains("Triều Tiên"), "decoded as UTF-8 Vietnamese");
    }
  }

  @Test
  void zytePagesReadTheSameFromFilesAndFromAWarcWrittenWithJwarc() throws IOException {
    Path html = SharedData.resolve("eval/extraction-html/zyte/html");
    List<Path> files;
    try (Stream<Path> s = Files.list(html)) {
      files = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
    }
    assertEquals(181, files.size());
    Map<Path, String> urls = new LinkedHashMap<>();
    for (Path f : files) urls.put(f, "https://zyte.example/" + f.getFileName().toString().replace(".html.gz", ""));
    Path warc = tmp.resolve("zyte.warc.gz");
    int written = WarcPacker.pack(urls, warc, "https://unused.example/");
    assertEquals(181, written);

    Extractor ex = Pipelines.extractOnly().extractor();
    List<ReadEvent> fromFiles = readAll(html.toString());
    List<ReadEvent> fromWarc = readAll(warc.toString());
    // Every item accounted for: files are 181 pages; the WARC is 181 responses plus one warcinfo record.
    assertEquals(181, pages(fromFiles).size() + skips(fromFiles).size());
    assertEquals(181, pages(fromFiles).size(), () -> "skipped: " + skips(fromFiles));
    assertEquals(182, pages(fromWarc).size() + skips(fromWarc).size());
    assertEquals(181, pages(fromWarc).size(), () -> "skipped: " + skips(fromWarc));
    assertTrue(skips(fromWarc).get(0).reason().contains("warcinfo"));

    Map<String, List<String>> byName = new HashMap<>();
    for (ReadEvent.PageRead p : pages(fromFiles)) {
      String name = Path.of(p.page().provenance().file()).getFileName().toString().replace(".html.gz", "");
      byName.put(name, signature(ex.extract(p.page())));
    }
    int compared = 0;
    for (ReadEvent.PageRead p : pages(fromWarc)) {
      String url = p.page().provenance().url();
      assertNotNull(url);
      assertNotNull(p.page().provenance().recordId());
      assertTrue(p.page().provenance().offset() >= 0);
      String name = url.substring(url.lastIndexOf('/') + 1);
      assertEquals(byName.get(name), signature(ex.extract(p.page())), "same articles from file and WARC: " + name);
      compared++;
    }
    assertEquals(181, compared);
  }

  private static List<String> signature(List<Article> as) {
    return as.stream().map(a -> a.title() + "\u0000" + a.body()).toList();
  }

  @Test
  void badInputsAreSkippedWithAReasonNamingTheItemAndTheRestIsRead() throws IOException {
    Path good = tmp.resolve("good.txt");
    Files.writeString(good, "Tiêu đề bài báo\n\nĐây là một đoạn văn bản tiếng Việt đầy đủ câu chữ.\n");
    Path empty = tmp.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    Path emptyHtml = tmp.resolve("zero.html");
    Files.write(emptyHtml, new byte[0]);
    Path binary = tmp.resolve("binary.html");
    byte[] bin = new byte[4096];
    new java.util.Random(7).nextBytes(bin);
    bin[10] = 0;
    Files.write(binary, bin);
    // UTF-8 Vietnamese with every 7th byte damaged: far too broken to trust.
    Path badUtf8 = tmp.resolve("bad-utf8.txt");
    byte[] bad = "Hội nghị thượng đỉnh Mỹ – Triều Tiên lần thứ hai diễn ra tại Hà Nội. ".repeat(20)
        .getBytes(StandardCharsets.UTF_8);
    for (int i = 3; i < bad.length; i += 7) bad[i] = (byte) 0xFF;
    Files.write(badUtf8, bad);
    // One damaged byte in a long text: read, with a warning naming the file.
    Path slightlyBad = tmp.resolve("slightly-bad.txt");
    byte[] sb = "Tiêu đề\n\nBình Nhưỡng và Washington nối lại đàm phán hạt nhân. ".repeat(30)
        .getBytes(StandardCharsets.UTF_8);
    sb[100] = (byte) 0xFF;
    Files.write(slightlyBad, sb);
    Path truncated = tmp.resolve("truncated.warc.gz");
    Path full = tmp.resolve("full.warc.gz");
    // Three pages of varied text, large enough that each WARC record is its own stretch of the gzip stream.
    java.util.Random rnd = new java.util.Random(3);
    String[] words = {"Hà Nội", "bão", "đàm phán", "kinh tế", "người dân", "tăng", "giảm", "chính phủ", "học sinh"};
    List<Path> pagesIn = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      StringBuilder txt = new StringBuilder();
      for (int i = 0; i < 6000; i++) txt.append(words[rnd.nextInt(words.length)]).append(i % 12 == 11 ? ". " : " ");
      Path page = tmp.resolve("p" + k + ".html");
      Files.writeString(page, "<html><body><h1>Tiêu đề " + k + "</h1><p>" + txt + "</p></body></html>");
      pagesIn.add(page);
    }
    WarcPacker.pack(pagesIn, full, "https://x.example/");
    byte[] fb = Files.readAllBytes(full);
    Files.write(truncated, java.util.Arrays.copyOf(fb, fb.length - 200));
    String missing = tmp.resolve("does-not-exist.html").toString();

    List<ReadEvent> evs = readAll(empty.toString(), emptyHtml.toString(), binary.toString(), badUtf8.toString(),
        truncated.toString(), missing, slightlyBad.toString(), good.toString());
    Map<String, String> reasons = new HashMap<>();
    for (ReadEvent.Skipped s : skips(evs)) reasons.put(s.ref().replaceAll("#\\d+$", ""), s.reason());
    assertTrue(String.valueOf(reasons.get(empty.toString())).contains("empty"), reasons::toString);
    assertTrue(String.valueOf(reasons.get(emptyHtml.toString())).contains("empty"), reasons::toString);
    assertTrue(String.valueOf(reasons.get(binary.toString())).contains("binary"), reasons::toString);
    assertTrue(String.valueOf(reasons.get(badUtf8.toString())).contains("invalid"), reasons::toString);
    assertTrue(String.valueOf(reasons.get(truncated.toString())).contains("truncated"), reasons::toString);
    assertTrue(String.valueOf(reasons.get(missing)).contains("no such file"), reasons::toString);
    // The readable records of the truncated WARC and the good file still come through.
    List<String> read = pages(evs).stream().map(p -> p.page().provenance().file()).toList();
    assertTrue(read.contains(good.toString()));
    assertTrue(read.contains(slightlyBad.toString()));
    assertTrue(evs.stream().anyMatch(e -> e instanceof ReadEvent.Warning w && w.ref().equals(slightlyBad.toString())
        && w.message().contains("malformed")), evs::toString);
    assertTrue(read.stream().filter(f -> f.equals(truncated.toString())).count() >= 1, read::toString);
    for (ReadEvent.Skipped s : skips(evs)) {
      assertFalse(s.reason().isBlank());
      assertFalse(s.reason().contains("\n"), "one-line reason");
    }
  }

  @Test
  void windows1258PagesDecodeToNfcVietnamese() throws IOException {
    String text = "Hội nghị thượng đỉnh Mỹ – Triều Tiên diễn ra tại Hà Nội ngày 27 và 28 tháng 2 năm 2019. "
        + "Ông Kim Jong-un đến thủ đô bằng tàu hỏa, còn Tổng thống Trump đến bằng chuyên cơ.";
    byte[] bytes = Cp1258.encode("<html><head><meta charset=\"windows-1258\"></head><body><p>" + text
        + "</p></body></html>");
    Path declared = tmp.resolve("declared.html");
    Files.write(declared, bytes);
    Path undeclared = tmp.resolve("undeclared.html");
    Files.write(undeclared, Cp1258.encode("<html><body><p>" + text + "</p></body></html>"));
    for (Path p : List.of(declared, undeclared)) {
      List<ReadEvent.PageRead> ps = pages(readAll(p.toString()));
      assertEquals(1, ps.size());
      assertTrue(ps.get(0).page().content().contains(text), () -> p + " decoded as " + ps.get(0).page().charset());
    }
  }

  @Test
  void standardInputIsSniffed() throws IOException {
    java.io.InputStream saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(
          "<!DOCTYPE html><html><body><h1>Tin nhanh</h1><p>Một câu.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
      List<ReadEvent.PageRead> ps = pages(readAll("-"));
      assertEquals(1, ps.size());
      assertEquals(PageFormat.HTML, ps.get(0).page().format());
      assertEquals("-", ps.get(0).page().provenance().file());
    } finally {
      System.setIn(saved);
    }
  }
}
