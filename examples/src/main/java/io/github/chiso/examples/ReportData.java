package io.github.chiso.examples;

import com.google.common.collect.ImmutableList;
import io.github.chiso.check.Checks;
import io.github.chiso.check.Finding;
import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.Scorecard;
import io.github.chiso.gap.Gap;
import io.github.chiso.gap.Gaps;
import io.github.chiso.hierarchy.Hierarchy;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Result;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Everything a report shows, computed once from a plan, its results and a hierarchy. */
final class ReportData {
  final Plan plan;
  final ImmutableList<Result> results;
  final Hierarchy hierarchy;
  final ImmutableList<Assessment> assessments;
  final ImmutableList<Gap> gaps;
  final ImmutableList<Finding> findings;
  final Scorecard scorecard;
  final LocalDate asOf;
  /** What the verdicts rest on when they are not the plain ones, e.g. a plan judged on units after the reform. */
  final Optional<String> note;

  ReportData(Plan plan, List<Result> results, Hierarchy hierarchy) {
    this(plan, results, hierarchy, Optional.empty(), Optional.empty());
  }

  /** The report of a plan given verdicts computed elsewhere ({@code assessments}), with what they rest on. */
  ReportData(Plan plan, List<Result> results, Hierarchy hierarchy, List<Assessment> assessments, String note) {
    this(plan, results, hierarchy, Optional.of(assessments), Optional.of(note));
  }

  private ReportData(Plan plan, List<Result> results, Hierarchy hierarchy, Optional<List<Assessment>> given,
      Optional<String> note) {
    this.plan = plan;
    this.results = ImmutableList.copyOf(results);
    this.hierarchy = hierarchy;
    this.note = note;
    this.asOf = results.stream().map(Result::asOf).max(Comparator.naturalOrder()).orElse(plan.period().end());
    this.assessments = given.map(ImmutableList::copyOf).orElseGet(() -> Compliance.assess(plan, hierarchy, results, asOf));
    this.gaps = assessments.stream().map(Gaps::of).collect(ImmutableList.toImmutableList());
    this.findings = Checks.run(plan, hierarchy, results);
    this.scorecard = Scorecard.of(assessments);
  }

  /** Gaps NOT_MET, worst first. */
  List<Gap> worstGaps() {
    return Gaps.rank(gaps).stream()
        .filter(g -> g.assessment().status() == io.github.chiso.compliance.Status.NOT_MET)
        .collect(ImmutableList.toImmutableList());
  }
}
