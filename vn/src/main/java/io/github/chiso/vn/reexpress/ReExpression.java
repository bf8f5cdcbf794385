package io.github.chiso.vn.reexpress;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.UnitRollup;
import io.github.chiso.rollup.Rollup;
import io.github.chiso.rollup.RollupCell;
import io.github.chiso.rollup.RollupSpec;
import io.github.chiso.rollup.Rollups;
import io.github.chiso.vn.lineage.Lineage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Results reported on the units before a reform, re-expressed on the units after it — or, over
 * {@link Lineage#inverse()}, the reverse. The source results are never changed.
 *
 * <p>Each source unit (at the spec's source tier, the before hierarchy's bottom tier unless stated)
 * goes to the target units at {@code targetTier} that its leaves' links reach. A source that went
 * whole into one target gives it everything, exactly. A divided source is shared by the {@link
 * Allocation} (equal shares unless weights are given) and every share is flagged as an estimate:
 *
 * <ul>
 *   <li>SUM: the counts are apportioned by largest remainder in units of the reading's last digit (a
 *       decimal's unscaled value, a fraction's numerator), so the pieces add up to the source
 *       exactly;
 *   <li>RATIO_OF_SUMS: the denominator is apportioned by the shares, then the numerator in
 *       proportion to the pieces' denominators, so both add up exactly and each piece keeps about the
 *       source's ratio; a decimal without parts is passed on unchanged;
 *   <li>MEAN, WEIGHTED_MEAN, MIN, MAX: each piece carries the source's value unchanged; a weighted
 *       mean's weight (from the spec's weights, by source code) is multiplied by the share;
 *   <li>SHARE_OF_UNITS_MEETING and COUNT_OF_UNITS_MEETING count units, and a merged unit's own value
 *       is not defined by them: they are refused (set the spec's rule to say how to combine);
 *   <li>text readings travel to every target unchanged; like any text they count as not reporting a
 *       number.
 * </ul>
 *
 * <p>The target values are then computed by the core rollup ({@link Rollups#overUnits}) over the
 * target hierarchy, cut at the target tier, with one piece per (source, target) below each target
 * unit: the spec's rule and coverage policy apply as in any rollup, a unit above the target tier is
 * computed from all the pieces below it, and coverage is counted on the target units. Additive
 * indicators are conserved: each target-side total is the total of the sources that went into it,
 * and the grand total is unchanged. Verdicts come from the core too ({@link #assess}).
 *
 * <p>Results of the spec's indicator and period that are not for a source unit (another tier, an
 * unknown code, a unit with no successor at the target tier) are not dropped silently: they are
 * {@link #unplaced()}. Immutable and thread-safe.
 */
public final class ReExpression {
  /** The tier of the pieces under the target units in the rollup; its codes are free-form. */
  static final Tier PIECE = Tier.of("piece", "phần đơn vị nguồn", "piece of a source unit");

  private static final Comparator<Contribution> BY_SOURCE = Comparator.comparing((Contribution c) -> c.source().subjectCode())
      .thenComparing(c -> c.source().period()).thenComparing(c -> c.source().asOf()).thenComparing(Contribution::target);

  private final Lineage lineage;
  private final RollupSpec spec;
  private final Tier sourceTier;
  private final Tier targetTier;
  private final Allocation allocation;
  private final ImmutableList<Result> sourceResults;
  private final ImmutableMap<String, ReExpressedCell> cells;
  private final ImmutableList<Unplaced> unplaced;

  private ReExpression(Lineage lineage, RollupSpec spec, Tier targetTier, Allocation allocation,
      Collection<Result> results) {
    this.lineage = lineage;
    this.spec = spec;
    this.sourceTier = spec.sourceTier().orElse(lineage.before().scheme().bottom());
    this.targetTier = targetTier;
    this.allocation = allocation;
    Check.argument(spec.rule() != UnitRollup.SHARE_OF_UNITS_MEETING && spec.rule() != UnitRollup.COUNT_OF_UNITS_MEETING,
        "re-expression of %s: rule %s counts units, which does not say what a merged unit's own value is; "
            + "set the spec's rule to how values combine", spec.indicator().code(), spec.rule());
    lineage.before().scheme().levelOf(sourceTier);
    Hierarchy after = lineage.after();
    int targetLevel = after.scheme().levelOf(targetTier);

    Map<String, ImmutableMap<String, Rational>> sharesBySource = new LinkedHashMap<>();
    List<AdminUnit> overlay = new ArrayList<>();
    for (AdminUnit unit : after.units()) {
      if (after.scheme().levelOf(unit.tier()) <= targetLevel) {
        overlay.add(unit);
      }
    }
    Map<String, Rational> pieceWeights = new LinkedHashMap<>();
    for (AdminUnit source : lineage.before().unitsOf(sourceTier)) {
      List<String> targets = new ArrayList<>();
      lineage.successors(source.code(), targetTier).forEach(t -> targets.add(t.code()));
      if (targets.isEmpty()) {
        continue;
      }
      ImmutableMap<String, Rational> shares = allocation.shares(source.code(), targets);
      sharesBySource.put(source.code(), shares);
      shares.forEach((target, share) -> {
        String piece = Contribution.piece(source.code(), target);
        overlay.add(AdminUnit.builder().code(piece).name(source.name() + " > " + target).tier(PIECE)
            .parentCode(target).build());
        if (spec.rule() == UnitRollup.WEIGHTED_MEAN) {
          Rational weight = spec.weights().get(source.code());
          Check.argument(weight != null, "re-expression of %s: no weight for source unit '%s'",
              spec.indicator().code(), source.code());
          pieceWeights.put(piece, weight.multiply(share));
        }
      });
    }
    List<Tier> tiers = new ArrayList<>(after.scheme().tiers().subList(0, targetLevel + 1));
    tiers.add(PIECE);
    Hierarchy pieces = Hierarchy.of(TierScheme.of("re-expressed", "re-expressed on " + after.scheme().key(), tiers),
        overlay);

    ListMultimap<String, Contribution> byTarget = MultimapBuilder.treeKeys().arrayListValues().build();
    List<Result> pieceResults = new ArrayList<>();
    ImmutableList.Builder<Unplaced> strays = ImmutableList.builder();
    ImmutableList.Builder<Result> used = ImmutableList.builder();
    for (Result result : results) {
      if (!result.indicatorCode().equals(spec.indicator().code()) || !spec.period().contains(result.period())) {
        continue;
      }
      used.add(result);
      ImmutableMap<String, Rational> shares = sharesBySource.get(result.subjectCode());
      if (shares == null) {
        strays.add(Unplaced.of(result, reasonUnplaced(result.subjectCode())));
        continue;
      }
      List<Optional<Reading>> readings = split(result.reading(), List.copyOf(shares.values()));
      int i = 0;
      for (Map.Entry<String, Rational> share : shares.entrySet()) {
        Optional<Reading> reading = readings.get(i++);
        byTarget.put(share.getKey(), Contribution.of(result, share.getKey(), share.getValue(), reading));
        reading.ifPresent(r -> pieceResults.add(Result.builder().from(result)
            .subjectCode(Contribution.piece(result.subjectCode(), share.getKey())).reading(r).build()));
      }
    }
    this.unplaced = strays.build();
    this.sourceResults = used.build();

    RollupSpec.Builder pieceSpec = RollupSpec.builder().from(spec).sourceTier(PIECE).weights(pieceWeights);
    Rollup rollup = Rollups.overUnits(pieceSpec.build(), pieces, pieceResults);
    ImmutableMap.Builder<String, ReExpressedCell> out = ImmutableMap.builder();
    for (AdminUnit unit : after.units()) {
      int level = after.scheme().levelOf(unit.tier());
      if (level > targetLevel) {
        continue;
      }
      List<Contribution> below = new ArrayList<>(byTarget.get(unit.code()));
      if (level < targetLevel) {
        for (AdminUnit descendant : after.descendants(unit.code())) {
          if (descendant.tier().key().equals(targetTier.key())) {
            below.addAll(byTarget.get(descendant.code()));
          }
        }
      }
      below.sort(BY_SOURCE);
      out.put(unit.code(), ReExpressedCell.of(unit, rollup.require(unit.code()), below));
    }
    this.cells = out.buildOrThrow();
  }

  /**
   * Re-expresses {@code results} on the after hierarchy's units at {@code targetTier}, sharing
   * divided sources by {@code allocation}.
   *
   * @throws io.github.chiso.InvalidValueException if a tier is not in its hierarchy's scheme, the rule
   *     counts units, a weighted mean lacks a source's weight, the allocation lacks a weight, or
   *     results to be summed over time overlap
   */
  public static ReExpression of(Lineage lineage, RollupSpec spec, Tier targetTier, Allocation allocation,
      Collection<Result> results) {
    return new ReExpression(lineage, spec, targetTier, allocation, results);
  }

  /** As {@link #of(Lineage, RollupSpec, Tier, Allocation, Collection)} with {@link Allocation#equalShares()}. */
  public static ReExpression of(Lineage lineage, RollupSpec spec, Tier targetTier, Collection<Result> results) {
    return of(lineage, spec, targetTier, Allocation.equalShares(), results);
  }

  private String reasonUnplaced(String code) {
    Optional<AdminUnit> unit = lineage.before().unit(code);
    if (unit.isEmpty()) {
      return "'" + code + "' is not a unit of " + lineage.before();
    }
    if (!unit.get().tier().key().equals(sourceTier.key())) {
      return unit.get() + " is not at the source tier " + sourceTier.key();
    }
    return unit.get() + " has no successor at tier " + targetTier.key();
  }

  /** The readings a source reading gives each share, in the shares' order. */
  private List<Optional<Reading>> split(Reading reading, List<Rational> shares) {
    List<Optional<Reading>> out = new ArrayList<>();
    if (shares.size() == 1 || reading.kind() == Reading.Kind.TEXT) {
      shares.forEach(s -> out.add(Optional.of(reading)));
      return out;
    }
    Check.argument(!(reading instanceof Reading.Delta),
        "re-expression of %s: the change %s is against the old unit's reference value and cannot be split into %s shares",
        spec.indicator().code(), reading, shares.size());
    Check.argument(!(reading instanceof Reading.Rank),
        "re-expression of %s: the rank %s is a place among the old units and cannot be split into %s shares",
        spec.indicator().code(), reading, shares.size());
    if (spec.rule() == UnitRollup.SUM) {
      if (reading instanceof Reading.Decimal) {
        BigDecimal value = ((Reading.Decimal) reading).decimal();
        for (BigInteger part : Apportionment.of(value.unscaledValue(), shares)) {
          out.add(Optional.of(Reading.decimal(new BigDecimal(part, value.scale()))));
        }
      } else {
        Reading.Fraction f = (Reading.Fraction) reading;
        for (BigInteger part : Apportionment.of(BigInteger.valueOf(f.numerator()), shares)) {
          out.add(Optional.of(Reading.fraction(part.longValueExact(), f.denominator())));
        }
      }
      return out;
    }
    if (spec.rule() == UnitRollup.RATIO_OF_SUMS && reading instanceof Reading.Fraction) {
      Reading.Fraction f = (Reading.Fraction) reading;
      List<BigInteger> denominators = Apportionment.of(BigInteger.valueOf(f.denominator()), shares);
      List<Rational> weights = new ArrayList<>();
      denominators.forEach(d -> weights.add(Rational.of(d, BigInteger.ONE)));
      List<BigInteger> numerators = Apportionment.of(BigInteger.valueOf(f.numerator()), weights);
      for (int i = 0; i < shares.size(); i++) {
        out.add(denominators.get(i).signum() == 0 ? Optional.empty()
            : Optional.of(Reading.fraction(numerators.get(i).longValueExact(), denominators.get(i).longValueExact())));
      }
      return out;
    }
    shares.forEach(s -> out.add(Optional.of(reading)));
    return out;
  }

  /** The lineage followed (before: where the results are reported). */
  public Lineage lineage() {
    return lineage;
  }

  /** What was re-expressed, as the caller gave it. */
  public RollupSpec spec() {
    return spec;
  }

  /** The tier of the source units. */
  public Tier sourceTier() {
    return sourceTier;
  }

  /** The tier of the target units. */
  public Tier targetTier() {
    return targetTier;
  }

  /** How divided sources were shared. */
  public Allocation allocation() {
    return allocation;
  }

  /** The results re-expressed: those of the spec's indicator within its period, in the order given. */
  public ImmutableList<Result> sourceResults() {
    return sourceResults;
  }

  /** A cell for every target-side unit at or above the target tier, top tier first, then by code. */
  public ImmutableList<ReExpressedCell> cells() {
    return cells.values().asList();
  }

  /** The cell of the target-side unit with this code, if it is at or above the target tier. */
  public Optional<ReExpressedCell> cell(String code) {
    return Optional.ofNullable(cells.get(code));
  }

  /**
   * The cell of the target-side unit with this code.
   *
   * @throws io.github.chiso.InvalidValueException if there is none
   */
  public ReExpressedCell require(String code) {
    ReExpressedCell cell = cells.get(code);
    Check.argument(cell != null, "re-expression of %s has no unit '%s'", spec.indicator().code(), code);
    return cell;
  }

  /** The results of the indicator and period that could not be placed, with the reason. */
  public ImmutableList<Unplaced> unplaced() {
    return unplaced;
  }

  /**
   * The verdicts of {@code target} on every cell whose unit's scope has a threshold, judged by {@link
   * Rollups#assess(Target, io.github.chiso.hierarchy.Subject, RollupCell)}: exactly on the value, NO_DATA
   * where nothing reported, NOT_EVALUABLE where the coverage policy withheld the value.
   */
  public ImmutableList<Assessment> assess(Target target) {
    Check.argument(target.indicator().code().equals(spec.indicator().code()),
        "target %s is on indicator '%s', not the re-expressed '%s'", target.code(), target.indicator().code(),
        spec.indicator().code());
    ImmutableList.Builder<Assessment> out = ImmutableList.builder();
    for (ReExpressedCell cell : cells.values()) {
      if (target.thresholdFor(cell.unit()).isPresent()) {
        out.add(Rollups.assess(target, cell.unit(), cell.cell()));
      }
    }
    return out.build();
  }

  /**
   * The re-expressed value of the unit with this code as a result for the period, where a reading
   * holds it exactly: the parts of a ratio of sums as a fraction, another value as a decimal when its
   * expansion is finite, the text when the unit received one text and no number. Empty otherwise
   * (a mean of three values, say): {@link #require}'s cell has the exact value. The note names the
   * sources and flags estimates.
   */
  public Optional<Result> result(String code) {
    ReExpressedCell cell = require(code);
    Optional<Reading> reading = reading(cell);
    return reading.map(r -> Result.builder()
        .indicatorCode(spec.indicator().code())
        .subjectCode(code)
        .period(cell.cell().period())
        .asOf(cell.cell().asOf())
        .reading(r)
        .note(provenance(cell))
        .build());
  }

  /** {@link #result} of every target-tier unit that has one, in cell order. */
  public ImmutableList<Result> results() {
    ImmutableList.Builder<Result> out = ImmutableList.builder();
    for (ReExpressedCell cell : cells.values()) {
      if (cell.unit().tier().key().equals(targetTier.key())) {
        result(cell.unit().code()).ifPresent(out::add);
      }
    }
    return out.build();
  }

  private Optional<Reading> reading(ReExpressedCell cell) {
    RollupCell rolled = cell.cell();
    if (rolled.value().isEmpty()) {
      List<Reading> texts = new ArrayList<>();
      for (Contribution c : cell.contributions()) {
        c.reading().filter(r -> r.kind() == Reading.Kind.TEXT && !texts.contains(r)).ifPresent(texts::add);
      }
      boolean onlyText = cell.contributions().stream().allMatch(c -> c.source().reading().kind() == Reading.Kind.TEXT);
      return onlyText && texts.size() == 1 ? Optional.of(texts.get(0)) : Optional.empty();
    }
    if (spec.rule() == UnitRollup.RATIO_OF_SUMS && rolled.numerator().isPresent()) {
      BigInteger n = rolled.numerator().get();
      BigInteger d = rolled.denominator().orElseThrow();
      if (n.bitLength() < 64 && d.bitLength() < 64) {
        return Optional.of(Reading.fraction(n.longValueExact(), d.longValueExact()));
      }
    }
    Rational value = rolled.value().get();
    try {
      return Optional.of(Reading.decimal(
          new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()), MathContext.UNLIMITED)));
    } catch (ArithmeticException nonTerminating) {
      return Optional.empty();
    }
  }

  private String provenance(ReExpressedCell cell) {
    List<String> parts = new ArrayList<>();
    for (Contribution c : cell.contributions()) {
      parts.add(c.source().subjectCode() + " " + c.source().period()
          + (c.estimated() ? " × " + c.share() + " (estimated, " + allocation + ")" : ""));
    }
    return "re-expressed from " + String.join(", ", parts);
  }

  @Override
  public String toString() {
    return "ReExpression{" + spec.indicator().code() + " " + spec.period() + ", " + sourceTier.key() + " -> "
        + targetTier.key() + ", " + cells.size() + " cells, " + unplaced.size() + " unplaced}";
  }
}
