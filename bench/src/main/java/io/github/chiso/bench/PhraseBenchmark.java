package io.github.chiso.bench;

import io.github.chiso.text.ResultPhrase;
import io.github.chiso.text.ResultText;
import io.github.chiso.text.TargetPhrase;
import io.github.chiso.text.TargetText;
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
 * Reading target and result phrases: a typical report phrase, and prose of growing length (words
 * around one number), whose time should grow linearly with {@code repeats}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PhraseBenchmark {
  @Param({"1", "100", "1000"})
  public int repeats;

  private String prose;

  @Setup
  public void setUp() {
    prose = "tỷ lệ hồ sơ tăng trên khoảng ".repeat(repeats) + "đạt 58,2% (mục tiêu 65%)";
  }

  /** A report phrase with a lead-in, a qualifier, a share with its parts and a quoted target. */
  @Benchmark
  public ResultPhrase typicalResult() {
    return ResultText.extract("Tỷ lệ hồ sơ trực tuyến toàn trình ước đạt 77,62% (392/505 dịch vụ) (mục tiêu 80%)");
  }

  /** A target phrase with two years. */
  @Benchmark
  public TargetPhrase typicalTarget() {
    return TargetText.extract("phấn đấu đến năm 2025 đạt 40%, đến năm 2030 đạt 75% doanh nghiệp");
  }

  /** Words around one number, {@code repeats} times over. */
  @Benchmark
  public ResultPhrase longProse() {
    return ResultText.extract(prose);
  }
}
