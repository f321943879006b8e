package vn.bantin.knowledge;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.bantin.model.Article;
import vn.bantin.model.Event;
import vn.bantin.model.Quote;
import vn.bantin.pipeline.ArticleStage;

/**
 * The article stage of the knowledge layer: entities (with aliases merged and cross-document ids), quotes
 * with speakers, and CAMEO-coded dated events, all with offsets into {@link Article#text()}. Stateless: the
 * gazetteer, lexicons and tagger weights are immutable shared tables.
 */
public final class KnowledgeStage implements ArticleStage {
  private static final long serialVersionUID = 1L;
  private static final java.util.regex.Pattern OFFICE = java.util.regex.Pattern.compile(
      "tổng thống|ngoại trưởng|bộ trưởng|chủ tịch|người phát ngôn|thủ tướng|tướng|thứ trưởng|nhà lãnh đạo|tt ");

  @Override
  public Article apply(Article a) {
    // Gazetteer, cues and tagger are Vietnamese: on a page known to be in another language they only add noise.
    if (a.language() != null && !a.language().equals("vi")) return a;
    String text = a.text();
    Gazetteer gaz = Gazetteer.get();
    List<Token> toks = Tokenizer.tokenize(text);
    List<RawMention> raw = new MentionFinder(gaz, SpanTagger.get()).find(text, toks);
    Coreference.Result coref = new Coreference(gaz).resolve(raw);
    List<Quote> quotes = QuoteFinder.find(text, toks, coref, coref.refs());
    LocalDate published = a.published() == null ? null : a.published().toLocalDate();
    List<String> sentences = Sentences.split(text).stream().map(s -> s.of(text)).toList();
    DateResolver.Reference ref = DateResolver.Reference.of(published, currentOfficeHolders(text, coref),
        coref.refs().keySet(), sentences);
    List<Event> events = EventCoder.code(text, toks, coref, QuoteFinder.spans(text), ref, gaz);
    return a.toBuilder().entities(coref.entities()).quotes(quotes).events(events).build();
  }

  /** People named with a title of office not marked as past ("cựu", "dưới thời"): dating evidence. */
  private static Set<String> currentOfficeHolders(String text, Coreference.Result coref) {
    Set<String> ids = new LinkedHashSet<>();
    for (Coreference.Resolved r : coref.mentions()) {
      RawMention m = r.mention();
      if (!"PER".equals(coref.types().get(r.entityId()))) continue;
      String before = text.substring(Math.max(0, m.start() - 60), m.start()).toLowerCase();
      int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf('.')), before.lastIndexOf('\n'));
      if (cut >= 0) before = before.substring(cut + 1);
      boolean titled = OFFICE.matcher(before).find();
      if (titled && !before.contains("cựu") && !before.contains("thời")) ids.add(r.entityId());
    }
    return ids;
  }
}
