package vn.bantin.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.bantin.model.Article;
import vn.bantin.model.Entity;
import vn.bantin.model.Event;
import vn.bantin.model.Mention;
import vn.bantin.model.Quote;
import vn.bantin.text.Folding;

/** The 7 seed articles against the hand annotation in seed-gold.json. */
class SeedGoldTest {
  private static final Map<String, Article> OUT = new HashMap<>();
  private static JsonNode gold;

  @BeforeAll
  static void run() throws Exception {
    KnowledgeStage stage = new KnowledgeStage();
    for (Article a : SeedArticles.load()) OUT.put(a.id(), stage.apply(a));
    gold = new ObjectMapper().readTree(SeedGoldTest.class.getResourceAsStream("seed-gold.json"));
    assertEquals(7, gold.get("articles").size());
    assertEquals(7, OUT.size());
  }

  @Test
  void everyNamedEntityIsFoundTypedAndItsAliasesMerged() {
    List<String> errors = new ArrayList<>();
    for (JsonNode g : gold.get("articles")) {
      Article a = OUT.get(g.get("id").asText());
      for (JsonNode ge : g.get("entities")) {
        Entity e = a.entities().stream().filter(x -> x.id().equals(ge.get("id").asText())).findFirst().orElse(null);
        if (e == null) {
          errors.add(a.id() + " missing " + ge.get("id").asText());
          continue;
        }
        if (!e.type().equals(ge.get("type").asText())) errors.add(a.id() + " type " + e.id() + " " + e.type());
        String country = ge.hasNonNull("country") ? ge.get("country").asText() : null;
        if (country != null && !country.equals(e.country())) errors.add(a.id() + " country " + e.id() + " " + e.country());
        for (JsonNode alias : ge.get("aliases")) {
          boolean has = e.mentions().stream().anyMatch(m -> m.text().equals(alias.asText()));
          if (!has) errors.add(a.id() + " alias " + alias.asText() + " not merged into " + e.id());
        }
        for (Mention m : e.mentions()) {
          if (!a.text().substring(m.start(), m.end()).equals(m.text())) errors.add(a.id() + " bad offsets " + m);
        }
      }
    }
    assertTrue(errors.isEmpty(), String.join("\n", errors));
  }

  @Test
  void everyDirectQuoteHasTheRightSpeaker() {
    List<String> errors = new ArrayList<>();
    for (JsonNode g : gold.get("articles")) {
      Article a = OUT.get(g.get("id").asText());
      for (JsonNode gq : g.get("quotes")) {
        String start = gq.get("startsWith").asText();
        Quote q = a.quotes().stream().filter(x -> x.text().startsWith(start)).findFirst().orElse(null);
        if (q == null) {
          errors.add(a.id() + " quote not found: " + start);
          continue;
        }
        assertEquals(q.text(), a.text().substring(q.start(), q.end()));
        String want = gq.get("speaker").isNull() ? null : gq.get("speaker").asText();
        String got = q.speaker() == null ? null : q.speaker().id();
        if (!java.util.Objects.equals(want, got)) errors.add(a.id() + " " + start + ": want " + want + " got " + got);
      }
    }
    assertTrue(errors.isEmpty(), String.join("\n", errors));
  }

  @Test
  void scareQuotesAreNotSpeech() {
    Article a = OUT.get("001#0");
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("ra rìa")), "“ra rìa” is a term, not a quote");
    Article b = OUT.get("003#0");
    assertTrue(b.quotes().stream().noneMatch(q -> q.text().equals("hữu hiệu")));
  }

  @Test
  void mainEventsAreFoundCodedAndDated() {
    GoldScorer scorer = new GoldScorer();
    for (JsonNode g : gold.get("articles")) scorer.score(OUT.get(g.get("id").asText()), g);
    GoldScorer.Counts ev = scorer.counts.get("event");
    assertTrue(ev.recall() >= 0.9, "event recall " + ev + "\n" + String.join("\n", scorer.misses));
  }

  @Test
  void putinTrumpCallIsDatedFromOfficeTermsWithoutPublicationDate() {
    Article a = OUT.get("004#0");
    Event call = a.events().stream().filter(e -> e.code().equals("041") && "2017-12-14".equals(e.date()))
        .findFirst().orElse(null);
    assertNotNull(call, a.events().toString());
    assertEquals("RUS", call.actor1().country());
    assertEquals("USA", call.actor2().country());
    assertEquals(1.0, call.goldstein());
  }

  @Test
  void kcnaStatementAndHanoiSummitAreDated2019() {
    Article a = OUT.get("003#0");
    assertTrue(a.events().stream().anyMatch(e -> e.actor1().id().equals("org:kcna") && "2019-03-01".equals(e.date())),
        a.events().toString());
    Article b = OUT.get("003#1");
    assertTrue(b.events().stream().anyMatch(e -> e.code().equals("044") && "2019-02-28".equals(e.date())
        && e.actor1().id().equals("per:donald-trump") && e.actor2().id().equals("per:kim-jong-un")));
  }

  @Test
  void kevinKimRemarksDatedFromTermsAndShortFormsStayWithHim() {
    Article a = OUT.get("001#0");
    assertTrue(a.events().stream().anyMatch(e -> "2025-02-26".equals(e.date())), a.events().toString());
    Entity kevin = a.entities().stream().filter(e -> e.id().equals("per:kevin-kim")).findFirst().orElseThrow();
    long shortForms = kevin.mentions().stream().filter(m -> m.text().equals("Kim")).count();
    assertEquals(2, shortForms, "“ông Kim” twice means Kevin Kim, even after Kim Jong Un is named");
  }

  @Test
  void metonymyMakesCapitalsActAsTheirStates() {
    boolean seen = false;
    for (Article a : OUT.values()) {
      for (Event e : a.events()) {
        assertTrue(!e.actor1().id().equals("loc:pyongyang") && !e.actor1().id().equals("loc:washington"),
            "capital acting as itself: " + e);
        if (e.sentence().startsWith("Trước đó, ông Trump nói rằng Bình Nhưỡng")) {
          seen |= e.actor1().id().equals("loc:north-korea");
        }
      }
    }
    assertTrue(seen, "“Bình Nhưỡng đã yêu cầu” is North Korea demanding");
  }

  @Test
  void idsAreStableAcrossSpellings() {
    Map<String, String> byFold = new HashMap<>();
    for (Article a : OUT.values()) {
      for (Entity e : a.entities()) {
        if (!e.type().equals("PER")) continue;
        for (Mention m : e.mentions()) {
          if (!m.text().contains(" ")) continue;
          String key = Folding.fold(m.text()).replace('-', ' ');
          String prev = byFold.putIfAbsent(key, e.id());
          assertTrue(prev == null || prev.equals(e.id()), m.text() + " has ids " + prev + " and " + e.id());
        }
      }
    }
  }
}
