package vn.bantin.extract.html;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import vn.bantin.extract.source.Credit;
import vn.bantin.extract.source.CreditLines;
import vn.bantin.model.Article;
import vn.bantin.model.ArticleIds;
import vn.bantin.model.Page;
import vn.bantin.model.Paragraph;
import vn.bantin.model.ParagraphType;

/**
 * Builds one {@link Article} from a chosen content container: the body walk, then the clean-up that needs
 * the metadata (the headline and the lead repeated in the container, datelines, bylines, credit lines),
 * then the article-level metadata found near the content (visible bylines and dates, the lead).
 */
final class ArticleAssembler {
  private final Page page;
  private final PageMeta meta;
  private final ContentScorer scorer;
  private final boolean skipHidden;
  private final Hints.Cache cache;

  ArticleAssembler(Page page, PageMeta meta, ContentScorer scorer, boolean skipHidden, Hints.Cache cache) {
    this.page = page;
    this.meta = meta;
    this.scorer = scorer;
    this.skipHidden = skipHidden;
    this.cache = cache;
  }

  /** The elements of {@code list} inside {@code region}, by pre-order range. */
  private List<Element> within(List<Element> list, Element region) {
    List<Element> out = new ArrayList<>();
    ElementStats r = region == null ? null : scorer.stats.get(region);
    if (r == null) return out;
    for (Element e : list) {
      ElementStats s = scorer.stats.get(e);
      if (s != null && s.order() >= r.order() && s.order() <= r.end()) out.add(e);
    }
    return out;
  }

  /**
   * The outlet's display name from the project's outlet table, so one outlet has one name whatever its pages
   * say ("TUOI TRE ONLINE", "Báo Tuổi Trẻ" → "Tuổi Trẻ"). Evidence in order: the URL the page was fetched from,
   * the site name it declares, its canonical URL (last: a re-post may point it at the original), the outlet tag
   * of its lead. An outlet missing from the table keeps the name the page gives.
   */
  static String outletName(String fetchedUrl, String siteName, String canonical, String tagOutlet, String host) {
    vn.bantin.extract.source.Outlets table = vn.bantin.extract.source.Outlets.standard();
    java.util.Optional<vn.bantin.extract.source.Outlet> o = table.byUrl(fetchedUrl);
    if (o.isEmpty()) o = table.byName(siteName);
    if (o.isEmpty()) o = table.byUrl(canonical);
    if (o.isEmpty()) o = table.byName(tagOutlet);
    if (o.isPresent()) return o.get().name();
    return siteName != null ? siteName : tagOutlet != null ? tagOutlet : host;
  }

