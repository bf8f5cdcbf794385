package io.github.chiso.text;

import io.github.chiso.model.Qualifier;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything a target phrase says, as {@link TargetText#extract} reads it: the threshold, the
 * thresholds by year where the phrase sets several ("40% (năm 2025) và 75% (năm 2030)"), a part
 * "(trong đó 40%)", what the number measures, the {@link Qualifier}s, the unit, a rate's base, a
 * change's reference and the words not recognised as a note.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class TargetPhrase {
  TargetPhrase() {}

  /** The phrase as written. */
  public abstract String text();

  /** The threshold; the first year's where there are several. */
  public abstract Threshold threshold();

  /** The thresholds by year, in the phrase's order, where the phrase names years; else empty. */
  public abstract ImmutableMap<Integer, Threshold> byYear();

  /** The part the phrase sets within the whole: "trên 65% (trong đó 40%)" gives "tối thiểu 40%". */
  public abstract Optional<Threshold> ofWhich();

  /** What the number measures; never {@link PhraseForm#STATUS}. */
  public abstract PhraseForm form();

  /** How the target is meant. */
  public abstract ImmutableSet<Qualifier> qualifiers();

  /** The unit written after the number: "trạm BTS", "doanh nghiệp". */
  public abstract Optional<String> unit();

  /** The number of places ranked, for a rank "xếp thứ 5/63" (63). */
  public abstract Optional<Long> rankField();

  /** The base of a rate per population: 10000 for "9 bác sĩ trên một vạn dân". */
  public abstract Optional<BigDecimal> per();

  /** What the base counts ("dân"). */
  public abstract Optional<String> base();

  /** What a change is measured against: "năm 2023", "cùng kỳ". */
  public abstract Optional<String> reference();

  /** The words not recognised, in order, joined by spaces. */
  public abstract Optional<String> note();

  /** A builder. */
  static ImmutableTargetPhrase.Builder builder() {
    return ImmutableTargetPhrase.builder();
  }

  @Value.Check
  void check() {
    Check.argument(form() != PhraseForm.STATUS, "target phrase '%s': a target needs a number", text());
    Check.argument(
        per().isPresent() == (form() == PhraseForm.PER_BASE),
        "target phrase '%s': a base %s is for PER_BASE, not %s", text(), per(), form());
    Check.argument(
        byYear().isEmpty() || byYear().values().iterator().next().equals(threshold()),
        "target phrase '%s': the threshold must be the first year's", text());
  }
}
