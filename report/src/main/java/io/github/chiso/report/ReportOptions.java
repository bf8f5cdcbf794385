package io.github.chiso.report;

import io.github.chiso.text.Language;

/**
 * How a report is written: the language of its words and numbers, whether the CSV is made for a
 * spreadsheet program, and how many rows the text and HTML reports show per table. Immutable; the
 * {@code with} methods return a copy.
 *
 * @since 0.1.0
 */
public final class ReportOptions {
  /** The rows per table that text and HTML show by default. */
  public static final int DEFAULT_LIMIT = 25;

  private final Language language;
  private final boolean excel;
  private final int limit;

  private ReportOptions(Language language, boolean excel, int limit) {
    this.language = language;
    this.excel = excel;
    this.limit = limit;
  }

  /** Options in {@code language}: a plain CSV, {@value #DEFAULT_LIMIT} rows per table. */
  public static ReportOptions of(Language language) {
    return new ReportOptions(language, false, DEFAULT_LIMIT);
  }

  /** The language of words, numbers and dates. */
  public Language language() {
    return language;
  }

  /**
   * Whether the CSV is written for a spreadsheet program: a byte-order mark (so Excel reads UTF-8),
   * and in Vietnamese a decimal comma with semicolons between cells, as Excel under a Vietnamese
   * locale expects. A plain CSV has no mark, commas, and decimal points.
   */
  public boolean excel() {
    return excel;
  }

  /** The most rows the text and HTML reports show in one table; CSV and XLSX show every row. */
  public int limit() {
    return limit;
  }

  /** These options with {@link #excel} set. */
  public ReportOptions withExcel(boolean excel) {
    return new ReportOptions(language, excel, limit);
  }

  /**
   * These options with {@link #limit} set.
   *
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  public ReportOptions withLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    return new ReportOptions(language, excel, limit);
  }
}
