package io.github.chiso.compliance;

/**
 * Where a value lies relative to a {@link io.github.chiso.model.Comparator#BETWEEN} range.
 *
 * @since 0.1.0
 */
public enum RangePosition {
  BELOW,
  WITHIN,
  ABOVE
}
