package jos.kernel.panic;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The compiler's descriptor of a method (jrt.h {@code jmethod_meta}): three java.lang.String objects
 * (see {@link JavaString}), the binary class name, the method name and the source file name (0 when
 * the class has no SourceFile attribute).
 */
@Struct(size = 24)
public final class MethodMeta {
    private MethodMeta() {
    }

    @Field(Type.U64) static final int CLASS_NAME = 0;
    @Field(Type.U64) static final int METHOD_NAME = 8;
    @Field(Type.U64) static final int FILE_NAME = 16;

    static long className(long meta) {
        return Memory.read64(meta + CLASS_NAME);
    }

    static long methodName(long meta) {
        return Memory.read64(meta + METHOD_NAME);
    }

    static long fileName(long meta) {
        return Memory.read64(meta + FILE_NAME);
    }
}
