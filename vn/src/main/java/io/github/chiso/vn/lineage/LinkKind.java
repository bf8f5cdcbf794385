package io.github.chiso.vn.lineage;

/**
 * How a before-unit relates to one after-unit, seen from the links: the before-unit's number of
 * successors and the after-unit's number of predecessors.
 */
public enum LinkKind {
  /** One to one: the unit continues (perhaps renamed or recoded). */
  KEPT,
  /** The whole before-unit went into an after-unit that has other predecessors too. */
  MERGED,
  /** The before-unit's territory went to several after-units; this link is one part. */
  DIVIDED
}
