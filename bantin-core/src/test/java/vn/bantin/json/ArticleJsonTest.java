package vn.bantin.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Entity;
import vn.bantin.model.EntityRef;
import vn.bantin.model.Event;
import vn.bantin.model.Mention;
import vn.bantin.model.Paragraph;
import vn.bantin.model.ParagraphType;
import vn.bantin.model.Provenance;
import vn.bantin.model.Quote;
import vn.bantin.model.Syndication;

class ArticleJsonTest {
  static Article sample() {
    EntityRef kim = new EntityRef("per:kim-jong-un", "Kim Jong-un", "PRK");
    return Article.builder().id("abc").provenance(new Provenance("x.warc.gz", "<urn:uuid:1>", 1234,
            "https://a.example/x", Instant.parse("2026-01-01T00:00:00Z")))
        .title("Tiêu đề").lead("Sapo.").paragraphs(List.of(Paragraph.of("Đoạn một."),
            new Paragraph(ParagraphType.HEADING, "Mục"), new Paragraph(ParagraphType.LIST_ITEM, "Ý")))
        .captions(List.of("Ảnh: Reuters")).published(OffsetDateTime.parse("2019-02-28T14:30+07:00"))
        .authors(List.of("A", "B")).outlet("VnExpress").creditedSource("Dân Việt").creditedUrl("https://danviet.vn/x")
        .url("https://a.example/x").language("vi").repairs(2)
        .entities(List.of(new Entity("per:kim-jong-un", "Kim Jong-un", "PER", "PRK", List.of(new Mention("ông Kim", 3, 10)))))
        .quotes(List.of(new Quote("Xin chào", kim, "ông Kim", 20, 28)))
        .events(List.of(new Event("036", "03", 4.0, kim, null, "2019-02-28", "day", "Hà Nội", "Câu.")))
        .storyId("s1").storylineId("l1").syndication(new Syndication("orig", 0.93, "credit")).build();
  }

  @Test
  void roundTripsEveryField() {
    Article a = sample();
    assertEquals(a, ArticleJson.fromJsonString(ArticleJson.toJsonString(a)));
  }

  @Test
  void usesTheDocumentedFieldNames() {
    JsonNode o = ArticleJson.toJson(sample());
    for (String f : List.of("id", "title", "lead", "body", "paragraphs", "captions", "published", "authors", "outlet",
        "credited_source", "url", "language", "entities", "quotes", "events", "story_id", "storyline_id",
        "syndication")) {
      assertTrue(o.has(f), f);
    }
    assertEquals("Đoạn một.\n\nMục\n\nÝ", o.get("body").asText());
    assertEquals("list_item", o.get("paragraphs").get(2).get("type").asText());
    assertEquals("2019-02-28T14:30+07:00", o.get("published").asText());
    assertEquals("credit", o.get("syndication").get("reason").asText());
    assertEquals("PRK", o.get("events").get(0).get("actor1").get("country").asText());
    assertTrue(o.get("events").get(0).get("actor2").isNull());
  }
}
