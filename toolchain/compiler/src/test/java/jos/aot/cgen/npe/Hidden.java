package jos.aot.cgen.npe;

import java.util.function.Function;

/** An NPE raised inside a lambda proxy class, which HotSpot hides: it gives no message. */
public final class Hidden {
    public static void methodReferenceOnNull() {
        Function<String, Integer> length = String::length;
        length.apply(null);
    }
}
