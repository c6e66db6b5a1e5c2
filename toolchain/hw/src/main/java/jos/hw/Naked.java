package jos.hw;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code static native} method whose whole body is the given assembly (AT&amp;T syntax, one
 * instruction per element), with no prologue or epilogue: arguments arrive in the System V registers
 * (rdi, rsi, rdx, rcx, r8, r9) and the body must return or jump itself. If {@link #symbol()} is set the
 * code also gets that global symbol. There is no simulation: on HotSpot calling it fails.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Naked {
    String[] value();

    String symbol() default "";
}
