package vn.bantin.model;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One news article, as extracted from a page and then enriched by later stages. Immutable: stages return
 * modified copies made with {@link #toBuilder()}.
 *
 * <p>Fields filled by extraction: id .. language. Filled by normalization: {@code repairs}. Filled by the
 * knowledge layer: entities, quotes, events. Filled by grouping: storyId, storylineId, syndication.
 *
 * @param id             stable id: the same article ingested twice gets the same id (see {@link ArticleIds})
 * @param provenance     where its page came from
 * @param title          headline
 * @param lead           lead / sapo, or "" when none
 * @param paragraphs     body blocks in order, each typed
 * @param captions       image captions, apart from the body
 * @param published      publication date-time, or null when the page gives none
 * @param modified       last modification date-time, or null
 * @param authors        bylines, possibly empty
 * @param outlet         name of the publishing outlet, or null
 * @param creditedSource name of the outlet or agency the article credits ("Theo Danviet" gives "Dân Việt"), or null
 * @param creditedUrl    URL the credit line points at ("Nguồn: https://…"), or null
 * @param url            canonical URL, or null
 * @param language       ISO 639-1 code ("vi", "en"), or null when unknown
 * @param repairs        how many obfuscated words normalization repaired
 * @param entities       people, organizations and places named
 * @param quotes         direct and indirect quotes with speakers
 * @param events         CAMEO-coded events
 * @param storyId        the story this article belongs to, or null before grouping
 * @param storylineId    the storyline of that story, or null
 * @param syndication    set when this article is a copy of another one in the corpus, else null
 */
public record Article(
    String id,
    Provenance provenance,
    String title,
    String lead,
    List<Paragraph> paragraphs,
    List<String> captions,
    OffsetDateTime published,
    OffsetDateTime modified,
    List<String> authors,
    String outlet,
    String creditedSource,
    String creditedUrl,
    String url,
    String language,
    int repairs,
    List<Entity> entities,
    List<Quote> quotes,
    List<Event> events,
    String storyId,
    String storylineId,
    Syndication syndication) implements Serializable {

  public Article {
    title = title == null ? "" : title;
    lead = lead == null ? "" : lead;
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    captions = captions == null ? List.of() : List.copyOf(captions);
    authors = authors == null ? List.of() : List.copyOf(authors);
    entities = entities == null ? List.of() : List.copyOf(entities);
    quotes = quotes == null ? List.of() : List.copyOf(quotes);
    events = events == null ? List.of() : List.copyOf(events);
  }

  /** The body: paragraph texts joined by a blank line. */
  public String body() {
    return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
  }

  /**
   * The article's full text, the frame all character offsets (mentions, quotes) refer to: title, lead and
   * body paragraphs, non-empty ones only, joined by a blank line.
   */
  public String text() {
    List<String> parts = new ArrayList<>();
    if (!title.isEmpty()) parts.add(title);
    if (!lead.isEmpty()) parts.add(lead);
    for (Paragraph p : paragraphs) if (!p.text().isEmpty()) parts.add(p.text());
    return String.join("\n\n", parts);
  }

  /** Page reference for display: the provenance ref. */
  public String pageRef() {
    return provenance == null ? null : provenance.ref();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder; the only way stages create modified copies. Not thread-safe, use locally. */
  public static final class Builder {
    private String id;
    private Provenance provenance;
    private String title = "";
    private String lead = "";
    private List<Paragraph> paragraphs = List.of();
    private List<String> captions = List.of();
    private OffsetDateTime published;
    private OffsetDateTime modified;
    private List<String> authors = List.of();
    private String outlet;
    private String creditedSource;
    private String creditedUrl;
    private String url;
    private String language;
    private int repairs;
    private List<Entity> entities = List.of();
    private List<Quote> quotes = List.of();
    private List<Event> events = List.of();
    private String storyId;
    private String storylineId;
    private Syndication syndication;

    Builder() {}

    Builder(Article a) {
      id = a.id; provenance = a.provenance; title = a.title; lead = a.lead; paragraphs = a.paragraphs;
      captions = a.captions; published = a.published; modified = a.modified; authors = a.authors;
      outlet = a.outlet; creditedSource = a.creditedSource; creditedUrl = a.creditedUrl; url = a.url;
      language = a.language; repairs = a.repairs; entities = a.entities; quotes = a.quotes;
      events = a.events; storyId = a.storyId; storylineId = a.storylineId; syndication = a.syndication;
    }

    public Builder id(String v) { id = v; return this; }
    public Builder provenance(Provenance v) { provenance = v; return this; }
    public Builder title(String v) { title = v; return this; }
    public Builder lead(String v) { lead = v; return this; }
    public Builder paragraphs(List<Paragraph> v) { paragraphs = v; return this; }
    public Builder captions(List<String> v) { captions = v; return this; }
    public Builder published(OffsetDateTime v) { published = v; return this; }
    public Builder modified(OffsetDateTime v) { modified = v; return this; }
    public Builder authors(List<String> v) { authors = v; return this; }
    public Builder outlet(String v) { outlet = v; return this; }
    public Builder creditedSource(String v) { creditedSource = v; return this; }
    public Builder creditedUrl(String v) { creditedUrl = v; return this; }
    public Builder url(String v) { url = v; return this; }
    public Builder language(String v) { language = v; return this; }
    public Builder repairs(int v) { repairs = v; return this; }
    public Builder entities(List<Entity> v) { entities = v; return this; }
    public Builder quotes(List<Quote> v) { quotes = v; return this; }
    public Builder events(List<Event> v) { events = v; return this; }
    public Builder storyId(String v) { storyId = v; return this; }
    public Builder storylineId(String v) { storylineId = v; return this; }
    public Builder syndication(Syndication v) { syndication = v; return this; }

    public Article build() {
      return new Article(id, provenance, title, lead, paragraphs, captions, published, modified, authors,
          outlet, creditedSource, creditedUrl, url, language, repairs, entities, quotes, events, storyId,
          storylineId, syndication);
    }
  }
}
