package jos.rt;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A runtime class whose static initializer has no effect outside its own static fields (it cannot be
 * observed to run early): hosted programs initialize it before anything else runs, and the compiler drops
 * the initialization test in front of its static calls and field reads (cgen.ProgramEmitter.initializedAtStart).
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface InitAtStart {
}
