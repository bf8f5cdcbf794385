package io.github.chiso.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.compliance.RangePosition;
import io.github.chiso.compliance.Scorecard;
import io.github.chiso.compliance.Status;
import io.github.chiso.model.Area;
import io.github.chiso.model.Plan;
import io.github.chiso.model.Rational;
import io.github.chiso.model.Reading;
import io.github.chiso.model.TextStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 001's table (report 231/BC-UBND, section I.2.a): every row built from its wording and judged. */
class Seed001Test {
  private final Plan plan = Seed001.plan();
  private final List<Assessment> assessments =
      Compliance.assess(plan, Seed001.hierarchy(), Seed001.results());

  @Test
  void everyRowIsBuiltFromTheDocumentsWording() {
    assertThat(plan.targets()).hasSize(12);
    assertThat(Seed001.results()).hasSize(12);
    assertThat(Seed001.results().get(2).reading())
        .isEqualTo(Reading.fraction(392, 505, new BigDecimal("77.62")));
    assertThat(Seed001.results().get(0).reading()).isEqualTo(Reading.decimal("83.5"));
    assertThat(Seed001.results().get(6).reading())
        .isEqualTo(Reading.text(TextStatus.NOT_STARTED, "Chưa xây dựng Kho cơ sở dữ liệu dùng chung và Cổng dữ liệu mở"));
    assertThat(plan.target("2022-II.3").orElseThrow().thresholds()).hasSize(2);
  }

  @Test
  void verdictsOfTheTable() {
    assertThat(assessments)
        .extracting(a -> a.indicator().code(), Assessment::status)
        .containsExactly(
            tuple("I.1", Status.NOT_MET),
            tuple("I.2", Status.MET),
            tuple("II.1", Status.NOT_MET),
            tuple("II.2", Status.NOT_MET),
            tuple("II.3", Status.NOT_EVALUABLE),
            tuple("II.4", Status.NOT_MET),
            tuple("II.5", Status.NOT_EVALUABLE),
            tuple("III.1", Status.MET),
            tuple("III.2", Status.MET),
            tuple("III.3", Status.NOT_EVALUABLE),
            tuple("III.4", Status.NOT_EVALUABLE),
            tuple("III.5", Status.MET));
  }

  @Test
  void marginsAreExact() {
    assertThat(assessments.get(0).margin()).contains(Rational.of(-3, 2));
    assertThat(assessments.get(2).margin()).contains(Rational.of(-240, 101));
    assertThat(assessments.get(8).margin()).contains(Rational.ZERO);
    assertThat(assessments.get(11).margin()).contains(Rational.valueOf(16));
    assertThat(assessments.get(11).rangePosition()).contains(RangePosition.ABOVE);
    assertThat(assessments).allSatisfy(a -> assertThat(a.deadlineReached()).isFalse());
  }

  @Test
  void scorecardByArea() {
    Scorecard scorecard = Scorecard.of(assessments);
    assertThat(scorecard.counts())
        .containsEntry(Status.MET, 4)
        .containsEntry(Status.NOT_MET, 4)
        .containsEntry(Status.NOT_EVALUABLE, 4)
        .containsEntry(Status.NO_DATA, 0);
    assertThat(scorecard.byArea().get(Area.DIGITAL_GOVERNMENT))
        .containsEntry(Status.NOT_MET, 3)
        .containsEntry(Status.NOT_EVALUABLE, 2);
  }

  @Test
  void reportPrintsTheTableAndScorecard() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("231/BC-UBND")
        .contains("II.1   75    2022-Q3  NOT_MET        77.62%      ≥ 80%      -2.38%")
        .contains("III.5  75    2022-Q3  MET            81.00%      65–70%     +16.00%")
        .contains("Scorecard: MET 4  NOT_MET 4  NO_DATA 0  NOT_EVALUABLE 4")
        .contains("II.1   short by 2.38%    distance 3.0/100  needs 12 more of 505");
  }
}
