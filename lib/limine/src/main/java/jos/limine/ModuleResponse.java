package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_module_response}: the modules, an array of module_count pointers to {@link File}s.
 */
@Struct(size = 24)
public final class ModuleResponse {
    private ModuleResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int MODULE_COUNT = 8;
    @Field(Type.U64) public static final int MODULES = 16;
    public static final int SIZE = 24;

    public static long moduleCount(long at) {
        return Memory.read64(at + MODULE_COUNT);
    }

    public static long modules(long at) {
        return Memory.read64(at + MODULES);
    }
}
