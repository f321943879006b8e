package vn.bantin.knowledge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds names in Vietnamese text. Vietnamese capitalizes every syllable of a personal or place name ("Bình
 * Nhưỡng", "Moon Jae In") but only the head and the specific part of an organization name ("Bộ Ngoại giao
 * Mỹ"), so the finder works in this order at each token: a title or role cue, a gazetteer spelling
 * (longest), an organization head with its specifier, else a run of capitalized syllables typed by its
 * context (title → PER, place word → LOC) or by the statistical {@link SpanTagger}.
 */
final class MentionFinder {
  /** Single-syllable country names that are also common given names or words ("Đức", "Anh", "Nga"). */
  private static final Set<String> WEAK = Set.of("anh", "đức", "nga", "nhật", "pháp", "lào", "úc", "bỉ", "áo",
      "séc", "huế", "ý", "thái");
  /**
   * Capitalized syllables that open a common word or linker with the lower-case syllable after them ("Liên
   * quan", "Ngoài ra"): where a caption runs into a sentence without a full stop, they start the sentence.
   */
  private static final Set<String> COMMON_OPENERS = Set.of("liên quan", "ngoài ra", "tuy nhiên", "bên cạnh",
      "mặc dù", "hiện nay", "trước đó", "sau đó", "theo đó", "đồng thời", "thậm chí", "trong khi", "hôm nay",
      "hôm qua", "sáng nay", "chiều nay", "tối nay", "đáng chú", "cũng theo", "chính vì", "ngay sau", "cùng với");

  private static boolean commonWordAt(List<Token> toks, int k) {
    return k + 1 < toks.size() && toks.get(k).cap() && !toks.get(k + 1).cap() && toks.get(k + 1).gap().equals(" ")
        && COMMON_OPENERS.contains(toks.get(k).lower() + " " + toks.get(k + 1).lower());
  }

  /** Street and square words before a place name that may start with an organization head word. */
  private static final Set<String> STREET_CUES = Set.of("đường", "phố", "ngõ", "hẻm");

  /** Whether a street word ("phố", "đại lộ"; not "tiết lộ") directly precedes token i in its sentence. */
  private static boolean streetCue(List<Token> toks, int i) {
    if (i == 0 || toks.get(i - 1).cap() || !toks.get(i).gap().equals(" ")) return false;
    String prev = toks.get(i - 1).lower();
    if (STREET_CUES.contains(prev)) return true;
    return prev.equals("lộ") && i >= 2 && Set.of("đại", "quốc", "tỉnh").contains(toks.get(i - 2).lower());
  }
  /** Common words opened by a weak country syllable. */
  private static final Set<String> WEAK_COMPOUNDS = Set.of("ý kiến", "ý nghĩa", "ý tưởng", "ý thức", "ý định",
      "ý muốn", "ý chí", "ý đồ", "ý niệm", "pháp luật", "pháp lý", "pháp lí", "pháp nhân", "pháp chế", "pháp quyền",
      "nhật ký", "nhật kí", "nhật trình", "anh hùng", "anh em", "anh chị", "đức tin", "đức tính", "thái độ",
      "thái bình", "úc châu", "nga hoàng");
  /** Words that may sit between a role and the name it introduces ("Thứ trưởng Ngoại giao Mỹ phụ trách …"). */
  private static final Set<String> BRIDGE = Set.of("phụ", "trách", "và", "của", "tại", "kiêm", "thuộc", "đặc",
      "biệt", "cấp", "cao", "mới", "nhiệm", "tân", "cựu", "hàng", "đầu", "thường", "trực", "là", "tỉnh", "thành",
      "phố", "quận", "huyện", "xã", "bang", "nước");

  /** Lower-case words after which a capitalized name is an organization ("tờ Wall Street Journal"). */
  private static final Set<String> ORG_CUES = Set.of("tờ", "hãng", "đài", "kênh", "mạng", "chí",
      "ty", "đoàn", "viện", "trường", "báo", "trang");
  /** Two-word nouns of bands and teams. */
  private static final Set<String> GROUP_NOUNS = Set.of("nhóm nhạc", "ban nhạc", "nhóm nhảy", "đội bóng",
      "câu lạc bộ", "đội khách", "đội chủ");
  /** Two-word place nouns, some ending in an organization cue word ("thao trường", "bãi thử", "sân bay"). */
  private static final Set<String> PLACE_NOUNS = Set.of("thao trường", "quảng trường", "chiến trường",
      "công trường", "trường bắn", "bãi thử", "bãi phóng", "căn cứ", "bán đảo", "quần đảo", "sân bay",
      "nhà ga", "vận động", "thị trấn", "thủ phủ", "thủ đô");
  /** Lower-case particles inside foreign names ("Saud al-Faisal", "Bandar bin Sultan"). */
  private static final Set<String> NAME_PARTICLES = Set.of("al", "bin", "ibn", "de", "van", "von", "der", "da",
      "di", "del", "la", "le", "el", "du", "dos", "bint");
  /** Capitalized words that end a name run: credits and captions ("… Đăng Theo The Guardian"). */
  /** Capitalized function words inside a run start a new sentence whose full stop went missing. */
  private static final Set<String> FUNCTION_WORDS = Set.of("một", "các", "những", "trong", "khi", "sau", "trước",
      "tuy", "nhưng", "và", "với", "để", "đã", "đang", "sẽ", "cũng", "này", "đó", "thì", "là", "của", "lần", "nếu",
      "riêng", "ngoài", "bởi", "hiện", "tại", "theo");
  /** Common words often written with a capital first syllable inside names and titles. */
  private static final Set<String> CAPITALIZED_COMMON = Set.of("nhà nước", "thường trực", "thường vụ", "quốc gia",
      "quốc tế", "trung ương", "thống nhất", "giai đoạn", "thay mặt", "tiểu học", "trung học", "mầm non");
  /** Vietnamese middle names: a personal name never ends on one. */
  private static final Set<String> MIDDLE_NAMES = Set.of("Văn", "Thị");
  private static final Set<String> RUN_BREAKERS = Set.of("theo", "ảnh", "nguồn", "video", "clip", "ngày", "hôm",
      "tháng", "sáng", "chiều", "tối", "đêm");

  private final Gazetteer gaz;
  private final SpanTagger tagger;

  MentionFinder(Gazetteer gaz, SpanTagger tagger) {
    this.gaz = gaz;
    this.tagger = tagger;
  }

  /** Token indexes at which a sentence (or a quotation, or a clause after a colon) starts. */
  static BitSet sentenceStarts(String text, List<Token> toks) {
    BitSet b = new BitSet(toks.size());
    if (!toks.isEmpty()) b.set(0);
    for (int i = 1; i < toks.size(); i++) {
      String g = toks.get(i).gap();
      for (int k = 0; k < g.length(); k++) {
        char c = g.charAt(k);
        if (c == '.' && k + 1 < g.length() && g.charAt(k + 1) != '.' || c == '!' || c == '?' || c == '\n'
            || c == ':' || c == '“' || c == '"' || c == '‘' || c == '…' || c == '(' || c == '-' && k > 0) {
          b.set(i);
          break;
        }
      }
    }
    return b;
  }

  List<RawMention> find(String text, List<Token> toks) {
    BitSet starts = sentenceStarts(text, toks);
    BitSet heading = headings(toks);
    List<RawMention> out = new ArrayList<>();
    String title = null;
    int titleEnd = -1; // token index after the title cue
    String titleCountry = null;
    int i = 0;
    while (i < toks.size()) {
      Token t = toks.get(i);
      // a title stays active across countries, organizations and bridge words up to the name it introduces
      if (title != null && i > titleEnd + 12) title = null;
      if (heading.get(i)) {
        i++;
        continue;
      }

      int tl = titleAt(toks, i, starts);
      // "bí thư Tỉnh ủy Đắk Nông", "Giám đốc Sở Tài nguyên và Môi trường": a capitalized body inside a long
      // title is the body itself
      for (int k = i + 1; k < i + tl; k++) {
        if (toks.get(k).cap() && (localGovernmentAt(toks, k) > 0 || orgAt(toks, k) > 0)) {
          tl = k - i;
          break;
        }
      }
      if (tl > 0) {
        title = phrase(toks, i, tl);
        int e = i + tl;
        int dl = e < toks.size() ? Lexicon.ROLE_DOMAINS.match(toks, e) : 0;
        // "Phó Giám đốc Công an tỉnh Quảng Trị": the police of a place is the body, not the portfolio
        if (dl > 0 && toks.get(e).cap() && localGovernmentAt(toks, e) == 0) e += dl;
        titleEnd = e;
        titleCountry = null;
        i = e;
        continue;
      }

      // "U23 Việt Nam", "U19 Myanmar": an age-group national team is an organization (a sports team)
      if (AGE_TEAM.matcher(t.text()).matches() && i + 1 < toks.size() && toks.get(i + 1).tight()) {
        Match place = gazetteerAt(toks, i + 1, true);
        if (place != null && place.entry.type().equals("LOC")) {
          out.add(mention(text, toks, i, i + 1 + place.len, "ORG", null, null, place.entry.country(), false));
          i += 1 + place.len;
          continue;
        }
      }
      Match g = gazetteerAt(toks, i, title != null && !Lexicon.PRONOUN_TITLES.contains(title));
      if (g != null && g.entry.type().equals("LOC") && i > 0 && ORG_CUES.contains(toks.get(i - 1).lower())
          && !toks.get(i - 1).cap()) {
        int e = i + g.len;
        while (e < toks.size() && toks.get(e).cap() && toks.get(e).tight() && gazetteerAt(toks, e, false) == null) e++;
        if (e > i + g.len) {
          // "trang Washington Free Beacon": an outlet named after its city
          out.add(mention(text, toks, i, e, "ORG", null, null, g.entry.country(), false));
          i = e;
          continue;
        }
      }
      if (g != null && g.entry.type().equals("LOC") && i + g.len < toks.size()) {
        // "Vietnam Idol", "Asia's Got Talent": a place opening the name of a show or a competition is no place
        int w = i + g.len;
        while (w < toks.size() && w < i + g.len + 3 && toks.get(w).cap() && toks.get(w).tight() && !toks.get(w).spacedDash()
            && !EVENT_WORDS.contains(toks.get(w).text())) {
          w++;
        }
        if (w < toks.size() && toks.get(w).tight() && EVENT_WORDS.contains(toks.get(w).text()) && !vietnameseSyllable(toks.get(i))) {
          i = w + 1;
          continue;
        }
        // "Laos Airlines", "Vietnam Airlines": a place name opening an organization ending in a company word
        int e = i + g.len;
        while (e < toks.size() && toks.get(e).cap() && toks.get(e).tight() && e < i + g.len + 3
            && !ORG_SUFFIXES.contains(toks.get(e).text())) {
          e++;
        }
        if (e < toks.size() && toks.get(e).tight() && ORG_SUFFIXES.contains(toks.get(e).text())) {
          out.add(mention(text, toks, i, e + 1, "ORG", null, null, g.entry.country(), false));
          i = e + 1;
          continue;
        }
      }
      if (g != null) {
        boolean personTitled = title != null && i == titleEnd && g.entry.type().equals("LOC")
            && Lexicon.PRONOUN_TITLES.contains(title);
        // "Abdullah bin Abdulaziz al-Saud": a known person's name runs on through name particles
        if (g.entry.type().equals("PER") && particle(toks, i + g.len, i)) {
          int e = i + g.len;
          while (e < toks.size() && toks.get(e).tight() && (toks.get(e).cap() || particle(toks, e, i))) e++;
          g = new Match(g.entry, e - i);
        }
        // "Hội Chữ thập đỏ tỉnh Nghệ An": a known organization with a level and a place is its local chapter
        if (g.entry.type().equals("ORG") && i + g.len < toks.size() && toks.get(i + g.len).tight()) {
          int lv = ADMIN_LEVELS.match(toks, i + g.len);
          Match place = lv > 0 && i + g.len + lv < toks.size() ? gazetteerAt(toks, i + g.len + lv, true) : null;
          // "Hội Chữ thập đỏ Việt Nam TP HCM": a national body's name followed by a city, without a level word
          if (lv == 0 && toks.get(i + g.len - 1).text().equals("Nam") && toks.get(i + g.len - 2).text().equals("Việt")) {
            place = localPlace(toks, i + g.len);
          }
          if (place != null && place.entry.type().equals("LOC") && toks.get(i + g.len + lv).cap()) {
            int end = i + g.len + lv + place.len;
            out.add(mention(text, toks, i, end, "ORG", null, null, place.entry.country(), false));
            i = end;
            continue;
          }
        }
        if (!personTitled) {
          out.add(mention(text, toks, i, i + g.len, g.entry.type(), g.entry, null, g.entry.country(), false));
          if (title != null && g.entry.type().equals("PER")) title = null;
          else if (title != null && titleCountry == null && g.entry.country() != null) titleCountry = g.entry.country();
          i += g.len;
          continue;
        }
      }

      // "quận 8", "Quận 11": the numbered urban districts of a city are places
      if (t.lower().equals("quận") && i + 1 < toks.size() && toks.get(i + 1).digit() && toks.get(i + 1).gap().equals(" ")
          && toks.get(i + 1).text().length() <= 2 && (i + 2 >= toks.size() || !toks.get(i + 2).gap().equals("/"))) {
        out.add(mention(text, toks, i, i + 2, "LOC", null, null, "VNM", false));
        i += 2;
        continue;
      }
      if (t.cap() && !t.digit()) {
        // "Tổng Công ty viễn thông Viettel Telecom", "Công ty cổ phần Tập đoàn Hòa Phát": a company head and its
        // kind words before a known organization's name are that organization
        Match company = knownAfterHead(toks, i);
        if (company != null) {
          out.add(mention(text, toks, i, i + company.len, "ORG", company.entry, null, company.entry.country(), false));
          i += company.len;
          continue;
        }
        // "Ủy ban thường vụ Quốc hội", "Nhóm nữ đại biểu Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Nghệ An": a body
        // of the legislature or the government described in lower case is an organization of its own
        int body = bodyOfInstitution(toks, i);
        if (body > 0) {
          out.add(mention(text, toks, i, i + body, "ORG", null, null, "VNM", false));
          i += body;
          continue;
        }
        int lg = localGovernmentAt(toks, i);
        if (lg > 0) {
          out.add(mention(text, toks, i, i + lg, "ORG", null, null, "VNM", false));
          i += lg;
          continue;
        }
        // "đại lộ Trường An", "phố Trường Chinh": after a street word a head word opens a place name
        boolean street = streetCue(toks, i);
        int ol = street ? 0 : orgAt(toks, i);
        if (ol > 0) {
          String country = null;
          for (int k = i; k < i + ol; k++) {
            Match m = gazetteerAt(toks, k, true);
            if (m != null && m.entry.type().equals("LOC") && m.entry.country() != null) country = m.entry.country();
          }
          Gazetteer.Entry known = null;
          int end = i + ol;
          // "Tổ chức Cấm phổ biến vũ khí hóa học (OPCW)": the known acronym in brackets names it, and the
          // name runs on in lower case up to the bracket
          // "Công đoàn NHCSXH (…)": the acronym after a unit names its parent, not the unit
          boolean unit = SUBUNIT_HEADS.contains(phrase(toks, i, Lexicon.ORG_HEADS.match(toks, i)));
          for (int k = end; !unit && k < Math.min(toks.size(), end + 6); k++) {
            if (toks.get(k).gapHasAny(".,;:\n“”\"")) break;
            if (toks.get(k).gap().endsWith("(")) {
              Match acr = gazetteerAt(toks, k, false);
              if (acr != null && acr.entry.type().equals("ORG")
                  && (toks.get(k).allCaps() || brandWord(toks.get(k).text()))) {
                known = acr.entry;
                end = k;
              }
              break;
            }
          }
          out.add(mention(text, toks, i, end, "ORG", known, null, known != null ? known.country() : country, false));
          if (title != null && titleCountry == null) titleCountry = country;
          i = end;
          continue;
        }
        // "Theo Thanh tra Bộ Tài chính": a common word opening the sentence is skipped on its own, so the name
        // after it gets the gazetteer and the organization rules
        if (starts.get(i) && Lexicon.SENTENCE_WORDS.contains(t.lower()) && i + 1 < toks.size()
            && toks.get(i + 1).cap() && toks.get(i + 1).tight()) {
          i++;
          continue;
        }
        int e = i;
        while (e < toks.size() && (toks.get(e).cap() || particle(toks, e, i)
                || e > i && toks.get(e).hyphenBefore() && !toks.get(e).digit()) && !toks.get(e).digit()
            && (e == i || toks.get(e).tight() && !toks.get(e).spacedDash() && !starts.get(e)
                // "Phan Văn Sáng": a name does not end on a middle name, whatever word comes next
                && (!RUN_BREAKERS.contains(toks.get(e).lower()) || MIDDLE_NAMES.contains(toks.get(e - 1).text()))
                && !FUNCTION_WORDS.contains(toks.get(e).lower()))
            && (e == i || gazetteerAt(toks, e, false) == null || weakAt(toks, e))
            && (e == i || !commonWordAt(toks, e))
            && (e == i || titleAt(toks, e, starts) == 0)
            && (e == i || !heading.get(e) && localGovernmentAt(toks, e) == 0 && !foreignThenVietnamese(toks, e))) {
          e++;
        }
        int s = i;
        // a sentence-initial common word is not part of the name after it ("Theo Daily Star")
        if (starts.get(s) && Lexicon.SENTENCE_WORDS.contains(toks.get(s).lower())) s++;
        while (s < e - 1 && GENRES.contains(toks.get(s).text())) s++;
        if (s < e) {
          // "… liên quan tới ông. Liên quan …": a full stop between the title and the word ends the title
          boolean titled = title != null && (s == titleEnd && !toks.get(s).gapHasAny(".!?:\n“\"")
                  || s > titleEnd && bridged(toks, titleEnd, s, out))
              && Lexicon.ORG_HEADS.match(toks, s) == 0;
          RawMention m = typed(text, toks, s, e, titled ? title : null, titled ? titleCountry : null, starts);
          if (m != null) out.add(m);
          if (titled) title = null;
        }
        i = e;
        continue;
      }
      if (title != null && !BRIDGE.contains(t.lower()) && !t.digit()) title = null;
      i++;
    }
    // the byline or credit closing an article ("Phạm Khánh", "Kiệt Linh - (tổng hợp)") names its writer,
    // not someone in the story
    int credit = creditLineStart(toks);
    out.removeIf(m -> m.entry() == null && (m.tokStart() > credit || m.tokStart() == credit && m.title() == null));
    // "Tiin.vn", "Zing.vn": a name with a web domain is the site, an outlet
    for (int k = 0; k < out.size(); k++) {
      RawMention m = out.get(k);
      int e = m.tokEnd();
      if (m.entry() == null && e < toks.size() && toks.get(e).gap().equals(".") && DOMAINS.contains(toks.get(e).lower())) {
        out.set(k, mention(text, toks, m.tokStart(), e + 1, "ORG", null, null, null, false));
      }
    }
    // "Grand Slam", "ATP World Tour Final", "giải Swiss": competitions, prizes and festivals are events, not
    // persons, places or organizations
    out.removeIf(m -> m.entry() == null && (EVENT_WORDS.contains(toks.get(m.tokEnd() - 1).text())
        || toks.get(m.tokEnd() - 1).text().equals("Mở") && m.tokEnd() < toks.size()
            && toks.get(m.tokEnd()).lower().equals("rộng")
        || m.tokStart() > 0 && toks.get(m.tokStart() - 1).lower().equals("giải") && !toks.get(m.tokStart() - 1).cap()));
    // "… Rafael Nadal … . Anh cũng là tay vợt …": a sentence-initial "Anh" before a verb, right after a person
    // was named, is "he", not the United Kingdom
    for (int k = out.size() - 1; k >= 0; k--) {
      RawMention m = out.get(k);
      int t = m.tokStart();
      if (m.entry() == null || m.tokEnd() - t != 1 || !toks.get(t).lower().equals("anh") || !starts.get(t)
          || t + 1 >= toks.size() || !HE_VERBS.contains(toks.get(t + 1).lower())) {
        continue;
      }
      boolean personBefore = false;
      for (int j = k - 1; j >= 0 && out.get(j).tokEnd() > t - 90; j--) if ("PER".equals(out.get(j).type())) personBefore = true;
      if (personBefore) out.remove(k);
    }
    // "Ảnh: VGP/Anh Dũng": the photographer of a credit is a byline (the agency stays, as outlets do)
    out.removeIf(m -> m.entry() == null && !"ORG".equals(m.type()) && photoCredit(toks, m.tokStart()));
    // "Anh, Messi, Pedro": unknown single names listed with persons are persons too (team sheets, casts)
    typeListsOfPersons(text, toks, out);
    // "cặp đôi Mỹ An – Đình Lộc": two names paired by a dash are of one kind; a guess follows the person
    for (int k = 0; k + 1 < out.size(); k++) {
      RawMention a = out.get(k);
      RawMention b = out.get(k + 1);
      if (b.start() != a.end() + 3 || text.charAt(a.end()) != ' ' || text.charAt(a.end() + 2) != ' '
          || "–-".indexOf(text.charAt(a.end() + 1)) < 0) {
        continue;
      }
      if (a.guessed() && !"PER".equals(a.type()) && "PER".equals(b.type())) out.set(k, a.withType("PER"));
      if (b.guessed() && !"PER".equals(b.type()) && "PER".equals(a.type())) out.set(k + 1, b.withType("PER"));
    }
    // model designations and units are not names: "FA-50", "RS-20V", "USD", "UAV", "Lumia 1520"
    out.removeIf(m -> m.entry() == null && (NOT_NAMES.contains(m.text()) || designation(toks, m)
        || m.tokEnd() - m.tokStart() == 1 && m.tokEnd() < toks.size() && toks.get(m.tokEnd()).digit()
            && toks.get(m.tokEnd()).gap().equals(" ") && !"PER".equals(m.type())));
    // "Trung-Nhật", "Nga-Trung", "Nam-Bắc": country syllables joined into an adjective
    out.removeIf(m -> m.entry() == null && countryCompound(toks, m));
    // "20 triệu Nhân dân tệ": the currency
    out.removeIf(m -> m.entry() == null && m.tokEnd() + 1 < toks.size()
        && toks.get(m.tokEnd()).lower().equals("dân") && toks.get(m.tokEnd() + 1).lower().equals("tệ"));
    // "ca khúc “Born this way” của Lady Gaga": the one named after a quoted work is its author or performer
    for (int k = 0; k < out.size(); k++) {
      RawMention m = out.get(k);
      if (m.entry() == null && !"PER".equals(m.type()) && m.start() >= 6
          && text.startsWith(" của ", m.start() - 5) && "”\"".indexOf(text.charAt(m.start() - 6)) >= 0
          && !"ORG".equals(m.type())) {
        out.set(k, new RawMention(m.tokStart(), m.tokEnd(), m.start(), m.end(), m.text(), "PER", null, null, null,
            false));
      }
    }
    // "Thu Linh/VOV": a name glued by a slash to a known outlet is the byline
    out.removeIf(m -> m.entry() == null && m.tokEnd() < toks.size() && toks.get(m.tokEnd()).gap().equals("/")
        && isOutlet(toks, m.tokEnd()));
    // "công nghệ Clear Black", "phiên bản Windows", "camera PureView": products and features, not entities
    out.removeIf(m -> m.entry() == null && productAfter(toks, m.tokStart()));
    // "Ảnh: TR.T.": initials with full stops are a photographer's or writer's signature
    out.removeIf(m -> m.entry() == null && INITIALS.matcher(m.text()).matches());
    // "ông Vũ Văn Bìnhchia sẻ": a speech verb glued to the last syllable of a name by a missing space
    for (int k = 0; k < out.size(); k++) {
      RawMention m = out.get(k);
      // ("bà Huacho biết": one titled syllable too)
      if (m.entry() == null && (m.tokEnd() - m.tokStart() >= 2 || m.title() != null)) {
        int cut = gluedVerb(toks, m.tokEnd() - 1);
        if (cut > 0) {
          int end = toks.get(m.tokEnd() - 1).start() + cut;
          out.set(k, new RawMention(m.tokStart(), m.tokEnd(), m.start(), end, text.substring(m.start(), end), m.type(),
              null, m.title(), m.country(), m.shortForm()));
        }
      }
    }
    // "đồng CUC", "1 CUC ăn 24 CUP": a three-letter code after a currency word or an amount is a currency,
    // wherever else the article names it
    Set<String> currencies = new java.util.HashSet<>();
    for (int k = 1; k < toks.size(); k++) {
      Token c = toks.get(k);
      String prev = toks.get(k - 1).lower();
      if (c.text().length() == 3 && c.allCaps() && c.gap().equals(" ")
          && (prev.equals("đồng") || prev.equals("tiền") || toks.get(k - 1).digit())) {
        currencies.add(c.text());
      }
    }
    out.removeIf(m -> m.entry() == null && currencies.contains(m.text()));
    // "chàng trai người Chu Ru": an unknown name right after "người" is an ethnic group or a nationality
    out.removeIf(m -> m.entry() == null && !"ORG".equals(m.type()) && m.tokStart() > 0
        && toks.get(m.tokStart() - 1).text().equals("người") && toks.get(m.tokStart()).gap().equals(" "));
    // "Nhà nước Lào", "thư viện Quốc gia", "nhà máy BOF Giai đoạn 2": a capitalized syllable opening a common
    // word is no name on its own, and a person's name has no acronym in it
    out.removeIf(m -> m.entry() == null && m.title() == null && m.tokEnd() - m.tokStart() == 1
        && m.tokEnd() < toks.size() && !toks.get(m.tokEnd()).cap() && toks.get(m.tokEnd()).gap().equals(" ")
        && CAPITALIZED_COMMON.contains(toks.get(m.tokStart()).lower() + " " + toks.get(m.tokEnd()).lower()));
    for (int k = out.size() - 1; k >= 0; k--) {
      RawMention m = out.get(k);
      if (m.entry() != null || m.title() != null || !"PER".equals(m.type()) || m.tokEnd() - m.tokStart() < 2) continue;
      int cut = m.tokStart();
      while (cut < m.tokEnd() && !(toks.get(cut).allCaps() && toks.get(cut).text().length() >= 3)) cut++;
      if (cut == m.tokEnd()) continue;
      // "“bầu” Kiên HPG: …" (a headline glued to the name) keeps the name; "BOF Giai" is none
      boolean vietnamese = true;
      for (int x = m.tokStart(); x < cut; x++) vietnamese &= vietnameseSyllable(toks.get(x));
      // a single syllable left ("Đội CSGT") is a name only when the article names someone so elsewhere
      String kept = toks.get(m.tokStart()).text();
      boolean named = cut - m.tokStart() > 1 || out.stream().anyMatch(o -> o != m && o.text().equals(kept)
          && !"LOC".equals(o.type()) && !"ORG".equals(o.type()));
      if (cut == m.tokStart() || !vietnamese || !named) out.remove(k);
      else out.set(k, mention(text, toks, m.tokStart(), cut, "PER", null, null, m.country(), m.shortForm()));
    }
    // "an ninh quốc gia (ANQG)": an abbreviation of a lower-case phrase is a common noun, not a name
    Set<String> common = commonAbbreviations(toks);
    out.removeIf(m -> m.entry() == null && common.contains(m.text()));
    // "nhạc nền “Out of Body Experience”", "“Thử Thách Cùng Bước Nhảy”": a capitalized title in quotation
    // marks names a work (song, show, film, book), not a person, place or organization
    List<int[]> titles = quotedTitles(text, toks);
    out.removeIf(m -> m.entry() == null && titles.stream().anyMatch(q -> m.start() > q[0] && m.end() <= q[1]));
    return out;
  }

  /**
   * Length of the name syllable at the start of token k when the rest of it, with the next token, is a speech
   * verb ("Bìnhchia" + "sẻ" = "Bình" + "chia sẻ"); 0 otherwise.
   */
  static int gluedVerb(List<Token> toks, int k) {
    Token t = toks.get(k);
    if (vietnameseSyllable(t) || t.text().length() < 4) return 0;
    String next = k + 1 < toks.size() && toks.get(k + 1).gap().equals(" ") ? toks.get(k + 1).lower() : null;
    for (int j = 2; j <= t.text().length() - 2; j++) {
      String head = t.text().substring(0, j);
      String rest = t.text().substring(j);
      if (!rest.equals(rest.toLowerCase(java.util.Locale.ROOT))) continue;
      if (!VIETNAMESE_SYLLABLE.matcher(vn.bantin.text.Folding.fold(head.toLowerCase(java.util.Locale.ROOT))).matches()) continue;
      boolean verb = next != null && Lexicon.SPEECH_VERBS.contains(rest + " " + next) || Lexicon.SPEECH_VERBS.contains(rest);
      if (verb && rest.length() >= 2) return j;
    }
    return 0;
  }

  private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile(
      "\\p{Lu}{1,3}(\\.\\p{Lu}{1,3})+\\.?");
  /** Lower-case words naming a kind of product or feature, before the product's name. */
  private static final Set<String> PRODUCT_CUES = Set.of("công nghệ", "ứng dụng", "phần mềm", "hệ điều hành",
      "phiên bản", "dòng", "mẫu", "camera", "màn hình", "chip", "vi xử lý", "smartphone", "máy tính bảng", "loa",
      "tai nghe", "thiết bị", "sản phẩm", "trò chơi", "game", "tính năng", "chế độ", "định vị", "trình duyệt",
      "nền tảng", "di động", "model", "phablet", "tablet");

  private static boolean productAfter(List<Token> toks, int s) {
    if (s == 0 || toks.get(s - 1).cap() || !toks.get(s).gap().equals(" ")) return false;
    if (PRODUCT_CUES.contains(toks.get(s - 1).lower())) return true;
    return s >= 2 && !toks.get(s - 2).cap() && toks.get(s - 1).gap().equals(" ")
        && PRODUCT_CUES.contains(toks.get(s - 2).lower() + " " + toks.get(s - 1).lower());
  }

  private boolean isOutlet(List<Token> toks, int k) {
    Match m = gazetteerAt(toks, k, true);
    return m != null && m.entry.type().equals("ORG");
  }

  /** Spans [open, close] of short quotations whose words are mostly capitalized (titles of works). */
  static List<int[]> quotedTitles(String text, List<Token> toks) {
    List<int[]> out = new ArrayList<>();
    int k = 0;
    while (k < text.length()) {
      char c = text.charAt(k);
      if (c != '“' && c != '"') {
        k++;
        continue;
      }
      int close = -1;
      for (int j = k + 1; j < Math.min(text.length(), k + 120); j++) {
        char d = text.charAt(j);
        if (d == '”' || d == '"') {
          close = j;
          break;
        }
        if (d == '“' || d == '\n') break;
      }
      if (close < 0) {
        k++;
        continue;
      }
      int words = 0;
      int caps = 0;
      boolean firstCap = false;
      // tokens are in text order: start at the first one after the opening mark
      int lo = 0;
      int hi = toks.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (toks.get(mid).start() <= k) lo = mid + 1;
        else hi = mid;
      }
      for (int x = lo; x < toks.size() && toks.get(x).end() <= close; x++) {
        Token t = toks.get(x);
        if (t.digit()) continue;
        if (words == 0) firstCap = t.cap();
        words++;
        if (t.cap()) caps++;
      }
      if (words > 0 && words <= 8 && firstCap && caps * 10 >= words * 6) out.add(new int[] {k, close});
      k = close + 1;
    }
    return out;
  }

  /** All-caps abbreviations in brackets right after the lower-case words whose initials they spell. */
  static Set<String> commonAbbreviations(List<Token> toks) {
    Set<String> out = new java.util.HashSet<>();
    for (int k = 1; k + 1 < toks.size(); k++) {
      Token t = toks.get(k);
      if (!t.allCaps() || !t.gap().endsWith("(") || !toks.get(k + 1).gap().startsWith(")")) continue;
      String letters = vn.bantin.text.Folding.fold(t.text()).toLowerCase(java.util.Locale.ROOT);
      int n = letters.length();
      if (n < 2 || n > 8 || k - n < 0) continue;
      boolean ok = true;
      for (int j = 0; j < n && ok; j++) {
        Token w = toks.get(k - n + j);
        ok = !w.cap() && !w.digit() && vn.bantin.text.Folding.fold(w.lower()).charAt(0) == letters.charAt(j);
      }
      if (ok) out.add(t.text());
    }
    return out;
  }

  /** Capitalized abbreviations that are units, currencies or common nouns, never named entities. */
  private static final Set<String> NOT_NAMES = Set.of("USD", "VND", "VNĐ", "EUR", "GDP", "UAV", "ICBM", "ICBMs",
      "SLBM", "SLBMs", "CEO", "PV", "NV", "TP", "ĐBQH", "HĐND", "GMT", "ODA", "FDI", "CPI", "IT", "TV", "DNA", "HIV",
      "AIDS", "SMS", "GPS", "ATM", "VIP", "USB", "LED", "LCD", "PC", "CD", "DVD", "OK", "AM", "PM", "KHCN", "THPT",
      "THCS", "ĐH", "CĐ", "BHXH", "BHYT", "CNTT", "XHCN", "QĐ", "NĐ", "TT", "CP", "Thứ Hai", "Thứ Ba", "Thứ Tư",
      "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật", "Chủ nhật", "SN", "DN", "DNNN", "BTC", "SGK", "GD", "HS", "XH",
      "ĐT", "VĐV", "CLB", "TNXP", "SUV", "RAM", "GB", "MB", "MV", "EPS", "BXH", "CC", "DL", "NXB", "KT", "PGS", "GS",
      "TS", "ThS", "BS", "KS", "THX", "TTX", "Việt", "TW", "TƯ", "T.Ư", "TW Đảng", "TƯ Đảng", "T.Ư Đảng", "ADN",
      "ISO", "HD", "Full HD", "IPS", "Wifi", "WiFi", "Bluetooth", "NFC", "SIM", "CPU", "GPU", "LTE", "Hiphop",
      "HipHop", "Hip Hop", "Jazz", "Funk", "Jazz Funk", "Salsa", "Dancesport", "Ballad", "Rap", "Rock", "Pop",
      "Kpop", "Tango", "Waltz", "Rumba", "Samba", "Freestyle", "Hiphop Freestyle", "Bolero", "Disco", "UBND",
      // abbreviations of common nouns in business, school and administrative news ("LNST" lợi nhuận sau thuế,
      // "ĐKCC" đăng ký cuối cùng, "GV" giáo viên, "TH" tiểu học, "KLH" khu liên hợp)
      "LNST", "LNTT", "ĐKCC", "GDKHQ", "HĐQT", "ĐHĐCĐ", "ĐHCĐ", "BCTC", "KQKD", "VĐL", "CTCP", "TNHH", "NĐT",
      "CTCK", "TTCK", "GV", "SV", "TH", "MN", "KLH", "KCN", "KKT", "KĐT");
  /** Dance and music genres that open a capitalized run before a name ("kiện tướng Dancesport Minh Trường"). */
  private static final Set<String> GENRES = Set.of("Hiphop", "HipHop", "Jazz", "Funk", "Salsa", "Dancesport",
      "Ballad", "Rap", "Rock", "Pop", "Kpop", "Tango", "Waltz", "Rumba", "Samba", "Freestyle", "Bolero", "Disco");

  private static final Set<String> DEPARTMENT_HEADS = Set.of("trưởng phòng", "phó trưởng phòng", "cục trưởng",
      "phó cục trưởng", "vụ trưởng", "viện trưởng", "giám đốc", "phó giám đốc", "trưởng ban", "chủ nhiệm",
      "giám đốc sở", "chánh văn phòng", "tổng cục trưởng");
  /** Words that follow a subject pronoun ("Anh cũng", "Anh đã") far more than a country name. */
  private static final Set<String> HE_VERBS = Set.of("cũng", "đã", "sẽ", "là", "vẫn", "chưa", "từng", "đang", "còn",
      "luôn", "chỉ", "mới", "lại", "phải", "muốn", "nói", "cho", "thừa", "chia", "kể", "tâm", "bộc", "ta", "ấy",
      "dành", "không", "có", "được", "bị", "rất", "thì", "tự", "thường", "vừa");
  private static final Set<String> DOMAINS = Set.of("vn", "com", "net", "org", "tv", "info");
  /** Last words of names of competitions, prizes and festivals. */
  private static final Set<String> EVENT_WORDS = Set.of("Slam", "Open", "Masters", "Cup", "Final", "Finals",
      "Championship", "Championships", "League", "Games", "Festival", "Awards", "Award", "Prix", "Olympics",
      "Olympic", "Series", "Tour", "Marathon", "Expo", "Fashion Week", "Idol", "Got Talent");

  /** Last words of foreign organization names. */
  private static final Set<String> ORG_SUFFIXES = Set.of("Airlines", "Airways", "Air", "Bank", "Group",
      "Corporation", "Corp", "Inc", "Ltd", "Company", "FC", "Times", "Post", "News", "Journal", "Herald",
      "Tribune", "Telegraph", "Motors", "Energy", "Holdings", "University", "Institute", "Foundation",
      "Association", "Agency", "Council", "Party", "Airport", "Petroleum", "Oil", "Telecom", "Media",
      "Entertainment", "Records", "Studios", "Pictures", "Financial", "Securities", "Capital", "Insurance",
      "Investment", "Electronics", "Technology", "Technologies", "Systems", "Solutions", "Network", "Networks",
      "Industries", "International", "Communications", "TV", "Channel", "Radio", "Broadcasting", "Magazine",
      "Press", "Club", "Pharma", "Steel", "Chemical", "Bancorp", "Partners");

  private static final java.util.regex.Pattern AGE_TEAM = java.util.regex.Pattern.compile("U\\d{2}");

  private static final Set<String> ROMAN = Set.of("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII");

  /**
   * A model or product code: an abbreviation glued to a number ("FA-50"), a name with a Roman numeral or a
   * one-letter suffix ("Delta IV", "Pantsir-S", "X-band").
   */
  private static boolean designation(List<Token> toks, RawMention m) {
    if (AGE_TEAM.matcher(toks.get(m.tokStart()).text()).matches()) return false;
    // "quận 8", "Công an quận 8": a numbered district, not a model number
    if (m.tokEnd() - m.tokStart() >= 2 && toks.get(m.tokEnd() - 2).lower().equals("quận")) return false;
    // "Ban Thanh thiếu niên VTV6": an organization named by its head may end in a channel number
    if ("ORG".equals(m.type()) && m.tokEnd() - m.tokStart() >= 2 && Lexicon.ORG_HEADS.match(toks, m.tokStart()) > 0) {
      return false;
    }
    // "số 070234/TDDH", "395/11/HĐTD-11": a document number's letters
    if (m.tokStart() > 0 && toks.get(m.tokStart()).gap().equals("/") && toks.get(m.tokStart() - 1).digit()) return true;
    for (int k = m.tokStart(); k < m.tokEnd(); k++) {
      Token t = toks.get(k);
      if (t.allCaps() && t.text().chars().allMatch(c -> "IVXLC".indexOf(c) >= 0)) return true; // "XIII"
      if (t.text().chars().anyMatch(Character::isDigit)) return true; // "Galaxy S4", "VN30"
      if (k + 1 < m.tokEnd() && toks.get(k + 1).hyphenBefore() && toks.get(k + 1).text().equals("Index")) return true;
      if (k > m.tokStart() && ROMAN.contains(t.text())) return true;
      if (t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))
          && (k > m.tokStart() && t.hyphenBefore() || k + 1 < toks.size() && toks.get(k + 1).hyphenBefore())) {
        return true;
      }
    }
    int e = m.tokEnd();
    return e < toks.size() && toks.get(e).gap().equals("-") && (toks.get(e).digit() || toks.get(e).allCaps())
        || m.tokStart() > 0 && toks.get(m.tokStart()).gap().equals("-") && toks.get(m.tokStart() - 1).allCaps();
  }

  private static final Set<String> COUNTRY_SYLLABLES = Set.of("trung", "nhật", "nga", "mỹ", "hàn", "triều",
      "việt", "lào", "nam", "bắc", "đông", "tây", "pháp", "đức", "anh", "ấn", "úc", "thái", "miên", "xô");

  private static boolean countryCompound(List<Token> toks, RawMention m) {
    boolean hyphen = false;
    for (int k = m.tokStart(); k < m.tokEnd(); k++) {
      if (!COUNTRY_SYLLABLES.contains(toks.get(k).lower())) return false;
      if (k > m.tokStart() && toks.get(k).hyphenBefore()) hyphen = true;
    }
    return hyphen;
  }

  private static final Set<String> CREDIT_WORDS = Set.of("tổng", "hợp", "theo", "tin", "tức", "và", "ảnh", "tâm",
      "nguồn", "lược", "dịch", "thực", "hiện", "nhóm", "pv", "ctv", "tv", "báo", "ghi");

  /** Index of the first token of a short closing line of names and credit words, or the token count. */
  static int creditLineStart(List<Token> toks) {
    int k = toks.size() - 1;
    // a trailing counter or page number ("DUYÊN DUYÊN 0") is not part of the text
    while (k > 0 && toks.get(k).digit() && toks.get(k).text().length() <= 2) k--;
    int n = 0;
    while (k >= 0 && n < 10) {
      Token t = toks.get(k);
      if (!t.cap() && !CREDIT_WORDS.contains(t.lower())) return toks.size();
      n++;
      if (k == 0 || t.gapHasAny("!?\n”\"") || t.gap().indexOf('.') >= 0 && t.gap().length() > 1) return k;
      k--;
    }
    return toks.size();
  }

  /** Whether a name at k (or the title before it) directly follows "Ảnh:" or "Ảnh: AGENCY/". */
  private static boolean photoCredit(List<Token> toks, int k) {
    for (int s = k; s >= Math.max(1, k - 1); s--) {
      String g = toks.get(s).gap();
      if (g.contains(":") && Set.of("ảnh", "photo").contains(toks.get(s - 1).lower())) return true;
      if (g.equals("/") && s >= 2 && toks.get(s - 1).gap().contains(":")
          && Set.of("ảnh", "photo").contains(toks.get(s - 2).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * All-caps words with Vietnamese diacritics, two or more in a row ("TIN BÀI LIÊN QUAN", "ĐỘI HÌNH THI
   * ĐẤU"), are section headings or shouted bylines, not names; the all-caps words around them go too.
   */
  static BitSet headings(List<Token> toks) {
    BitSet b = new BitSet(toks.size());
    int i = 0;
    while (i < toks.size()) {
      int e = i;
      boolean vietnamese = false;
      while (e < toks.size() && toks.get(e).allCaps() && !toks.get(e).digit() && (e == i || toks.get(e).tight())) {
        String t = toks.get(e).text();
        // (fold lower-cases: compare with the lower-case word, so "TP.HCM" is no heading)
        if (!vn.bantin.text.Folding.fold(t).equals(t.toLowerCase(java.util.Locale.ROOT))) vietnamese = true;
        e++;
      }
      if (e - i >= 2 && vietnamese) b.set(i, e);
      i = Math.max(e, i + 1);
    }
    return b;
  }

  private static final java.util.regex.Pattern VIETNAMESE_SYLLABLE = java.util.regex.Pattern.compile(
      "(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?");

  /**
   * "Kaka Dự bị", "Messi Dự bị": a syllable with Vietnamese diacritics glued after a word that cannot be a
   * Vietnamese syllable starts a new phrase (a label whose punctuation went missing), not the same name.
   */
  private static boolean foreignThenVietnamese(List<Token> toks, int k) {
    if (k == 0 || k + 1 >= toks.size()) return false;
    Token t = toks.get(k);
    String folded = vn.bantin.text.Folding.fold(t.text());
    if (folded.equals(t.lower())) return false;
    String prev = vn.bantin.text.Folding.fold(toks.get(k - 1).text());
    if (VIETNAMESE_SYLLABLE.matcher(prev).matches()) return false;
    return !toks.get(k + 1).cap();
  }

  /**
   * Whether a token can be a Vietnamese syllable: "Y" (Bộ Y tế), "Lao" (Bộ Lao động), "Tam" (Hội Tam hoàng)
   * can, though they carry no diacritic; "Herald", "Bank" cannot.
   */
  static boolean vietnameseSyllable(Token t) {
    return VIETNAMESE_SYLLABLE.matcher(vn.bantin.text.Folding.fold(t.lower())).matches();
  }

  /** Local-government bodies named by their place: "UBND thành phố Hà Nội", "Công an tỉnh Bình Dương". */
  private static final Lexicon.PhraseSet LOCAL_BODIES = Lexicon.PhraseSet.of("ubnd", "hđnd", "ủy ban nhân dân",
      "uỷ ban nhân dân", "hội đồng nhân dân", "công an", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy",
      "quận ủy", "sở", "ban quản lý", "tand", "vksnd", "tòa án nhân dân", "viện kiểm sát nhân dân",
      "bộ chỉ huy quân sự", "bộ chỉ huy biên phòng", "tỉnh đoàn", "thành đoàn", "huyện đoàn", "quận đoàn",
      "tỉnh đội", "thành đội");
  /**
   * Bodies that are complete before a bare known place ("Tỉnh ủy Đắk Nông", "Công an Hà Nội"); "Sở" and
   * "Ban quản lý" need their portfolio first ("Sở Y tế Hà Nội").
   */
  private static final Set<String> PLACE_BODIES = Set.of("ubnd", "hđnd", "ủy ban nhân dân", "uỷ ban nhân dân",
      "hội đồng nhân dân", "công an", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy", "quận ủy",
      "tand", "vksnd", "tòa án nhân dân", "viện kiểm sát nhân dân", "tỉnh đoàn", "thành đoàn", "huyện đoàn",
      "quận đoàn", "tỉnh đội", "thành đội");
  /** Administrative levels between a local body and its place ("thành phố", "TP", "tỉnh"). */
  private static final Lexicon.PhraseSet ADMIN_LEVELS = Lexicon.PhraseSet.of("thành phố", "tp", "tỉnh", "quận",
      "huyện", "xã", "phường", "thị xã", "thị trấn");

  /**
   * Length of a local-government body at i: a body word (capitalized), an optional administrative level, and
   * the capitalized place name ("Công an thành phố Thủ Dầu Một"); 0 when the place is missing.
   */
  private int localGovernmentAt(List<Token> toks, int i) {
    if (!toks.get(i).cap()) return 0;
    int bl = LOCAL_BODIES.match(toks, i);
    if (bl == 0) return 0;
    int e = i + bl;
    if (e >= toks.size() || !toks.get(e).tight()) return 0;
    int ll = ADMIN_LEVELS.match(toks, e);
    // "Sở Y tế Hà Nội" is an ordinary organization name: only the bare forms need the level word, or a known
    // place right after a complete body ("Tỉnh ủy Đắk Nông")
    if (ll == 0 && !toks.get(i).allCaps()) {
      Match place = PLACE_BODIES.contains(phrase(toks, i, bl)) ? gazetteerAt(toks, e, true) : null;
      if (place == null || !place.entry.type().equals("LOC")) return 0;
    }
    e += ll;
    // "Công an quận 8", "UBND quận 11": a numbered district
    if (ll == 1 && toks.get(e - 1).lower().equals("quận") && e < toks.size() && toks.get(e).digit()
        && toks.get(e).text().length() <= 2 && toks.get(e).gap().equals(" ")) {
      return e + 1 - i;
    }
    if (e >= toks.size() || !toks.get(e).cap() || !toks.get(e).tight()) return 0;
    Match m = gazetteerAt(toks, e, true);
    if (m != null) return m.entry.type().equals("LOC") ? e + m.len - i : 0;
    int k = e;
    while (k < toks.size() && toks.get(k).cap() && toks.get(k).tight() && !toks.get(k).digit()
        && !FUNCTION_WORDS.contains(toks.get(k).lower()) && k - e < 4) {
      k++;
    }
    return k - i;
  }

  /**
   * Unknown single capitalized names in a comma list that also holds known persons become persons: a team
   * sheet ("Valdes, Alves, Pique, Mascherano") or a cast list names people, not places.
   */
  private static void typeListsOfPersons(String text, List<Token> toks, List<RawMention> out) {
    int i = 0;
    while (i < out.size()) {
      int j = i;
      while (j + 1 < out.size() && listGap(text, out.get(j), out.get(j + 1))) j++;
      if (j - i + 1 >= 4) {
        int persons = 0;
        int others = 0;
        for (int k = i; k <= j; k++) {
          RawMention m = out.get(k);
          if ("PER".equals(m.type())) persons++;
          else if (m.type() != null) others++;
        }
        if (persons >= 2 && persons > others || persons >= 1 && others == 0) {
          for (int k = i; k <= j; k++) {
            RawMention m = out.get(k);
            if (m.type() == null && m.title() == null) {
              out.set(k, new RawMention(m.tokStart(), m.tokEnd(), m.start(), m.end(), m.text(), "PER", null,
                  null, null, false));
            }
          }
        }
      }
      if (j - i + 1 >= 3) {
        // "(Liễu Giai, Ba Đình, Hà Nội)": an address lists places, the unknown ones included
        int places = 0;
        boolean person = false;
        for (int k = i; k <= j; k++) {
          RawMention m = out.get(k);
          if (m.entry() != null && "LOC".equals(m.type())) places++;
          if ("PER".equals(m.type()) && (m.entry() != null || m.title() != null)) person = true;
        }
        if (places >= 2 && !person) {
          for (int k = i; k <= j; k++) {
            RawMention m = out.get(k);
            if (m.entry() == null && m.title() == null && m.tokEnd() - m.tokStart() >= 2) out.set(k, m.withType("LOC"));
          }
        }
      }
      i = j + 1;
    }
  }

  private static boolean listGap(String text, RawMention a, RawMention b) {
    if (b.start() < a.end()) return false;
    String g = text.substring(a.end(), b.start()).trim();
    return g.equals(",") || g.equals("và") || g.equals(", và");
  }

  /** Decides the type of a capitalized run [s, e). */
  private RawMention typed(String text, List<Token> toks, int s, int e, String title, String country,
      BitSet starts) {
    int n = e - s;
    // "phóng viên PetroTimes", "Navibank", "Sacombank": a word with a capital inside or a bank word glued to it
    // is a brand (a place keeps its cue: "bãi phóng KapustinYar")
    boolean brand = n == 1 && brandWord(toks.get(s).text());
    if (brand && (title != null || toks.get(s).lower().endsWith("bank"))) {
      return mention(text, toks, s, e, "ORG", null, null, null, false);
    }
    // "Tổng Bí thư BCH TW Đảng CS …": a title followed by an abbreviation or an organization head
    boolean orgLike = toks.get(s).allCaps() || Lexicon.ORG_HEADS.match(toks, s) > 0;
    if (title != null && orgLike) {
      return mention(text, toks, s, e, "ORG", null, null, null, false);
    }
    // "Trưởng phòng Tuyên truyền", "Cục trưởng Hợp tác quốc tế": a head of a department is followed by the
    // department's name, whose capitalized first syllable is no person
    if (title != null && n == 1 && DEPARTMENT_HEADS.contains(title) && e < toks.size() && !toks.get(e).cap()
        && toks.get(e).tight()) {
      return null;
    }
    if (title != null) {
      return mention(text, toks, s, e, "PER", null, title, country, n == 1);
    }
    Token first = toks.get(s);
    if (n == 1 && first.allCaps() && first.text().length() <= 6) {
      return mention(text, toks, s, e, "ORG", null, null, null, false);
    }
    String prev = s > 0 ? toks.get(s - 1).lower() : "";
    // "nhóm nhạc Big Bang", "đội bóng Celta Vigo", "vào lưới Sevilla", "thắng 3-0 trước Celta Vigo": a band or a
    // team
    if (s >= 2 && !starts.get(s) && !toks.get(s - 1).cap()
        && (GROUP_NOUNS.contains(toks.get(s - 2).lower() + " " + prev) || prev.equals("lưới")
            && toks.get(s - 2).lower().equals("vào")
            || prev.equals("trước") && toks.get(s - 2).digit() && toks.get(s - 2).gap().equals("-"))) {
      return mention(text, toks, s, e, "ORG", null, null, null, false);
    }
    // "thao trường Kura", "bãi thử Plesetsk", "sân vận động Mỹ Đình": a place noun before the name
    if (s >= 2 && !starts.get(s) && !toks.get(s - 1).cap() && !toks.get(s - 2).cap()
        && PLACE_NOUNS.contains(toks.get(s - 2).lower() + " " + prev)) {
      return mention(text, toks, s, e, "LOC", null, null, null, false);
    }
    if (s > 0 && !starts.get(s) && ORG_CUES.contains(prev) && !toks.get(s - 1).cap()) {
      return mention(text, toks, s, e, "ORG", null, null, null, false);
    }
    // "Laos Airlines", "Deutsche Bank", "Washington Times": an organization word ends the name
    if (n >= 2 && ORG_SUFFIXES.contains(toks.get(e - 1).text())) {
      // "21st Century Business Herald": an ordinal opening the name belongs to it
      boolean ordinal = s > 0 && toks.get(s).tight() && toks.get(s - 1).text().matches("\\d+(st|nd|rd|th)");
      return mention(text, toks, ordinal ? s - 1 : s, e, "ORG", null, null, null, false);
    }
    // "hãng hàng không Laos Airlines", "công ty cổ phần X": the kind of company before the name
    // "khu kinh tế Nghi Sơn", "khu công nghiệp Lam Sơn-Sao Vàng": zones are places
    if (s >= 3 && !starts.get(s) && toks.get(s - 3).lower().equals("khu") && Set.of("kinh tế", "công nghiệp",
        "đô thị", "chế xuất", "du lịch", "dân cư", "bảo tồn", "công nghệ").contains(toks.get(s - 2).lower() + " " + prev)) {
      return mention(text, toks, s, e, "LOC", null, null, null, false);
    }
    // "mã KMR", "Mã SHB": a stock code names the listed company
    if (n == 2 && first.lower().equals("mã") && toks.get(s + 1).allCaps()) {
      return mention(text, toks, s + 1, e, "ORG", null, null, null, false);
    }
    // "cảng hàng không Thọ Xuân": an airport is a place
    if (s >= 3 && !starts.get(s) && (toks.get(s - 3).lower() + " " + toks.get(s - 2).lower() + " " + prev)
        .equals("cảng hàng không")) {
      return mention(text, toks, s, e, "LOC", null, null, null, false);
    }
    if (s >= 2 && !starts.get(s) && !toks.get(s - 1).cap() && (toks.get(s - 2).lower() + " " + prev).matches(
        "hàng không|cổ phần|hữu hạn|trách nhiệm|ty tnhh|doanh nghiệp|thương hiệu|nhãn hiệu")) {
      return mention(text, toks, s, e, "ORG", null, null, null, false);
    }
    // "tại Thủ đô …": a capitalized common word opening a lower-case compound is no name
    boolean compound = n == 1 && Lexicon.SENTENCE_WORDS.contains(first.lower()) && e < toks.size()
        && !toks.get(e).cap() && toks.get(e).gap().equals(" ");
    // one Vietnamese syllable after a place word is a direction or a word ("miền Trung"), not a place name;
    // a foreign one-word name is ("tại Pakse", "ở Basel")
    boolean oneVietnamese = n == 1 && (!vn.bantin.text.Folding.fold(first.text()).equals(first.lower())
        || first.text().length() < 4);
    // "thị trấn Chờ", "xã Gio Mai": after an administrative unit even one Vietnamese syllable is a place
    if (s > 0 && !starts.get(s) && ADMIN_UNITS.contains(prev) && !toks.get(s - 1).cap() && !compound
        && (s < 2 || !toks.get(s - 2).lower().equals("miền"))) {
      return mention(text, toks, s, e, "LOC", null, null, null, false);
    }
    // "yêu cầu Google", "toàn cầu": "cầu" is a bridge only on its own
    boolean notBridge = prev.equals("cầu") && s >= 2 && BRIDGELESS.contains(toks.get(s - 2).lower())
        || prev.equals("lộ") && !streetCue(toks, s);
    if (s > 0 && !starts.get(s) && Lexicon.LOC_CUES.contains(prev) && !toks.get(s - 1).cap() && !compound
        && !notBridge
        && !oneVietnamese && !(WEAK_LOC_CUES.contains(prev) && n >= 2
            && VN_SURNAMES.contains(vn.bantin.text.Folding.fold(first.text())))) {
      return mention(text, toks, s, e, "LOC", null, null, null, false);
    }
    if (brand) return mention(text, toks, s, e, "ORG", null, null, null, false);
    if (n == 1) {
      if (starts.get(s)) return mention(text, toks, s, e, null, null, null, null, true);
      return mention(text, toks, s, e, null, null, null, null, true);
    }
    // "Ngô Thanh Vân", "Lê Nguyên Ngọc": a surname and two or three more Vietnamese syllables is a full name
    if ((n == 3 || n == 4) && VN_SURNAMES.contains(vn.bantin.text.Folding.fold(first.text()))) {
      boolean vietnamese = true;
      for (int k = s; k < e; k++) vietnamese &= vietnameseSyllable(toks.get(k));
      if (vietnamese) return mention(text, toks, s, e, "PER", null, null, null, false);
    }
    String type = tagger.classify(toks, s, e, starts.get(s));
    if (type == null) return null;
    RawMention m = mention(text, toks, s, e, type, null, null, null, false);
    return new RawMention(m.tokStart(), m.tokEnd(), m.start(), m.end(), m.text(), type, null, null, null, false, true);
  }

  private static final java.util.regex.Pattern INNER_CAPITAL = java.util.regex.Pattern.compile(
      "\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*");
  /** Name prefixes that keep an inner capital in personal names ("McDonald", "DiCaprio", "LeBron"). */
  private static final Set<String> NAME_PREFIXES = Set.of("Mc", "Mac", "Di", "De", "Le", "La", "Du", "Van", "Von",
      "Da", "Del", "Al", "El", "Fitz", "San", "St");

  /** "PetroTimes", "MobiFone", "Navibank": company and outlet names, never persons or places. */
  static boolean brandWord(String w) {
    if (w.length() >= 6 && w.toLowerCase(java.util.Locale.ROOT).endsWith("bank")) return true;
    if (!INNER_CAPITAL.matcher(w).matches()) return false;
    for (String p : NAME_PREFIXES) {
      if (w.startsWith(p) && w.length() > p.length() && Character.isUpperCase(w.charAt(p.length()))) return false;
    }
    return true;
  }

  /** A lower-case name particle between two capitalized syllables of one name. */
  private static boolean particle(List<Token> toks, int k, int runStart) {
    return k > runStart && k < toks.size() && NAME_PARTICLES.contains(toks.get(k).lower()) && k + 1 < toks.size()
        && toks.get(k + 1).cap() && toks.get(k + 1).tight();
  }

  private static boolean bridged(List<Token> toks, int from, int to, List<RawMention> found) {
    if (from < 0 || from > to) return false;
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      if (insideFound(found, k)) continue; // the organization of a spokesman, between title and name
      if (!t.cap() && !BRIDGE.contains(t.lower())) return false;
      if (t.gap().contains(",") || t.gap().contains(".")) return false;
      if (k > from && t.gapHasAny("“”\"(")) return false; // "vũ công của “Thử thách …”": a title of a show
    }
    if (to < toks.size() && toks.get(to).gapHasAny("“”\"(") && to > from) return false;
    return true;
  }

  private static boolean insideFound(List<RawMention> found, int k) {
    for (int i = found.size() - 1; i >= 0 && i >= found.size() - 4; i--) {
      RawMention m = found.get(i);
      if (k >= m.tokStart() && k < m.tokEnd()) return !"PER".equals(m.type());
    }
    return false;
  }

  private static RawMention mention(String text, List<Token> toks, int s, int e, String type,
      Gazetteer.Entry entry, String title, String country, boolean shortForm) {
    int a = toks.get(s).start();
    int b = toks.get(e - 1).end();
    return new RawMention(s, e, a, b, text.substring(a, b), type, entry, title, country, shortForm);
  }

  private static String phrase(List<Token> toks, int i, int len) {
    StringBuilder sb = new StringBuilder();
    for (int k = i; k < i + len; k++) {
      if (k > i) sb.append(' ');
      sb.append(toks.get(k).lower());
    }
    return sb.toString();
  }

  /** Length of a title cue at i that introduces a name, or 0. */
  private static int titleAt(List<Token> toks, int i, BitSet starts) {
    int len = Lexicon.PERSON_TITLES.match(toks, i);
    if (len == 0) return 0;
    Token t = toks.get(i);
    String p = phrase(toks, i, len);
    if (Lexicon.PRONOUN_TITLES.contains(p)) {
      // "ông"/"bà" are titles in lower case, or capitalized at a sentence start or before a capitalized name
      // (captions run into sentences without a full stop); "Anh" mid-sentence is the United Kingdom
      boolean nameAfter = i + 1 < toks.size() && toks.get(i + 1).cap() && toks.get(i + 1).tight()
          && (p.equals("ông") || p.equals("bà") || p.equals("chị") || p.equals("cụ") || p.equals("ngài"));
      if (t.cap() && !starts.get(i) && !nameAfter) return 0;
    }
    // "công bố Quyết định", "anh em": kinship words are titles only capitalized or after a linking word
    if (KINSHIP.contains(p) && !t.cap() && i > 0 && !KIN_BEFORE.contains(toks.get(i - 1).lower())
        && !t.gapHasAny(",.;:(")) {
      return 0;
    }
    // a title with neither a name nor a role portfolio after it is a plain noun ("các quan chức")
    int e = i + len;
    if (e >= toks.size()) return 0;
    if (Lexicon.NAME_ONLY_TITLES.contains(p) && !(toks.get(e).cap() && toks.get(e).tight())) return 0;
    if (!toks.get(e).cap() && Lexicon.ROLE_DOMAINS.match(toks, e) == 0) {
      return Lexicon.PRONOUN_TITLES.contains(p) ? 0 : len;
    }
    return len;
  }

  private static final Set<String> KINSHIP = Set.of("em", "bố", "mẹ", "cậu");
  private static final Set<String> KIN_BEFORE = Set.of("của", "và", "là", "với", "cho", "thì", "mà", "tức", "hai",
      "khi", "nhưng", "như", "có", "gồm");

  private boolean weakAt(List<Token> toks, int i) {
    Match m = gazetteerAt(toks, i, false);
    return m != null && m.len == 1 && WEAK.contains(toks.get(i).lower());
  }

  private record Match(Gazetteer.Entry entry, int len) {}

  /** Longest gazetteer spelling starting at token i whose capitalization fits, or null. */
  private Match gazetteerAt(List<Token> toks, int i, boolean afterRole) {
    Gazetteer.Node n = gaz.root;
    Match best = null;
    for (int k = i; k < toks.size(); k++) {
      Token t = toks.get(k);
      Gazetteer.Node next = n.next.get(t.lower());
      if (k > i && !t.tight() && !(t.gap().equals(", ") && next != null && next.afterComma)) break;
      n = next;
      if (n == null) break;
      for (Map.Entry<Gazetteer.Entry, boolean[]> end : n.ends) {
        boolean[] caps = end.getValue();
        boolean ok = true;
        // a multi-syllable spelling needs only its first syllable as written ("Bộ ngoại giao Mỹ", "Itsunori
        // onodera"); a single syllable must match its capital ("Mỹ" but not "mỹ")
        if (caps[0] && !toks.get(i).cap()) ok = false;
        if (ok) {
          best = new Match(end.getKey(), k - i + 1);
          break;
        }
      }
    }
    // "ca sĩ Mỹ Tâm", "Mỹ Linh": "Mỹ" before a Vietnamese syllable is a given name, not the United States
    // ("nhạc sĩ Anh Quân", "ca sĩ Đức Phúc": so is any weak country syllable)
    if (best != null && best.len == 1 && (toks.get(i).lower().equals("mỹ") || WEAK.contains(toks.get(i).lower()))
        && i + 1 < toks.size()
        && toks.get(i + 1).cap() && toks.get(i + 1).tight() && !toks.get(i + 1).spacedDash()
        && !toks.get(i + 1).allCaps() && vietnameseSyllable(toks.get(i + 1)) && gazetteerAt(toks, i + 1, true) == null) {
      return null;
    }
    if (best != null && best.len == 1 && WEAK.contains(toks.get(i).lower())) {
      // "Đức", "Nga", "Anh" are also given names: not a country when a name syllable is glued to them
      Token t = toks.get(i);
      if (i > 0 && toks.get(i - 1).cap() && t.tight() && !afterRole) return null;
      if (i > 0 && Lexicon.PRONOUN_TITLES.contains(toks.get(i - 1).lower()) && t.gap().equals(" ")) return null;
      if (i + 1 < toks.size() && toks.get(i + 1).cap() && toks.get(i + 1).tight() && !afterRole) return null;
      // "Ý kiến", "Pháp luật", "Anh hùng": the syllable opens a common word, not a country
      if (i + 1 < toks.size() && !toks.get(i + 1).cap() && toks.get(i + 1).gap().equals(" ")
          && WEAK_COMPOUNDS.contains(toks.get(i).lower() + " " + toks.get(i + 1).lower())) {
        return null;
      }
    }
    return best;
  }

  /**
   * Length of an organization name at i: a head ("Bộ", "Hội đồng") followed by a capitalized specifier,
   * lower-case syllables inside it only when another capitalized syllable follows, and a country ending it
   * ("Bộ Ngoại giao Nga" then "Maria Zakharova" is a person). 0 when there is no such name.
   */
  /** A Vietnamese province or city (not the country) starting at token k, tightly after a name, or null. */
  private Match localPlace(List<Token> toks, int k) {
    if (k >= toks.size() || !toks.get(k).tight() || !toks.get(k).cap()) return null;
    Match p = gazetteerAt(toks, k, true);
    return p != null && p.entry.type().equals("LOC") && "VNM".equals(p.entry.country())
        && !p.entry.id().equals("loc:vietnam") ? p : null;
  }

  /** Heads of bodies of an institution ("Ủy ban thường vụ Quốc hội", "Nhóm nữ đại biểu Quốc hội"). */
  private static final Set<String> BODY_HEADS = Set.of("nhóm", "ủy ban", "uỷ ban", "hội đồng", "đoàn", "ban");

  private int bodyOfInstitution(List<Token> toks, int i) {
    int hl = Lexicon.ORG_HEADS.match(toks, i);
    if (hl == 0 || !BODY_HEADS.contains(phrase(toks, i, hl))) return 0;
    int d = i + hl;
    while (d < toks.size() && d - i - hl < 4 && !toks.get(d).cap() && toks.get(d).tight()
        && !STOP.contains(toks.get(d).lower()) && !toks.get(d).digit()
        // "Ủy ban đề nghị Quốc hội …": a verb after the head makes it a subject, not a name
        && Lexicon.SPEECH_VERBS.match(toks, d) == 0 && Cameo.cueAt(toks, d) == null) {
      d++;
    }
    if (d == i + hl || d + 1 >= toks.size() || !toks.get(d).cap() || !toks.get(d).tight()
        || !toks.get(d + 1).tight() || !INSTITUTIONS.contains(phrase(toks, d, 2))) {
      return 0;
    }
    int end = d + 2;
    // "… tỉnh Nghệ An", "… TP Hà Nội": the delegation of a province
    int lv = end < toks.size() && toks.get(end).tight() ? ADMIN_LEVELS.match(toks, end) : 0;
    Match place = lv > 0 && end + lv < toks.size() ? gazetteerAt(toks, end + lv, true) : null;
    if (place != null && place.entry.type().equals("LOC") && toks.get(end + lv).cap()) end += lv + place.len;
    return end - i;
  }

  private Match knownAfterHead(List<Token> toks, int i) {
    int hl = Lexicon.ORG_HEADS.match(toks, i);
    if (hl == 0 || !COMPANY_HEADS.contains(phrase(toks, i, hl))) return null;
    int d = i + hl;
    while (d < toks.size() && d - i - hl < 4 && !toks.get(d).cap() && toks.get(d).tight()
        && DESCRIPTORS.contains(toks.get(d).lower())) {
      d++;
    }
    if (d >= toks.size() || !toks.get(d).cap() || !toks.get(d).tight()) return null;
    Match m = gazetteerAt(toks, d, true);
    if (m == null || !m.entry.type().equals("ORG")) return null;
    return new Match(m.entry, d + m.len - i);
  }

  private int orgAt(List<Token> toks, int i) {
    int hl = Lexicon.ORG_HEADS.match(toks, i);
    if (hl == 0) return 0;
    String head = phrase(toks, i, hl);
    int e = i + hl;
    if (e >= toks.size()) return 0;
    Token next = toks.get(e);
    if (!next.tight()) {
      return INSTITUTIONS.contains(head) ? hl : 0;
    }
    if (Lexicon.COMPLETE_ORG_HEADS.contains(head)) {
      Match m = gazetteerAt(toks, e, true);
      if (m != null && m.entry.type().equals("LOC") && m.entry.country() != null) return hl + m.len;
      // "Quốc hội", "Chính phủ" capitalized are the institutions themselves ("Cảnh sát" is any police);
      // "… Chính phủ Trần Đức Lượng": a Vietnamese full name after it is the official holding the title
      boolean official = VN_SURNAMES.contains(vn.bantin.text.Folding.fold(next.text())) && e + 1 < toks.size()
          && toks.get(e + 1).cap() && toks.get(e + 1).tight();
      if (!next.cap() || m != null || official) return INSTITUTIONS.contains(head) ? hl : 0;
    }
    // "Công ty cổ phần công nghệ Viễn thông Sài Gòn", "Trung tâm hội nghị tỉnh Đắk Nông": a company or an
    // institution may describe its kind in lower case before the capitalized name
    if (!next.cap() && DESCRIBED_HEADS.contains(head)) {
      int d = e;
      while (d < toks.size() && d - e < 6 && !toks.get(d).cap() && toks.get(d).tight()
          && DESCRIPTORS.contains(toks.get(d).lower())) {
        d++;
      }
      if (d > e && d < toks.size() && toks.get(d).cap() && toks.get(d).tight()) {
        e = d;
        next = toks.get(e);
      }
    }
    if (!next.cap() || titleAt(toks, e, new BitSet()) > 0) return 0;
    // "Đoàn Thị Yến", "Mai Văn Hùng": a head that is also a surname, followed by a middle name, is a person
    if (hl == 1 && VN_SURNAMES.contains(vn.bantin.text.Folding.fold(toks.get(i).text()))
        && Set.of("thị", "văn", "hữu", "đức", "ngọc", "công", "quang", "xuân", "minh").contains(next.lower())) {
      return 0;
    }
    Match first = gazetteerAt(toks, e, true);
    // "Công đoàn NHCSXH", "Thanh tra Bộ Y tế": a unit of a known organization is an organization of its own
    if (first != null && first.entry.type().equals("ORG") && SUBUNIT_HEADS.contains(head)) return e + first.len - i;
    if (SUBUNIT_HEADS.contains(head) && Lexicon.ORG_HEADS.match(toks, e) > 0) {
      int inner = orgAt(toks, e);
      if (inner > 0) return e + inner - i;
    }
    // "Báo Korea Joongang Daily", "Hãng tin Yonhap": the known name after the head is the organization
    if (first != null && (first.entry.type().equals("PER") || first.entry.type().equals("ORG"))) return 0;
    int last = e; // index after the last capitalized syllable taken
    int k = e;
    int lowerRun = 0;
    while (k < toks.size()) {
      Token t = toks.get(k);
      if (!t.tight() && k > e) break;
      Match m = gazetteerAt(toks, k, true);
      // "Ban Thanh thiếu niên VTV6 – Đài Truyền hình Việt Nam": a dash before another organization ends the name
      if (k > e && t.spacedDash() && (Lexicon.ORG_HEADS.match(toks, k) > 0 || m != null && m.entry.type().equals("ORG"))) {
        break;
      }
      if (m != null && m.entry.type().equals("LOC") && (m.len > 1 || !WEAK.contains(t.lower()))) {
        last = k + m.len; // a country or a city closes the name: "Sở Y tế Hà Nội"
        // "Ủy ban … Mặt trận Tổ quốc Việt Nam TP HCM": a national body followed by a city is its local chapter
        Match local = m.entry.id().equals("loc:vietnam") ? localPlace(toks, last) : null;
        if (local != null) {
          last += local.len;
          break;
        }
        // … unless the name goes on in Vietnamese words that start no person: "Ngân hàng … Sài Gòn Thương Tín"
        int n1 = last;
        boolean goesOn = n1 + 1 < toks.size();
        for (int x = n1; goesOn && x <= n1 + 1; x++) {
          Token w = toks.get(x);
          goesOn = w.cap() && w.tight() && !w.spacedDash() && vietnameseSyllable(w) && !w.allCaps()
              && !VN_SURNAMES.contains(vn.bantin.text.Folding.fold(w.text())) && gazetteerAt(toks, x, true) == null
              && titleAt(toks, x, new BitSet()) == 0 && Lexicon.ORG_HEADS.match(toks, x) == 0;
        }
        if (goesOn) {
          k = last;
          lowerRun = 0;
          continue;
        }
        break;
      }
      if (m != null && m.entry.type().equals("PER")) break;
      if (t.cap()) {
        if (k > e && titleAt(toks, k, new BitSet()) > 0) break;
        // "… Chính phủ Tuy nhiên, …": a caption glued to the next sentence ends at its opener
        if (k > e && commonWordAt(toks, k)) break;
        // "Bộ Quốc phòng Peter Galvez": a foreign personal name after the specifier is the spokesman
        if (k > e && m == null && foreignNameRun(toks, k)) break;
        // "Bộ Y tế Nguyễn Thị Kim Tiến": a Vietnamese surname starting a run of names is the minister
        // ("Trường THCS Hoàng Văn Thụ": after a school level the name is the school's)
        if (k > e && m == null && VN_SURNAMES.contains(vn.bantin.text.Folding.fold(t.text())) && k + 1 < toks.size()
            && toks.get(k + 1).cap() && toks.get(k + 1).tight() && !SCHOOL_LEVELS.contains(toks.get(k - 1).text())) {
          break;
        }
        last = k + 1;
        lowerRun = 0;
      } else {
        // "Bộ Tài nguyên và Môi trường", "Ngân hàng Nông nghiệp và Phát triển nông thôn": "và" joins two
        // capitalized portfolios of one name
        Match beforeAnd = gazetteerAt(toks, k - 1, true);
        if (t.lower().equals("và") && k == last && k + 1 < toks.size() && toks.get(k + 1).cap()
            && toks.get(k + 1).tight() && gazetteerAt(toks, k + 1, true) == null
            && (beforeAnd == null || !beforeAnd.entry.type().equals("LOC"))
            && Lexicon.ORG_HEADS.match(toks, k + 1) == 0 && !toks.get(k + 1).allCaps()
            && localGovernmentAt(toks, k + 1) == 0 && titleAt(toks, k + 1, new BitSet()) == 0
            && !VN_SURNAMES.contains(vn.bantin.text.Folding.fold(toks.get(k + 1).text()))) {
          k++;
          continue;
        }
        if (STOP.contains(t.lower()) || ++lowerRun > 4) break;
        // the syllable completing a two-syllable word ("Ngoại giao") belongs to the name; not after a run of
        // capitals ("Phong trào Đông Thổ đứng sau") nor after a foreign word ("Herald thế kỷ")
        Token before = toks.get(k - 1);
        boolean single = k - 2 < e || !toks.get(k - 2).cap();
        // nor after a place ("Lực lượng vũ trang Nga tiến …": the verb of the sentence)
        Match placeBefore = gazetteerAt(toks, k - 1, true);
        boolean afterPlace = placeBefore != null && placeBefore.entry.type().equals("LOC");
        // ("Viện Bỏng Quốc gia", "Bệnh viện Nhi Trung ương": the words that end institution names complete
        // even a run of capitals)
        boolean ending = NAME_ENDINGS.contains(before.lower() + " " + t.lower());
        if (lowerRun == 1 && k == last && (single || ending) && vietnameseSyllable(before) && !afterPlace) {
          last = k + 1;
        }
      }
      k++;
    }
    // "Cục Quản lý khám chữa bệnh (Bộ Y tế)": a lower-case domain runs on up to its parent in brackets
    int j = last;
    while (j < toks.size() && j - last < 4 && !toks.get(j).cap() && toks.get(j).tight() && !STOP.contains(toks.get(j).lower())) {
      j++;
    }
    if (j > last && j < toks.size() && toks.get(j).gap().endsWith("(")) {
      Match parent = gazetteerAt(toks, j, true);
      if (parent != null && parent.entry.type().equals("ORG")) return j - i;
    }
    return last - i;
  }

  private static final Set<String> BRIDGELESS = Set.of("yêu", "nhu", "kêu", "đề", "khẩn", "thỉnh", "mong",
      "toàn", "địa", "bán", "điện", "khinh", "mưu", "nài", "van");
  private static final Set<String> ADMIN_UNITS = Set.of("xã", "phường", "trấn", "huyện", "quận", "thôn", "ấp",
      "làng", "xóm");
  /** Place words that persons follow too ("đến thăm Nguyễn Thị Doan"): a surname there means a person. */
  private static final Set<String> WEAK_LOC_CUES = Set.of("tại", "ở", "tới", "đến", "sang", "thăm", "từ", "về",
      "trên", "khắp", "cầu");
  private static final Set<String> VN_SURNAMES = Set.of("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan",
      "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "trinh", "dinh", "luong", "doan", "truong",
      "uong", "chu", "quach", "trieu", "ton", "lai", "kieu", "luu", "nghiem", "phung", "mac", "thach", "tong",
      "dam", "vuong", "hua", "tieu", "khong", "nong", "giap", "thai", "ta", "to");

  /** Two or more tightly spaced capitalized syllables without Vietnamese letters ("Peter Galvez"). */
  private static boolean foreignNameRun(List<Token> toks, int k) {
    int n = 0;
    while (k + n < toks.size()) {
      Token t = toks.get(k + n);
      if (!t.cap() || n > 0 && !t.tight() || !vn.bantin.text.Folding.fold(t.text()).equals(t.lower())) break;
      n++;
    }
    return n >= 2;
  }

  private static final Set<String> SCHOOL_LEVELS = Set.of("THCS", "THPT", "PTTH", "PTCS", "TH", "PTDTNT", "ĐH",
      "CĐ", "MN");
  /** Heads naming a unit of the organization after them. */
  private static final Set<String> SUBUNIT_HEADS = Set.of("công đoàn", "đảng ủy", "đảng uỷ", "đảng bộ", "thanh tra",
      "chi cục", "văn phòng", "ban");
  /** Two-syllable words that end names of national and central institutions, written with one capital. */
  private static final Set<String> NAME_ENDINGS = Set.of("quốc gia", "quốc tế", "trung ương", "thế giới");
  /** Heads of companies and outlets that, before a known organization's name, name that organization. */
  private static final Set<String> COMPANY_HEADS = Set.of("công ty", "tổng công ty", "tập đoàn", "ngân hàng",
      "hãng", "nhà mạng");
  /** Heads of companies and institutions that may describe their kind in lower case before the name. */
  private static final Set<String> DESCRIBED_HEADS = Set.of("công ty", "tổng công ty", "tập đoàn", "ngân hàng",
      "trường", "bệnh viện", "trung tâm", "viện", "nhà máy", "học viện", "đại học", "đài");
  /** Syllables of the lower-case kind words of company and institution names ("cổ phần", "đa khoa"). */
  private static final Set<String> DESCRIPTORS = Set.of("cổ", "phần", "cp", "tnhh", "trách", "nhiệm", "hữu",
      "hạn", "một", "thành", "viên", "mtv", "liên", "doanh", "đầu", "tư", "thương", "mại", "dịch", "vụ", "xây",
      "dựng", "công", "nghệ", "phát", "triển", "sản", "xuất", "nhập", "khẩu", "du", "lịch", "bất", "động", "vận",
      "tải", "truyền", "thông", "giải", "trí", "đa", "khoa", "nhi", "phụ", "trung", "ương", "quốc", "tế", "mầm",
      "non", "tiểu", "học", "cơ", "sở", "phổ", "chuyên", "dân", "lập", "thục", "hội", "nghị", "y", "văn", "hóa",
      "hoá", "thể", "thao", "điện", "lực", "năng", "lượng", "tài", "chính", "chứng", "khoán", "bảo", "hiểm", "nông",
      "nghiệp", "tỉnh", "phố", "huyện", "quận", "xã", "phường", "ngoại", "ngữ", "kỹ", "kĩ", "thuật", "nghề", "cao",
      "đẳng", "đại", "quân", "lãm", "khách", "sạn", "nghiên", "cứu", "kinh", "bản", "phim", "ảnh",
      // "Tổng Công ty viễn thông …", "Đài khí tượng thủy văn khu vực Nam Bộ"
      "viễn", "khí", "tượng", "thủy", "thuỷ", "khu", "vực", "vệ", "sinh");

  /** Heads that name one institution on their own when capitalized. */
  private static final Set<String> INSTITUTIONS = Set.of("quốc hội", "chính phủ", "nội các", "thượng viện",
      "hạ viện");

  /** Function words that end an organization name. */
  private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList("và", "của", "đã", "đang", "sẽ", "với", "tại", "ở", "cho",
      "là", "thì", "được", "bị", "về", "trong", "này", "đó", "các", "những", "một", "nhằm", "để", "khi", "nói",
      "rằng", "cũng", "vẫn", "có", "đến", "tới", "từ", "theo", "sau", "trước", "vào", "ra", "lên",
      "hôm", "ngày", "chiều", "sáng", "năm", "tháng", "dẫn", "xác", "nhận", "cho biết", "biết", "tuyên",
      "khẳng", "mà", "nên", "vừa", "mới", "đều", "người", "ông", "bà"));
}
