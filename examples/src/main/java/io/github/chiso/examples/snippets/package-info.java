/**
 * Short, commented programs to copy from: {@link io.github.chiso.examples.snippets.AssessOneTarget},
 * {@link io.github.chiso.examples.snippets.RollUpCommunes}, {@link
 * io.github.chiso.examples.snippets.LaggingDistricts}, {@link
 * io.github.chiso.examples.snippets.JsonReadWrite} and {@link
 * io.github.chiso.examples.snippets.CsvResults}. Each has a {@code main} and prints what it found.
 */
package io.github.chiso.examples.snippets;
