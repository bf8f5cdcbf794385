package io.github.chiso.vn.reexpress;

import io.github.chiso.model.Result;
import org.immutables.value.Value;

/** A result of the re-expressed indicator and period that could not be placed, and why. */
@Value.Immutable
public abstract class Unplaced {

  Unplaced() {}

  /** The result, as reported. */
  @Value.Parameter
  public abstract Result result();

  /** Why it was not re-expressed, naming the subject. */
  @Value.Parameter
  public abstract String reason();

  static Unplaced of(Result result, String reason) {
    return ImmutableUnplaced.of(result, reason);
  }

  @Override
  public String toString() {
    return result() + ": " + reason();
  }
}
