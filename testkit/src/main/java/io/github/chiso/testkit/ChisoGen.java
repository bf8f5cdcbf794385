package io.github.chiso.testkit;

import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Body;
import io.github.chiso.hierarchy.BodyKind;
import io.github.chiso.hierarchy.Scope;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.hierarchy.TierScheme;
import io.github.chiso.model.Area;
import io.github.chiso.model.Change;
import io.github.chiso.model.Comparator;
import io.github.chiso.model.DocumentKind;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Period;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Result;
import io.github.chiso.model.SourceRef;
import io.github.chiso.model.Target;
import io.github.chiso.model.Task;
import io.github.chiso.model.TaskStatus;
import io.github.chiso.model.TextStatus;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Polarity;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Qualifier;
import io.github.chiso.model.RateBasis;
import io.github.chiso.model.Threshold;
import io.github.chiso.testkit.property.Gen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generators of valid Chiso model values for property tests. Every generator is built on {@link
 * Gen}'s draws, so failing cases shrink: hierarchies lose units, numbers move toward zero.
 *
 * @since 0.1.0
 */
public final class ChisoGen {
  private ChisoGen() {}

  /** Any comparator, ≥ first. */
  public static Gen<Comparator> comparators() {
    return Gen.elements(Comparator.values());
  }

  /** Comparators with a single bound (all but {@link Comparator#BETWEEN}). */
  public static Gen<Comparator> singleBoundComparators() {
    return Gen.elements(
        Comparator.AT_LEAST, Comparator.ABOVE, Comparator.AT_MOST, Comparator.BELOW, Comparator.EQUAL);
  }

  /** Either polarity. */
  public static Gen<Polarity> polarities() {
    return Gen.elements(Polarity.values());
  }

  /** Either of the two measures whose wording differs: percentages and plain numbers. */
  public static Gen<Measure> measures() {
    return Gen.elements(Measure.PERCENT, Measure.COUNT, Measure.INDEX);
  }

  /**
   * Decimals from {@code -10^digits} to {@code 10^digits} with up to {@code maxScale} fractional
   * digits, shrinking toward zero.
   */
  public static Gen<BigDecimal> decimals(int digits, int maxScale) {
    BigDecimal limit = BigDecimal.TEN.pow(digits);
    return Gen.decimals(limit.negate(), limit, maxScale);
  }

  /** Non-negative decimals up to {@code max} with up to {@code maxScale} fractional digits. */
  public static Gen<BigDecimal> nonNegativeDecimals(BigDecimal max, int maxScale) {
    return Gen.decimals(BigDecimal.ZERO, max, maxScale);
  }

  /** Thresholds with every comparator; ranges have lower ≤ upper. */
  public static Gen<Threshold> thresholds(Gen<BigDecimal> bounds) {
    return Gen.combine(unqualifiedThresholds(bounds), Gen.ints(0, 31), ChisoGen::qualified);
  }

  /** Half the time {@code threshold} itself, else with the qualifiers bits 0–3 of {@code bits} pick. */
  private static Threshold qualified(Threshold threshold, int bits) {
    if (bits >= 16) {
      return threshold;
    }
    java.util.List<Qualifier> picked = new java.util.ArrayList<>();
    Qualifier[] onThresholds = {Qualifier.APPROXIMATE, Qualifier.ESTIMATED, Qualifier.EXPECTED, Qualifier.ASPIRATIONAL};
    for (int i = 0; i < onThresholds.length; i++) {
      if ((bits >> i & 1) == 1) {
        picked.add(onThresholds[i]);
      }
    }
    return Threshold.builder().from(threshold).qualifiers(picked).build();
  }

  private static Gen<Threshold> unqualifiedThresholds(Gen<BigDecimal> bounds) {
    return comparators()
        .flatMap(
            comparator ->
                comparator == Comparator.BETWEEN
                    ? Gen.combine(
                        bounds,
                        bounds,
                        (a, b) -> a.compareTo(b) <= 0 ? Threshold.between(a, b) : Threshold.between(b, a))
                    : bounds.map(bound -> Threshold.of(comparator, bound)));
  }

