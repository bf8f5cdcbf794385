package io.github.chiso.bench;

import io.github.chiso.compliance.Assessment;
import io.github.chiso.compliance.Compliance;
import io.github.chiso.hierarchy.AdminUnit;
import io.github.chiso.hierarchy.Tier;
import io.github.chiso.model.Area;
import io.github.chiso.model.Indicator;
import io.github.chiso.model.Measure;
import io.github.chiso.model.Period;
import io.github.chiso.model.Reading;
import io.github.chiso.model.Result;
import io.github.chiso.model.Target;
import io.github.chiso.model.Threshold;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cost of one exact compliance verdict through the object API. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ComplianceBenchmark {
  private final AdminUnit commune = AdminUnit.of("25993", "Phường Trảng Dài", Tier.COMMUNE, "731");
  private final Target target =
      Target.builder()
          .code("DG-02")
          .indicator(Indicator.of("DG-02", "DVC trực tuyến toàn trình", Measure.PERCENT, Area.DIGITAL_GOVERNMENT))
          .period(Period.year(2025))
          .threshold(Tier.COMMUNE, Threshold.atLeast("60"))
          .build();
  private final Result fraction =
      Result.of("DG-02", "25993", Period.quarter(2025, 3), Reading.fraction(392, 505));
  private final Result decimal =
      Result.of("DG-02", "25993", Period.quarter(2025, 3), Reading.decimal("77.62"));

  /** A share given by parts, judged exactly. */
  @Benchmark
  public Assessment fractionResult() {
    return Compliance.assess(target, commune, fraction);
  }

  /** A share given as a decimal, judged exactly. */
  @Benchmark
  public Assessment decimalResult() {
    return Compliance.assess(target, commune, decimal);
  }
}
