package jos.hw;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A member of a {@link Struct}: its type and, for an array member, the element count. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Field {
    Type value();

    int count() default 1;

    enum Type {
        U8(1), U16(2), U32(4), U64(8);

        public final int bytes;

        Type(int bytes) {
            this.bytes = bytes;
        }
    }
}
