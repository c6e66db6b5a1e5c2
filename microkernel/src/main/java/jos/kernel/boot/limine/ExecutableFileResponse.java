package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_kernel_file_response ("executable file"): the kernel's own file. */
@Struct(size = 16)
public final class ExecutableFileResponse {
    @Field(Field.Type.U64)
    static final int REVISION = 0;
    @Field(Field.Type.U64)
    static final int EXECUTABLE_FILE = 8;

    private ExecutableFileResponse() {
    }

    static long executableFile(long at) {
        return Memory.read64(at + EXECUTABLE_FILE);
    }
}