  /** Credit lines ("Theo Danviet", "Nguồn Tuổi Trẻ: https://…", "Theo Lâm Điền (Dân Việt)"), outlet table names. */
  private static final CreditLines CREDITS = CreditLines.standard();
  private static final Pattern POST_NUMBER = Pattern.compile("#\\s?\\d{1,6}");
  private static final Pattern URLS = Pattern.compile("(?i)\\bhttps?://\\S+");
  /** Words a credit line opens with; a cheap filter before the full parse. */
  private static final Pattern CREDIT_START = Pattern.compile("^\\(?\\s*(?:theo|nguồn|source|via)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The opening post of a forum thread: built like an article; a poster signs with a handle ("khoa.nguyen")
   * that is not written like a person's name, so the handle is the author when no byline is found.
   */
  Article buildPost(Element post, TitleFinder.Title title) {
    Article a = build(post, title, true);
    if (!a.authors().isEmpty()) return a;
    String poster = ForumThread.poster(post);
    return poster == null ? a : a.toBuilder().authors(List.of(poster)).build();
  }

  Article build(Element container, TitleFinder.Title title, boolean pageTitleIsOurs) {
    BodyCollector bc = new BodyCollector(container, scorer.stats, skipHidden, cache);
    bc.walk(container);
    List<Block> body = new ArrayList<>(bc.body);
    List<Block> caps = new ArrayList<>(bc.captions);

    String titleText = title.text();
    String titleFold = Texts.fold(titleText);
    body.removeIf(b -> !titleFold.isEmpty() && b.text().length() <= titleText.length() + 12
        && (Texts.fold(b.text()).equals(titleFold)
            || b.type() == ParagraphType.HEADING && b.words() > 3 && TitleFinder.similar(b.text(), titleText)));

    // post permalinks ("#1") of forum and comment boxes: a number sign and digits, never a line of prose
    body.removeIf(b -> b.words() == 1 && POST_NUMBER.matcher(b.text()).matches());

    // datelines repeated in the container
    body.removeIf(b -> b.words() <= 14 && !Texts.endsSentence(b.text()) && looksLikeDateline(b.text()));

    // the lead: a block named like one between the headline and the body, or the description repeated
    String lead = findLead(container, title.element(), titleText, body);
    if (!lead.isEmpty()) {
      String lf = Texts.fold(lead);
      int leadLength = lead.length();
      body.removeIf(b -> {
        if (b.text().length() > leadLength + 12) return false;
        String f = Texts.fold(b.text());
        return f.equals(lf) || f.endsWith(lf) || (b.words() >= 6 && lf.contains(f) && f.length() * 2 > lf.length());
      });
    }

    Element region = region(container, title.element());
    List<Element> bylineEls = within(scorer.bylines, region);
    bylineEls.removeIf(e -> inReaderComments(e, region));
    List<String> visibleAuthors = Authors.visible(bylineEls);


    Credit credit = null;
    List<String> trailingNames = new ArrayList<>();
    for (int guard = 0; guard < 6 && !body.isEmpty(); guard++) {
      Block last = body.get(body.size() - 1);
      String t = last.text();
      if (last.words() <= 12 && credit == null && CREDIT_START.matcher(t).find()) {
        Credit c = CREDITS.parse(t).orElse(null);
        if (c != null && (c.name() != null || c.url() != null)) {
          credit = c;
          if (c.author() != null && Authors.personLike(c.author(), meta.siteName, meta.host())) {
            trailingNames.add(c.author());
          }
          body.remove(body.size() - 1);
          continue;
        }
      }
      if (last.words() <= 3 && !Texts.endsSentence(t) && body.size() > 1) {
        // a trailing label ("Comments", "Share", "Tags") is never the article's last sentence
        if (last.words() <= 2 || last.type() == ParagraphType.HEADING) {
          String name = Authors.clean(t);
          if (Authors.personLike(name, meta.siteName, meta.host())) trailingNames.add(name);
          body.remove(body.size() - 1);
          continue;
        }
      }
      if (last.words() <= 6 && !Texts.endsSentence(t)) {
        String name = Authors.clean(t);
        List<String> names = new ArrayList<>(Authors.split(name));
        // "Minh Đức/VOV.VN", "Hải Yến/BNEWS/TTXVN": the outlet and the agency sign beside the writer
        int signed = names.size();
        names.removeIf(n -> Authors.outletLike(n, meta.siteName, meta.host()) || Authors.knownOutlet(n));
        boolean onlyOutlets = signed > 0 && names.isEmpty(); // "BNEWS/TTXVN/VNA": a signature without a writer
        boolean allNames = !names.isEmpty();
        for (String n : names) allNames &= Authors.personLike(n, meta.siteName, meta.host());
        if (allNames || onlyOutlets || last.type() == ParagraphType.HEADING) {
          if (allNames) trailingNames.addAll(names);
          body.remove(body.size() - 1);
          continue;
        }
      }
      break;
    }

    if (credit == null || credit.url() == null) {
      credit = merge(credit, creditNear(region, container, title.element(), body, credit != null));
    }
    // a writer named in a credit printed outside the body ("Theo Thu Hà | Trí thức trẻ") signs the piece
    if (credit != null && credit.author() != null && Authors.personLike(credit.author(), meta.siteName, meta.host())
        && !trailingNames.contains(credit.author())) {
      trailingNames.add(credit.author());
    }
    String credited = credit == null ? null : credit.name();
    String creditedUrl = credit == null ? null : credit.url();

    List<String> authors = Authors.resolve(pageTitleIsOurs ? meta.ld.authors() : List.of(),
        mergeVisible(visibleAuthors, trailingNames), pageTitleIsOurs ? meta.metaAuthors : List.of(),
        meta.siteName, meta.host());
    Set<String> authorFolds = new HashSet<>();
    for (String a : authors) authorFolds.add(Texts.fold(a));
    body.removeIf(b -> b.words() <= 8 && authorFolds.contains(Texts.fold(Authors.clean(b.text()))));

    caps.addAll(0, heroCaptions(container, title.element()));

    // a photo story: the narrative lives in the captions
    int bodyWords = 0, capWords = 0;
    for (Block b : body) bodyWords += b.words();
    for (Block b : caps) capWords += b.words();
    List<Paragraph> paragraphs = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    if (bodyWords < 40 && capWords >= 60 && capWords > 2 * bodyWords) {
      List<Block> all = new ArrayList<>(body);
      all.addAll(caps);
      all.sort((a, b) -> Integer.compare(a.order(), b.order()));
      for (Block b : all) addParagraph(paragraphs, b);
    } else {
      for (Block b : body) addParagraph(paragraphs, b);
      for (Block b : caps) if (!captions.contains(b.text())) captions.add(b.text());
    }

    // the outlet tag opening the lead ("(Dân trí) -", "TPO -")
    String tagOutlet = null;
    if (!lead.isEmpty()) {
      OutletTag tag = OutletTag.of(lead);
      if (tag.outlet() != null) {
        tagOutlet = tag.outlet();
        lead = tag.rest().trim();
      }
    } else if (!paragraphs.isEmpty()) {
      OutletTag tag = OutletTag.of(paragraphs.get(0).text());
      if (tag.outlet() != null && !tag.rest().isBlank()) {
        tagOutlet = tag.outlet();
        paragraphs.set(0, new Paragraph(paragraphs.get(0).type(), tag.rest().trim()));
      }
    }

    OffsetDateTime published = pageTitleIsOurs ? meta.published : null;
    if (published == null) published = visibleDate(region, title.element());
    if (published == null && !pageTitleIsOurs) published = meta.published;
    if (published == null) published = relativeDate(region, title.element());

    String language = meta.declaredLanguage;
    String bodyText = joinText(paragraphs);
    if (language == null) {
      double vi = Texts.vietnameseShare(titleText + " " + lead + " " + bodyText);
      if (vi > 0.03) language = "vi";
    }
    String url = meta.canonical;
    String siteName = meta.siteName != null ? meta.siteName : titleSuffix(meta.doc.title(), titleText);
    String outlet = outletName(page.provenance().url(), siteName, url, tagOutlet, meta.host());
    return Article.builder()
        .id(ArticleIds.of(url != null ? url : page.provenance().url(), titleText, bodyText))
        .provenance(page.provenance())
        .title(titleText)
        .lead(lead)
        .paragraphs(paragraphs)
        .captions(captions)
        .published(published)
        .modified(pageTitleIsOurs ? meta.modified : null)
        .authors(authors)
        .outlet(outlet)
        .creditedSource(credited)
        .creditedUrl(creditedUrl)
        .url(url)
        .language(language)
        .build();
  }

  /**
   * Entries under one headline and one sapo for them all (a live report: "Trực tiếp …", its summary, then
   * timed updates) are sections of one article, not articles of their own: the page headline stands outside
   * the entries and a lead line sits between it and the first entry. Pages of several complete articles
   * carry each headline inside its own unit, and plain live pages have no such lead.
   */
  boolean introducedAsOne(Element titleEl, Element firstPart) {
    ElementStats ts = titleEl == null ? null : scorer.stats.get(titleEl);
    ElementStats ps = scorer.stats.get(firstPart);
    if (ts == null || ps == null || ts.order() >= ps.order()) return false;
    for (Block b : scorer.blocks) {
      ElementStats s = scorer.stats.get(b.owner());
      if (s == null || s.order() <= ts.order() || b.owner() == titleEl) continue;
      if (s.order() >= ps.order()) break;
      if (b.caption() || b.words() < 12 || b.linkDensity() > 0.3) continue;
      if (leadNamed(b.owner()) || repeatsDescription(b.text())) return true;
    }
    return false;
  }

  /**
   * Inside the readers' comments (WordPress "comment-author vcard", "binh-luan" boxes): a commenter's name is
   * marked up like a byline but never signs the article.
   */
  private static boolean inReaderComments(Element e, Element region) {
    for (Element a = e; a != null && a != region; a = a.parent()) {
      String n = Hints.names(a);
      if (!n.isEmpty() && (n.contains("comment") || n.contains("binhluan") || n.contains("binh-luan")
          || n.contains("respond"))) {
        return true;
      }
    }
    return false;
  }

  private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " » "};

