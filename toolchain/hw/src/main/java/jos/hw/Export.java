package jos.hw;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a static method callable from assembly or a loader under the given C symbol, with the System V
 * calling convention. Parameters and the result must be primitives (no float or double on freestanding
 * targets). The method is a root of the whole-program analysis. If it throws, the program panics.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Export {
    String value();
}
