package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Struct;

/**
 * {@code struct limine_internal_module}: a module the kernel asks for by path (module request revision 1).
 */
@Struct(size = 24)
public final class InternalModule {
    private InternalModule() {
    }

    @Field(Type.U64) public static final int PATH = 0;
    @Field(Type.U64) public static final int CMDLINE = 8;
    @Field(Type.U64) public static final int FLAGS = 16;
    public static final int SIZE = 24;

    /** flags: fail if the module is not found; (deprecated) the module is gzip-compressed. */
    public static final long REQUIRED = 1, COMPRESSED = 2;
}
