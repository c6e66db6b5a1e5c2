package jos.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A slow path that gcc must not inline (the compiler's cgen.InlineHints): inlined, it would make the fast
 * path that calls it too big to be inlined into its own callers.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OutOfLine {
}
