package io.github.chiso.bench;

import io.github.chiso.json.ResultsCsv;
import io.github.chiso.report.ReportData;
import io.github.chiso.report.ReportFormat;
import io.github.chiso.report.ReportOptions;
import io.github.chiso.report.ReportStream;
import io.github.chiso.text.Language;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A timed run of the report on a large results file, as the report command does it: the national
 * two-tier data set (34 provinces, 3,321 communes, 100 indicators; {@code months} months, about
 * 315,000 results a month) written as a CSV file, then streamed into a {@link ReportStream}'s
 * columns, judged with rollups, and written as text, CSV and XLSX. Prints the file's size, the time of each step and the peak heap. Not JMH: one
 * run of a whole program, whose memory is the question; run it with the heap to be proved, e.g.
 *
 * <pre>java -Xmx1g -cp bench/target/benchmarks.jar io.github.chiso.bench.ReportRun 10</pre>
 *
 * Arguments: months (default 10, about 3.15 M rows, 100 MB), provinces (default 34).
 */
public final class ReportRun {
  private ReportRun() {}

  public static void main(String[] args) throws Exception {
    int months = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int provinces = args.length > 1 ? Integer.parseInt(args[1]) : 34;
    Path file = Files.createTempFile("chiso-results", ".csv");
    try {
      NationalData national = NationalData.generate(NationalData.twoTierCountry(provinces), months);
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        ResultsCsv.write(national.eachObject(), out);
      }
      LocalDate asOf = national.bulk.periods().stream().map(p -> p.end()).max(LocalDate::compareTo).orElseThrow();
      io.github.chiso.model.Plan plan = national.plan;
      io.github.chiso.hierarchy.Hierarchy hierarchy = national.hierarchy;
      national = null;
      System.gc();
      List<MemoryPoolMXBean> heap = new ArrayList<>();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pool.resetPeakUsage();
          heap.add(pool);
        }
      }
      long start = System.nanoTime();
      ReportStream results = ReportStream.of(plan, hierarchy, (int) Math.min(Integer.MAX_VALUE - 8, Files.size(file) / 30));
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        ResultsCsv.stream(in, results);
      }
      long read = System.nanoTime();
      ReportData report = results.report(asOf);
      long judged = System.nanoTime();
      ReportOptions options = ReportOptions.of(Language.VI);
      long[] sizes = new long[3];
      ReportFormat[] formats = {ReportFormat.TEXT, ReportFormat.CSV, ReportFormat.XLSX};
      long[] times = new long[3];
      for (int f = 0; f < formats.length; f++) {
        long before = System.nanoTime();
        Counting out = new Counting();
        formats[f].write(report, options, out);
        sizes[f] = out.bytes;
        times[f] = System.nanoTime() - before;
      }
      long peak = 0;
      for (MemoryPoolMXBean pool : heap) {
        peak += pool.getPeakUsage().getUsed();
      }
      System.out.printf("results: %,d rows, %,d bytes of CSV; max heap %,d MB%n", report.resultCount(), Files.size(file),
          Runtime.getRuntime().maxMemory() >> 20);
      System.out.printf("read into columns %,d ms; judged (%,d rows picked as objects, assessments %,d, rollups %,d,"
          + " findings %,d) %,d ms%n", (read - start) / 1_000_000, report.results().size(), report.assessments().size(),
          report.rollups().size(), report.findings().size(), (judged - read) / 1_000_000);
      for (int f = 0; f < formats.length; f++) {
        System.out.printf("%s: %,d bytes in %,d ms%n", formats[f], sizes[f], times[f] / 1_000_000);
      }
      System.out.printf("total %,d ms; peak heap (sum of the pools' peaks) %,d MB%n", (System.nanoTime() - start) / 1_000_000,
          peak >> 20);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Counts what it is given and keeps none of it. */
  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
