package vn.bantin.extract.text;

/** The role of one non-blank line of a text dump. */
public enum LineKind {
  /** An article's headline. */
  TITLE,
  /** The lead (sapo): the first body paragraph when the page template sets it apart. */
  LEAD,
  /** A body paragraph. */
  BODY,
  /** A sub-heading inside an article body. */
  HEADING,
  /** A bulleted line ("- …", "• …"): a list item when it sits inside an article's text. */
  BULLET,
  /** A row of a table flattened to text ("Tỉnh | Lượng mưa | Mức cảnh báo"): body text inside an article. */
  TABLE_ROW,
  /** A numbered section heading ("1. Đăng nhập tài khoản"): a sub-heading the text flows through. */
  SECTION_HEADING,
  /** An image caption. */
  CAPTION,
  /** Image alt text left in the dump: a repeated headline, "… - Hình 1", "… hinh anh 1", a URL slug. */
  IMAGE_MARKER,
  /** The line crediting the source: "Theo Danviet", "(theo AP)", "Nguồn: https://…". */
  CREDIT,
  /** A writer's name on its own line under the article text. */
  BYLINE,
  /** A date/time line ("07:19:05 04/10/2024"). */
  TIMESTAMP,
  /** A related link inside an article: a URL slug glued to a headline. */
  RELATED,
  /** A headline or snippet of a list of other articles (related, latest, most read…). */
  LISTING,
  /** The site footer: licence, newsroom address, phone, copyright. */
  FOOTER,
  /** Page furniture: section headers, prompts, labels, navigation. */
  BOILERPLATE,
  /** Sentence-shaped text not (yet) assigned to an article. */
  SENTENCE,
  /** Headline-shaped text not (yet) assigned to an article. */
  HEADLINE
}
