package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_kernel_file_response}: the kernel's own file, a {@link File} (the executable file in later
 * revisions).
 */
@Struct(size = 16)
public final class KernelFileResponse {
    private KernelFileResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int KERNEL_FILE = 8;
    public static final int SIZE = 16;

    public static long kernelFile(long at) {
        return Memory.read64(at + KERNEL_FILE);
    }
}
