package io.github.chiso.compliance;

/** Where a value lies relative to a {@link io.github.chiso.model.Comparator#BETWEEN} range. */
public enum RangePosition {
  BELOW,
  WITHIN,
  ABOVE
}
