package vn.bantin.text;

import java.io.Serializable;

/**
 * The normalization chain, each step one small stage: legacy-encoding repair (VNI, TCVN3, VIQR, cp1258
 * mojibake), Unicode cleanup (NFC, zero-width, odd spaces), de-obfuscation, tone-mark repair. Keeps an offset
 * map to the original. Immutable and thread-safe.
 */
public final class VietnameseNormalizer implements Serializable {
  private final ToneStyle style;
  private final boolean legacy;
  private final boolean deobfuscate;

  public VietnameseNormalizer(ToneStyle style, boolean legacy, boolean deobfuscate) {
    this.style = style;
    this.legacy = legacy;
    this.deobfuscate = deobfuscate;
  }

  /** Default chain: legacy repair on, de-obfuscation on, tone marks kept as written unless misplaced. */
  public static VietnameseNormalizer defaults() {
    return new VietnameseNormalizer(ToneStyle.KEEP, true, true);
  }

  public NormalizedText normalize(String original) {
    NormalizedText t = NormalizedText.of(original == null ? "" : original);
    if (legacy) t = LegacyEncodings.repair(t);
    t = UnicodeCleanup.apply(t);
    if (deobfuscate) t = Deobfuscator.apply(t);
    return ToneRepair.apply(t, style);
  }
}
