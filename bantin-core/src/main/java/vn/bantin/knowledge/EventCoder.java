package vn.bantin.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bantin.model.EntityRef;
import vn.bantin.model.Event;

/**
 * Codes who-did-what-to-whom events sentence by sentence. A verb cue ({@code event-cues.tsv}) gives the
 * CAMEO code; the actor is the nearest named state, organization or person before the cue, the target the
 * first one after it ("với" X for meetings); for meetings and talks "X và Y"/"X, Y" before the cue are both
 * sides. A capital or seat of power acting stands for its state (metonymy: "Bình Nhưỡng" → North Korea).
 * Sources ("theo AFP", "dẫn Yonhap") and words inside quotation marks are not actors. Statements (010)
 * are coded only where a sentence has no other cue.
 */
final class EventCoder {
  private static final Set<String> SOURCE_CUES = Set.of("theo", "dẫn", "tin", "báo", "nguồn", "ảnh");

  private EventCoder() {}

  static List<Event> code(String text, List<Token> toks, Coreference.Result coref, List<QuoteFinder.Span> quotes,
      DateResolver.Reference ref, Gazetteer gaz) {
    List<Event> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<String, EntityRef> refs = coref.refs();
    DateResolver.When last = null;
    int ti = 0;
    for (Sentences.Span s : Sentences.split(text)) {
      String sentence = s.of(text);
      DateResolver.When when = DateResolver.inSentence(sentence, ref);
      if (when == null && sentence.toLowerCase().contains("cùng ngày") && last != null) when = last;
      if (when != null) last = when;
      if (when == null) {
        when = ref.published() != null ? new DateResolver.When(ref.published().toString(), "day")
            : DateResolver.When.UNKNOWN;
      }
      while (ti < toks.size() && toks.get(ti).start() < s.start()) ti++;
      int te = ti;
      while (te < toks.size() && toks.get(te).end() <= s.end()) te++;
      // actor mentions of this sentence, outside quotes and not cited as sources
      List<Coreference.Resolved> actors = new ArrayList<>();
      String place = null;
      for (Coreference.Resolved r : coref.mentions()) {
        RawMention m = r.mention();
        if (m.start() < s.start() || m.end() > s.end() || inQuote(m.start(), quotes)) continue;
        String type = coref.types().get(r.entityId());
        if (type.equals("LOC") && m.tokStart() > 0
            && Set.of("tại", "ở").contains(toks.get(m.tokStart() - 1).lower()) && place == null) {
          place = refs.get(r.entityId()).name();
        }
        if (m.tokStart() > 0 && SOURCE_CUES.contains(toks.get(m.tokStart() - 1).lower())) continue;
        if (type.equals("LOC") && refs.get(r.entityId()).country() == null) continue;
        actors.add(r);
      }
      List<Event> found = new ArrayList<>();
      boolean substantive = false;
      for (int i = ti; i < te; i++) {
        if (inQuote(toks.get(i).start(), quotes) || insideMention(i, actors)) continue;
        Cameo.Cue cue = Cameo.cueAt(toks, i);
        if (cue == null) continue;
        int cueEnd = i + cue.words().length;
        Coreference.Resolved a1 = null;
        Coreference.Resolved a2 = null;
        int idx = -1;
        for (int k = 0; k < actors.size(); k++) if (actors.get(k).mention().tokEnd() <= i) idx = k;
        if (idx < 0) continue;
        a1 = actors.get(idx);
        if (cue.symmetric() && idx > 0 && coordinated(toks, actors.get(idx - 1), a1)) {
          a2 = a1;
          a1 = actors.get(idx - 1);
        } else {
          for (Coreference.Resolved r : actors) {
            if (r.mention().tokStart() >= cueEnd && !actor(r, refs, gaz).equals(actor(a1, refs, gaz))) {
              a2 = r;
              break;
            }
          }
        }
        EntityRef x1 = actor(a1, refs, gaz);
        EntityRef x2 = a2 == null ? null : actor(a2, refs, gaz);
        if (x2 != null && x2.id().equals(x1.id())) x2 = null;
        if (cue.speech()) x2 = null;
        String key = cue.code() + "|" + x1.id() + "|" + (x2 == null ? "" : x2.id()) + "|" + when.date();
        if (!seen.add(key)) continue;
        if (!cue.speech()) substantive = true;
        found.add(new Event(cue.code(), Cameo.root(cue.code()), Cameo.GOLDSTEIN.get(cue.code()), x1, x2,
            when.date(), when.precision(), place, sentence));
        i = cueEnd - 1;
      }
      for (Event e : found) if (!substantive || !e.code().equals("010")) out.add(e);
    }
    return out;
  }

  /** "X và Y" or "X, Y" directly joined. */
  private static boolean coordinated(List<Token> toks, Coreference.Resolved x, Coreference.Resolved y) {
    int between = y.mention().tokStart() - x.mention().tokEnd();
    if (between == 0) return toks.get(y.mention().tokStart()).gap().trim().equals(",");
    if (between == 1) return toks.get(x.mention().tokEnd()).lower().equals("và");
    if (between == 2) {
      // "ông Kim và ông Trump"
      Token a = toks.get(x.mention().tokEnd());
      Token b = toks.get(x.mention().tokEnd() + 1);
      return a.lower().equals("và") && Lexicon.PRONOUN_TITLES.contains(b.lower());
    }
    return false;
  }

  /** The acting entity: a capital or seat of power acting stands for its state. */
  private static EntityRef actor(Coreference.Resolved r, Map<String, EntityRef> refs, Gazetteer gaz) {
    Gazetteer.Entry e = gaz.entry(r.entityId());
    if (e != null && e.actorId() != null) {
      Gazetteer.Entry st = gaz.entry(e.actorId());
      return new EntityRef(st.id(), st.name(), st.country());
    }
    return refs.get(r.entityId());
  }

  private static boolean insideMention(int tok, List<Coreference.Resolved> ms) {
    for (Coreference.Resolved r : ms) if (tok >= r.mention().tokStart() && tok < r.mention().tokEnd()) return true;
    return false;
  }

  static boolean inQuote(int pos, List<QuoteFinder.Span> quotes) {
    for (QuoteFinder.Span q : quotes) if (pos >= q.start() && pos < q.end()) return true;
    return false;
  }
}
