package vn.bantin.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Second pass: splits a classified dump into articles and gives every line its final kind.
 *
 * <p>Article text is a run of sentence lines that only image alt text, captions, furniture, dates and related
 * links interrupt; headlines, credits, bylines, footer lines and list items end a run. A run is an article when a headline heads it
 * and it is longer than a list snippet ({@link #MIN_PARAGRAPHS} paragraphs, or two long ones): every list on
 * the seeds (related, latest, most read) gives one snippet per headline, while every article has at least
 * five paragraphs. A headline between two runs is a sub-heading of the first article unless something marks
 * it as a new article's title: a credit line before it (credits close articles), image alt text repeating
 * it (sites repeat an article's own title as its image's alt text), its own date line, share/comment/tag
 * furniture between it and the text above (such furniture closes articles), a headline's length (longer than
 * any sub-heading) or text under it unrelated to the text above ({@link TextCohesion}). Short runs above the first long one join
 * the article when a dated or repeated headline heads them (title, lead, a video with a headline-shaped caption,
 * then the text); list headers govern the headlines under them.
 *
 * <p>Lead: the first paragraph is the lead when it follows the title directly. When the template puts
 * furniture ("Theo dõi … trên") between title and first paragraph, that paragraph sits in the body container
 * and is body text; later articles on the page share the first one's template.
 */
final class ArticleSegmenter {
  static final int MIN_PARAGRAPHS = 3;
  static final int MIN_CHARS_TWO_PARAGRAPHS = 400;
  /**
   * Paragraphs under a sub-heading that carry the article on past it; a list snippet is a single paragraph, so
   * a headline over one paragraph only continues the article when more text follows.
   */
  static final int MIN_SECTION_PARAGRAPHS = 2;
  /** Longest lead in words (gold leads: 20–65 words). */
  static final int MAX_LEAD_WORDS = 90;
  /** Token overlap between alt text and a headline for the alt text to repeat it. */
  static final double REPEAT_OVERLAP = 0.6;
  /** How far up (in non-blank lines) a list header still governs the headlines under it. */
  static final int LIST_SCOPE = 40;
  /** How many short runs above a long one may still belong to its article. */
  static final int MAX_HEADER_RUNS = 3;
  /** How near (in non-blank lines) a date line marks a headline as the page's own. */
  static final int DATE_DISTANCE = 3;

  /** One article's lines, as indexes into the dump's non-blank lines. */
  record Block(int title, int lead, List<Integer> paragraphs, Set<Integer> headings, Set<Integer> listItems,
      Set<Integer> tableRows, List<Integer> captions,
      int credit, int byline, List<Integer> writers, List<Integer> timestamps, int last) {}

  private record Run(int start, int end, int title, int sentences, int chars) {}

  static final class Result {
    final List<Block> blocks;
    final LineKind[] kinds;
    final int[] article;

    Result(List<Block> blocks, LineKind[] kinds, int[] article) {
      this.blocks = blocks;
      this.kinds = kinds;
      this.article = article;
    }
  }

  Result segment(List<String> lines, LineKind[] given) {
    int n = lines.size();
    LineKind[] kinds = inlineHeadlineLists(lines, given);
    List<Run> runs = runs(lines, kinds);
    List<List<Run>> groups = new ArrayList<>();
    int r = 0;
    while (r < runs.size()) {
      Run run = runs.get(r);
      if (!(qualifies(run) || shortBrief(lines, kinds, run)) || (underListHeader(lines, kinds, run.title) && !isOwnTitle(lines, kinds, run.title)
          && run.sentences < MIN_PARAGRAPHS)) {
        r++;
        continue;
      }
      List<Run> group = new ArrayList<>(List.of(run));
      group.addAll(0, headerRuns(lines, kinds, runs, r, groups.isEmpty() ? -1 : lastOf(groups).end));
      int next = r + 1;
      List<Run> pending = new ArrayList<>();
      for (int j = r + 1; j < runs.size(); j++) {
        Run c = runs.get(j);
        Run prev = pending.isEmpty() ? group.get(group.size() - 1) : pending.get(pending.size() - 1);
        if (!subHeadingGap(lines, kinds, prev.end, c)) break;
        if (qualifies(c) && (isOwnTitle(lines, kinds, c.title) || datedBelow(kinds, c)
            || endFurnitureBetween(lines, kinds, prev.end, c.title)
            || titleLength(lines.get(c.title))
            || TextCohesion.unrelated(text(lines, kinds, group, pending), text(lines, kinds, List.of(c))))) {
          break;
        }
        pending.add(c);
        if (c.sentences >= MIN_SECTION_PARAGRAPHS) {
          group.addAll(pending);
          pending.clear();
          next = j + 1;
        }
      }
      groups.add(group);
      r = next;
    }

    LineKind[] out = Arrays.copyOf(kinds, n);
    int[] article = new int[n];
    Arrays.fill(article, -1);
    List<Block> blocks = new ArrayList<>();
    Boolean pageHasLeads = null;
    for (int g = 0; g < groups.size(); g++) {
      List<Run> group = groups.get(g);
      int title = group.get(0).title;
      int limit = g + 1 < groups.size() ? groups.get(g + 1).get(0).title : n;
      int last = group.get(group.size() - 1).end;
      // a last paragraph ending with a colon announces a list or table under it: the article's own
      while (LineShapes.endsWithColon(lines.get(last)) && last + 1 < limit
          && (kinds[last + 1] == LineKind.BULLET || kinds[last + 1] == LineKind.TABLE_ROW)) {
        int m = last + 1;
        while (m + 1 < limit && kinds[m + 1] == kinds[last + 1]) m++;
        last = m;
      }
      int firstSentence = group.get(0).start;
      if (pageHasLeads == null) pageHasLeads = !widgetUnderTitle(lines, kinds, title, firstSentence);
      boolean lead = pageHasLeads && leadPosition(kinds, title, firstSentence)
          && LineShapes.words(lines.get(firstSentence)) <= MAX_LEAD_WORDS && !introducesWhatFollows(lines.get(firstSentence));
      List<Integer> paragraphs = new ArrayList<>();
      Set<Integer> headings = new HashSet<>();
      Set<Integer> listItems = new HashSet<>();
      Set<Integer> tableRows = new HashSet<>();
      List<Integer> captions = new ArrayList<>();
      List<Integer> timestamps = new ArrayList<>();
      List<Integer> writers = new ArrayList<>();
      Set<Integer> runTitles = new HashSet<>();
      for (Run run : group.subList(1, group.size())) runTitles.add(run.title);
      for (int i = title; i <= last; i++) {
        article[i] = g;
        LineKind k = kinds[i];
        if (i == title) out[i] = LineKind.TITLE;
        else if (k == LineKind.SENTENCE) {
          if (lead && i == firstSentence) out[i] = LineKind.LEAD;
          else { out[i] = LineKind.BODY; paragraphs.add(i); }
        } else if (k == LineKind.HEADLINE && runTitles.contains(i)) {
          out[i] = LineKind.HEADING;
          paragraphs.add(i);
          headings.add(i);
        } else if (k == LineKind.BULLET && i > firstSentence) {
          out[i] = LineKind.BODY;
          paragraphs.add(i);
          listItems.add(i);
        } else if (k == LineKind.SECTION_HEADING && i > firstSentence) {
          out[i] = LineKind.HEADING;
          paragraphs.add(i);
          headings.add(i);
        } else if (k == LineKind.TABLE_ROW && i > firstSentence) {
          out[i] = LineKind.BODY;
          paragraphs.add(i);
          tableRows.add(i);
        } else if (k == LineKind.CAPTION) captions.add(i);
        else if (k == LineKind.TIMESTAMP && i < firstSentence) timestamps.add(i);
        else if (k == LineKind.BOILERPLATE && i < firstSentence && (LineShapes.writerName(lines.get(i)) != null
            || LineClassifier.isWriterNextToDate(lines, kinds, i))) {
          writers.add(i);
        }
      }
      if (title > 0 && kinds[title - 1] == LineKind.TIMESTAMP) timestamps.add(title - 1);
      // some templates print the date under the lead ("title, lead, date, picture, text")
      for (int i = firstSentence + 1; timestamps.isEmpty() && i <= Math.min(last, title + DATE_DISTANCE + 2); i++) {
        if (kinds[i] == LineKind.TIMESTAMP) timestamps.add(i);
      }
      int byline = -1;
      if (last + 1 < limit && kinds[last + 1] == LineKind.BYLINE) {
        byline = last + 1;
        article[byline] = g;
      }
      int credit = -1;
      boolean underText = true;
      for (int i = last + 1; i < limit; i++) {
        if (kinds[i] == LineKind.CREDIT) { credit = i; article[i] = g; break; }
        // a picture right under the last paragraph (alt text, caption) still belongs to the article
        if (kinds[i] == LineKind.CAPTION && underText) { captions.add(i); article[i] = g; }
        underText &= kinds[i] == LineKind.CAPTION || kinds[i] == LineKind.IMAGE_MARKER;
      }
      blocks.add(new Block(title, lead ? firstSentence : -1, paragraphs, headings, listItems, tableRows, captions, credit, byline,
          writers, timestamps, Math.max(Math.max(last, credit), byline)));
    }
    // text outside every article is the page's lists and teasers
    for (int i = 0; i < n; i++) {
      if (article[i] < 0 && (out[i] == LineKind.SENTENCE || out[i] == LineKind.HEADLINE)) out[i] = LineKind.LISTING;
    }
    return new Result(blocks, out, article);
  }

  /**
   * A block of two or more headlines in a row is a list of links. Inside an article (text above it, article
   * paragraphs under it, see {@link #articleTextBelow}) it is a related-links box the article text flows
   * around; elsewhere its headlines stay candidates (each then heads at most a one-snippet run).
   */
  private static LineKind[] inlineHeadlineLists(List<String> lines, LineKind[] given) {
    LineKind[] k = Arrays.copyOf(given, given.length);
    int i = 0;
    while (i < k.length) {
      if (k[i] != LineKind.HEADLINE) { i++; continue; }
      int j = i;
      while (j + 1 < k.length && k[j + 1] == LineKind.HEADLINE) j++;
      // a section's sub-heading may sit right above the box's list header ("Xe vi phạm…", "Tin liên quan", links,
      // then the section's text): the article text above the box is above that sub-heading
      int top = i;
      if (i >= 2 && LineShapes.isListHeader(lines.get(i - 1)) && k[i - 2] == LineKind.HEADLINE
          && LineShapes.words(lines.get(i - 2)) <= MAX_SUBHEADING_WORDS) {
        top = i - 2;
      }
      if (j > i && textAbove(k, top) && articleTextBelow(lines, k, j + 1)) {
        // the text may go on under a sub-heading right after the box: short, unlike the links above it
        int last = j;
        if (i > 0 && LineShapes.isListHeader(lines.get(i - 1)) && subHeadingClosing(lines, i, j)) last = j - 1;
        // the box's last headline over its own date line, or over text unrelated to the text above the box,
        // is the next article's title: an inline box's links never carry a date, and the article goes on
        // under the box about the same things as above it
        if (j + 1 < k.length && k[j + 1] == LineKind.TIMESTAMP) last = j - 1;
        else if (TextCohesion.unrelated(sentencesAbove(lines, k, top), sentencesBelow(lines, k, j + 1))) last = j - 1;
        for (int m = i; m <= last; m++) k[m] = LineKind.RELATED;
      }
      i = j + 1;
    }
    // a teaser card inside the text: a list header ("Đọc thêm"), one headline, its one-sentence snippet, then the
    // article going on about the same things as above the card
    for (int h = 1; h + 2 < k.length; h++) {
      if (k[h] != LineKind.HEADLINE || k[h + 1] != LineKind.SENTENCE || k[h - 1] != LineKind.BOILERPLATE
          || !LineShapes.isListHeader(lines.get(h - 1)) || !textAbove(k, h - 1)) {
        continue;
      }
      List<String> above = sentencesAbove(lines, k, h - 1);
      List<String> below = sentencesBelow(lines, k, h + 2);
      if (below.size() >= TextCohesion.MIN_LINES && above.size() >= TextCohesion.MIN_LINES
          && sentencesNext(lines, k, h + 2, TextCohesion.MIN_LINES) && !TextCohesion.unrelated(above, below)) {
        k[h] = LineKind.RELATED;
        k[h + 1] = LineKind.RELATED;
      }
    }
    return k;
  }

  /**
   * The next {@code count} lines from {@code i} that are not pictures or furniture are all sentences: text goes
   * on under a teaser card, whereas a list of teasers goes on with another headline.
   */
  private static boolean sentencesNext(List<String> lines, LineKind[] k, int i, int count) {
    int seen = 0;
    for (int m = i; m < k.length && seen < count; m++) {
      if (k[m] == LineKind.SENTENCE) { seen++; continue; }
      boolean picture = k[m] == LineKind.IMAGE_MARKER || k[m] == LineKind.CAPTION;
      if (!picture && !(k[m] == LineKind.BOILERPLATE && !LineShapes.isListHeader(lines.get(m)))) return false;
    }
    return seen >= count;
  }

  /**
   * The last headline of a box under a list header ("Tin liên quan") is a sub-heading when it is sub-heading short (every sub-heading in the gold is
   * 2–8 words) and shorter than each link above it (links are other articles' headlines: gold titles run
   * 5–29 words, most over 10).
   */
  private static boolean subHeadingClosing(List<String> lines, int first, int last) {
    int w = LineShapes.words(lines.get(last));
    if (w > MAX_SUBHEADING_WORDS) return false;
    for (int m = first; m < last; m++) if (LineShapes.words(lines.get(m)) <= w) return false;
    return true;
  }

  /** Longest sub-heading in words (gold sub-headings on the seeds, fixtures and real pages: 2–8). */
  static final int MAX_SUBHEADING_WORDS = 8;

  /** The sentence lines right above line {@code i}, past transparent lines, in page order. */
  private static List<String> sentencesAbove(List<String> lines, LineKind[] k, int i) {
    List<String> out = new ArrayList<>();
    for (int m = i - 1; m >= 0 && out.size() < TextCohesion.MAX_LINES; m--) {
      if (k[m] == LineKind.SENTENCE) out.add(0, lines.get(m));
      else if (!transparent(k[m])) break;
    }
    return out;
  }

  /** The sentence lines from line {@code i} down, past transparent lines and sub-heading candidates. */
  private static List<String> sentencesBelow(List<String> lines, LineKind[] k, int i) {
    List<String> out = new ArrayList<>();
    for (int m = i; m < k.length && out.size() < TextCohesion.MAX_LINES; m++) {
      if (k[m] == LineKind.SENTENCE) out.add(lines.get(m));
      else if (!transparent(k[m]) && k[m] != LineKind.HEADLINE) break;
    }
    return out;
  }

  private static boolean textAbove(LineKind[] k, int i) {
    for (int m = i - 1; m >= 0; m--) {
      if (k[m] == LineKind.SENTENCE) return true;
      if (!transparent(k[m])) return false;
    }
    return false;
  }

  /**
   * Whether the text under a headline box reads as article text: at least two paragraphs and at least two
   * paragraphs per further headline (sub-headings), up to the next date, credit, list item or list header. A
   * list of teasers alternates one headline and one snippet, and fails.
   */
  private static boolean articleTextBelow(List<String> lines, LineKind[] k, int i) {
    int sentences = 0;
    int headlines = 0;
    for (int m = i; m < k.length; m++) {
      if (k[m] == LineKind.SENTENCE) sentences++;
      else if (k[m] == LineKind.HEADLINE) headlines++;
      else if (!transparent(k[m]) || LineShapes.isListHeader(lines.get(m))) break;
    }
    return sentences >= 2 && sentences >= 2 * headlines;
  }

  /**
   * Page furniture that closes an article (share and comment rows, tag lines, writer boxes, "follow us")
   * between the end of its text and the next headline: on the seeds, the fixtures and the real pages such lines
   * only sit under an article's text or around its headline, never between two sections of one article (inline
   * boxes there are list headers and related links, which this does not count).
   */
  private static boolean endFurnitureBetween(List<String> lines, LineKind[] k, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (k[i] == LineKind.BOILERPLATE && LineShapes.isEndFurniture(lines.get(i))) return true;
    }
    return false;
  }

  /**
   * Longer than any sub-heading and not a sentence: every sub-heading in the gold has 2–8 words, while 36 of
   * the 38 gold titles and 83% of the vietnamese-mds titles have more. A line ending in "?", "!" or "…" may be
   * a one-sentence paragraph instead, so it needs other evidence.
   */
  private static boolean titleLength(String line) {
    return LineShapes.words(line) > MAX_SUBHEADING_WORDS && !LineShapes.endsTerminal(line);
  }

  /** The sentence lines of some runs, in order. */
  private static List<String> text(List<String> lines, LineKind[] k, List<Run> a, List<Run> b) {
    List<String> out = text(lines, k, a);
    out.addAll(text(lines, k, b));
    return out;
  }

  private static List<String> text(List<String> lines, LineKind[] k, List<Run> runs) {
    List<String> out = new ArrayList<>();
    for (Run r : runs) for (int i = r.start; i <= r.end; i++) if (k[i] == LineKind.SENTENCE) out.add(lines.get(i));
    return out;
  }

  private static Run lastOf(List<List<Run>> groups) {
    List<Run> g = groups.get(groups.size() - 1);
    return g.get(g.size() - 1);
  }

  /**
   * Short runs above an article's first long run that belong to it: its real headline may sit a few lines
   * higher, over the lead and a video or photo whose headline-shaped caption ("Hiện trường vụ việc") heads the
   * long run. Walks back over runs joined by a single headline while that headline is weak, and takes them
   * when it reaches a strong headline (dated or repeated as alt text). A weak list headline above never
   * qualifies, so a teaser over an article is not taken in.
   */
  private static List<Run> headerRuns(List<String> lines, LineKind[] k, List<Run> runs, int r, int floor) {
    List<Run> taken = new ArrayList<>();
    Run first = runs.get(r);
    if (isStrongTitle(lines, k, first.title)) return taken;
    for (int j = r - 1; j >= 0 && taken.size() < MAX_HEADER_RUNS; j--) {
      Run p = runs.get(j);
      if (p.end <= floor || p.title < 0 || p.title <= floor || !subHeadingGap(lines, k, p.end, first)) break;
      taken.add(0, p);
      if (isStrongTitle(lines, k, p.title)) return taken;
      first = p;
    }
    return new ArrayList<>();
  }

  /** A headline with its own date line next to it, or repeated as image alt text. */
  private static boolean isStrongTitle(List<String> lines, LineKind[] k, int title) {
    if (title < 0) return false;
    for (int d = -DATE_DISTANCE; d <= DATE_DISTANCE; d++) {
      int i = title + d;
      if (d == 0 || i < 0 || i >= k.length || k[i] != LineKind.TIMESTAMP) continue;
      boolean clear = true;
      for (int m = Math.min(i, title) + 1; m < Math.max(i, title); m++) if (!transparent(k[m])) clear = false;
      if (clear) return true;
    }
    return isOwnTitle(lines, k, title);
  }

  /**
   * A date line between a run's headline and its text: articles print their date under the headline, sub-headings
   * never do, so such a headline after an article opens the next article (category pages listing whole articles).
   */
  private static boolean datedBelow(LineKind[] k, Run r) {
    for (int i = r.title + 1; i < r.start; i++) if (k[i] == LineKind.TIMESTAMP) return true;
    return false;
  }

  /**
   * A brief: a dated headline over two paragraphs, signed right under them (a byline or a credit). A list item
   * carries at most a one- or two-line snippet but is never signed, so the signature tells the two apart.
   */
  private static boolean shortBrief(List<String> lines, LineKind[] k, Run r) {
    if (r.title < 0 || r.sentences != MIN_PARAGRAPHS - 1 || !isStrongTitle(lines, k, r.title)) return false;
    int next = r.end + 1;
    return next < k.length && (k[next] == LineKind.BYLINE || k[next] == LineKind.CREDIT);
  }

  private static boolean qualifies(Run r) {
    return r.title >= 0 && (r.sentences >= MIN_PARAGRAPHS
        || (r.sentences == MIN_PARAGRAPHS - 1 && r.chars >= MIN_CHARS_TWO_PARAGRAPHS));
  }

  /** Lines article text flows around. A date is one too: in lists it sits beside list items, which break runs. */
  private static boolean transparent(LineKind k) {
    return k == LineKind.IMAGE_MARKER || k == LineKind.CAPTION || k == LineKind.BOILERPLATE
        || k == LineKind.RELATED || k == LineKind.TIMESTAMP || k == LineKind.BULLET
        || k == LineKind.TABLE_ROW || k == LineKind.SECTION_HEADING;
  }

  /** Runs of sentence lines; only transparent lines may sit between two sentences of one run. */
  private static List<Run> runs(List<String> lines, LineKind[] k) {
    List<Run> out = new ArrayList<>();
    int i = 0;
    int n = k.length;
    while (i < n) {
      if (k[i] != LineKind.SENTENCE) { i++; continue; }
      int start = i;
      int end = i;
      int sentences = 0;
      int chars = 0;
      int j = i;
      while (j < n && (k[j] == LineKind.SENTENCE || transparent(k[j]))) {
        if (k[j] == LineKind.SENTENCE) { end = j; sentences++; chars += lines.get(j).length(); }
        j++;
      }
      out.add(new Run(start, end, ownTitleAbove(lines, k, start, titleOf(k, start)), sentences, chars));
      i = end + 1;
    }
    return out;
  }

  /**
   * Prefers, as a run's title, a line a little above it that the page's image markers repeat (sites repeat an
   * article's own headline as its picture's alt text), over the nearest headline-shaped line, which may be
   * page furniture between the headline and the text. Never crosses text or a credit line.
   */
  private static int ownTitleAbove(List<String> lines, LineKind[] k, int start, int nearest) {
    if (nearest >= 0 && isOwnTitle(lines, k, nearest)) return nearest;
    for (int i = start - 1; i >= 0 && i >= start - OWN_TITLE_REACH; i--) {
      if (k[i] == LineKind.SENTENCE || k[i] == LineKind.CREDIT) break;
      if (k[i] != LineKind.IMAGE_MARKER && isOwnTitle(lines, k, i)) return i;
    }
    return longerHeadlineAbove(lines, k, nearest);
  }

  /**
   * Two headline-shaped lines in a row over one text: the lower one, when sub-heading short, is a deck under the
   * title ("Phát hiện mới của giới khảo cổ" under "Bí ẩn những ngôi mộ cổ…") and the longer one above it the
   * title, unless that one is a menu of capitalized names or sits in a list of headlines. Only adjacent lines are
   * weighed: with furniture between, the upper line is as likely a menu or a site header as a title.
   */
  private static int longerHeadlineAbove(List<String> lines, LineKind[] k, int nearest) {
    if (nearest < 1 || LineShapes.words(lines.get(nearest)) > MAX_SUBHEADING_WORDS) return nearest;
    int i = nearest - 1;
    if (k[i] != LineKind.HEADLINE || (i > 0 && k[i - 1] == LineKind.HEADLINE)) return nearest;
    boolean longer = LineShapes.words(lines.get(i)) > LineShapes.words(lines.get(nearest));
    return longer && capitalizedShare(lines.get(i)) < MAX_TITLE_CAPITALS ? i : nearest;
  }

  /**
   * Most of a title's words are lower-case (Vietnamese capitalizes the first word and names), while a menu or a
   * site header capitalizes every section name ("Thời sự Thế giới Kinh tế", "Báo Nhân Dân điện tử Trang chủ").
   */
  static final double MAX_TITLE_CAPITALS = 0.5;

  private static double capitalizedShare(String line) {
    String[] ws = line.strip().split("\\s+");
    int caps = 0;
    for (String w : ws) if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) caps++;
    return ws.length == 0 ? 0 : caps / (double) ws.length;
  }

  /** How many lines above a run's first sentence its own headline may stand (menus, logins, dates between). */
  private static final int OWN_TITLE_REACH = 8;

  /** The headline heading a run: the nearest line above it past transparent lines and dates. */
  private static int titleOf(LineKind[] k, int start) {
    for (int i = start - 1; i >= 0; i--) {
      if (k[i] == LineKind.HEADLINE) return i;
      if (!(transparent(k[i]) || k[i] == LineKind.TIMESTAMP)) return -1;
    }
    return -1;
  }

  /**
   * Between the end of one run and the next run only transparent lines and that run's headline; a list
   * header there ends the article (what follows is a list of other articles).
   */
  private static boolean subHeadingGap(List<String> lines, LineKind[] k, int prevEnd, Run next) {
    if (next.title < 0 || next.title <= prevEnd) return false;
    for (int i = prevEnd + 1; i < next.start; i++) {
      if (i == next.title) continue;
      if (!transparent(k[i])) return false;
      // a list header ends the article, unless it heads a related-links box set inside the text
      if (LineShapes.isListHeader(lines.get(i)) && !(i + 1 < k.length && k[i + 1] == LineKind.RELATED)) return false;
    }
    return true;
  }

  /**
   * A headline inside a list of other articles (list snippets run to one or two lines, so only a run shorter
   * than {@link #MIN_PARAGRAPHS} lines is asked; three or more paragraphs under a headline are an article even
   * when a list of other stories precedes it): a list header sits right above it (past furniture), or above
   * list items with snippets (a headline and its one- or two-line snippet, dates, furniture). On the seeds every article title sits at
   * the top, after a breadcrumb, after a credit or after the previous article's text, never in a list. Three
   * paragraphs in a row, a credit, a byline or the footer end the search: that is article text or its end.
   */
  private static boolean underListHeader(List<String> lines, LineKind[] k, int title) {
    int sentences = 0;
    int headlinesInRow = 0;
    boolean onlyFurniture = true;
    boolean sawSnippet = false;
    for (int i = title - 1; i >= 0 && i >= title - LIST_SCOPE; i--) {
      if (k[i] == LineKind.BOILERPLATE && LineShapes.isListHeader(lines.get(i))) return onlyFurniture || sawSnippet;
      if (k[i] == LineKind.CREDIT || k[i] == LineKind.BYLINE || k[i] == LineKind.FOOTER) return false;
      if (transparent(k[i])) continue;
      onlyFurniture = false;
      if (k[i] == LineKind.SENTENCE) {
        sawSnippet = true;
        headlinesInRow = 0;
        if (++sentences >= MIN_PARAGRAPHS) return false;
      } else {
        sentences = 0;
        // three headlines in a row: a menu or a bare headline list, which says nothing about what follows
        if (++headlinesInRow >= 3) return false;
      }
    }
    return false;
  }

  /** Image alt text elsewhere on the page repeats this headline: it is an article's own title. */
  private static boolean isOwnTitle(List<String> lines, LineKind[] k, int title) {
    Set<String> t = tokens(lines.get(title));
    for (int i = 0; i < k.length; i++) {
      if (i == title || k[i] != LineKind.IMAGE_MARKER) continue;
      Set<String> m = tokens(LineShapes.withoutImageNumber(lines.get(i)));
      Set<String> inter = new HashSet<>(t);
      inter.retainAll(m);
      Set<String> union = new HashSet<>(t);
      union.addAll(m);
      if (!union.isEmpty() && inter.size() / (double) union.size() >= REPEAT_OVERLAP) return true;
    }
    return false;
  }

  private static Set<String> tokens(String s) {
    Set<String> out = new HashSet<>();
    for (String w : LineShapes.key(s).split(" ")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  /**
   * A paragraph ending with a colon introduces what follows (a list, a quoted text, a re-posted article: "Các
   * bác chú ý nhé, nhà em cũng nhận được cuộc gọi y như này:"): no sapo does; no gold lead ends so.
   */
  private static boolean introducesWhatFollows(String line) {
    return line.strip().replaceAll("[\"”’'»)\\]\\s]+$", "").endsWith(":");
  }

  /**
   * The first paragraph can be the lead when only header matter sits between it and the title: dates,
   * labels, widgets, alt text, related links (no caption: a paragraph after a picture is body text).
   */
  private static boolean leadPosition(LineKind[] k, int title, int first) {
    for (int i = title + 1; i < first; i++) if (k[i] == LineKind.CAPTION) return false;
    return true;
  }

  /**
   * A widget ("Theo dõi … trên", share bar) right under the headline, past its alt-text copies: such templates
   * open the body container after the widget and print no sapo (seed 000 and its gold).
   */
  private static boolean widgetUnderTitle(List<String> lines, LineKind[] k, int title, int first) {
    for (int i = title + 1; i < first; i++) {
      if (k[i] == LineKind.IMAGE_MARKER) continue;
      return k[i] == LineKind.BOILERPLATE && LineShapes.isBoilerplatePhrase(lines.get(i));
    }
    return false;
  }
}