  /** Decimal readings and fraction readings (parts up to {@code maxDenominator}), half each. */
  public static Gen<Reading> numericReadings(Gen<BigDecimal> decimals, long maxDenominator) {
    Gen<Reading> fractions =
        Gen.longs(1, maxDenominator)
            .flatMap(d -> Gen.longs(0, d).map(n -> (Reading) Reading.fraction(n, d)));
    return Gen.oneOf(decimals.map(Reading::decimal), fractions);
  }

  /**
   * Hierarchies under {@code scheme}: 1 to {@code maxRoots} top-tier units, each with 0 to {@code
   * maxChildren} children per level, codes fitting each tier's digits. Built valid: parents exist
   * and sit one tier up.
   */
  public static Gen<Hierarchy> hierarchies(TierScheme scheme, int maxRoots, int maxChildren) {
    return unitLists(scheme, maxRoots, maxChildren).map(units -> Hierarchy.of(scheme, units));
  }

  /** The units of {@link #hierarchies}, top tier first, before validation. */
  public static Gen<List<AdminUnit>> unitLists(TierScheme scheme, int maxRoots, int maxChildren) {
    return source -> {
      List<AdminUnit> units = new ArrayList<>();
      List<AdminUnit> level = new ArrayList<>();
      int[] counters = new int[scheme.tiers().size()];
      long roots = 1 + source.draw(maxRoots - 1L);
      for (int i = 0; i < roots; i++) {
        level.add(unit(scheme.top(), ++counters[0], null));
      }
      units.addAll(level);
      for (int depth = 1; depth < scheme.tiers().size(); depth++) {
        Tier tier = scheme.tiers().get(depth);
        List<AdminUnit> next = new ArrayList<>();
        for (AdminUnit parent : level) {
          long children = source.draw(maxChildren);
          for (int c = 0; c < children; c++) {
            next.add(unit(tier, ++counters[depth], parent.code()));
          }
        }
        units.addAll(next);
        level = next;
      }
      return units;
    };
  }

  /** Text with Vietnamese letters, 1 to {@code maxLength} characters, never blank. */
  public static Gen<String> vietnameseText(int maxLength) {
    return Gen.lists(Gen.elements('a', 'ă', 'â', 'đ', 'ê', 'ô', 'ơ', 'ư', 'ạ', 'ỹ', 'T', '1', ' ', '%', '"', '\\'), 0, maxLength - 1)
        .map(chars -> {
          StringBuilder text = new StringBuilder("x");
          chars.forEach(text::append);
          return text.toString();
        });
  }

  /** Periods of every granularity from 2020 to 2026. */
  public static Gen<Period> periods() {
    Gen<Integer> years = Gen.ints(2020, 2026);
    return Gen.oneOf(
        years.map(Period::year),
        Gen.combine(years, Gen.ints(1, 4), Period::quarter),
        Gen.combine(years, Gen.ints(1, 12), Period::month),
        Gen.combine(years, Gen.ints(1, 365), (y, d) -> Period.day(LocalDate.ofYearDay(y, d))),
        Gen.combine(years, Gen.ints(1, 300), Gen.ints(0, 60),
            (y, d, len) -> Period.range(LocalDate.ofYearDay(y, d), LocalDate.ofYearDay(y, d).plusDays(len))));
  }

  /**
   * Indicators with every measure, polarity, standard area and a rollup rule fit for the measure; at
   * times with a unit ("trạm BTS") and a rate basis (per 1000 or 10000 dân, per year; never on a
   * rank) (since 0.2.0).
   */
  public static Gen<Indicator> indicators(String code) {
    return Gen.combine(unitlessIndicators(code), Gen.ints(0, 3), Gen.ints(0, 5), (indicator, unit, per) -> {
      Indicator.Builder b = Indicator.builder().from(indicator);
      if (unit > 0) {
        b.unit(UNITS.get(unit - 1));
      }
      if (per > 2 && indicator.measure() != Measure.RANK) {
        b.per(per == 5 ? RateBasis.perYear() : RateBasis.perPopulation(BigDecimal.TEN.pow(per), "dân"));
      }
      return b.build();
    });
  }

