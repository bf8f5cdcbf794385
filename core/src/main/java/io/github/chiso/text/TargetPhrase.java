package io.github.chiso.text;

import io.github.chiso.model.Qualifier;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.chiso.internal.Check;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.model.Change;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Target;
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

  /**
   * For a change, whether its number is a percentage of the reference value: written with '%'
   * ("tăng 15%"), not in units ("tăng 12 bậc", "tăng 500 doanh nghiệp"). False for other forms.
   */
  @Value.Default
  public boolean relative() {
    return false;
  }

  /**
   * The change the phrase sets, for an {@link PhraseForm#INCREASE} or {@link PhraseForm#DECREASE}
   * against a reference the model holds ({@link Changes#reference}): "tăng ít nhất 15% so với năm
   * 2023" is a relative increase against 2023; empty for other forms and other references ("so với
   * đầu nhiệm kỳ").
   */
  public Optional<Change> change() {
    return Changes.of(text(), form(), relative(), reference());
  }

  /**
   * The target this phrase sets for {@code scope}: its threshold (with the phrase as wording), its
   * change if any ({@link #change()}), the phrase as the target's wording.
   *
   * @throws io.github.chiso.InvalidValueException if the phrase sets thresholds for several years or
   *     a part, states a change against a reference the model does not hold, or the target is invalid
   *     (a change's reference not before {@code period})
   */
  public Target toTarget(String code, Indicator indicator, Period period, Scope scope) {
    Check.argument(byYear().size() <= 1 && ofWhich().isEmpty(),
        "target %s: the phrase '%s' sets several thresholds (by year or a part); build them one by one", code, text());
    Check.argument(change().isPresent() || form() != PhraseForm.INCREASE && form() != PhraseForm.DECREASE,
        "target %s: the phrase '%s' states a change against '%s', which is neither a period nor the same period a "
            + "year earlier", code, text(), reference().orElse(""));
    Target.Builder target = Target.builder().code(code).indicator(indicator).period(period).wording(text())
        .putThresholds(scope, Threshold.builder().from(threshold()).wording(text()).build());
    change().ifPresent(target::change);
    return target.build();
  }

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
    Check.argument(!relative() || form() == PhraseForm.INCREASE || form() == PhraseForm.DECREASE,
        "target phrase '%s': only a change is relative, not %s", text(), form());
  }
}
