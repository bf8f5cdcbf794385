package io.github.chiso.testkit.junit;

import io.github.chiso.testkit.property.Gen;
import io.github.chiso.testkit.property.Source;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** Provides the cases of a {@link GenSource}. */
final class GenArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<GenSource> {
  private GenSource source;

  @Override
  public void accept(GenSource annotation) {
    this.source = annotation;
  }

  @Override
  public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
    Gen<?> gen = find(source.in(), source.name());
    long seed = source.seed() != 0 ? source.seed() : Long.getLong("chiso.seed", new SplittableRandom().nextLong());
    SplittableRandom random = new SplittableRandom(seed);
    int tries = source.tries();
    return IntStream.range(0, tries).mapToObj(i -> {
      Source draws = Source.random(random.split(), tries == 1 ? 100 : i * 100 / (tries - 1));
      return Arguments.argumentSet("seed " + seed + ", case " + i, gen.generate(draws));
    });
  }

  private static Gen<?> find(Class<?> holder, String name) {
    try {
      for (Field field : holder.getDeclaredFields()) {
        if (field.getName().equals(name) && Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          return (Gen<?>) field.get(null);
        }
      }
      Method method = holder.getDeclaredMethod(name);
      if (!Modifier.isStatic(method.getModifiers())) {
        throw new IllegalArgumentException(holder.getName() + "." + name + " must be static");
      }
      method.setAccessible(true);
      return (Gen<?>) method.invoke(null);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalArgumentException(
          "@GenSource: no static Gen field or no-argument method '" + name + "' in " + holder.getName(), e);
    }
  }
}
