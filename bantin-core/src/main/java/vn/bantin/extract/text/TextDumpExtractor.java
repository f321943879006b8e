package vn.bantin.extract.text;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.bantin.extract.source.Credit;
import vn.bantin.extract.source.CreditLines;
import vn.bantin.extract.source.Outlet;
import vn.bantin.model.Article;
import vn.bantin.model.ArticleIds;
import vn.bantin.model.Page;
import vn.bantin.model.Paragraph;
import vn.bantin.model.ParagraphType;
import vn.bantin.pipeline.Extractor;

/**
 * Articles from a plain-text dump of a crawled page (the text of a page with its markup dropped: one block a
 * line, menus, lists of other articles, image alt text and captions all mixed in).
 *
 * <p>Two passes: {@link LineClassifier} types each line from its shape and neighbours; {@link ArticleSegmenter}
 * finds the articles (a page may hold several: a re-posted article under the first one) and assigns every
 * line its final {@link LineKind}. Text stays as written (obfuscations such as "đ.e dọ.a" are repaired later by
 * normalization). The credit line closing an article ("Theo Danviet", "(theo AP)", "Nguồn: URL") gives
 * {@code creditedSource}/{@code creditedUrl} through {@link CreditLines}; a date line by the title gives
 * {@code published} (Vietnam time unless the line says otherwise); writer boxes, names by the date and names
 * or initials under the text give {@code authors}; the page URL, when known, gives {@code outlet}. Immutable
 * and thread-safe.
 */
public final class TextDumpExtractor implements Extractor {
  private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\u00a0\\u200b]+|[\\s\\u00a0\\u200b]+$");
  private final CreditLines credits;

  public TextDumpExtractor() {
    this(CreditLines.standard());
  }

  public TextDumpExtractor(CreditLines credits) {
    this.credits = credits;
  }

  @Override
  public List<Article> extract(Page page) {
    Layout layout = layout(page.content());
    List<Article> out = new ArrayList<>();
    String url = page.provenance().url();
    for (ArticleSegmenter.Block b : layout.result.blocks) {
      List<String> lines = layout.lines;
      String title = lines.get(b.title());
      String lead = b.lead() >= 0 ? lines.get(b.lead()) : "";
      List<Paragraph> ps = new ArrayList<>();
      for (int i : b.paragraphs()) {
        ParagraphType type = b.headings().contains(i) ? ParagraphType.HEADING
            : b.listItems().contains(i) ? ParagraphType.LIST_ITEM
            : b.tableRows().contains(i) ? ParagraphType.TABLE : ParagraphType.PARAGRAPH;
        ps.add(new Paragraph(type, lines.get(i)));
      }
      // the outlet tag opening the text ("(Dân trí) -", "TTO -") names the publishing outlet. It stays in the
      // text: the shared gold (seeds, vi-real) keeps "TGVN." and "TPO -" in the lead
      String first = !lead.isEmpty() ? lead : ps.isEmpty() ? "" : ps.get(0).text();
      String tagOutlet = LeadTags.of(first, credits.outlets()).outlet();
      Set<String> captions = new LinkedHashSet<>();
      for (int i : b.captions()) captions.add(lines.get(i));
      OffsetDateTime published = null;
      for (int i : b.timestamps()) {
        published = DumpTimestamps.parse(lines.get(i));
        if (published != null) break;
      }
      Optional<Credit> credit = b.credit() < 0 ? Optional.empty()
          : credits.parse(lines.get(b.credit())).or(() -> AgencyCredits.parse(lines.get(b.credit()), credits.outlets()));
      List<String> authors = new ArrayList<>();
      for (int i : b.writers()) {
        String w = LineShapes.writerName(lines.get(i));
        authors.add(w != null ? w : lines.get(i));
      }
      if (b.byline() >= 0 && !authors.contains(lines.get(b.byline()))) authors.add(lines.get(b.byline()));
      credit.map(Credit::author).filter(x -> !authors.contains(x)).ifPresent(authors::add);
      String body = ps.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
      out.add(Article.builder()
          .id(ArticleIds.of(url, title, body))
          .provenance(page.provenance())
          .title(title)
          .lead(lead)
          .paragraphs(ps)
          .captions(List.copyOf(captions))
          .published(published)
          .authors(authors)
          .creditedSource(credit.map(Credit::name).orElse(null))
          .creditedUrl(credit.map(Credit::url).orElse(null))
          .outlet(outlet(url, tagOutlet))
          .url(url)
          .language("vi")
          .build());
    }
    return out;
  }

  /** The outlet publishing at the page URL, else the one the lead's tag names (when the table knows it). */
  private String outlet(String url, String tag) {
    Optional<Outlet> o = url == null ? Optional.empty() : credits.outlets().byUrl(url);
    if (o.isEmpty() && tag != null) o = credits.outlets().byName(tag);
    return o.map(Outlet::name).orElse(null);
  }

  /** Every non-blank line of a dump with its final kind and article index: what the extractor saw. */
  public List<DumpLine> classify(String content) {
    Layout layout = layout(content);
    List<DumpLine> out = new ArrayList<>(layout.lines.size());
    for (int i = 0; i < layout.lines.size(); i++) {
      out.add(new DumpLine(layout.lineNos.get(i), layout.lines.get(i), layout.result.kinds[i],
          layout.result.article[i]));
    }
    return out;
  }

  private record Layout(List<String> lines, List<Integer> lineNos, ArticleSegmenter.Result result) {}

  private Layout layout(String content) {
    List<String> lines = new ArrayList<>();
    List<Integer> lineNos = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    // keep the text as written (inner no-break spaces too); only trim the ends
    for (String r : content.split("\\R", -1)) raw.add(EDGE_SPACE.matcher(r.replace("\uFEFF", "")).replaceAll(""));
    for (HardWraps.Line l : HardWraps.join(raw)) {
      lines.add(l.text());
      lineNos.add(l.lineNo());
    }
    LineKind[] kinds = new LineClassifier(credits).classify(lines);
    return new Layout(lines, lineNos, new ArticleSegmenter().segment(lines, kinds));
  }
}
