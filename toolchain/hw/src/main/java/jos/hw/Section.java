package jos.hw;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Places a static array field in the named linker section. The field must be initialized in the
 * static initializer by an array-creation expression whose elements are all constants
 * ({@code static final long[] X = {1, 2, 3};}); the compiler then emits the array as data, built at
 * compile time, so it exists before any code runs and needs no heap. Used for Limine requests.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Section {
    String value();
}
