package vn.bantin.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.bantin.eval.TextExtractionEval;
import vn.bantin.model.Article;
import vn.bantin.model.Page;
import vn.bantin.model.PageFormat;
import vn.bantin.model.Provenance;

/**
 * Pages written without capitals: the fixture dumps lower-cased whole (text and gold alike), and a page in a
 * script without case. Their headlines cannot be told by a first capital, so the page's own lack of capitals
 * is what lets any first letter open one.
 */
class CaselessPagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Locale VI = Locale.forLanguageTag("vi");

  @Test
  void lowerCasedFixturesKeepTheirArticles() throws IOException, URISyntaxException {
    Path dir = Path.of(CaselessPagesTest.class.getResource("dumps").toURI());
    List<TextExtractionEval.GoldPage> pages = new ArrayList<>();
    for (String name : List.of("a_timestamp_author_credit", "b_two_articles", "c_subheadings_inline_box",
        "f_caption_repeat_agency")) {
      String text = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8).toLowerCase(VI);
      String gold = Files.readString(dir.resolve(name + ".gold.json"), StandardCharsets.UTF_8);
      JsonNode g = JSON.readTree(gold.toLowerCase(VI));
      pages.add(new TextExtractionEval.GoldPage(name + ".txt", text, g));
    }
    TextExtractionEval.Report r = TextExtractionEval.score(new TextDumpExtractor(), pages);
    assertEquals(List.of(), r.missing(), r.toString());
    assertEquals(List.of(), r.extra(), r.toString());
    assertTrue(r.blockPrecision() >= 0.95 && r.blockRecall() >= 0.95, r.toString());
  }

  @Test
  void koreanPageGetsItsTitle() {
    String page = String.join("\n\n",
        "뉴스 | 사회 | 지역",
        "부산시, 해안 산책로 야간 개방 시간 연장",
        "부산시는 다음 달부터 해운대와 광안리 해안 산책로의 야간 개방 시간을 밤 11시까지 연장한다고 밝혔다.",
        "시는 산책로 전 구간에 조명 시설을 추가로 설치하고 안전 요원을 배치할 계획이라고 설명했다.",
        "지역 상인들은 관광객 증가로 인근 상권이 활기를 띨 것으로 기대하고 있다.",
        "시 관계자는 시범 운영 결과를 바탕으로 다른 해변에도 확대 적용할 방침이라고 덧붙였다.",
        "공유하기");
    List<Article> got = new TextDumpExtractor().extract(
        new Page(Provenance.ofFile("ko.txt"), PageFormat.TEXT, page, "UTF-8"));
    assertEquals(1, got.size());
    assertEquals("부산시, 해안 산책로 야간 개방 시간 연장", got.get(0).title());
    assertEquals(3, got.get(0).paragraphs().size());
  }

  @Test
  void casedPagesAreToldFromCaselessOnes() {
    assertTrue(LineClassifier.capitalizesSentences(List.of("Một câu có đủ tám chữ trở lên ở đây.",
        "Câu thứ hai cũng có đủ tám chữ ở đây.", "Câu thứ ba cũng có đủ tám chữ ở đây.")));
    assertTrue(!LineClassifier.capitalizesSentences(List.of("một câu có đủ tám chữ trở lên ở đây.",
        "câu thứ hai cũng có đủ tám chữ ở đây.", "câu thứ ba cũng có đủ tám chữ ở đây.")));
  }
}
