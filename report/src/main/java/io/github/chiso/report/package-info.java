/**
 * The report: a plan judged against its results as one piece of data, and the writers that show it.
 *
 * <p>{@link io.github.chiso.report.ReportData#of} computes everything a report shows — assessments,
 * gaps, the scorecard by area, the consistency findings — with the core's functions ({@code
 * compliance}, {@code gap}, {@code check}); nothing is decided here. {@link
 * io.github.chiso.report.TextReport} writes it as aligned text for a terminal (text from the
 * documents made {@linkplain io.github.chiso.report.TextReport#printable printable}), {@link
 * io.github.chiso.report.CsvReport} as a CSV table, {@link io.github.chiso.report.HtmlReport} as one
 * self-contained HTML page. Every writer takes the {@link io.github.chiso.text.Language} of its words
 * and numbers.
 *
 * <p>For a result set too large to hold as objects, a {@link io.github.chiso.report.ReportStream}
 * takes results one at a time into columns and gives the same {@code ReportData}, built from the few
 * rows that decide something.
 */
package io.github.chiso.report;