  /**
   * The site named after the headline in the page's {@code <title>} ("Khánh thành cầu … | Tin Miền Tây"), for
   * pages that declare no site name: only a short tail after a separator, the rest being the headline.
   */
  static String titleSuffix(String headTitle, String headline) {
    if (headTitle == null || headline == null || headline.isEmpty()) return null;
    String t = Texts.squash(headTitle);
    String h = Texts.squash(headline);
    if (!t.startsWith(h)) return null;
    String rest = t.substring(h.length());
    for (String sep : TITLE_SEPARATORS) {
      if (rest.startsWith(sep)) {
        String tail = rest.substring(sep.length()).strip();
        return tail.isEmpty() || Texts.words(tail) > 6 ? null : tail;
      }
    }
    return null;
  }

  /**
   * The caption of the picture set between the headline and the body container (a cover picture in a column of
   * its own, as on VOA's and other Pangea-built pages): part of the article although outside the container.
   * Only caption lines after the headline and before the container, outside any furniture subtree.
   */
  private List<Block> heroCaptions(Element container, Element titleEl) {
    List<Block> out = new ArrayList<>();
    ElementStats ts = titleEl == null ? null : scorer.stats.get(titleEl);
    ElementStats cs = scorer.stats.get(container);
    if (ts == null || cs == null || ts.order() >= cs.order()) return out;
    for (Block b : scorer.blocks) {
      ElementStats s = scorer.stats.get(b.owner());
      if (s == null || s.order() <= ts.order()) continue;
      if (s.order() >= cs.order()) break;
      if (!b.caption() || b.linkDensity() >= 0.5 || b.words() > 60 || underFurniture(b.owner(), container)) continue;
      BodyCollector.appendCaption(out, b);
    }
    return out;
  }