  private static final List<String> UNITS = List.of("trạm BTS", "tài khoản", "đồng");

  private static Gen<Indicator> unitlessIndicators(String code) {
    return Gen.combine(
        Gen.combine(vietnameseText(30), Gen.booleans(), (name, english) -> new Object[] {name, english}),
        Gen.elements(Measure.values()),
        Gen.combine(Gen.elements(Polarity.values()), Gen.elements(STANDARD_AREAS), (p, a) -> new Object[] {p, a}),
        (nameEnglish, measure, polarityArea) -> {
          Indicator.Builder indicator = Indicator.builder()
              .code(code)
              .nameVi((String) nameEnglish[0])
              .measure(measure)
              .polarity((Polarity) polarityArea[0])
              .area((Area) polarityArea[1]);
          if ((Boolean) nameEnglish[1]) {
            indicator.nameEn("English " + code);
          }
          return indicator.build();
        });
  }

  private static final List<Area> STANDARD_AREAS =
      List.of(Area.DIGITAL_INFRASTRUCTURE, Area.DIGITAL_GOVERNMENT, Area.DIGITAL_ECONOMY, Area.DIGITAL_SOCIETY,
          Area.DIGITAL_DATA, Area.INFORMATION_SECURITY, Area.DIGITAL_HUMAN_RESOURCES);

  private static final List<Scope> SCOPES =
      List.of(Scope.of(Tier.PROVINCE), Scope.of(Tier.DISTRICT), Scope.of(Tier.COMMUNE), Scope.of(BodyKind.DEPARTMENT));

  /**
   * Changes fit for an indicator measured in {@code measure} whose figures are about periods from
   * {@code before} on: either direction, relative or absolute (absolute only for a rank), against the
   * same period a year earlier or a fixed period that ends before {@code before} starts: a year from
   * 2015, or within such a year a quarter, a month, its first months, or a day.
   *
   * @since 0.2.0
   */
  public static Gen<Change> changes(Measure measure, Period before) {
    int last = Math.max(2015, before.start().getYear() - 1);
    Gen<java.util.Optional<Period>> references = Gen.combine(Gen.ints(0, 5), Gen.ints(2015, last), Gen.ints(1, 12),
        (shape, year, n) -> {
          Period period;
          switch (shape) {
            case 1:
              period = Period.quarter(year, (n + 2) / 3);
              break;
            case 2:
              period = Period.month(year, n);
              break;
            case 3:
              period = Period.range(LocalDate.of(year, 1, 1), java.time.YearMonth.of(year, n).atEndOfMonth());
              break;
            case 4:
              period = Period.day(LocalDate.of(year, n, Math.min(28, 2 * n + 3)));
              break;
            case 5:
              return java.util.Optional.<Period>empty();
            default:
              period = Period.year(year);
          }
          return period.end().isBefore(before.start()) ? java.util.Optional.of(period) : java.util.Optional.<Period>empty();
        });
    return Gen.combine(Gen.elements(Change.Direction.values()), Gen.booleans(), references, (direction, relative, reference) -> {
      Change.Basis basis = relative && measure != Measure.RANK ? Change.Basis.RELATIVE : Change.Basis.ABSOLUTE;
      return reference.map(p -> Change.of(direction, basis, p)).orElseGet(() -> Change.yearOnYear(direction, basis));
    });
  }

  /**
   * Results stated as a change ({@link Reading.Delta}): amounts from 0 with up to two decimals (whole
   * for a rank), fit for {@code measure}, against {@link #changes}.
   *
   * @since 0.2.0
   */
  public static Gen<Reading.Delta> deltas(Measure measure, Period before) {
    Gen<BigDecimal> amounts = measure == Measure.RANK ? Gen.longs(0, 62).map(BigDecimal::valueOf)
        : nonNegativeDecimals(new BigDecimal("5000"), 2);
    return Gen.combine(amounts, changes(measure, before), Reading::delta);
  }

