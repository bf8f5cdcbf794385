package io.github.chiso.spark;

import io.github.chiso.model.Rational;
import io.github.chiso.rollup.Tally;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * The exact accumulation of one rollup cell while Spark aggregates it: the rule's {@link Tally} of
 * the source units' figures (combined with {@link Tally#plus}, so the merge is the core's), which
 * source units reported (for the coverage), and the latest as-of day. It travels between executors
 * as integer parts (every rational as its numerator and denominator), so nothing is rounded. Used by
 * {@link ChisoSpark#rollups}; not meant to be built by callers.
 *
 * @since 0.1.0
 */
public final class CellAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  private transient Tally tally = Tally.EMPTY;
  private transient int[] sources = new int[0];
  private transient int size;
  private transient long latestDay = Long.MIN_VALUE;

  CellAccumulator() {}

  /** The accumulation of the figures added so far. */
  public Tally tally() {
    return tally;
  }

  /** The reporting source units (indices into the hierarchy's units), in ascending order. */
  int[] reportingUnits() {
    int[] out = Arrays.copyOf(sources, size);
    Arrays.sort(out);
    return out;
  }

  /** The latest as-of epoch day of what went in; {@link Long#MIN_VALUE} if nothing did. */
  long latestDay() {
    return latestDay;
  }

  CellAccumulator add(Tally figure, int source, long asOfDay) {
    tally = tally.plus(figure);
    if (size == sources.length) {
      sources = Arrays.copyOf(sources, Math.max(4, size * 2));
    }
    sources[size++] = source;
    latestDay = Math.max(latestDay, asOfDay);
    return this;
  }

  CellAccumulator merge(CellAccumulator other) {
    tally = tally.plus(other.tally);
    if (size + other.size > sources.length) {
      sources = Arrays.copyOf(sources, size + other.size);
    }
    System.arraycopy(other.sources, 0, sources, size, other.size);
    size += other.size;
    latestDay = Math.max(latestDay, other.latestDay);
    return this;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    out.writeLong(tally.count());
    writeRational(out, tally.sum());
    out.writeLong(tally.withParts());
    out.writeObject(tally.numerators().toByteArray());
    out.writeObject(tally.denominators().toByteArray());
    out.writeLong(tally.weighted());
    writeRational(out, tally.weightedSum());
    writeRational(out, tally.weights());
    writeRational(out, tally.min().orElse(null));
    writeRational(out, tally.max().orElse(null));
    out.writeLong(tally.judged());
    out.writeLong(tally.meeting());
    out.writeInt(size);
    for (int k = 0; k < size; k++) {
      out.writeInt(sources[k]);
    }
    out.writeLong(latestDay);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    long count = in.readLong();
    Rational sum = readRational(in);
    long withParts = in.readLong();
    BigInteger numerators = new BigInteger((byte[]) in.readObject());
    BigInteger denominators = new BigInteger((byte[]) in.readObject());
    long weighted = in.readLong();
    Rational weightedSum = readRational(in);
    Rational weights = readRational(in);
    Optional<Rational> min = Optional.ofNullable(readRational(in));
    Optional<Rational> max = Optional.ofNullable(readRational(in));
    long judged = in.readLong();
    long meeting = in.readLong();
    this.tally = Tally.of(count, sum, withParts, numerators, denominators, weighted, weightedSum, weights, min, max,
        judged, meeting);
    this.size = in.readInt();
    this.sources = new int[size];
    for (int k = 0; k < size; k++) {
      sources[k] = in.readInt();
    }
    this.latestDay = in.readLong();
  }

  private static void writeRational(ObjectOutputStream out, Rational value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeObject(value.numerator().toByteArray());
      out.writeObject(value.denominator().toByteArray());
    }
  }

  private static Rational readRational(ObjectInputStream in) throws IOException, ClassNotFoundException {
    if (!in.readBoolean()) {
      return null;
    }
    return Rational.of(new BigInteger((byte[]) in.readObject()), new BigInteger((byte[]) in.readObject()));
  }

  @Override
  public String toString() {
    return "CellAccumulator{" + tally + ", " + size + " reporting}";
  }
}
