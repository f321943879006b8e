/**
 * Outlets and credit lines: who published or is credited for an article.
 *
 * <p>Entry points (all immutable and thread-safe):
 * <ul>
 *   <li>{@link vn.bantin.extract.source.Outlets#standard()} — the bundled table ({@code outlets.tsv}: 81
 *       Vietnamese outlets, 55 foreign outlets and 20 wire agencies, with aliases and domains).
 *       {@code byName(String)} is tolerant of case, diacritics, spacing, a leading "báo"/"hãng tin" and bare
 *       domains ("Danviet", "Dân Việt", "danviet.vn" all give Dân Việt); {@code byUrl(String)} matches a URL or
 *       domain by host, parent domains and an optional first path segment ("bbc.com/vietnamese").</li>
 *   <li>{@link vn.bantin.extract.source.CreditLines#standard()} — {@code parse(String line)} turns a credit line
 *       into a {@link vn.bantin.extract.source.Credit} (display name, outlet or null, URL or null, writer or
 *       null): "Theo Danviet", "(theo AP)", "Nguồn: https://baoquocte.vn/…", "Theo Reuters, AFP", "Minh Anh (theo
 *       Reuters)", "Tâm Hằng (TTXVN)". It answers empty for sentences that merely start with "Theo" and for
 *       "Theo dõi … trên" widgets.</li>
 * </ul>
 * An article's {@code creditedSource} is {@code Credit.name()} and its {@code creditedUrl} is
 * {@code Credit.url()}; an HTML extractor can do the same with the last line of its body.
 */
package vn.bantin.extract.source;