  /**
   * Targets with 1 to 4 tiered thresholds (some phased in, some with wording) on {@code indicator};
   * a quarter of them on a change against a reference ({@link #changes}).
   */
  public static Gen<Target> targets(String code, Indicator indicator) {
    Gen<Threshold> thresholds =
        Gen.combine(thresholds(decimals(3, 3)), Gen.ints(0, 2), vietnameseText(12), (t, extra, wording) -> {
          Threshold.Builder b = Threshold.builder().from(t);
          if (extra == 1) {
            b.effectiveFrom(LocalDate.of(2022, 6, 1));
          } else if (extra == 2) {
            b.wording(wording);
          }
          return b.build();
        });
    return Gen.combine(
        Gen.lists(Gen.combine(Gen.ints(0, SCOPES.size() - 1), thresholds, (i, t) -> Map.entry(SCOPES.get(i), t)), 1, 4),
        Gen.combine(Gen.ints(2020, 2026), Gen.booleans(), (year, fallback) -> new Object[] {year, fallback}),
        vietnameseText(40),
        (entries, yearFallback, wording) -> {
          Map<Scope, Threshold> map = new LinkedHashMap<>();
          entries.forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
          Period period = Period.year((Integer) yearFallback[0]);
          Target.Builder target = Target.builder()
              .code(code)
              .indicator(indicator)
              .thresholds(map)
              .period(period)
              .wording(wording)
              .source(SourceRef.of("KH/" + yearFallback[0], "II.2"));
          if ((Boolean) yearFallback[1]) {
            target.fallbackScope(map.keySet().iterator().next());
          }
          return target.build();
        }).flatMap(target -> Gen.ints(0, 3).flatMap(onChange -> onChange > 0 ? Gen.constant(target)
            : changes(indicator.measure(), target.period()).map(c -> Target.builder().from(target).change(c).build())));
  }

