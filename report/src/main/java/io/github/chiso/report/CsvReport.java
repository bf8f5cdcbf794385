package io.github.chiso.report;

import io.github.chiso.compliance.Assessment;
import java.io.Writer;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The compliance table as CSV with the header {@code indicator,unit,period,status,value,threshold,margin}:
 * statuses as {@code MET}, {@code NOT_MET}, {@code NO_DATA}, {@code NOT_EVALUABLE}; value and margin
 * as plain decimals (up to 6 places) in the indicator's measure; the threshold as "≥ 80", "65–70".
 *
 * @since 0.1.0
 */
public final class CsvReport {
  private static final CsvMapper MAPPER = new CsvMapper();

  private CsvReport() {}

  /** Writes the compliance table of {@code data} to {@code out}, which is left open. */
  public static void write(ReportData data, Writer out) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    for (String column : new String[] {"indicator", "unit", "period", "status", "value", "threshold", "margin"}) {
      schema.addColumn(column);
    }
    try (SequenceWriter writer = MAPPER.writerFor(String[].class).with(schema.build())
        .without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValues(out)) {
      for (Assessment a : data.assessments()) {
        writer.write(new String[] {
          a.indicator().code(), a.subjectCode(), a.period().toString(), a.status().name(),
          a.value().map(Formats::plain).orElse(""),
          a.threshold().map(Object::toString).orElse(""),
          a.margin().map(Formats::plain).orElse("")
        });
      }
    }
  }
}
