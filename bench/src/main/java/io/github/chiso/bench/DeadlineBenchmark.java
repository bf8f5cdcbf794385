package io.github.chiso.bench;

import io.github.chiso.text.Deadline;
import io.github.chiso.text.DeadlineText;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading task deadlines: typical wordings, and words before a deadline of growing length up to the
 * 1,000-character limit, whose time should grow linearly with {@code repeats}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeadlineBenchmark {
  @Param({"1", "10", "40"})
  public int repeats;

  private String prose;

  @Setup
  public void setUp() {
    prose = "hoàn thành các nội dung ".repeat(repeats) + "trước ngày 28/10/2022";
  }

  /** A day: "trước ngày 28/10/2022". */
  @Benchmark
  public Deadline day() {
    return DeadlineText.parse("hoàn thành trước ngày 28/10/2022");
  }

  /** A recurrence with a day of the year. */
  @Benchmark
  public Deadline recurring() {
    return DeadlineText.parse("báo cáo trước ngày 15/12 hằng năm");
  }

  /** Words before a deadline, {@code repeats} times over. */
  @Benchmark
  public Deadline longProse() {
    return DeadlineText.parse(prose);
  }
}