  /** Whether an element lies in a furniture subtree below the lowest common ancestor it shares with {@code c}. */
  private boolean underFurniture(Element e, Element c) {
    for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
      ElementStats s = scorer.stats.get(a);
      if (s != null && s.negative()) return true;
      ElementStats cs = scorer.stats.get(c);
      if (s != null && cs != null && s.order() <= cs.order() && cs.order() <= s.end()) return false;
    }
    return false;
  }

  /** A credit found in the body, completed by one found around it (a name, then the URL it links). */
  private static Credit merge(Credit inBody, Credit near) {
    if (near == null) return inBody;
    if (inBody == null) return near;
    boolean same = inBody.name() == null || near.name() == null || inBody.name().equals(near.name());
    if (!same || near.url() == null) return inBody;
    return new Credit(inBody.line(), inBody.name() != null ? inBody.name() : near.name(),
        inBody.outlet() != null ? inBody.outlet() : near.outlet(), near.url(), inBody.author());
  }

  /**
   * A credit printed around the article instead of at the end of its body: in the byline row ("Theo Tom's
   * Hardware" beside the writer), or under the body ("Nguồn Tuổi Trẻ: https://…" on aggregators, "Nguồn:
   * https://…" on re-posts). Only lines after the headline, outside the body and captions, that open like a
   * credit and parse as one whole; a line holding several fields is tried element by element.
   */
  private Credit creditNear(Element region, Element container, Element titleEl, List<Block> body, boolean urlOnly) {
    ElementStats r = region == null ? null : scorer.stats.get(region);
    if (r == null) return null;
    // the container's own end was read by the trailing-line pass: only the lines around it are scanned
    ElementStats cs = scorer.stats.get(container);
    int skipFrom = cs == null || container == region ? Integer.MAX_VALUE : cs.order();
    int skipTo = cs == null ? -1 : cs.end();
    ElementStats ts = titleEl == null ? null : scorer.stats.get(titleEl);
    int from = ts == null ? r.order() : ts.order();
    java.util.Set<Block> inBody = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    inBody.addAll(body);
    for (Block b : scorer.blocks) {
      ElementStats s = scorer.stats.get(b.owner());
      if (s == null || s.order() < from) continue;
      if (s.order() > r.end()) break;
      if (s.order() >= skipFrom && s.order() <= skipTo) continue;
      if (b.caption() || b.words() > 40 || inBody.contains(b)) continue;
      String t = b.text();
      if (CREDIT_START.matcher(t).find() && Texts.words(URLS.matcher(t).replaceAll(" ")) <= 14) {
        Credit c = withUrlBelow(CREDITS.parse(t).orElse(null), b);
        if (c != null && (urlOnly ? c.url() != null : c.name() != null || c.url() != null)) return c;
      }
      String lower = t.toLowerCase(Locale.ROOT);
      if (!lower.contains("theo") && !lower.contains("nguồn") && !lower.contains("nguon")) continue;
      int n = 0;
      for (Element e : b.owner().getAllElements()) {
        if (n++ > 30) break;
        if (e == b.owner() || Hints.BLOCK_TAGS.contains(e.normalName())) continue;
        String et = Texts.squash(e.text());
        if (et.length() > 120 || !CREDIT_START.matcher(et).find()) continue;
        Credit c = CREDITS.parse(et).orElse(null);
        if (c != null && (urlOnly ? c.url() != null : c.name() != null || c.url() != null)) return c;
      }
    }
    return null;
  }

  private static final Pattern BARE_URL = Pattern.compile("(?i)^https?://\\S+$");

  /**
   * A credit naming a source without its address, completed by the address printed alone on the next line
   * ("Theo Phụ nữ Việt Nam" then "https://phunuvietnam.vn/…": VCCorp's link-source box).
   */
  private Credit withUrlBelow(Credit c, Block line) {
    if (c == null || c.url() != null || c.name() == null) return c;
    int i = scorer.blocks.indexOf(line);
    if (i < 0 || i + 1 >= scorer.blocks.size()) return c;
    Block next = scorer.blocks.get(i + 1);
    String u = next.text().strip();
    if (next.order() != line.order() + 1 || !BARE_URL.matcher(u).matches()) return c;
    return new Credit(c.line(), c.name(), c.outlet(), u, c.author());
  }

  private static List<String> mergeVisible(List<String> visible, List<String> trailing) {
    List<String> out = new ArrayList<>(visible);
    for (String t : trailing) if (!out.contains(t)) out.add(t);
    return out;
  }

  /**
   * A "read more" pointer glued to the end of a paragraph ("… cao. >> Xem thêm: Vì sao giá vàng …"): after the
   * paragraph's last full stop, a marker and a headline. Only cut when prose ends before it and the pointer is
   * short, so a sentence that merely mentions "xem thêm" stays.
   */
  private static final Pattern TRAILING_POINTER = Pattern.compile(
      "(?<=[.!?…\"”»)])\\s*(?:>>|»|→|►|▶)?\\s*(?:xem thêm|đọc thêm|xem tiếp|tin liên quan|bài liên quan|"
          + "có thể bạn quan tâm|mời (?:bạn|quý vị|quý độc giả|độc giả) (?:đọc|xem))\\s*[:>»]+\\s*\\S.*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static String withoutTrailingPointer(String text) {
    if (text.length() < 40 || text.indexOf(':') < 0 && text.indexOf('>') < 0 && text.indexOf('»') < 0) return text;
    Matcher m = TRAILING_POINTER.matcher(text);
    if (!m.find() || Texts.words(text.substring(m.start())) > 30 || m.start() < 20) return text;
    return text.substring(0, m.start()).strip();
  }

  private static void addParagraph(List<Paragraph> out, Block b) {
    String text = withoutTrailingPointer(b.text());
    if (!out.isEmpty() && out.get(out.size() - 1).text().equals(text)) return;
    out.add(new Paragraph(b.type(), text));
  }

  static String joinText(List<Paragraph> ps) {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : ps) {
      if (sb.length() > 0) sb.append("\n\n");
      sb.append(p.text());
    }
    return sb.toString();
  }

  private static final Pattern DATELINE = Pattern.compile(
      "(\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}|ngày \\d{1,2} tháng|\\d{1,2} tháng \\d{1,2},? \\d{4})",
      Pattern.CASE_INSENSITIVE);

  /** A short line that is mostly a date and time ("Thứ năm, 28/2/2019, 14:30 (GMT+7)"). */
  static boolean looksLikeDateline(String t) {
    Matcher m = DATELINE.matcher(t);
    if (!m.find()) return false;
    String rest = DATELINE.matcher(t).replaceAll(" ").toLowerCase(Locale.ROOT)
        .replaceAll("(thứ \\S+|chủ nhật|gmt|utc|cập nhật|đăng|lúc|ngày|tháng|năm|giờ|\\+\\d+|[\\d:/|,()\\-–+])", " ");
    return Texts.words(rest) <= 4;
  }

  /** The part of the page around the article: the lowest ancestor of the container that holds the title. */
  Element region(Element container, Element titleEl) {
    if (titleEl == null) return container.parent() != null ? container.parent() : container;
    ElementStats t = scorer.stats.get(titleEl);
    Element e = container;
    while (e != null) {
      ElementStats s = scorer.stats.get(e);
      if (s != null && t != null && s.order() <= t.order() && t.order() <= s.end()) return e;
      e = e.parent();
    }
    return container;
  }

  private String findLead(Element container, Element titleEl, String titleText, List<Block> body) {
    ElementStats cs = scorer.stats.get(container);
    int from = cs == null ? 0 : cs.order();
    if (titleEl == null && !titleText.isEmpty()) {
      // a headline without heading markup (a bold table cell, a styled div): the line printing the title text
      String tf = Texts.fold(titleText);
      for (Block b : scorer.blocks) {
        ElementStats s = scorer.stats.get(b.owner());
        if (s == null || s.order() >= from) break;
        if (Texts.fold(b.text()).equals(tf)) { titleEl = b.owner(); break; }
      }
    }
    if (titleEl != null) {
      ElementStats ts = scorer.stats.get(titleEl);
      if (ts != null && (cs == null || ts.order() <= cs.end())) from = Math.min(from, ts.order());
    }
    ElementStats tst = titleEl == null ? null : scorer.stats.get(titleEl);
    int titleOrder = tst == null ? from : tst.order();
    int to = Integer.MAX_VALUE;
    for (Block b : body) {
      if (b.words() < 8) continue; // stray short lines (section labels, bylines) do not end the header
      ElementStats fs = scorer.stats.get(b.owner());
      // a line owned by a box around the headline is placed by the inline element named as the sapo, if any
      Element inline = fs != null && fs.order() < Math.max(from, titleOrder) ? leadInline(b) : null;
      if (inline != null) fs = scorer.stats.get(inline);
      if (fs != null) to = fs.order();
      break;
    }
    for (Block b : scorer.blocks) {
      ElementStats s = scorer.stats.get(b.owner());
      // a line whose owner is a box around the headline: placed by the inline element named as the sapo, if any
      Element inline = s != null && s.order() < from && b.words() >= 8 ? leadInline(b) : null;
      if (inline != null) s = scorer.stats.get(inline);
      if (s == null || s.order() < from) continue;
      if (s.order() > to) break;
      if (b.caption() || b.words() < 8 || b.linkDensity() > 0.3) continue;
      boolean named = inline != null || leadNamed(b.owner()) || leadInline(b) != null;
      // a heading is the sapo when it is an h2 or named so (h3.sapo on aggregators), never a section title
      // (and a sapo is prose ending in a full stop, where headlines of other stories carry none)
      if (b.type() == ParagraphType.HEADING && !b.owner().normalName().equals("h2")
          && !(named && b.words() >= 12 && Texts.endsSentence(b.text()))) {
        continue;
      }
      // (the unnamed case only on Vietnamese pages, where the sapo is always part of the article; an English
      // dek repeated in the description is not part of the body on the benchmark's pages)
      if (named || b.words() >= 12 && Texts.vietnameseShare(b.text()) > 0.03 && repeatsDescription(b.text())) {
        return withoutLocationStamp(b);
      }
    }
    // no named lead: a wholly bold first paragraph is the sapo on many Vietnamese pages
    if (!body.isEmpty() && body.get(0).words() >= 15 && body.get(0).type() == ParagraphType.PARAGRAPH
        && whollyBold(body.get(0).owner()) && Texts.vietnameseShare(body.get(0).text()) > 0.03 && body.size() > 1) {
      return body.get(0).text();
    }
    // or the first body line, when the page's description repeats it
    if (!body.isEmpty() && meta.description != null) {
      Block first = body.get(0);
      if (first.words() >= 10 && first.type() == ParagraphType.PARAGRAPH) {
        Set<String> dw = TitleFinder.wordSet(meta.description);
        Set<String> fw = TitleFinder.wordSet(first.text());
        int common = 0;
        for (String w : fw) if (dw.contains(w)) common++;
        if (common >= 0.85 * fw.size() && common >= 0.6 * dw.size()) return first.text();
      }
    }
    return "";
  }

  /**
   * A header line that the page's description repeats is the sapo even when nothing names it so (24h's
   * "h2.ctTp"): descriptions are written from the lead, menus and bylines never match one.
   */
  private boolean repeatsDescription(String text) {
    if (meta.description == null || meta.description.isEmpty()) return false;
    Set<String> dw = TitleFinder.wordSet(meta.description);
    Set<String> fw = TitleFinder.wordSet(text);
    if (fw.isEmpty() || dw.isEmpty()) return false;
    int common = 0;
    for (String w : fw) if (dw.contains(w)) common++;
    return common >= 0.85 * fw.size() && common >= 0.85 * dw.size();
  }

  /**
   * The lead without the place stamp some templates print in a span of their own before it ("Hà Nội" shown as
   * a styled label, with no separator in the text), which would otherwise be glued to the first word.
   */
  private static String withoutLocationStamp(Block b) {
    Element owner = b.owner();
    Element first = owner.childrenSize() == 0 ? null : owner.child(0);
    if (first == null || Hints.BLOCK_TAGS.contains(first.normalName())) return b.text();
    String n = Hints.names(first);
    if (!(n.contains("location") || n.contains("dateline") || n.contains("place"))) return b.text();
    String stamp = Texts.squash(first.text());
    if (stamp.isEmpty() || Texts.words(stamp) > 5 || !b.text().startsWith(stamp)) return b.text();
    return b.text().substring(stamp.length()).replaceFirst("^[\\s\\-–—:,.]+", "");
  }

  /** The only child element of {@code e}, when it holds all of e's text; else null. */
  private static Element soleChild(Element e) {
    if (e.childrenSize() != 1) return null;
    Element c = e.child(0);
    return c.text().length() == e.text().length() ? c : null;
  }

  /** A paragraph whose text is all inside one strong/b element. */
  private static boolean whollyBold(Element p) {
    if (!(p.normalName().equals("p") || p.normalName().equals("div")) || p.childrenSize() != 1) return false;
    Element c = p.child(0);
    // old CMSs wrap the bold run in presentational inline elements: <div><font><b>…</b></font></div>
    for (int i = 0; i < 3 && (c.normalName().equals("font") || c.normalName().equals("span")) && c.childrenSize() == 1
        && c.text().length() >= 0.95 * p.text().length(); i++) {
      c = c.child(0);
    }
    String t = c.normalName();
    if (!t.equals("strong") && !t.equals("b")) return false;
    return c.text().length() >= 0.95 * p.text().length();
  }

  /**
   * A line printed by one inline element named as the sapo, directly inside a larger box ("span.lead_post_detail"
   * among the header's divs): the line's owner is the box, so only the element itself says what the line is.
   */
  private static Element leadInline(Block b) {
    Element owner = b.owner();
    int n = 0;
    for (Element c : owner.children()) {
      if (n++ > 40) break;
      if (Hints.BLOCK_TAGS.contains(c.normalName())) continue;
      String names = Hints.names(c);
      if (names.isEmpty() || !Hints.lead(names) || names.contains("caption")) continue;
      if (Texts.squash(c.text()).equals(b.text())) return c;
    }
    return null;
  }

  private static boolean leadNamed(Element e) {
    // the line's owner may be a wrapper (a table row) around the one element named as the sapo (its cell)
    for (Element inner = soleChild(e); inner != null; inner = soleChild(inner)) {
      String n = Hints.names(inner);
      if (Hints.lead(n) && !n.contains("caption")) return true;
    }
    for (int i = 0; i < 3 && e != null; i++, e = e.parent()) {
      String n = Hints.names(e);
      if (Hints.lead(n) && !n.contains("caption")) return true;
      if (e.normalName().equals("body")) break;
    }
    return false;
  }

  /** "3 giờ trước" near the headline, dated from the capture time of the page (WARC records carry one). */
  private OffsetDateTime relativeDate(Element region, Element titleEl) {
    java.time.Instant captured = page.provenance().captureDate();
    if (captured == null || region == null) return null;
    for (Element e : within(scorer.datelines, region)) {
      String t = Texts.squash(e.text());
      if (t.length() <= 60) {
        OffsetDateTime d = DateParser.relative(t, captured, meta.zone);
        if (d != null) return d;
      }
    }
    ElementStats ts = titleEl == null ? null : scorer.stats.get(titleEl);
    int seen = 0;
    for (Block b : scorer.blocks) {
      ElementStats s = scorer.stats.get(b.owner());
      if (ts != null && (s == null || s.order() < ts.order())) continue;
      if (seen++ > 12) break;
      if (b.words() <= 6) {
        OffsetDateTime d = DateParser.relative(b.text(), captured, meta.zone);
        if (d != null) return d;
      }
    }
    return null;
  }

  private OffsetDateTime visibleDate(Element region, Element titleEl) {
    if (region == null) return null;
    List<Element> dated = within(scorer.datelines, region);
    for (Element t : dated) {
      if (!(t.hasAttr("datetime") || t.attr("itemprop").equals("datePublished"))) continue;
      OffsetDateTime d = DateParser.parseMachine(t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content"),
          meta.zone);
      if (d == null) d = DateParser.parseText(Texts.squash(t.text()), meta.zone);
      if (d != null) return d;
    }
    for (Element e : dated) {
      if (e.hasAttr("itemprop") && !e.attr("itemprop").toLowerCase(Locale.ROOT).contains("date")) continue;
      String s = Texts.squash(e.text());
      if (s.length() > 120) continue;
      OffsetDateTime d = DateParser.parseText(s, meta.zone);
      if (d != null) return d;
    }
    int seen = 0;
    ElementStats ts = titleEl == null ? null : scorer.stats.get(titleEl);
    for (Block b : scorer.blocks) {
      ElementStats s = scorer.stats.get(b.owner());
      if (ts != null && (s == null || s.order() < ts.order())) continue;
      if (seen++ > 40) break;
      if (b.words() <= 16 && looksLikeDateline(b.text())) {
        OffsetDateTime d = DateParser.parseText(b.text(), meta.zone);
        if (d != null) return d;
      }
    }
    return null;
  }
}
