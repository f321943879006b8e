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
  /** Words of sport reporting; in their sentences meeting, threat and force cues are about play. */
  private static final List<String> SPORT = List.of("trận đấu", "cầu thủ", "thi đấu", "bàn thắng", "ghi bàn",
      "hiệp một", "hiệp hai", "đội tuyển", "hlv", "sân cỏ", "tiền đạo", "hậu vệ", "thủ môn", "vòng bảng",
      "chung kết", "giải đấu", "câu lạc bộ", "tay vợt", "khung thành", "trọng tài", "penalty", "phút ",
      "trận thắng", "trận thua", "mùa giải", "v-league", "sea games", "olympic");
  private static final Set<String> SPORT_VETOED_ROOTS = Set.of("04", "13", "15", "18", "19");
  private static final Set<String> MATERIAL_CONFLICT = Set.of("15", "17", "18", "19");
  private static final Set<String> PLACE_PREPS = Set.of("tại", "ở", "tới", "đến", "sang", "từ", "trên");
  /** Phrases that place a sentence at the date the text last gave. */
  private static final List<String> SAME_TIME = List.of("cùng ngày", "thời gian trên", "thời điểm trên",
      "thời điểm đó", "cùng thời điểm", "ngày hôm đó", "hôm đó");
  /** Words between a bare title and its verb ("Thủ tướng cũng hoan nghênh …"). */
  private static final Set<String> ADVERBS = Set.of("cũng", "đã", "sẽ", "vừa", "đang", "còn", "đều", "lại", "thì",
      "mới", "luôn", "tiếp", "tục", "không", "chưa", "rất", "hết", "sức");
  private static final Set<String> SOURCE_CUES = Set.of("theo", "tin", "báo", "nguồn", "ảnh", "tờ", "trang");

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
      // "cùng ngày", "Vào khoảng thời gian trên, …": the sentence goes on at the date last given
      if (when == null && last != null && SAME_TIME.stream().anyMatch(sentence.toLowerCase()::contains)) when = last;
      if (when != null) last = when;
      if (when == null) {
        when = ref.published() != null ? new DateResolver.When(ref.published().toString(), "day", "publication")
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
        if (source(toks, m)) continue;
        // "chiến lược gia người Bồ Đào Nha": a nationality describes a person, the country does not act
        if (type.equals("LOC") && m.tokStart() > 0 && toks.get(m.tokStart() - 1).lower().equals("người")) continue;
        // "ở Hà Nội", "tới Moscow": a place or destination, not a party
        if (type.equals("LOC") && m.tokStart() > 0 && PLACE_PREPS.contains(toks.get(m.tokStart() - 1).lower())) continue;
        if (type.equals("LOC") && refs.get(r.entityId()).country() == null) continue;
        actors.add(r);
      }
      List<Event> found = new ArrayList<>();
      boolean substantive = false;
      // "tấn công", "gặp", "đe dọa khung thành" on a football pitch are no use of force, meeting or threat
      String lowSentence = sentence.toLowerCase(java.util.Locale.ROOT);
      boolean sport = SPORT.stream().anyMatch(lowSentence::contains);
      for (int i = ti; i < te; i++) {
        if (inQuote(toks.get(i).start(), quotes) || insideMention(i, actors)) continue;
        Cameo.Cue cue = Cameo.cueAt(toks, i);
        if (cue == null) continue;
        int cueEnd = i + cue.words().length;
        if (cue.code().equals(Cameo.NONE)) {
          i = cueEnd - 1;
          continue;
        }
        // "cảm ơn sự giám sát, hợp tác và ủng hộ …": a cue in a list of nouns after "sự" is a thing, not a deed
        if (nominal(toks, i, ti)) continue;
        if (sport && SPORT_VETOED_ROOTS.contains(Cameo.root(cue.code()))) continue;
        // "dỡ bỏ … lệnh trừng phạt": lifting sanctions is no sanction
        if (cue.code().equals("163") && preceded(toks, i, ti, Set.of("dỡ", "gỡ", "nới"))) continue;
        // "đe dọa sẽ ném bom": a threat of force (138), not the force itself
        if (cue.code().equals("130")) {
          for (int f = cueEnd; f < Math.min(te, cueEnd + 6); f++) {
            Cameo.Cue next = Cameo.cueAt(toks, f);
            if (next != null && (next.code().startsWith("18") || next.code().startsWith("19"))) {
              cue = new Cameo.Cue(cue.words(), "138", false, false);
              cueEnd = f + next.words().length;
              break;
            }
          }
        }
        int clause = clauseStart(toks, ti, i);
        int clauseEnd = clauseEnd(toks, cueEnd, te);
        // the subject: the first actor of the cue's clause, else of the sentence, before the cue
        int idx = -1;
        for (int k = 0; k < actors.size() && idx < 0; k++) {
          RawMention m = actors.get(k).mention();
          if (m.tokStart() >= clause && m.tokEnd() <= i) idx = k;
        }
        if (idx < 0 && clause > ti && !toks.get(clause - 1).lower().equals("rằng")) {
          for (int k = 0; k < actors.size() && idx < 0; k++) if (actors.get(k).mention().tokEnd() <= i) idx = k;
        }
        // "Bà Harf cũng đề cập đến cuộc gặp giữa X và Y": a meeting named as a noun is between the two after
        // "giữa", whoever mentions it
        boolean nominalMeeting = cue.symmetric() && (cue.words()[0].equals("cuộc") || cue.words()[0].equals("hội")
            || i > ti && toks.get(i - 1).lower().equals("cuộc"));
        if ((idx < 0 || nominalMeeting) && cue.symmetric()) {
          // "Hội nghị thượng đỉnh … giữa Tổng thống Mỹ Donald Trump và Chủ tịch Triều Tiên Kim Jong Un"
          int g = cueEnd;
          while (g < te && g < cueEnd + 8 && !toks.get(g).lower().equals("giữa")) g++;
          if (g < te && toks.get(g).lower().equals("giữa")) {
            int first = -1;
            for (int k = 0; k < actors.size() && first < 0; k++) if (actors.get(k).mention().tokStart() > g) first = k;
            while (first >= 0 && first + 1 < actors.size()
                && adjacent(toks, actors.get(first).mention(), actors.get(first + 1).mention())) first++;
            int second = first >= 0 ? partner(toks, actors, first, te, coref) : -1;
            if (second >= 0) {
              EntityRef y1 = actor(actors.get(first), refs, gaz);
              EntityRef y2 = actor(actors.get(second), refs, gaz);
              String key = cue.code() + "|" + y1.id() + "|" + y2.id() + "|" + when.date();
              if (seen.add(key)) {
                substantive = true;
                found.add(new Event(cue.code(), Cameo.root(cue.code()), Cameo.GOLDSTEIN.get(cue.code()), y1, y2,
                    when.date(), when.precision(), place, sentence, when.basis()));
              }
              i = cueEnd - 1;
              continue;
            }
          }
        }
        // "Thủ tướng gặp mặt …", "Thủ tướng cũng hoan nghênh …": a bare title as subject is the person the
        // article names with that title
        Coreference.Resolved titled = idx < 0 ? titledSubject(toks, clause, i, coref) : null;
        if (idx < 0 && titled == null) continue;
        // "Putin, Trump điện đàm": a comma-joined subject is one clause for meetings and talks
        if (idx > 0 && cue.symmetric() && partner(toks, actors, idx - 1, i, coref) == idx) idx--;
        // "Ngoại trưởng Triều Tiên Ri Yong Ho": the country qualifies the person who acts
        if (idx >= 0 && idx + 1 < actors.size() && adjacent(toks, actors.get(idx).mention(), actors.get(idx + 1).mention())
            && actors.get(idx + 1).mention().tokEnd() <= i
            && "PER".equals(coref.types().get(actors.get(idx + 1).entityId()))) {
          idx++;
        }
        Coreference.Resolved a1 = idx >= 0 ? actors.get(idx) : titled;
        Coreference.Resolved a2 = null;
        int partner = idx >= 0 && cue.symmetric() ? partner(toks, actors, idx, i, coref) : -1;
        if (partner >= 0) {
          a2 = actors.get(partner);
        } else {
          for (Coreference.Resolved r : actors) {
            int st = r.mention().tokStart();
            if (st >= cueEnd && st < clauseEnd && !actor(r, refs, gaz).equals(actor(a1, refs, gaz))) {
              a2 = r;
              // "gặp với Tổng thống Philippines Benigno Aquino": the person, not the country qualifying him
              int at = actors.indexOf(r);
              if (at + 1 < actors.size() && adjacent(toks, r.mention(), actors.get(at + 1).mention())
                  && "PER".equals(coref.types().get(actors.get(at + 1).entityId()))) {
                a2 = actors.get(at + 1);
              }
              break;
            }
          }
        }
        if (a2 == null && !cue.speech()) a2 = objectAcrossList(toks, actors, cueEnd, clauseEnd, te, a1, refs, gaz);
        // "Sir Alex bị Roy Keane chỉ trích": in the passive the agent after "bị"/"được" acts on the subject
        for (Coreference.Resolved r : actors) {
          RawMention m = r.mention();
          if (m.tokEnd() == i && m.tokStart() > clause && r != a1
              && Set.of("bị", "được").contains(toks.get(m.tokStart() - 1).lower())) {
            a2 = a1;
            a1 = r;
            break;
          }
        }
        EntityRef x1 = actor(a1, refs, gaz);
        EntityRef x2 = a2 == null ? null : actor(a2, refs, gaz);
        // force and shows of force are done by states and their organs: an actor with no country is a misread
        // (an assault is done by persons: "đối tượng Phan Văn X … châm lửa đốt")
        if (MATERIAL_CONFLICT.contains(Cameo.root(cue.code())) && x1.country() == null
            && !(cue.code().equals("182") && "PER".equals(coref.types().get(a1.entityId())))) {
          continue;
        }
        if (x2 != null && x2.id().equals(x1.id())) x2 = null;
        if (cue.speech()) x2 = null;
        String key = cue.code() + "|" + x1.id() + "|" + (x2 == null ? "" : x2.id()) + "|" + when.date();
        if (!seen.add(key)) continue;
        if (!cue.speech()) substantive = true;
        found.add(new Event(cue.code(), Cameo.root(cue.code()), Cameo.GOLDSTEIN.get(cue.code()), x1, x2,
            when.date(), when.precision(), place, sentence, when.basis()));
        i = cueEnd - 1;
      }
      // "khởi tố vụ án, khởi tố bị can X": the same deed by the same actor once with its target and once
      // without is one event, the one with the target
      found.removeIf(e -> e.actor2() == null && found.stream().anyMatch(o -> o != e && o.actor2() != null
          && o.code().equals(e.code()) && o.actor1().id().equals(e.actor1().id())));
      // a statement is kept unless its speaker also did something more specific in the sentence
      for (Event e : found) {
        boolean covered = e.code().equals("010") && found.stream().anyMatch(
            o -> !o.code().equals("010") && o.actor1().id().equals(e.actor1().id()));
        if (!covered) out.add(e);
      }
    }
    return out;
  }

  /**
   * A cited outlet, not a party: "theo AFP", "theo tờ Chosun Ilbo", "KCNA dẫn lời …", "Kyodo đưa tin". The one
   * after "dẫn lời" is who spoke, and stays an actor.
   */
  private static boolean source(List<Token> toks, RawMention m) {
    int s = m.tokStart();
    // the words before a sentence or paragraph break cite nothing in it (a title "Tin …" before "Viettel …")
    boolean opens = toks.get(s).gapHasAny("\n.!?");
    String p1 = s > 0 && !opens ? toks.get(s - 1).lower() : "";
    String p2 = s > 1 && !opens && !toks.get(s - 1).gapHasAny("\n.!?") ? toks.get(s - 2).lower() : "";
    if (p1.equals("lời") && p2.equals("dẫn")) return false;
    if (SOURCE_CUES.contains(p1)) return true;
    if (p2.equals("theo") && Set.of("tờ", "báo", "hãng", "trang", "đài", "kênh", "nhật").contains(p1)) return true;
    int e = m.tokEnd();
    if (e < toks.size() && !toks.get(e).gapHasAny(",.")) {
      String n1 = toks.get(e).lower();
      String n2 = e + 1 < toks.size() ? toks.get(e + 1).lower() : "";
      if (n1.equals("dẫn") || n1.equals("đưa") && n2.equals("tin")) return true;
    }
    return false;
  }

  /**
   * A cue inside a list of nouns opened by "sự" or "việc" ("sự giám sát, hợp tác và ủng hộ"): only lower-case
   * words, commas and "và" between the noun marker and the cue, at most four tokens back.
   */
  private static boolean nominal(List<Token> toks, int i, int sentStart) {
    for (int k = i - 1; k >= Math.max(sentStart, i - 4); k--) {
      Token t = toks.get(k);
      if (t.cap() || toks.get(k + 1).gapHasAny(".;:!?\n“”\"(")) return false;
      if (t.lower().equals("sự") || t.lower().equals("việc")) return true;
    }
    return false;
  }

  /**
   * The person named in the article with the bare title that opens the clause before the cue ("Thủ tướng
   * cũng hoan nghênh" after or before "Thủ tướng Nguyễn Tấn Dũng"): the nearest such person before the cue,
   * else the first after it; null when the clause does not open with a bare title or nobody has that title.
   * Pronoun titles ("ông", "anh") are left to coreference.
   */
  private static Coreference.Resolved titledSubject(List<Token> toks, int clause, int cue, Coreference.Result coref) {
    int len = Lexicon.PERSON_TITLES.match(toks, clause);
    if (len == 0 || clause + len > cue) return null;
    StringBuilder sb = new StringBuilder();
    for (int k = clause; k < clause + len; k++) sb.append(k > clause ? " " : "").append(toks.get(k).lower());
    String title = sb.toString();
    if (Lexicon.PRONOUN_TITLES.contains(title)) return null;
    for (int k = clause + len; k < cue; k++) if (!ADVERBS.contains(toks.get(k).lower()) || toks.get(k).cap()) return null;
    Coreference.Resolved before = null;
    Coreference.Resolved after = null;
    for (Coreference.Resolved r : coref.mentions()) {
      RawMention m = r.mention();
      if (!"PER".equals(coref.types().get(r.entityId())) || m.tokStart() < len) continue;
      boolean same = true;
      for (int k = 0; k < len && same; k++) {
        same = toks.get(m.tokStart() - len + k).lower().equals(toks.get(clause + k).lower());
      }
      if (!same) continue;
      if (m.tokStart() < cue) before = r;
      else if (after == null) after = r;
    }
    return before != null ? before : after;
  }

  /**
   * "cảm ơn sự giám sát, hợp tác và ủng hộ … của các vị đại biểu Quốc hội": when the clause of the cue names
   * no target, the owner ("của", "cho", "với" X) at the end of a list of lower-case nouns after it, in the
   * same sentence, with no other cue between; null otherwise.
   */
  private static Coreference.Resolved objectAcrossList(List<Token> toks, List<Coreference.Resolved> actors,
      int cueEnd, int clauseEnd, int sentEnd, Coreference.Resolved a1, Map<String, EntityRef> refs, Gazetteer gaz) {
    for (Coreference.Resolved r : actors) {
      int st = r.mention().tokStart();
      if (st < clauseEnd || st >= sentEnd) continue;
      if (st - cueEnd > 20 || actor(r, refs, gaz).equals(actor(a1, refs, gaz))) return null;
      boolean owner = false;
      for (int k = cueEnd; k < st; k++) {
        Token t = toks.get(k);
        if (t.cap() || t.gapHasAny(".;:!?\n“”\"(")) return null;
        Cameo.Cue c = Cameo.cueAt(toks, k);
        if (c != null && !c.code().equals(Cameo.NONE) && !nominal(toks, k, cueEnd)) return null;
        if (t.gapHasAny(",")) owner = false;
        if (Set.of("của", "cho", "với").contains(t.lower())) owner = true;
      }
      return owner ? r : null;
    }
    return null;
  }

  /** Whether one of the words occurs in the six tokens before i, within the sentence. */
  private static boolean preceded(List<Token> toks, int i, int sentStart, Set<String> words) {
    for (int k = Math.max(sentStart, i - 6); k < i; k++) if (words.contains(toks.get(k).lower())) return true;
    return false;
  }

  /** Token index where the clause holding token i starts: after a comma, colon, semicolon or "rằng". */
  private static int clauseStart(List<Token> toks, int sentStart, int i) {
    for (int k = i; k > sentStart; k--) {
      String g = toks.get(k).gap();
      if (g.contains(",") || g.contains(";") || g.contains(":") || toks.get(k - 1).lower().equals("rằng")) return k;
      // "X cho biết Y đã …": what was said is a clause of its own
      for (int v = 1; v <= 3 && k - v >= sentStart; v++) {
        if (Lexicon.SPEECH_VERBS.match(toks, k - v) == v) return k;
      }
    }
    return sentStart;
  }

  private static int clauseEnd(List<Token> toks, int from, int sentEnd) {
    for (int k = from; k < sentEnd; k++) {
      String g = toks.get(k).gap();
      if (k > from && (g.contains(",") || g.contains(";") || g.contains(":"))) return k;
    }
    return sentEnd;
  }

  /**
   * The actor coordinated with actors[idx] before the cue ("X và Y", "X, Y", "Kim Jong Un và Tổng thống Mỹ
   * Donald Trump"), skipping a country that only qualifies the person after it; -1 when none.
   */
  private static int partner(List<Token> toks, List<Coreference.Resolved> actors, int idx, int cue,
      Coreference.Result coref) {
    RawMention x = actors.get(idx).mention();
    int p = x.tokEnd();
    if (p >= cue) return -1;
    Token t = toks.get(p);
    if (t.lower().equals("và")) p++;
    else if (!t.gap().trim().equals(",")) return -1;
    if (p < cue) p += Lexicon.PERSON_TITLES.match(toks, p);
    for (int k = idx + 1; k < actors.size(); k++) {
      RawMention y = actors.get(k).mention();
      if (y.tokEnd() > cue) return -1;
      if (y.tokStart() != p) return -1;
      boolean qualifier = k + 1 < actors.size() && adjacent(toks, y, actors.get(k + 1).mention())
          && "PER".equals(coref.types().get(actors.get(k + 1).entityId()));
      if (!qualifier) return k;
      // "người đồng cấp Saudi Arabia, ông Saud al-Faisal": the country, a comma and a title before the person
      p = y.tokEnd();
      if (p < cue && toks.get(p).gap().trim().equals(",")) p += Lexicon.PERSON_TITLES.match(toks, p);
    }
    return -1;
  }

  /**
   * y follows x with only a space between ("Triều Tiên Ri Yong Ho"), or a comma and a title ("người đồng cấp
   * Saudi Arabia, ông Saud al-Faisal"): x qualifies the person y.
   */
  private static boolean adjacent(List<Token> toks, RawMention x, RawMention y) {
    if (y.tokStart() == x.tokEnd() && toks.get(y.tokStart()).gap().isBlank()) return true;
    int t = x.tokEnd();
    return y.tokStart() > t && t < toks.size() && toks.get(t).gap().trim().equals(",")
        && Lexicon.PERSON_TITLES.match(toks, t) == y.tokStart() - t && "PER".equals(y.type());
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
      return a.lower().equals("và") && Lexicon.PERSON_TITLES.match(List.of(b), 0) == 1;
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
