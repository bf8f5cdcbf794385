package io.github.chiso.testkit.laws;

import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Property;
import java.util.Objects;
import java.util.function.Function;

/**
 * The laws of a codec: writing then reading gives an equal value, and reading then writing gives
 * the same text (the written form is canonical).
 *
 * @since 0.1.0
 */
public final class CodecLaws {
  private CodecLaws() {}

  /** Checks both laws on {@code tries} generated values. */
  public static <T> void roundTrip(String name, Gen<T> values, Function<T, String> write, Function<String, T> read, int tries) {
    Property.forAll(name + ": write then read", values).tries(tries).verify(value -> {
      String text = write.apply(value);
      T back = read.apply(text);
      if (!Objects.equals(back, value)) {
        throw new AssertionError("read(write(x)) ≠ x\n  x:    " + value + "\n  read: " + back + "\n  text: " + text);
      }
      String again = write.apply(back);
      if (!again.equals(text)) {
        throw new AssertionError("write(read(text)) ≠ text\n  text:  " + text + "\n  again: " + again);
      }
    });
  }
}
