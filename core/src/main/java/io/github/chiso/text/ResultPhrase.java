package io.github.chiso.text;

import io.github.chiso.model.Qualifier;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Change;
import io.github.chiso.model.Reading;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Threshold;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything a result phrase says, as {@link ResultText#extract} reads it: the reading (absent only
 * for text without a number), what the number measures ({@link #form()}), the recognised {@link
 * Qualifier}s, the unit written after the number, the size of a ranking's field, the base of a rate,
 * the reference of a change, a target the phrase quotes ("(mục tiêu 65%)"), the years it names, a
 * second clause ("…, tăng 5% so với cùng kỳ") and the words not recognised as a note. Every number
 * of the phrase is in one of these places.
 *
 * @since 0.2.0
 */
@Value.Immutable
public abstract class ResultPhrase {
  ResultPhrase() {}

  /** The phrase as written. */
  public abstract String text();

  /** What the number measures; {@link PhraseForm#STATUS} for text without a number. */
  public abstract PhraseForm form();

  /**
   * The value: a decimal, or parts; for a {@link PhraseForm#RANK} phrase always a {@link
   * Reading.Rank} (the place, and the field where the phrase gives it); absent only for {@link
   * PhraseForm#STATUS}.
   */
  public abstract Optional<Reading> reading();

  /** What the words say of the work ("hoàn thành 18/25 nhiệm vụ" is completed), where they say it. */
  public abstract Optional<TextStatus> status();

  /** The rating a status gives ("xếp loại Khá" is "Khá"). */
  public abstract Optional<String> rating();

  /** How the number is meant. */
  public abstract ImmutableSet<Qualifier> qualifiers();

  /** The unit written after the number: "trạm BTS", "tài khoản", "bậc", "đồng". */
  public abstract Optional<String> unit();

  /** The number of places ranked, for a rank "12/63" (63). */
  public abstract Optional<Long> rankField();

  /** The base of a rate per population: 1000 for "1,2/1.000 dân". */
  public abstract Optional<BigDecimal> per();

  /** What the base counts: "dân" for "1,2/1.000 dân". */
  public abstract Optional<String> base();

  /** What a change is measured against: "năm 2023", "cùng kỳ". */
  public abstract Optional<String> reference();

  /**
   * For a change, whether its number is a percentage of the reference value: written with '%'
   * ("giảm 5%"), not in units ("tăng 13 bậc"). False for other forms.
   */
  @Value.Default
  public boolean relative() {
    return false;
  }

  /**
   * The change the phrase states, for an {@link PhraseForm#INCREASE} or {@link PhraseForm#DECREASE}
   * against a reference the model holds ({@link Changes#reference}); empty otherwise.
   */
  public Optional<Change> change() {
    return Changes.of(text(), form(), relative(), reference());
  }

  /** A target the phrase quotes beside the result: "(mục tiêu 65%)", "(kế hoạch 70%)". */
  public abstract Optional<Threshold> statedTarget();

  /** The years the phrase names, in order. */
  public abstract ImmutableList<Integer> years();

  /** A further clause with its own number: "tăng 5% so với cùng kỳ" after "đạt 42%". */
  public abstract Optional<ResultPhrase> secondary();

  /** The words not recognised, in order, joined by spaces. */
  public abstract Optional<String> note();

  /** A builder. */
  static ImmutableResultPhrase.Builder builder() {
    return ImmutableResultPhrase.builder();
  }

  @Value.Check
  void check() {
    Check.argument(
        reading().isPresent() != (form() == PhraseForm.STATUS),
        "result phrase '%s': a %s phrase %s a reading",
        text(),
        form(),
        reading().isPresent() ? "cannot have" : "must have");
    Check.argument(
        reading().map(r -> r instanceof Reading.Rank).orElse(false) == (form() == PhraseForm.RANK),
        "result phrase '%s': a %s phrase's reading %s %s a rank", text(), form(), reading().orElse(null),
        form() == PhraseForm.RANK ? "must be" : "cannot be");
    Check.argument(
        form() != PhraseForm.RANK || rankField().equals(((Reading.Rank) reading().orElseThrow()).field()),
        "result phrase '%s': the rank field %s must be the reading's %s", text(), rankField(), reading().orElse(null));
    Check.argument(
        rankField().isEmpty() || form() == PhraseForm.RANK,
        "result phrase '%s': a rank field is only for a rank, not %s", text(), form());
    Check.argument(
        per().isPresent() == (form() == PhraseForm.PER_BASE),
        "result phrase '%s': a base %s is for PER_BASE, not %s", text(), per(), form());
    Check.argument(!relative() || form() == PhraseForm.INCREASE || form() == PhraseForm.DECREASE,
        "result phrase '%s': only a change is relative, not %s", text(), form());
  }
}
