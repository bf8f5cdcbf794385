package io.github.chiso.report;

import com.google.common.collect.ImmutableList;
import io.github.chiso.check.Checks;
import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Scorecard;
import io.github.chiso.compliance.Status;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Result;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything a report shows, computed once from a plan, its results and a hierarchy: the
 * assessments, their gaps, the scorecard and the consistency findings. The writers ({@link
 * TextReport}, {@link CsvReport}, {@link HtmlReport}) only format it. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportData {
  private final Plan plan;
  private final ImmutableList<Result> results;
  private final Hierarchy hierarchy;
  private final ImmutableList<Assessment> assessments;
  private final ImmutableList<Gap> gaps;
  private final ImmutableList<Finding> findings;
  private final Scorecard scorecard;
  private final LocalDate asOf;
  private final Optional<String> note;

  private ReportData(Plan plan, List<Result> results, Hierarchy hierarchy, LocalDate asOf,
      Optional<List<Assessment>> given, Optional<String> note) {
    this.plan = plan;
    this.results = ImmutableList.copyOf(results);
    this.hierarchy = hierarchy;
    this.note = note;
    this.asOf = asOf;
    this.assessments = given.map(ImmutableList::copyOf).orElseGet(() -> Compliance.assess(plan, hierarchy, results, asOf));
    this.gaps = assessments.stream().map(Gaps::of).collect(ImmutableList.toImmutableList());
    this.findings = Checks.run(plan, hierarchy, results);
    this.scorecard = Scorecard.of(assessments);
  }

  /**
   * The report of {@code plan} over {@code hierarchy}, judged as of the latest result's date (the
   * plan's end when there are no results).
   */
  public static ReportData of(Plan plan, Hierarchy hierarchy, List<Result> results) {
    return of(plan, hierarchy, results, latest(plan, results));
  }

  /** The report of {@code plan} over {@code hierarchy}, judged on the results known on {@code asOf}. */
  public static ReportData of(Plan plan, Hierarchy hierarchy, List<Result> results, LocalDate asOf) {
    return new ReportData(plan, results, hierarchy, asOf, Optional.empty(), Optional.empty());
  }

  /**
   * The report of a plan given verdicts computed elsewhere ({@code assessments}, e.g. a plan judged
   * on units after the reform), with a {@code note} saying what they rest on.
   */
  public static ReportData ofAssessments(Plan plan, Hierarchy hierarchy, List<Result> results,
      List<Assessment> assessments, String note) {
    return new ReportData(plan, results, hierarchy, latest(plan, results), Optional.of(assessments), Optional.of(note));
  }

  private static LocalDate latest(Plan plan, List<Result> results) {
    return results.stream().map(Result::asOf).max(Comparator.naturalOrder()).orElse(plan.period().end());
  }

  /** The plan judged. */
  public Plan plan() {
    return plan;
  }

  /** The results it was judged on. */
  public ImmutableList<Result> results() {
    return results;
  }

  /** The units and bodies judged. */
  public Hierarchy hierarchy() {
    return hierarchy;
  }

  /** Every target judged for every subject with a threshold, in {@link Compliance}'s order. */
  public ImmutableList<Assessment> assessments() {
    return assessments;
  }

  /** The gap of each assessment, in the same order. */
  public ImmutableList<Gap> gaps() {
    return gaps;
  }

  /** The consistency findings of {@link Checks#run}. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** The assessments counted by status and area. */
  public Scorecard scorecard() {
    return scorecard;
  }

  /** The date the report judges as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** What the verdicts rest on when they are not the plain ones. */
  public Optional<String> note() {
    return note;
  }

  /** The gaps of the assessments NOT_MET, worst first ({@link Gaps#rank}). */
  public ImmutableList<Gap> worstGaps() {
    return Gaps.rank(gaps).stream()
        .filter(g -> g.assessment().status() == Status.NOT_MET)
        .collect(ImmutableList.toImmutableList());
  }
}
