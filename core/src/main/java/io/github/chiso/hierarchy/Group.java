package io.github.chiso.hierarchy;

import io.github.chiso.internal.Check;
import org.immutables.value.Value;

/**
 * All subjects of one scope within a jurisdiction, taken together: what a threshold on an average
 * applies to ("các sở, ban, ngành đạt tỷ lệ trung bình tối thiểu 80%"). Its code is the
 * jurisdiction's code and the scope's key joined by a slash, e.g. {@code "75/department"}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Group implements Subject {

  Group() {}

  /** The unit whose subjects are grouped, e.g. the province. */
  @Value.Parameter
  public abstract String jurisdiction();

  /** The scope of the grouped subjects. */
  @Override
  @Value.Parameter
  public abstract Scope scope();

  /** The group of {@code scope}'s subjects within {@code jurisdiction}. */
  public static Group of(String jurisdiction, Scope scope) {
    return ImmutableGroup.of(jurisdiction, scope);
  }

  @Value.Check
  void check() {
    Check.code("group jurisdiction", jurisdiction());
  }

  @Override
  public String code() {
    return jurisdiction() + "/" + scope().key();
  }

  @Override
  public String name() {
    return scope().key() + " of " + jurisdiction();
  }

  @Override
  public String toString() {
    return code();
  }
}
