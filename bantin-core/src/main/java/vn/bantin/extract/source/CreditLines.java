package vn.bantin.extract.source;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the line that credits an article's source, usually its last line: "Theo Danviet", "Theo VNE",
 * "(theo AP)", "Nguồn: https://…", "Theo Reuters, AFP", "Minh Anh (theo Reuters)", "Tâm Hằng (TTXVN)". A whole line must be the
 * credit: "Theo Daily Star, Triều Tiên được cho là…" is a sentence, not a credit, and "Theo dõi VGT trên" is a
 * follow-us widget (the word after "theo" must start a name). Thread-safe.
 */
public final class CreditLines implements Serializable {
  private static final String LEAD = "(?:theo|nguồn|nguon|source|via|according to)";
  private static final Pattern PAREN = Pattern.compile(
      "(?iu)^(?<author>[^()\\[\\]]{0,40}?)\\s*[(\\[]\\s*" + LEAD + "\\s*[:：]?\\s*(?<rest>[^()\\[\\]]+?)\\s*[)\\]]\\s*\\.?$");
  private static final Pattern BARE =
      Pattern.compile("(?iu)^" + LEAD + "\\s*[:：]?\\s+(?<rest>.+?)\\s*\\.?$");
  /** "Tâm Hằng (TTXVN)": a writer and, in brackets, the outlet or agency the text comes from. */
  private static final Pattern AUTHOR_OUTLET =
      Pattern.compile("(?u)^(?<author>[^()\\[\\]]{2,40}?)\\s*[(\\[]\\s*(?<rest>[^()\\[\\]]{2,40}?)\\s*[)\\]]\\s*\\.?$");
  private static final Pattern TOOL_TAIL =
      Pattern.compile("(?iu)(?:\\s+(?:copy link|lấy link|sao chép(?: liên kết)?|chia sẻ|link bài gốc))+$");
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
  private static final Pattern DOMAIN = Pattern.compile("(?i)^[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?:/\\S*)?$");
  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|/|\\s-\\s|\\svà\\s|\\sand\\s)\\s*");
  /** Longest credited-source text accepted, in words; longer text is a sentence. */
  private static final int MAX_NAME_WORDS = 7;

  private final Outlets outlets;

  public CreditLines(Outlets outlets) {
    this.outlets = outlets;
  }

  /** The outlet table credits are resolved against. */
  public Outlets outlets() {
    return outlets;
  }

  /** With the bundled outlet table. */
  public static CreditLines standard() {
    return new CreditLines(Outlets.standard());
  }

  /** The credit on this line, or empty when the line is not a credit line. */
  public Optional<Credit> parse(String line) {
    if (line == null) return Optional.empty();
    // share tools glued to the credit by the dump: "Theo tienphong.vn Copy link"
    String l = TOOL_TAIL.matcher(Normalizer.normalize(line, Normalizer.Form.NFC).strip()).replaceAll("").strip();
    if (l.isEmpty() || l.length() > 300) return Optional.empty();
    Matcher m = PAREN.matcher(l);
    if (m.matches()) {
      String author = m.group("author").strip();
      if (!author.isEmpty() && !looksLikePersonName(author)) return Optional.empty();
      return credit(l, m.group("rest"), author.isEmpty() ? null : author);
    }
    m = BARE.matcher(l);
    if (m.matches()) {
      // "Theo Lâm Điền (Dân Việt)": the writer, then in brackets the outlet that first ran the piece
      Matcher ao = AUTHOR_OUTLET.matcher(m.group("rest"));
      if (ao.matches() && looksLikePersonName(ao.group("author")) && looksLikeSourceName(ao.group("rest"))
          && outlets.byName(ao.group("author")).isEmpty()) {
        return credit(l, ao.group("rest"), ao.group("author").strip());
      }
      // "Theo Thu Hà | Trí thức trẻ": the writer, a bar, then the outlet (VCCorp's re-post credit row)
      String[] bar = m.group("rest").split("\\s+\\|\\s+");
      if (bar.length == 2 && looksLikePersonName(bar[0]) && outlets.byName(bar[0]).isEmpty()
          && looksLikeSourceName(bar[1])) {
        return credit(l, bar[1], bar[0].strip());
      }
      return credit(l, m.group("rest"), null);
    }
    m = AUTHOR_OUTLET.matcher(l);
    if (m.matches() && looksLikePersonName(m.group("author"))) {
      // without "theo" the bracket must name a known outlet: "(phải)", "(ảnh)" are not sources
      Optional<Outlet> o = outlets.byName(m.group("rest"));
      if (o.isPresent()) return Optional.of(new Credit(l, o.get().name(), o.get(), null, m.group("author").strip()));
    }
    return Optional.empty();
  }

  private Optional<Credit> credit(String line, String rest, String author) {
    String url = null;
    Matcher u = URL.matcher(rest);
    if (u.find()) {
      url = trimUrl(u.group());
      rest = (rest.substring(0, u.start()) + rest.substring(u.end())).replaceAll("[\\s\\-–:()]+$", "").strip();
    } else if (DOMAIN.matcher(rest.strip()).matches()) {
      url = rest.strip();
      rest = "";
    }
    if (rest.isEmpty()) {
      if (url == null) return Optional.empty();
      Outlet o = outlets.byUrl(url).orElse(null);
      return Optional.of(new Credit(line, o == null ? null : o.name(), o, url, author));
    }
    List<String> parts = SEPARATORS.splitAsStream(rest.strip()).filter(p -> !p.isBlank()).toList();
    for (String p : parts) if (!looksLikeSourceName(p)) return Optional.empty();
    Outlet first = null;
    for (String p : parts) {
      first = outlets.byName(p).orElse(null);
      if (first != null) break;
    }
    if (first == null && url != null) first = outlets.byUrl(url).orElse(null);
    String name = first != null ? first.name() : parts.get(0).strip();
    return Optional.of(new Credit(line, name, first, url, author));
  }

  /** A source name starts with a capital, a digit or is a known outlet, and is short. */
  private boolean looksLikeSourceName(String p) {
    String s = p.strip();
    if (s.isEmpty()) return false;
    if (s.split("\\s+").length > MAX_NAME_WORDS) return false;
    if (s.matches(".*[.!?]\\s.*")) return false; // sentence punctuation inside: prose, not a name
    if (outlets.byName(s).isPresent()) return true;
    int c = s.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  private static boolean looksLikePersonName(String s) {
    String[] words = s.strip().split("\\s+");
    if (words.length > 5) return false;
    for (String w : words) if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0))) return false;
    return true;
  }

  private static String trimUrl(String url) {
    return url.replaceAll("[).,;:]+$", "");
  }
}
