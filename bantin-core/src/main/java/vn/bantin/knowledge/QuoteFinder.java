package vn.bantin.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bantin.model.EntityRef;
import vn.bantin.model.Quote;

/**
 * Direct quotations (“…”, "…", ‘…’, '…') with their speakers, and unambiguous indirect speech ("X cho biết
 * rằng …"). The speaker is read after the quote (", bà Sanders nói"), else before it ("Kevin Kim khẳng
 * định: “…”", "Theo ông, …"); a bare title or pronoun ("ông nói thêm", "tổng thống Hàn Quốc phát biểu")
 * resolves to the last person named before the quote, of the country the phrase names if it names one.
 * Short quotes of a few words that no speech verb attributes are scare quotes, not speech, and are skipped.
 */
final class QuoteFinder {
  /** Quotes of fewer words are terms ("ra rìa"), unless a speech verb attributes them. */
  static final int MIN_WORDS = 5;
  private static final Set<String> ANONYMOUS = Set.of("một", "các", "những", "nhiều", "giới", "nguồn",
      "bức", "thông", "báo", "tuyên", "họ", "chúng", "người", "quan", "chuyên", "truyền");

  private QuoteFinder() {}

  /** A quote span: offsets of the content, without the marks. */
  record Span(int start, int end) {}

