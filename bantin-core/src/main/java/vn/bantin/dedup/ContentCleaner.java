package vn.bantin.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.bantin.model.Article;
import vn.bantin.model.Paragraph;
import vn.bantin.text.Folding;

/**
 * The part of an article that identifies its text, for duplicate detection: lead and body paragraphs, minus
 * what re-posting outlets add or change — credit lines ("Theo Danviet", "(theo AP)", "Nguồn: …"), image
 * captions, share/comment/related-news boilerplate and very short lines. Titles are left out because
 * re-posts rewrite them.
 */
public final class ContentCleaner {
  private ContentCleaner() {}

  /** A whole line that only credits a source; short, so a body sentence starting with "Theo đó" survives. */
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "^[(\\[]?\\s*(theo|nguon|nguon tin|source|via)\\s*[:\\-]?\\s*\\S.{0,60}$");
  /** A credit in parentheses closing a paragraph: "… (theo AP)". */
  private static final Pattern TRAILING_CREDIT = Pattern.compile(
      "(?iu)\\s*[(\\[]\\s*(?:theo|nguồn|nguon|source)\\b[^()\\[\\]]{0,80}[)\\]]\\s*\\.?\\s*$");
  /** Captions left inside the body end with a photo credit: "… Ảnh: Reuters." */
  private static final Pattern CAPTION_TAIL = Pattern.compile("(anh|photo|nguon|video)\\s*:\\s*[^.]{0,40}\\.?\\)?$");

  /** Folded openings of lines that outlets add around re-posted text. */
  private static final List<String> BOILERPLATE_OPENINGS = List.of(
      "xem them", "moi ban doc", "moi quy doc gia", "chia se", "binh luan", "tin lien quan", "doc them",
      "ban dang doc", "theo doi", "like fanpage", "tai ung dung", "bai viet lien quan", "tin cung chuyen muc",
      "click", "quang cao", "dang ky nhan tin", "bam vao", "nhan vao", "tin khac", "bai lien quan",
      "xem tiep", "xem video", "gui bai", "lien he quang cao", "copyright", "ban quyen");

  public static List<String> contentParagraphs(Article a) {
    List<String> out = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    if (!a.lead().isBlank()) raw.add(a.lead());
    for (Paragraph p : a.paragraphs()) raw.add(p.text());
    for (int i = 0; i < raw.size(); i++) {
      String t = raw.get(i).strip();
      if (t.isEmpty()) continue;
      t = TRAILING_CREDIT.matcher(t).replaceAll("").strip();
      if (t.isEmpty() || isNoise(t)) continue;
      out.add(t);
    }
    return out;
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = !Character.isWhitespace(s.charAt(i));
      if (w && !in) n++;
      in = w;
    }
    return n;
  }

  /** True for credit lines, captions, boilerplate and lines too short to carry content. */
  static boolean isNoise(String paragraph) {
    int words = words(paragraph);
    if (words < 4) return true;
    if (words > 40) return false; // every rule below is about short lines; skip folding long ones
    String f = Folding.fold(paragraph).strip();
    if (words <= 12 && CREDIT_LINE.matcher(f).matches()) return true;
    for (String b : BOILERPLATE_OPENINGS) if (f.startsWith(b)) return words <= 40;
    return words <= 40 && CAPTION_TAIL.matcher(f).find();
  }
}
