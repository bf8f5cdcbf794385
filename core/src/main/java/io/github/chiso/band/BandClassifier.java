package io.github.chiso.band;

import com.google.common.collect.ImmutableList;
import io.github.chiso.compliance.CompiledThreshold;
import io.github.chiso.model.BandScale;
import io.github.chiso.model.Rational;

/**
 * A {@link BandScale} compiled for classifying values: the band of a value is the best band whose
 * entry threshold ({@link BandScale#entry}) the value meets, by {@link CompiledThreshold#meets}, and
 * the worst band otherwise. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BandClassifier {
  private final BandScale scale;
  private final ImmutableList<CompiledThreshold> entries;

  private BandClassifier(BandScale scale) {
    this.scale = scale;
    ImmutableList.Builder<CompiledThreshold> compiled = ImmutableList.builder();
    for (int i = 0; i < scale.boundaries().size(); i++) {
      compiled.add(CompiledThreshold.of(scale.entry(i), scale.polarity()));
    }
    this.entries = compiled.build();
  }

  /** Compiles {@code scale}. */
  public static BandClassifier of(BandScale scale) {
    return new BandClassifier(scale);
  }

  /** The scale as declared. */
  public BandScale scale() {
    return scale;
  }

  /** The index of {@code value}'s band: 0 for the best, {@code bands − 1} for the worst. */
  public int indexOf(Rational value) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).meets(value)) {
        return i;
      }
    }
    return entries.size();
  }

  /** The code of {@code value}'s band. */
  public String bandOf(Rational value) {
    return scale.bands().get(indexOf(value));
  }

  @Override
  public String toString() {
    return scale.toString();
  }
}