  /** Plans of 0 to 6 targets (some "trong đó" parts of the first) and 0 to 3 tasks. */
  public static Gen<Plan> plans() {
    Gen<List<Target>> targetLists =
        Gen.ints(0, 6).flatMap(n -> source -> {
          List<Target> targets = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            Indicator indicator = indicators("IND-" + i).generate(source);
            Target target = targets("T-" + i, indicator).generate(source);
            if (i > 0 && source.draw(3) == 0) {
              target = Target.builder().from(target).parentCode("T-0").build();
            }
            targets.add(target);
          }
          return targets;
        });
    return Gen.combine(
        targetLists,
        Gen.combine(Gen.elements(DocumentKind.values()), periods(), (kind, issued) -> new Object[] {kind, issued}),
        Gen.combine(vietnameseText(20), Gen.ints(0, 3), (issuer, tasks) -> new Object[] {issuer, tasks}),
        (targets, kindIssued, issuerTasks) -> {
          Plan.Builder plan = Plan.builder()
              .number("KH-" + targets.size() + "/UBND")
              .kind((DocumentKind) kindIssued[0])
              .issuer((String) issuerTasks[0])
              .issued((Period) kindIssued[1])
              .jurisdiction("75")
              .period(Period.year(2025))
              .addLegalBasis("05-NQ/TU")
              .targets(targets);
          for (int t = 0; t < (Integer) issuerTasks[1]; t++) {
            Task.Builder task = Task.builder().code("NV-" + t).description("Nhiệm vụ " + t).lead("Sở TT&TT")
                .addPartners("Sở Y tế").status(TaskStatus.values()[t % 4]);
            if (t == 1) {   // recurring, last done on 20 September
              task.dueWording("hàng tháng").completed(LocalDate.of(2025, 9, 20))
                  .recurrence(io.github.chiso.model.Recurrence.of(io.github.chiso.model.Frequency.MONTHLY,
                      io.github.chiso.model.DueRule.daysAfterEnd(0)));
            } else if (t == 2) {   // DONE, expected by a day, done early
              task.due(LocalDate.of(2025, 10, 28)).dueWording("dự kiến trước ngày 29/10/2025")
                  .addQualifiers(io.github.chiso.model.Qualifier.EXPECTED).completed(LocalDate.of(2025, 10, 1));
            } else {
              task.due(LocalDate.of(2025, 10, 28));
            }
            if (!targets.isEmpty()) {
              task.addTargetCodes(targets.get(t % targets.size()).code());
            }
            plan.addTasks(task.build());
          }
          return plan.build();
        });
  }

  /** Results of every reading kind in equal shares (decimal, parts with or without a reported share, text). */
  public static Gen<Result> results() {
    return results(1, 1, 1);
  }

  /**
   * Qualifiers a result with {@code reading} may carry: none for text; for numbers any of {@link
   * Qualifier#APPROXIMATE}, {@link Qualifier#ESTIMATED}, {@link Qualifier#EXPECTED}, {@link
   * Qualifier#AMBIGUOUS_NUMBER}, at most one of {@link Qualifier#MORE_THAN} and {@link
   * Qualifier#LESS_THAN}, and {@link Qualifier#WITHIN} on a rank; none half the time.
   *
   * @since 0.2.0
   */
  public static Gen<java.util.Set<Qualifier>> resultQualifiers(Reading reading) {
    if (reading.kind() == Reading.Kind.TEXT) {
      return Gen.constant(java.util.Set.of());
    }
    return Gen.combine(Gen.ints(0, 31), Gen.ints(0, 2), Gen.booleans(), (bits, bound, within) -> {
      java.util.Set<Qualifier> picked = java.util.EnumSet.noneOf(Qualifier.class);
      if (bits < 16) {
        return picked;
      }
      Qualifier[] free = {Qualifier.APPROXIMATE, Qualifier.ESTIMATED, Qualifier.EXPECTED, Qualifier.AMBIGUOUS_NUMBER};
      for (int i = 0; i < free.length; i++) {
        if ((bits >> i & 1) == 1) {
          picked.add(free[i]);
        }
      }
      if (bound > 0) {
        picked.add(bound == 1 ? Qualifier.MORE_THAN : Qualifier.LESS_THAN);
      }
      if (within && reading.kind() == Reading.Kind.RANK) {
        picked.add(Qualifier.WITHIN);
      }
      return picked;
    });
  }

  /**
   * {@code results} with the qualifiers {@link #resultQualifiers} gives for their readings.
   *
   * @since 0.2.0
   */
  public static Gen<Result> qualified(Gen<Result> results) {
    return results.flatMap(r -> resultQualifiers(r.reading()).map(q -> Result.builder().from(r).qualifiers(q).build()));
  }

  /**
   * Ranks: places from 1 to 70 (the first places most often), half of them in a field of 1 to 120
   * places that holds them (exactly the place at times: the last place).
   *
   * @since 0.2.0
   */
  public static Gen<Reading.Rank> ranks() {
    Gen<Long> places = Gen.oneOf(Gen.longs(1, 3), Gen.longs(1, 70));
    return places.<Reading.Rank>flatMap(place -> Gen.ints(0, 3).<Reading.Rank>flatMap(shape -> shape == 0 ? Gen.constant(Reading.rank(place))
        : shape == 1 ? Gen.constant(Reading.rank(place, place))
        : Gen.longs(place, 120).map(field -> Reading.rank(place, field))));
  }

  /**
   * Results whose readings are decimals, parts, text-only and ranks in the proportions {@code
   * decimals : parts : texts : ranks} (a zero leaves that kind out; the same results as {@link
   * #results(int, int, int)} when {@code ranks} is zero).
   *
   * @since 0.2.0
   */
  public static Gen<Result> results(int decimals, int parts, int texts, int ranks) {
    Gen<Result> others = unqualifiedResults(decimals, parts, texts);
    if (ranks == 0) {
      return qualified(others);
    }
    Gen<Result> ranked = Gen.combine(others, ranks(), (r, rank) -> Result.builder().from(r).reading(rank).build());
    return qualified(decimals + parts + texts == 0 ? ranked : Gen.frequency(decimals + parts + texts, others, ranks, ranked));
  }

  /**
   * As {@link #results(int, int, int, int)}, with changes against a reference ({@link #deltas}) in
   * the proportion {@code deltas}.
   *
   * @since 0.2.0
   */
  public static Gen<Result> results(int decimals, int parts, int texts, int ranks, int deltas) {
    Gen<Result> others = results(decimals, parts, texts, ranks);
    if (deltas == 0) {
      return others;
    }
    Gen<Result> changed = results(1, 0, 0).flatMap(r -> deltas(Measure.COUNT, r.period())
        .map(d -> Result.builder().from(r).reading(d).build()));
    return decimals + parts + texts + ranks == 0 ? changed
        : Gen.frequency(decimals + parts + texts + ranks, others, deltas, changed);
  }

  /**
   * Results whose readings are decimals, parts and text-only in the proportions {@code decimals :
   * parts : texts} (a zero leaves that kind out), with the qualifiers {@link #resultQualifiers}
   * gives (since 0.2.0).
   */
  public static Gen<Result> results(int decimals, int parts, int texts) {
    return qualified(unqualifiedResults(decimals, parts, texts));
  }

  private static Gen<Result> unqualifiedResults(int decimals, int parts, int texts) {
    Gen<Reading> decimalReadings = decimals(6, 4).map(Reading::decimal);
    Gen<Reading> partReadings = Gen.oneOf(
        Gen.longs(1, 1_000_000_000_000L).flatMap(d -> Gen.longs(0, d).map(n -> (Reading) Reading.fraction(n, d))),
        Gen.longs(1, 1_000_000).flatMap(d -> Gen.longs(0, d).map(n -> (Reading) Reading.fraction(n, d,
            new java.math.BigDecimal(n * 100).divide(java.math.BigDecimal.valueOf(d), 2, java.math.RoundingMode.HALF_UP)))));
    Gen<Reading> textReadings =
        Gen.combine(Gen.elements(TextStatus.values()), vietnameseText(40), (s, t) -> (Reading) Reading.text(s, t));
    Gen<Reading> readings = Gen.frequency(decimals, decimalReadings, parts + texts,
        parts + texts == 0 ? decimalReadings : Gen.frequency(parts, partReadings, texts, textReadings));
    return Gen.combine(
        Gen.combine(Gen.ints(0, 20), Gen.elements("75", "731", "25993", "STTTT"), (i, s) -> new String[] {"IND-" + i, s}),
        periods(),
        Gen.combine(readings, Gen.ints(0, 3), (r, extra) -> new Object[] {r, extra}),
        (codes, period, readingExtra) -> {
          Result.Builder result = Result.builder()
              .indicatorCode(codes[0])
              .subjectCode(codes[1])
              .period(period)
              .reading((Reading) readingExtra[0]);
          int extra = (Integer) readingExtra[1];
          if (extra == 1) {
            result.asOf(period.start());
          } else if (extra == 2) {
            result.source(SourceRef.of("231/BC-UBND", "I.2.a")).note("ghi chú");
          }
          return result.build();
        });
  }

  /**
   * Tier schemes: the two Vietnamese ones, and made-up schemes of one to four tiers with free-form
   * codes.
   */
  public static Gen<TierScheme> tierSchemes() {
    Gen<TierScheme> custom = Gen.ints(1, 4).map(n -> {
      List<Tier> tiers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        tiers.add(Tier.of("level-" + i, "cấp " + i, "level " + i));
      }
      return TierScheme.of("custom-" + n, n + " levels", tiers);
    });
    return Gen.oneOf(Gen.elements(TierScheme.VIETNAM_2021_2025, TierScheme.VIETNAM_FROM_2025_07_01), custom);
  }

  /**
   * Shares given by parts that sit exactly on {@code percent} (when the parts can), or one part
   * below or above it, with denominators up to 10^12 — where rounding bugs live.
   */
  public static Gen<Reading.Fraction> sharesAround(java.math.BigDecimal percent) {
    java.math.BigInteger unscaled = percent.unscaledValue();
    java.math.BigInteger scale = java.math.BigInteger.TEN.pow(Math.max(0, percent.scale()) + 2);
    return Gen.combine(Gen.longs(1, 1_000_000_000_000L), Gen.ints(-1, 1), (d, nudge) -> {
      java.math.BigInteger exact = unscaled.multiply(java.math.BigInteger.valueOf(d));
      java.math.BigInteger[] qr = exact.divideAndRemainder(scale);
      long on = qr[0].longValueExact();
      long n = nudge == 0 ? (qr[1].signum() == 0 ? on : on + 1) : nudge < 0 ? on - (qr[1].signum() == 0 ? 1 : 0) : on + 1;
      return Reading.fraction(Math.max(0, Math.min(n, d)), d);
    });
  }

  /** Hierarchies as {@link #hierarchies} with 0 to 3 departments attached to the first root. */
  public static Gen<Hierarchy> hierarchiesWithBodies(TierScheme scheme, int maxRoots, int maxChildren) {
    return Gen.combine(unitLists(scheme, maxRoots, maxChildren), Gen.ints(0, 3), (units, bodies) -> {
      Hierarchy.Builder h = Hierarchy.builder(scheme).addUnits(units);
      for (int b = 0; b < bodies; b++) {
        h.add(Body.of("SO-" + b, "Sở " + b, BodyKind.DEPARTMENT, units.get(0).code()));
      }
      return h.build();
    });
  }

  /** Generators of invalid input, for testing error paths: each must be rejected with a typed exception. */
  public static final class Invalid {
    private Invalid() {}

    /** Unit lists where the first province's parent is one of its own districts: a cycle. */
    public static Gen<List<AdminUnit>> unitListsWithCycle() {
      return unitLists(TierScheme.VIETNAM_2021_2025, 2, 4)
          .filter(units -> units.stream().anyMatch(u -> u.tier().equals(Tier.DISTRICT) && u.parentCode().equals(java.util.Optional.of(units.get(0).code()))))
          .map(units -> {
            List<AdminUnit> out = new ArrayList<>(units);
            AdminUnit district = units.stream()
                .filter(u -> u.tier().equals(Tier.DISTRICT) && u.parentCode().equals(java.util.Optional.of(units.get(0).code())))
                .findFirst().orElseThrow();
            out.set(0, AdminUnit.builder().from(units.get(0)).parentCode(district.code()).build());
            return out;
          });
    }

    /** Unit lists in which one unit appears twice. */
    public static Gen<List<AdminUnit>> unitListsWithDuplicateCode() {
      return unitLists(TierScheme.VIETNAM_2021_2025, 2, 3)
          .flatMap(units -> Gen.ints(0, units.size() - 1).map(i -> {
            List<AdminUnit> out = new ArrayList<>(units);
            out.add(units.get(i));
            return out;
          }));
    }

    /** Result-set documents with one result whose numerator exceeds its denominator. */
    public static Gen<String> resultSetsWithPartsAboveWhole() {
      return Gen.longs(1, 1_000_000).flatMap(d -> Gen.longs(d + 1, 2 * d).map(n ->
          "{\"format\":\"chiso.results\",\"formatVersion\":1,\"results\":[{\"indicator\":\"I\",\"subject\":\"75\","
              + "\"period\":\"2022\",\"numerator\":" + n + ",\"denominator\":" + d + "}]}"));
    }

    /** {@code document} truncated, with a character deleted, inserted or replaced: mostly broken JSON. */
    public static Gen<String> brokenJson(String document) {
      String alphabet = "{}[],:\"\\0123456789-.eE aT";
      return Gen.combine(Gen.ints(0, 3), Gen.ints(0, Math.max(0, document.length() - 1)), Gen.ints(0, alphabet.length() - 1),
          (edit, at, c) -> {
            StringBuilder text = new StringBuilder(document);
            switch (edit) {
              case 0:
                text.setLength((int) at);
                break;
              case 1:
                text.deleteCharAt((int) at);
                break;
              case 2:
                text.insert((int) at, alphabet.charAt(c));
                break;
              default:
                text.setCharAt((int) at, alphabet.charAt(c));
                break;
            }
            return text.toString();
          });
    }
  }

  private static AdminUnit unit(Tier tier, int serial, String parent) {
    String code = tier.codeDigits().isPresent()
        ? String.format("%0" + tier.codeDigits().getAsInt() + "d", serial)
        : tier.key() + "-" + serial;
    AdminUnit.Builder unit = AdminUnit.builder().code(code).name(tier.nameVi() + " " + serial).tier(tier);
    if (parent != null) {
      unit.parentCode(parent);
    }
    return unit.build();
  }
}
