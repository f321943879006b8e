package vn.bantin.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The article JSON schema (documented in README.md). `bantin extract`, `bantin export`, the REST API and the
 * store all go through this one class, so the field names cannot drift apart. Round-trips: {@code
 * fromJson(toJson(a)).equals(a)}.
 */
public final class ArticleJson {
  /**
   * The one mapper of the project. Records (search hits, stories, entity summaries, events…) serialize with
   * snake_case names, like the article schema, and date-times as ISO-8601 strings.
   */
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
      .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);

  private ArticleJson() {}

  public static ObjectNode toJson(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("title", a.title());
    o.put("lead", a.lead());
    o.put("body", a.body());
    ArrayNode ps = o.putArray("paragraphs");
    for (Paragraph p : a.paragraphs()) ps.addObject().put("type", p.type().jsonName()).put("text", p.text());
    strings(o.putArray("captions"), a.captions());
    o.put("published", a.published() == null ? null : a.published().toString());
    o.put("modified", a.modified() == null ? null : a.modified().toString());
    strings(o.putArray("authors"), a.authors());
    o.put("outlet", a.outlet());
    o.put("credited_source", a.creditedSource());
    o.put("credited_url", a.creditedUrl());
    o.put("url", a.url());
    o.put("language", a.language());
    o.put("source", a.pageRef());
    Provenance pv = a.provenance();
    if (pv == null) {
      o.putNull("provenance");
    } else {
      ObjectNode p = o.putObject("provenance");
      p.put("file", pv.file());
      p.put("record_id", pv.recordId());
      p.put("offset", pv.offset());
      p.put("url", pv.url());
      p.put("capture_date", pv.captureDate() == null ? null : pv.captureDate().toString());
    }
    o.put("repairs", a.repairs());
    ArrayNode es = o.putArray("entities");
    for (Entity e : a.entities()) {
      ObjectNode en = es.addObject();
      en.put("id", e.id()).put("name", e.name()).put("type", e.type()).put("country", e.country());
      ArrayNode ms = en.putArray("mentions");
      for (Mention m : e.mentions()) ms.addObject().put("text", m.text()).put("start", m.start()).put("end", m.end());
    }
    ArrayNode qs = o.putArray("quotes");
    for (Quote q : a.quotes()) {
      ObjectNode qn = qs.addObject();
      qn.put("text", q.text());
      if (q.speaker() == null) qn.putNull("speaker");
      else qn.putObject("speaker").put("id", q.speaker().id()).put("name", q.speaker().name())
          .put("country", q.speaker().country());
      qn.put("speaker_text", q.speakerText()).put("start", q.start()).put("end", q.end());
    }
    ArrayNode evs = o.putArray("events");
    for (Event e : a.events()) evs.add(eventJson(e));
    o.put("story_id", a.storyId());
    o.put("storyline_id", a.storylineId());
    if (a.syndication() == null) {
      o.putNull("syndication");
    } else {
      Syndication s = a.syndication();
      o.putObject("syndication").put("original_id", s.originalId()).put("similarity", s.similarity())
          .put("reason", s.reason());
    }
    return o;
  }

  public static ObjectNode eventJson(Event e) {
    ObjectNode en = MAPPER.createObjectNode();
    en.put("code", e.code()).put("root", e.root()).put("goldstein", e.goldstein());
    actor(en, "actor1", e.actor1());
    actor(en, "actor2", e.actor2());
    en.put("date", e.date()).put("date_precision", e.datePrecision()).put("date_basis", e.dateBasis())
        .put("place", e.place()).put("sentence", e.sentence());
    return en;
  }

  private static void actor(ObjectNode o, String name, EntityRef r) {
    if (r == null) o.putNull(name);
    else o.putObject(name).put("id", r.id()).put("name", r.name()).put("country", r.country());
  }

  private static void strings(ArrayNode arr, List<String> xs) {
    for (String x : xs) arr.add(x);
  }

  public static String toJsonString(Article a) {
    return toJson(a).toString();
  }

  public static Article fromJsonString(String s) {
    try {
      return fromJson(MAPPER.readTree(s));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not an article JSON object: " + e.getMessage(), e);
    }
  }

  public static Article fromJson(JsonNode o) {
    List<Paragraph> ps = new ArrayList<>();
    for (JsonNode p : o.path("paragraphs")) {
      ps.add(new Paragraph(ParagraphType.fromJson(p.path("type").asText("paragraph")), p.path("text").asText()));
    }
    Provenance pv = null;
    JsonNode pn = o.path("provenance");
    if (pn.isObject()) {
      pv = new Provenance(str(pn, "file"), str(pn, "record_id"), pn.path("offset").asLong(-1), str(pn, "url"),
          str(pn, "capture_date") == null ? null : Instant.parse(str(pn, "capture_date")));
    }
    List<Entity> es = new ArrayList<>();
    for (JsonNode e : o.path("entities")) {
      List<Mention> ms = new ArrayList<>();
      for (JsonNode m : e.path("mentions")) ms.add(new Mention(str(m, "text"), m.path("start").asInt(), m.path("end").asInt()));
      es.add(new Entity(str(e, "id"), str(e, "name"), str(e, "type"), str(e, "country"), ms));
    }
    List<Quote> qs = new ArrayList<>();
    for (JsonNode q : o.path("quotes")) {
      JsonNode sp = q.path("speaker");
      EntityRef speaker = sp.isObject() ? new EntityRef(str(sp, "id"), str(sp, "name"), str(sp, "country")) : null;
      qs.add(new Quote(str(q, "text"), speaker, str(q, "speaker_text"), q.path("start").asInt(), q.path("end").asInt()));
    }
    List<Event> evs = new ArrayList<>();
    for (JsonNode e : o.path("events")) evs.add(eventFromJson(e));
    JsonNode sy = o.path("syndication");
    Syndication syn = sy.isObject()
        ? new Syndication(str(sy, "original_id"), sy.path("similarity").asDouble(), str(sy, "reason")) : null;
    return Article.builder()
        .id(str(o, "id")).provenance(pv).title(str(o, "title")).lead(str(o, "lead")).paragraphs(ps)
        .captions(strings(o.path("captions"))).published(date(str(o, "published")))
        .modified(date(str(o, "modified"))).authors(strings(o.path("authors"))).outlet(str(o, "outlet"))
        .creditedSource(str(o, "credited_source")).creditedUrl(str(o, "credited_url")).url(str(o, "url"))
        .language(str(o, "language")).repairs(o.path("repairs").asInt(0)).entities(es).quotes(qs).events(evs)
        .storyId(str(o, "story_id")).storylineId(str(o, "storyline_id")).syndication(syn).build();
  }

  public static Event eventFromJson(JsonNode e) {
    return new Event(str(e, "code"), str(e, "root"), e.path("goldstein").asDouble(), ref(e.path("actor1")),
        ref(e.path("actor2")), str(e, "date"), str(e, "date_precision"), str(e, "place"), str(e, "sentence"),
        str(e, "date_basis"));
  }

  private static EntityRef ref(JsonNode n) {
    return n.isObject() ? new EntityRef(str(n, "id"), str(n, "name"), str(n, "country")) : null;
  }

  private static OffsetDateTime date(String s) {
    return s == null ? null : OffsetDateTime.parse(s);
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : arr) out.add(x.asText());
    return out;
  }

  private static String str(JsonNode o, String f) {
    JsonNode n = o.get(f);
    return n == null || n.isNull() ? null : n.asText();
  }
}
