package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_module_response: an array of pointers to the modules' files. */
@Struct(size = 24)
public final class ModuleResponse {
    @Field(Field.Type.U64)
    static final int REVISION = 0;
    @Field(Field.Type.U64)
    static final int MODULE_COUNT = 8;
    @Field(Field.Type.U64)
    static final int MODULES = 16;

    private ModuleResponse() {
    }

    static long moduleCount(long at) {
        return Memory.read64(at + MODULE_COUNT);
    }

    static long modules(long at) {
        return Memory.read64(at + MODULES);
    }
}
