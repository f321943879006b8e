package vn.bantin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.SharedData;
import vn.bantin.model.Article;
import vn.bantin.model.Paragraph;

class NormalizationTest {
  private static final VietnameseNormalizer N = VietnameseNormalizer.defaults();

  private static List<String> seeds() throws IOException {
    List<String> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(SharedData.resolve("seeds"), "*.txt")) {
      for (Path p : ds) out.add(Files.readString(p));
    }
    return out;
  }

  @Test
  void seedsObfuscatedWordsAllRepairedAndNothingElse() throws IOException {
    Set<String> expected = Set.of("đe", "dọa", "máu", "phần", "thưởng", "tấn", "công", "tuổi", "tiền", "chết",
        "buộc", "tội", "tử", "vong", "Bị", "tố", "ly", "hôn", "bắn", "đâm");
    Set<String> joined = new TreeSet<>();
    int repairs = 0;
    for (String s : seeds()) {
      for (Deobfuscator.Repair r : Deobfuscator.find(s)) {
        joined.add(r.joined());
        assertTrue(expected.contains(r.joined()), "false repair: " + r);
        assertEquals(r.joined(), r.written().replace(".", ""), r.toString());
      }
      NormalizedText t = N.normalize(s);
      repairs += t.repairs();
      assertEquals(s, LegacyEncodings.repair(NormalizedText.of(s)).text()); // Unicode pages stay as they are
      for (String keep : new String[] {"Baonghean.vn", "Mr.Nawat", "D.C.", "B.I.", "https://baoquocte.vn/"}) {
        if (s.contains(keep)) assertTrue(t.text().contains(keep), keep);
      }
      assertTrue(!t.text().contains("tấ.n") && !t.text().contains("l.y hô.n"));
    }
    assertEquals(expected, joined);
    assertEquals(30, repairs); // every occurrence, counted once each
  }

  @Test
  void legitimateDottedFormsStay() {
    for (String s : new String[] {"Ban Chấp hành T.Ư Đảng", "tại TP.HCM hôm nay", "lúc 9 a.m. sáng", "e.g. this",
        "xem www.vnexpress.net và baomoi.com", "gửi tới ban.doc@gmail.com nhé", "giá 1.000 đồng", "ông Nguyễn V.A.",
        "PGS.TS Nguyễn Văn A", "ThS.BS Lê B", "St.Louis", "Node.js", "U.S. Army", "các v.v.", "P.Bến Nghé"}) {
      assertEquals(0, N.normalize(s).repairs(), s);
    }
    assertEquals("bị tố", N.normalize("b.ị t.ố").text());
    assertEquals("BỊ TỐ", N.normalize("B.Ị T.Ố").text());
    assertEquals("chính thức ly hôn", N.normalize("chính thức l.y hô.n").text());
    assertEquals("bị chết", N.normalize("bị c.h.ế.t").text());
    assertEquals("tấn công", N.normalize("tấ\u00B7n cô\u00B7ng").text());
  }

  @Test
  void noFalseRepairsOnZytePagesOrTreebank() throws IOException {
    int pages = 0;
    try (DirectoryStream<Path> ds =
        Files.newDirectoryStream(SharedData.resolve("eval/extraction-html/zyte/html"), "*.html.gz")) {
      for (Path p : ds) {
        String html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
          html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String text = Jsoup.parse(html).text();
        assertEquals(List.of(), Deobfuscator.find(text), p.toString());
        // Legacy-encoding repair must not fire on English pages (with their accented names, quotes, URLs).
        assertEquals(text, LegacyEncodings.repair(NormalizedText.of(text)).text(), p.toString());
        pages++;
      }
    }
    assertEquals(181, pages);
    StringBuilder all = new StringBuilder();
    for (UdTreebank.Sentence s : UdTreebank.all()) all.append(s.text()).append('\n');
    assertEquals(List.of(), Deobfuscator.find(all.toString()));
  }

  @Test
  void cleanupKeepsOffsetsIntoTheOriginal() {
    String original = "Vie\u0323\u0302t\u200B Nam\u00AD hoa\u0300 \u00A0x";
    NormalizedText t = N.normalize(original);
    assertEquals("Việt Nam hoà  x", t.text());
    int nam = t.text().indexOf("Nam");
    assertEquals("Nam", original.substring(t.originalStart(nam), t.originalEnd(nam + 3)));
    int viet = t.text().indexOf("Việt");
    assertEquals("Vie\u0323\u0302t", original.substring(t.originalStart(viet), t.originalEnd(viet + 4)));
    int x = t.text().indexOf('x');
    assertEquals('x', original.charAt(t.originalStart(x)));
  }

  @Test
  void deobfuscationOffsetsPointIntoTheSource() {
    String original = "bị tấ.n côn.g bởi";
    NormalizedText t = N.normalize(original);
    assertEquals("bị tấn công bởi", t.text());
    int c = t.text().indexOf("công");
    assertEquals("côn.g", original.substring(t.originalStart(c), t.originalEnd(c + 4)));
    int b = t.text().indexOf("bởi");
    assertEquals("bởi", original.substring(t.originalStart(b), t.originalEnd(b + 3)));
  }

  @Test
  void toneRepairAndStyles() {
    assertEquals("lượng", N.normalize("lựơng").text());
    assertEquals("hoá học", N.normalize("hoá học").text()); // a valid variant stays
    assertEquals("hoài", N.normalize("hoaì").text());
    assertEquals("hoàn", N.normalize("hoan\u0300").text()); // stray combining mark after a consonant
    VietnameseNormalizer old = new VietnameseNormalizer(ToneStyle.OLD, true, true);
    VietnameseNormalizer neu = new VietnameseNormalizer(ToneStyle.NEW, true, true);
    assertEquals("hòa thủy khỏe", old.normalize("hoà thuỷ khoẻ").text());
    assertEquals("hoà thuỷ khoẻ", neu.normalize("hòa thủy khỏe").text());
    assertEquals("Quý Thuỷ", neu.normalize("Quý Thủy").text()); // qu keeps the mark on y
  }

  @Test
  void stageSetsRepairsAndNormalizesEveryField() {
    Article a = Article.builder().title("B.ị t.ố gian lận").lead("l.y hô.n")
        .paragraphs(List.of(Paragraph.of("tấ.n côn.g"))).captions(List.of("Ảnh: chế.t")).build();
    Article n = new NormalizeStage().apply(a);
    assertEquals("Bị tố gian lận", n.title());
    assertEquals("ly hôn", n.lead());
    assertEquals("tấn công", n.paragraphs().get(0).text());
    assertEquals("Ảnh: chết", n.captions().get(0));
    assertEquals(7, n.repairs());
  }
}
