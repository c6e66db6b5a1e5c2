package jos.hw;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class as the description of a binary structure of exactly {@link #size()} bytes (a Limine
 * response, an ELF header, a descriptor). The class declares one {@code static final int} offset per
 * member, in order, each marked with {@link Field}; accessors read and write through {@link Memory}
 * at {@code base + OFFSET}, so no code elsewhere computes offsets. {@link Layouts#verify} checks the
 * declaration against the C layout rules (natural alignment, no overlap, padded size) under JUnit.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Struct {
    /** The size in bytes, including tail padding. */
    int size();

    /** True for a packed structure (no alignment padding, as in multiboot2 and ACPI tables). */
    boolean packed() default false;
}
