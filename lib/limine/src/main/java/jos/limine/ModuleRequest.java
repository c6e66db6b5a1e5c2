package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * {@code struct limine_module_request}: request revision 1 adds internal modules, an array of
 * internal_module_count pointers to {@link InternalModule}s.
 */
@Struct(size = 64)
public final class ModuleRequest {
    private ModuleRequest() {
    }

    /** {@link Protocol#COMMON_MAGIC_0}, {@link Protocol#COMMON_MAGIC_1}, then the feature's two ID words. */
    @Field(value = Type.U64, count = 4) public static final int ID = 0;
    @Field(Type.U64) public static final int REVISION = 32;
    /** The response's (HHDM) address, written by the bootloader; 0 if none. */
    @Field(Type.U64) public static final int RESPONSE = 40;
    @Field(Type.U64) public static final int INTERNAL_MODULE_COUNT = 48;
    @Field(Type.U64) public static final int INTERNAL_MODULES = 56;
    public static final int SIZE = 64;
}
