package io.github.chiso.bulk;

import io.github.chiso.compliance.Status;
import io.github.chiso.internal.Check;
import io.github.chiso.model.Target;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * Verdicts of many items (the rows of a {@link BulkResults}, or the cells of a {@link BulkRollup})
 * against every target that applies to each: {@link #slots()} verdicts an item, slot {@code s} of an
 * item holding its {@code s}-th applicable target in plan order, or nothing. Which targets apply is
 * {@link io.github.chiso.compliance.CompiledPlan#targetsFor}'s answer, and each verdict is what the
 * object API gives for that item and target.
 *
 * <p>Codes are {@link Status#ordinal()}, or {@link #NONE} for a slot without a target. Unmodifiable
 * through this class; when the caller supplied the buffer, the verdicts are valid until the caller
 * reuses it.
 *
 * @since 0.1.0
 */
public final class BulkVerdicts {
  /** The code of a slot that holds no target. */
  public static final byte NONE = -1;

  private final int size;
  private final int slots;
  private final byte[] codes;
  private final Target[] targetByKeySlot;
  private final IntUnaryOperator keyOf;

  BulkVerdicts(int size, int slots, byte[] codes, Target[] targetByKeySlot, IntUnaryOperator keyOf) {
    this.size = size;
    this.slots = slots;
    this.codes = codes;
    this.targetByKeySlot = targetByKeySlot;
    this.keyOf = keyOf;
  }

  /** The number of items judged. */
  public int size() {
    return size;
  }

  /** Verdicts per item: the most targets that apply to any one item (0 when none applies to any). */
  public int slots() {
    return slots;
  }

  /** The code of item {@code item}'s verdict in slot {@code slot}: a {@link Status#ordinal()} or {@link #NONE}. */
  public byte code(int item, int slot) {
    check(item, slot);
    return codes[item * slots + slot];
  }

  /** Item {@code item}'s verdict in slot {@code slot}; empty where the slot holds no target. */
  public Optional<Status> status(int item, int slot) {
    byte code = code(item, slot);
    return code == NONE ? Optional.empty() : Optional.of(BulkCompliance.status(code));
  }

  /** The target of item {@code item}'s slot {@code slot}; empty where there is none. */
  public Optional<Target> target(int item, int slot) {
    check(item, slot);
    return Optional.ofNullable(targetByKeySlot[keyOf.applyAsInt(item) * slots + slot]);
  }

  /** Item {@code item}'s verdict against {@code target}; empty when the target does not apply to it. */
  public Optional<Status> status(int item, Target target) {
    Check.argument(item >= 0 && item < size, "item %s is not in [0, %s)", item, size);
    int base = keyOf.applyAsInt(item) * slots;
    for (int s = 0; s < slots; s++) {
      Target t = targetByKeySlot[base + s];
      if (t != null && t.code().equals(target.code())) {
        return status(item, s);
      }
    }
    return Optional.empty();
  }

  /** How many verdicts, over every item and slot, are {@code status}. */
  public long count(Status status) {
    byte code = (byte) status.ordinal();
    long count = 0;
    int length = size * slots;
    for (int k = 0; k < length; k++) {
      if (codes[k] == code) {
        count++;
      }
    }
    return count;
  }

  private void check(int item, int slot) {
    Check.argument(item >= 0 && item < size, "item %s is not in [0, %s)", item, size);
    Check.argument(slot >= 0 && slot < slots, "slot %s is not in [0, %s)", slot, slots);
  }

  @Override
  public String toString() {
    return "BulkVerdicts{" + size + " items × " + slots + " slots, MET " + count(Status.MET) + ", NOT_MET "
        + count(Status.NOT_MET) + "}";
  }
}
