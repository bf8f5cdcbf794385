/**
 * What plans say and what results report: indicators, targets with tiered thresholds, plans with
 * tasks, results and their readings, periods, and the exact {@link io.github.chiso.model.Rational}
 * numbers verdicts are decided on.
 *
 * <p>Numbers are exact: thresholds and decimal results are {@link java.math.BigDecimal}, results
 * with parts keep their integer numerator and denominator. Shares are expressed in percentage points
 * ({@code 77.62} for 77,62%), as the documents write them; a fraction reading of a {@link
 * io.github.chiso.model.Measure#PERCENT} indicator therefore means {@code 100 × n / d}.
 *
 * <p>Every type is an immutable value, validated when built; a violation raises {@link
 * io.github.chiso.InvalidValueException} naming the field and the value. Computations over these
 * values live in other packages ({@link io.github.chiso.compliance}).
 */
@ChisoStyle
package io.github.chiso.model;

import io.github.chiso.internal.ChisoStyle;
