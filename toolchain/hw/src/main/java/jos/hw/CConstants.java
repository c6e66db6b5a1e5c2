package jos.hw;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exports a class's constants to C. The AOT compiler writes every {@code static final} field of a marked
 * class on the program's classpath that has a compile-time integral value ({@code int}, {@code long},
 * {@code short}, {@code byte}, {@code char}, {@code boolean}) as {@code #define <prefix><FIELD> value}
 * into the header {@code jos_constants.h} of the program's build directory, which the runtime's C and
 * the program's C include. So a number the runtime's C needs (a system-call number, an error code, a
 * structure offset) is declared once, in Java, and the C cannot drift from it. Fields without a constant
 * value (arrays, objects) are not exported; a String, float or double constant is a compile error, as
 * is a macro name defined twice.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CConstants {
    /** Put before each field name to make the macro name, e.g. {@code "JOS_SYS_"}. */
    String prefix();
}
