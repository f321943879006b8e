/**
 * The Vietnamese text layer: small pieces, each with one job, that compose like an analysis chain and keep
 * offsets back to the source text.
 *
 * <ul>
 *   <li>{@link vn.bantin.text.NormalizedText}: a text plus its offset map to the original.</li>
 *   <li>{@link vn.bantin.text.LegacyEncodings}: VNI, TCVN3, VIQR, windows-1258 detection and conversion.</li>
 *   <li>{@link vn.bantin.text.UnicodeCleanup}: NFC, zero-width and soft-hyphen removal, odd spaces.</li>
 *   <li>{@link vn.bantin.text.Deobfuscator}: rejoins "tấ.n côn.g"-style broken words, counts repairs.</li>
 *   <li>{@link vn.bantin.text.ToneRepair} / {@link vn.bantin.text.ToneMarks}: tone placement, style, keys.</li>
 *   <li>{@link vn.bantin.text.Syllables}: the legal-syllable validator.</li>
 *   <li>{@link vn.bantin.text.VietnameseNormalizer}: the chain above; {@link vn.bantin.text.NormalizeStage}
 *       applies it to articles.</li>
 *   <li>{@link vn.bantin.text.Folding}: diacritic folding for search.</li>
 *   <li>{@link vn.bantin.text.Tokenizer}, {@link vn.bantin.text.SentenceSplitter},
 *       {@link vn.bantin.text.WordSegmenter}: tokens, sentences and words with offsets.</li>
 *   <li>{@link vn.bantin.text.VietnameseText}: default-configured entry points for other modules.</li>
 * </ul>
 */
package vn.bantin.text;
