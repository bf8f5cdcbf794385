/**
 * Reading and writing the wording of targets and results as Vietnamese documents write them, and in
 * English.
 *
 * <p>{@link io.github.chiso.text.NumberText} resolves the decimal comma / decimal point / thousands
 * dot ambiguity by documented rules; {@link io.github.chiso.text.TargetText} reads "đạt 100%",
 * "tối thiểu 80%", "trên 60%", "dưới 5%", "65 - 70%", "≥ 80%", "at least 80%" into a {@link
 * io.github.chiso.model.Threshold}; {@link io.github.chiso.text.ResultText} reads "77,62% (392/505)",
 * "3.103.499/3.118.174", "83.5%", "0,3509" into a {@link io.github.chiso.model.Reading}. Formatting
 * back and reading again gives the same value. Unreadable text raises {@link
 * io.github.chiso.TextParseException} with the text and the position; so does text beyond the
 * {@link io.github.chiso.text.TextLimits}, refused before any costly work.
 *
 * <p>Real wording has words around the number: {@link io.github.chiso.text.TargetText#extract} and
 * {@link io.github.chiso.text.ResultText#extract} read lead-ins, comparators, magnitudes, units,
 * {@link io.github.chiso.model.Qualifier qualifiers}, {@link io.github.chiso.text.PhraseForm forms}
 * (changes, ranks, rates), quoted targets and thresholds by year into a {@link
 * io.github.chiso.text.TargetPhrase} or {@link io.github.chiso.text.ResultPhrase}, in time linear in
 * the text; a number is never dropped (FORMAT.md, "Wording").
 */
@ChisoStyle
package io.github.chiso.text;

import io.github.chiso.internal.ChisoStyle;
