package io.github.chiso.internal;

import io.github.chiso.InvalidValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The single Immutables style of the library, applied to each model package through its {@code
 * package-info.java}. Generated {@code Immutable*} classes are package-private; the public abstract
 * types expose {@code of(...)} and {@code builder()}. Missing or null attributes raise {@link
 * InvalidValueException} naming the attribute.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    throwForInvalidImmutableState = InvalidValueException.class,
    throwForNullPointer = InvalidValueException.class,
    // Keep org.immutables.value.Generated out of the class files: users do not have it.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(prehash = false))
public @interface ChisoStyle {}
