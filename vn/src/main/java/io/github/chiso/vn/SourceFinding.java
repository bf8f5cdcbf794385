package io.github.chiso.vn;

import io.github.chiso.internal.Check;
import org.immutables.value.Value;

/** One inconsistency found in the built-in source data, with the code it concerns. */
@Value.Immutable
public abstract class SourceFinding {

  /** What disagrees with what. */
  public enum Kind {
    /** A leaf of the three-tier list that no lineage link leaves. */
    UNLINKED_OLD,
    /** A commune of the two-tier list that no lineage link reaches. */
    UNLINKED_NEW,
    /** A unit the lineage links from that the statistics office's commune list lacks. */
    OLD_UNIT_NOT_IN_LIST,
    /** The lineage's isDividedWard flag disagrees with the number of successors. */
    DIVIDED_FLAG,
    /** The lineage's isMergedWard flag disagrees with the number of predecessors. */
    MERGED_FLAG,
    /** The lineage's isMergedProvince flag disagrees with the province mapping. */
    MERGED_PROVINCE_FLAG,
    /** A province or district code in the lineage disagrees with the unit lists. */
    PARENT_CODE,
    /** An old province whose communes went to several new provinces. */
    PROVINCE_MAPPING,
    /** A name in the lineage that differs from the unit list's even after spelling is normalised. */
    NAME,
    /** A unit type in the lineage that differs from the unit list's, or a name whose type word differs from its type. */
    TYPE
  }

  SourceFinding() {}

  /** What kind of inconsistency. */
  @Value.Parameter
  public abstract Kind kind();

  /** The code of the unit concerned. */
  @Value.Parameter
  public abstract String code();

  /** What was found, naming both values. */
  @Value.Parameter
  public abstract String message();

  static SourceFinding of(Kind kind, String code, String message) {
    return ImmutableSourceFinding.of(kind, code, message);
  }

  @Value.Check
  void check() {
    Check.code("finding code", code());
  }

  @Override
  public String toString() {
    return kind() + " " + code() + ": " + message();
  }
}