  static List<Span> spans(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      char close = 0;
      // typists mix straight and curly marks ("…” and “…"): either closes either
      if (c == '“' || c == '"') close = '”';
      else if (c == '‘') close = '’';
      else if (c == '\'' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) close = '\'';
      if (close == 0) {
        i++;
        continue;
      }
      int j = i + 1;
      int paragraphs = 0;
      int depth = 0;
      while (j < n) {
        char d = text.charAt(j);
        // "“… tự mình “ngăn dòng bỏ học”, dù …"": a quotation inside a quotation closes first
        if (close == '”' && c == '“' && d == '“') depth++;
        if (close == '”' && (d == '”' || d == '"') && depth > 0) {
          depth--;
          j++;
          continue;
        }
        if (close == '”' && (d == '”' || d == '"')) break;
        if (close == '’' && (d == '’' || d == '\'' && (j + 1 >= n || !Character.isLetter(text.charAt(j + 1))))) break;
        if (close == '\'' && (d == '\'' || d == '’') && (j + 1 >= n || !Character.isLetter(text.charAt(j + 1)))) break;
        if (d == '\n' && j + 1 < n && text.charAt(j + 1) == '\n') {
          // a quotation running over paragraphs reopens each one with a mark
          int k = j + 2;
          if (paragraphs < 3 && k < n && (text.charAt(k) == c || text.charAt(k) == '“' && close == '”')
              && close != '\'') {
            paragraphs++;
            j = k + 1;
            continue;
          }
          j = -1;
          break;
        }
        j++;
      }
      if (j < 0 || j >= n) {
        i++;
        continue;
      }
      if (j > i + 1) out.add(new Span(i + 1, j));
      i = j + 1;
    }
    return out;
  }

  static List<Quote> find(String text, List<Token> toks, Coreference.Result coref, Map<String, EntityRef> refs) {
    List<Quote> out = new ArrayList<>();
    List<Span> spans = spans(text);
    for (Span s : spans) {
      String content = text.substring(s.start, s.end);
      int words = Tokenizer.tokenize(content).size();
      // "về tội “Lừa đảo, chiếm đoạt tài sản”", "(tức “cậu Thủy”)": a name, a charge or a nickname
      String named = wordBefore(text, toks, s);
      if (NAMING_WORDS.contains(named)) continue;
      Attribution a = after(text, toks, s);
      // "“…”, cụm từ thường được dùng để mô tả …": words after a quote that name nobody do not attribute it
      if (a != null && !namesSomeone(a, coref)) a = null;
      if (a == null) a = before(text, toks, s, words >= MIN_WORDS, coref);
      if (a == null && !out.isEmpty() && adjacentQuotes(text, out.get(out.size() - 1).end(), s.start)) {
        // a quotation continued in a second pair of marks ("…”. “…") keeps its speaker
        Quote prev = out.get(out.size() - 1);
        out.add(new Quote(content, prev.speaker(), prev.speakerText(), s.start, s.end));
        continue;
      }
      // "Chỉ thị … về “Tiếp tục đẩy mạnh …”", "hội nghị về “Rà soát …”": a topic or a title, not speech
      if (a == null && TOPIC_WORDS.contains(named)) continue;
      if (a == null && !out.isEmpty() && joinedFragments(text, out.get(out.size() - 1).end(), s.start)) {
        // "“những vị khách đáng nghi” và “những chiếc xe trái phép”": fragments joined in one attribution
        Quote prev = out.get(out.size() - 1);
        out.add(new Quote(content, prev.speaker(), prev.speakerText(), s.start, s.end));
        continue;
      }
      if (a == null && words < 8) continue;
      if (a != null && words < MIN_WORDS && !a.adjacent) continue;
      EntityRef speaker = a == null ? null : speaker(a, s.start, coref, refs, spans);
      // "Thông báo này cho biết: “…”": a statement named again speaks with the voice of the last quotation
      if (speaker == null && a != null && !out.isEmpty() && DOCUMENT_AGAIN.matcher(a.text).matches()) {
        speaker = out.get(out.size() - 1).speaker();
      }
      out.add(new Quote(content, speaker, a == null ? null : a.text, s.start, s.end));
    }
    // an unattributed quotation right before an attributed one ("“…”. “…”, ông nói") shares its speaker
    for (int i = out.size() - 2; i >= 0; i--) {
      Quote q = out.get(i);
      Quote next = out.get(i + 1);
      if (q.speakerText() == null && next.speakerText() != null && adjacentQuotes(text, q.end(), next.start())) {
        out.set(i, new Quote(q.text(), next.speaker(), next.speakerText(), q.start(), q.end()));
      }
    }
    out.addAll(indirect(text, toks, spans, coref, refs));
    return out;
  }

  /** A document named again by a demonstrative: "Thông báo này", "bản tuyên bố trên". */
  private static final java.util.regex.Pattern DOCUMENT_AGAIN = java.util.regex.Pattern.compile(
      "(?iu)(bản |bức )?(thông báo|tuyên bố|thông cáo|báo cáo|văn bản|thư|tuyên bố chung) (này|trên|đó|nói trên)");

  /** Words before a quotation that make it a name: charge, nickname, title, slogan. */
  private static final Set<String> NAMING_WORDS = Set.of("tội", "danh", "tức", "biệt", "hiệu", "tên", "đề",
      "khẩu", "gọi");
  /** Words before an unattributed quotation that make it a topic or the title of a document or event. */
  private static final Set<String> TOPIC_WORDS = Set.of("về", "quyết", "thị", "trình", "thảo", "án", "thi",
      "khúc", "hát", "phim", "sách", "phẩm", "động", "trào");

  /** The lower-case word right before the opening mark, in the same sentence, or "". */
  private static String wordBefore(String text, List<Token> toks, Span s) {
    int k = lastTokenBefore(toks, s.start - 1);
    if (k < 0) return "";
    String between = text.substring(toks.get(k).end(), s.start - 1);
    if (!between.isBlank()) return "";
    // "Nghị quyết TW 4 “…”", "Chỉ thị 03/CT-TW về “…”": a document number sits between the word and the mark
    int back = k;
    while (back > 0 && k - back < 4 && (toks.get(back).digit() || toks.get(back).allCaps())
        && !toks.get(back).gapHasAny(".,;:!?\n“”\"")) {
      back--;
    }
    return toks.get(back).lower();
  }

  /** Only "và", "hay", "hoặc" or a comma between the end of one quote and the start of the next. */
  private static boolean joinedFragments(String text, int end, int start) {
    if (start <= end || start - end > 8) return false;
    String g = text.substring(end + 1, start - 1).trim();
    return g.equals("và") || g.equals(",") || g.equals("hay") || g.equals("hoặc");
  }

  /** Whether some resolved person or organization mention lies within [from, to). */
  private static boolean mentionIn(Coreference.Result coref, int from, int to) {
    if (coref == null) return false;
    for (Coreference.Resolved r : coref.mentions()) {
      String type = coref.types().get(r.entityId());
      if (r.mention().start() >= from && r.mention().end() <= to && !"LOC".equals(type)) return true;
    }
    return false;
  }

  /** Whether an attribution holds an entity, a title or pronoun, or an anonymous source word. */
  private static boolean namesSomeone(Attribution a, Coreference.Result coref) {
    for (Coreference.Resolved r : coref.mentions()) {
      if (r.mention().start() >= a.start && r.mention().end() <= a.end) return true;
    }
    List<Token> pt = Tokenizer.tokenize(a.text.toLowerCase(java.util.Locale.ROOT));
    if (pt.isEmpty()) return false;
    for (int i = 0; i < pt.size(); i++) if (Lexicon.PERSON_TITLES.match(pt, i) > 0) return true;
    return ANONYMOUS.contains(pt.get(0).lower()) || SOURCE_NOUNS.contains(pt.get(pt.size() - 1).lower());
  }

  /** Nouns that speak for someone: "bức thư viết", "thông báo cho biết", "tuyên bố nêu rõ". */
  private static final Set<String> SOURCE_NOUNS = Set.of("thư", "báo", "bố", "cáo", "văn", "luận", "tin", "họ",
      "tôi", "chúng", "nhóm", "đoàn", "phía", "bên");

  /** Only marks, spaces and sentence punctuation between the end of one quote and the start of the next. */
  private static boolean adjacentQuotes(String text, int end, int start) {
    if (start <= end || start - end > 6) return false;
    for (int i = end; i < start; i++) if (Character.isLetterOrDigit(text.charAt(i))) return false;
    return !text.substring(end, start).contains("\n");
  }

  /** The words naming a speaker and where they are. */
  private record Attribution(String text, int start, int end, boolean adjacent) {}

  /** ", X nói." right after the closing mark. */
  private static Attribution after(String text, List<Token> toks, Span s) {
    int close = s.end + 1;
    int k = firstTokenAt(toks, close);
    if (k < 0) return null;
    Token first = toks.get(k);
    String gap = text.substring(close, first.start());
    if (gap.contains("\n") || gap.contains(".")) return null;
    // a comma or a dash leads to the speaker: "“…”, bà Sanders nói", "“…” – Tổng giám đốc … cho biết"
    if (!gap.contains(",") && !gap.contains("–") && !gap.contains("-") && !gap.contains("—")) {
      return delayed(text, toks, k);
    }
    // "“…”, theo bà Hoa."
    if (first.lower().equals("theo")) {
      int e = k + 1;
      while (e < toks.size() && e < k + 8 && !toks.get(e).gapHasAny(",.!?;\n“\"")) e++;
      if (e > k + 1) {
        return new Attribution(text.substring(toks.get(k + 1).start(), toks.get(e - 1).end()),
            toks.get(k + 1).start(), toks.get(e - 1).end(), true);
      }
    }
    int commas = 0;
    for (int j = k; j < Math.min(toks.size(), k + 20); j++) {
      // one apposition may sit between name and verb: "…”, Mustafa Qadri, nhà nghiên cứu … nói."
      if (j > k && toks.get(j).gapHasAny(",") && ++commas > 1) break;
      if (j > k && toks.get(j).gapHasAny(".\n“\"!?")) break;
      // "“…”, RIA-Novosti dẫn lời ông Peskov": the one quoted is after the verb
      Attribution cited = cited(text, toks, j);
      if (cited != null) return cited;
      int v = Lexicon.SPEECH_VERBS.match(toks, j);
      if (v > 0 && j > k) {
        return new Attribution(text.substring(first.start(), toks.get(j - 1).end()), first.start(),
            toks.get(j - 1).end(), true);
      }
    }
    Attribution late = delayed(text, toks, k);
    if (late != null) return late;
    // "“…”, ông Trần Quốc Huy mong mỏi.": a short clause closing the sentence after a comma names the speaker
    // whatever its verb
    int end = k;
    while (end + 1 < toks.size() && !toks.get(end + 1).gapHasAny(".!?\n“\"”,;:")) end++;
    boolean closes = end + 1 >= toks.size() || toks.get(end + 1).gapHasAny(".!?\n");
    boolean namer = first.cap() || Lexicon.PERSON_TITLES.match(toks, k) > 0;
    if (closes && namer && end - k <= 6 && end > k) {
      // not adjacent: a short scare quote is not made speech by such a loose clause
      return new Attribution(text.substring(first.start(), toks.get(end).end()), first.start(), toks.get(end).end(),
          false);
    }
    return null;
  }

  /** "“…” và “…” thường dân thiệt mạng …, bà Harf khẳng định.": speaker and verb closing the sentence. */
  private static Attribution delayed(String text, List<Token> toks, int k) {
    int end = k;
    while (end + 1 < toks.size() && end < k + 40 && !toks.get(end + 1).gapHasAny(".!?\n“\"”")) end++;
    int comma = -1;
    for (int j = end; j > k; j--) {
      if (toks.get(j).gapHasAny(",")) {
        comma = j;
        break;
      }
    }
    if (comma < 0 || end - comma > 12) return null;
    // "“…” trong cuộc điện đàm, AFP dẫn thông báo từ Điện Kremlin.": the agency cites the one who spoke
    for (int j = comma + 1; j < end; j++) {
      Attribution c = cited(text, toks, j);
      if (c != null) return c;
    }
    if (end - comma > 6) return null;
    for (int j = comma + 1; j <= end; j++) {
      int v = Lexicon.SPEECH_VERBS.match(toks, j);
      if (v > 0 && j + v - 1 == end) {
        return new Attribution(text.substring(toks.get(comma).start(), toks.get(j - 1).end()),
            toks.get(comma).start(), toks.get(j - 1).end(), true);
      }
    }
    return null;
  }

  /** What an agency cites: "lời", "thông báo", "nguồn tin" … in "dẫn thông báo từ Điện Kremlin". */
  private static final Lexicon.PhraseSet CITED_SOURCES = Lexicon.PhraseSet.of("lời", "thông báo", "tuyên bố",
      "thông cáo", "thông cáo báo chí", "nguồn tin", "nguồn", "tin", "báo cáo", "phát biểu", "ý kiến", "bài viết",
      "bài báo", "thông tin", "văn bản", "thư", "bức thư", "tuyên bố chung", "công điện");

  /**
   * "X dẫn (lời|thông báo|tuyên bố|nguồn tin …) (từ|của) Y" from token j: the agency X reports, Y is the
   * one quoted. Returns Y's words, up to the end of the clause or a speech verb ("dẫn lời ông X cho biết"),
   * or null when token j does not open such a citation ("dẫn đầu", "dẫn đến" are other verbs).
   */
  private static Attribution cited(String text, List<Token> toks, int j) {
    if (j >= toks.size() || !toks.get(j).lower().equals("dẫn")) return null;
    int f = j + 1;
    if (f < toks.size() && toks.get(f).lower().equals("lại")) f++;
    int n = f < toks.size() ? CITED_SOURCES.match(toks, f) : 0;
    if (n == 0 || toks.get(f).gapHasAny(",.!?;:\n“”\"")) return null;
    // "dẫn thông báo chính thức từ …": a few modifiers may sit between the source noun and "từ"/"của"; not
    // after "lời", whose next words already name the speaker ("dẫn lời người phát ngôn của Bộ …")
    int modifiers = toks.get(f).lower().equals("lời") && n == 1 ? 0 : 3;
    f += n;
    int k = f;
    while (k < toks.size() && k < f + modifiers && !toks.get(k).cap() && !isOf(toks.get(k))
        && !toks.get(k).gapHasAny(",.!?;:\n“”\"")) {
      k++;
    }
    if (k < toks.size() && isOf(toks.get(k)) && !toks.get(k).gapHasAny(",.!?;:\n“”\"")) f = k + 1;
    int e = f;
    while (e < toks.size() && e < f + 10 && !toks.get(e).gapHasAny(",.!?;\n“”\"")
        && Lexicon.SPEECH_VERBS.match(toks, e) == 0) {
      e++;
    }
    if (e == f) return null;
    return new Attribution(text.substring(toks.get(f).start(), toks.get(e - 1).end()), toks.get(f).start(),
        toks.get(e - 1).end(), true);
  }

  private static boolean isOf(Token t) {
    return t.lower().equals("từ") || t.lower().equals("của");
  }

  /** "X khẳng định: “", "Theo X, …“" or "X kêu gọi các bên “" before the opening mark, same sentence. */
  private static Attribution before(String text, List<Token> toks, Span s, boolean long_,
      Coreference.Result coref) {
    int open = s.start - 1;
    int k = lastTokenBefore(toks, open);
    if (k < 0) return null;
    // nothing but another quotation before this one ("“…”. “…"): no words of attribution here
    String between = text.substring(toks.get(k).end(), open);
    if (between.indexOf('”') >= 0 || between.indexOf('"') >= 0 || between.indexOf('’') >= 0) return null;
    int sentStart = k;
    while (sentStart > 0) {
      Token g = toks.get(sentStart);
      if (g.gapHasAny("\n“”\"‘’") || g.gap().contains(". ")) break;
      sentStart--;
    }
    if (sentStart < 0) sentStart = 0;
    String gapBefore = text.substring(toks.get(k).end(), open);
    // the speech verb closest to the quote, in this sentence
    for (int j = k; j >= sentStart; j--) {
      int v = Lexicon.SPEECH_VERBS.match(toks, j);
      if (v == 0) continue;
      // "kêu gọi" contains the verb "gọi": start at the longest verb covering this syllable
      while (j - 1 >= sentStart && Lexicon.SPEECH_VERBS.match(toks, j - 1) >= 2) {
        j--;
        v = Lexicon.SPEECH_VERBS.match(toks, j);
      }
      boolean adjacent = j + v - 1 >= k - 1 || gapBefore.contains(":");
      if (!adjacent && !long_) return null;
      int a = j - 1;
      if (a < sentStart) {
        // "Phát biểu tại buổi lễ, ông X chia sẻ: “…”": the verb opens the sentence, the speaker follows it
        if (j + v > k) break;
        return new Attribution(text.substring(toks.get(j + v).start(), toks.get(k).end()), toks.get(j + v).start(),
            toks.get(k).end(), adjacent);
      }
      int from = a;
      while (from > sentStart && !toks.get(from).gap().contains(",")) from--;
      if (a < from) break;
      // "Anh Nguyễn Văn Tư, một người dân địa phương, kể lại: “…”": an apposition between the name and the
      // verb; the subject is before it
      if (from > sentStart && !mentionIn(coref, toks.get(from).start(), toks.get(a).end())) {
        int back = from - 1;
        while (back > sentStart && !toks.get(back).gap().contains(",")) back--;
        if (mentionIn(coref, toks.get(back).start(), toks.get(from - 1).end())) from = back;
      }
      return new Attribution(text.substring(toks.get(from).start(), toks.get(a).end()), toks.get(from).start(),
          toks.get(a).end(), adjacent);
    }
    // "Bạn X thì đặt ra nghi vấn: “…”": a colon before a long quotation introduces it even without a
    // speech verb; the clause before the colon names the speaker. A bare name or title before the colon
    // ("Bí thư Thành ủy Hà Nội: “…”") is a headline label, left to the verb rules.
    if (long_ && gapBefore.contains(":") && !toks.get(k).cap()) {
      int from = k;
      while (from > sentStart && !toks.get(from).gap().contains(",")) from--;
      return new Attribution(text.substring(toks.get(from).start(), toks.get(k).end()), toks.get(from).start(),
          toks.get(k).end(), true);
    }
    // "Theo ông, có những kỳ vọng “…”"
    int t = sentStart;
    if (!toks.get(t).lower().equals("theo") && t + 1 <= k && toks.get(t + 1).lower().equals("theo")) t++;
    if (toks.get(t).lower().equals("theo")) {
      int e = t + 1;
      while (e <= k && !toks.get(e).gap().contains(",")) e++;
      if (e > t + 1 && (e <= k || between.contains(","))) {
        return new Attribution(text.substring(toks.get(t + 1).start(), toks.get(e - 1).end()),
            toks.get(t + 1).start(), toks.get(e - 1).end(), true);
      }
    }
    return null;
  }

  /** The entity the attribution names, or the person a title or pronoun refers back to. */
  private static EntityRef speaker(Attribution a, int quoteStart, Coreference.Result coref,
      Map<String, EntityRef> refs, List<Span> spans) {
    return speaker(a.text, a.start, a.end, quoteStart, coref, refs, spans);
  }

  static EntityRef speaker(String phrase, int from, int to, int quoteStart, Coreference.Result coref,
      Map<String, EntityRef> refs, List<Span> spans) {
    String bestId = null;
    int rank = 9;
    String country = null;
    for (Coreference.Resolved r : coref.mentions()) {
      if (r.mention().start() < from || r.mention().end() > to) continue;
      String type = coref.types().get(r.entityId());
      int rk = type.equals("PER") ? 0 : type.equals("ORG") ? 1 : 2;
      if (type.equals("LOC")) country = refs.get(r.entityId()).country();
      // among persons and organizations, the one nearest the verb ("AFP … Người phát ngôn … Christian
      // Chartier khẳng định"); among places, the first ("Lãnh đạo Việt Nam gửi … Lãnh đạo Lào")
      if (rk < rank || rk == rank && rk < 2) {
        rank = rk;
        bestId = r.entityId();
      }
    }
    String lower = phrase.toLowerCase(java.util.Locale.ROOT);
    String firstWord = lower.split("[\\s,]+")[0];
    List<Token> pt0 = Tokenizer.tokenize(phrase.toLowerCase(java.util.Locale.ROOT));
    boolean roleOfOrg = rank == 1 && !pt0.isEmpty() && Lexicon.PERSON_TITLES.match(pt0, 0) > 0;
    // "Chủ tịch Hội đồng Tham mưu trưởng liên quant Mỹ khẳng định": the role holder speaks, not the body
    if (bestId != null && rank < 2 && !roleOfOrg) return refs.get(bestId);
    // "Các đồng chí lãnh đạo cấp cao Lào khẳng định": the leaders of a country speak for it
    if (bestId != null && rank == 2 && lower.contains("lãnh đạo") && refs.get(bestId).country() != null) {
      return refs.get(bestId);
    }
    if (ANONYMOUS.contains(firstWord)) return null;
    // a title or pronoun with no name: the last person named before, of the named country if any
    List<Token> pt = Tokenizer.tokenize(lower);
    int titleLen = pt.isEmpty() ? 0 : Lexicon.PERSON_TITLES.match(pt, 0);
    // "Trong đó anh nhấn mạnh …": a pronoun subject right before the verb
    boolean pronounLast = !pt.isEmpty() && Lexicon.PRONOUN_TITLES.contains(pt.get(pt.size() - 1).lower());
    // "Chiến lược gia người Bồ Đào Nha nói": a nationality names no speaker but a person of that country
    boolean demonym = rank == 2 && coref.mentions().stream().anyMatch(r -> r.mention().start() >= from
        && r.mention().end() <= to && r.mention().start() - from >= 6
        && phrase.regionMatches(true, r.mention().start() - from - 6, "người ", 0, 6));
    boolean titled = titleLen > 0 || pronounLast && bestId == null || demonym;
    if (!titled) return bestId == null ? null : refs.get(bestId);
    // "… – chánh án nói": a role title names the person last introduced with that same title
    if (titleLen > 0 && titleLen == pt.size()) {
      String role = String.join(" ", pt.stream().map(Token::lower).toList());
      if (!Lexicon.PRONOUN_TITLES.contains(role)) {
        String holder = null;
        int pos = -1;
        for (Coreference.Resolved r : coref.mentions()) {
          RawMention m = r.mention();
          if (m.start() >= quoteStart || m.start() >= from || !role.equals(m.title())) continue;
          if (m.start() > pos) {
            pos = m.start();
            holder = r.entityId();
          }
        }
        if (holder != null) return refs.get(holder);
      }
    }
    String last = null;
    int lastPos = -1;
    // "Và ông khẳng định": "ông" is not the woman named last ("bà Đặng Thị Hoàng Yến")
    String pronoun = pronounLast ? pt.get(pt.size() - 1).lower() : pt.get(0).lower();
    char want = MASCULINE.contains(pronoun) ? 'M' : Lexicon.FEMININE.contains(pronoun) ? 'F' : '?';
    Map<String, Character> genders = new java.util.HashMap<>();
    for (Coreference.Resolved r : coref.mentions()) {
      if (r.mention().start() >= quoteStart || r.mention().start() >= from) continue;
      if (want != '?' && "PER".equals(coref.types().get(r.entityId()))
          && genders.computeIfAbsent(r.entityId(), id -> gender(id, coref)) == (want == 'M' ? 'F' : 'M')) {
        continue;
      }
      if (EventCoder.inQuote(r.mention().start(), spans.stream().map(x -> new QuoteFinder.Span(x.start, x.end)).toList())) continue; // "Tổng thống Trump" said by Moon
      if (!"PER".equals(coref.types().get(r.entityId()))) continue;
      EntityRef ref = refs.get(r.entityId());
      if (country != null && ref.country() != null && !country.equals(ref.country())) continue;
      if (r.mention().start() > lastPos) {
        lastPos = r.mention().start();
        last = r.entityId();
      }
    }
    if (last == null && roleOfOrg) return refs.get(bestId);
    return last == null ? null : refs.get(last);
  }

  private static final Set<String> MASCULINE = Set.of("ông", "anh", "ngài");

  /** 'M' or 'F' from the titles a person was named with ("bà", "ông") or the middle names Thị and Văn, else '?'. */
  static char gender(String id, Coreference.Result coref) {
    for (Coreference.Resolved r : coref.mentions()) {
      if (!r.entityId().equals(id)) continue;
      String t = r.mention().title();
      if (t != null && Lexicon.FEMININE.contains(t)) return 'F';
      if (t != null && MASCULINE.contains(t)) return 'M';
      String name = " " + r.mention().text() + " ";
      if (name.contains(" Thị ")) return 'F';
      if (name.contains(" Văn ")) return 'M';
    }
    return '?';
  }

  /** "X cho biết rằng …": the clause after "rằng", when X is a named entity right before the verb. */
  private static List<Quote> indirect(String text, List<Token> toks, List<Span> spans, Coreference.Result coref,
      Map<String, EntityRef> refs) {
    List<Quote> out = new ArrayList<>();
    for (Coreference.Resolved r : coref.mentions()) {
      String type = coref.types().get(r.entityId());
      if (type.equals("LOC") && refs.get(r.entityId()).country() == null) continue;
      int j = r.mention().tokEnd();
      if (j >= toks.size()) continue;
      // "KCNA của Triều Tiên nói rằng": the country qualifies the speaker, it does not speak
      if (r.mention().tokStart() > 0 && toks.get(r.mention().tokStart() - 1).lower().equals("của")) continue;
      int v = Lexicon.SPEECH_VERBS.match(toks, j);
      if (v == 0 || !toks.get(j).gap().equals(" ")) continue;
      int e = j + v;
      if (e >= toks.size() || !toks.get(e).lower().equals("rằng")) continue;
      int from = e + 1;
      if (from >= toks.size()) continue;
      int start = toks.get(from).start();
      int end = start;
      int m = from;
      while (m < toks.size() && (m == from || !toks.get(m).gapHasAny(".!?\n“\""))) {
        end = toks.get(m).end();
        m++;
      }
      // a clause cut by an opening quotation mark leads into a direct quote, already attributed
      if (m < toks.size() && toks.get(m).gapHasAny("“\"")) continue;
      boolean quoted = false;
      for (Span s : spans) if (s.start < end && s.end > start) quoted = true;
      if (quoted || end - start < 10) continue;
      out.add(new Quote(text.substring(start, end), refs.get(r.entityId()), r.mention().text(), start, end));
    }
    return out;
  }

  private static int firstTokenAt(List<Token> toks, int pos) {
    int lo = 0;
    int hi = toks.size() - 1;
    int ans = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (toks.get(mid).start() >= pos) {
        ans = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return ans;
  }

  private static int lastTokenBefore(List<Token> toks, int pos) {
    int k = firstTokenAt(toks, pos);
    return k < 0 ? toks.size() - 1 : k - 1;
  }
}
