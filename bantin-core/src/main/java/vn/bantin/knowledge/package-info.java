/**
 * The knowledge layer: entities, quotes and CAMEO events of Vietnamese news.
 *
 * <p>Pipeline of {@link vn.bantin.knowledge.KnowledgeStage}, per article over {@code Article.text()}:
 * <ol>
 *   <li>{@code Tokenizer}/{@code Sentences}: syllable tokens (hyphens split "Jong-un") and sentence spans.</li>
 *   <li>{@code MentionFinder}: title and role cues ({@code Lexicon}), the gazetteer ({@code gazetteer.tsv}:
 *       countries, capitals with their metonymy, provinces, international organizations and agencies, media,
 *       current and past leaders, every spelling: Vietnamese, Sino-Vietnamese, transliterated, English),
 *       organization heads with specifiers ("Bộ Ngoại giao Mỹ", "Hội đồng Tham mưu trưởng liên quân Mỹ"),
 *       and runs of capitalized syllables typed by context or by {@code SpanTagger}, an averaged perceptron
 *       trained by {@code TaggerTrainer} with distant supervision on held-out news text. Also: local-government
 *       bodies ("UBND thành phố Hà Nội", "Công an tỉnh X"), organization suffix words ("Laos Airlines"), zones,
 *       airports and markets as places, comma lists typed by their known members (team sheets, addresses),
 *       all-caps headings, bylines and photographers in credits, and competition names left out. After the
 *       fourth blind set: names of institutions run through their lower-case words (a syllable completing a
 *       word, "và" between portfolios, kind words after company heads, a lower-case domain up to its bracketed
 *       parent); units of known organizations ("Công đoàn NHCSXH", "Thanh tra Bộ Y tế"); age-group teams, bands,
 *       opponents; brand-shaped words; places after place nouns; and left out: titles of works in quotation
 *       marks, abbreviations of lower-case phrases, products after product words, "Name/OUTLET" bylines,
 *       initials, document numbers. After the fifth blind set: company heads and kind words before a known name
 *       are that organization; national bodies' local chapters ("… Việt Nam TP HCM"); numbered districts;
 *       names run past middle names; currency codes, ethnic groups after "người", capitalized common words and
 *       business abbreviations are no names.</li>
 *   <li>{@code Coreference}: one entity per real-world referent; ids from the gazetteer or the folded name
 *       ("per:kim-jong-un"), short forms ("ông Kim", "bà Choe") to the person last named with that syllable
 *       (a known person only when the syllable, tone kept, opens or closes his name); spellings of one known
 *       tail ("U23 VN", "U23 Việt Nam") and bound acronyms share an entity; the tagger's guesses of one name take
 *       the strict majority type.</li>
 *   <li>{@code QuoteFinder}: direct quotes in any mark pair, speakers after/before, pronoun speakers, quote
 *       continuations, unambiguous indirect speech ("X cho biết rằng …"); short unattributed scare quotes
 *       skipped; quoted charges, nicknames, topics and document titles are no speech; nested quotations; a
 *       short closing clause names the speaker whatever its verb; pronoun speakers of the right gender; "X dẫn
 *       (lời|thông báo|tuyên bố …) (từ|của) Y" quotes Y; "Thông báo này cho biết" keeps the last speaker; a
 *       speaker named by nationality is the last person of that country.</li>
 *   <li>{@code DateResolver}: dates against the publication date, else against evidence (office terms of
 *       titled people, {@code office-terms.tsv}; named dated events, {@code known-events.tsv}); else unknown.</li>
 *   <li>{@code EventCoder}: verb cues ({@code event-cues.tsv}) to CAMEO codes with Goldstein values
 *       ({@code cameo-codes.tsv}); subject of the clause as actor, capitals acting as their states; a bare title as
 *       subject ("Thủ tướng cũng hoan nghênh") is the person the article names with it; phrases coded "-" block
 *       the cue inside them ("nói chung", "thăm hỏi", "phong tặng"); nouns after "sự" are no deeds.</li>
 * </ol>
 *
 * <p>CAMEO choices, following the codebook: statements 010 (only when the speaker does nothing more specific
 * in the sentence), pessimism/optimism 012/013, appeals 020, intent to meet or negotiate 036, consult 040,
 * telephone talks 041, visits 042 (host 043), meetings and summits 044, negotiation 046, praise 051, signing
 * 057, aid and donations 070, demands 100, criticism 111, accusation 112, rejection 120 (of talks 125), threats 130 (of force 138),
 * sanctions 163, arrest 173, assault by persons 182, use of force 190 (air strikes 195). Military exercises, missile launches and nuclear tests
 * are coded 150 ("demonstrate military power"), as CAMEO coders do for shows of force; Goldstein -7.2.
 *
 * <p>Corpus views over many articles: {@link vn.bantin.knowledge.Timeline}, {@link vn.bantin.knowledge.EntityIndex},
 * {@link vn.bantin.knowledge.GdeltExport}.
 */
package vn.bantin.knowledge;
