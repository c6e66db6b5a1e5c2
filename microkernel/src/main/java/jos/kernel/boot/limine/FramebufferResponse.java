package jos.kernel.boot.limine;

import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/** struct limine_framebuffer_response: an array of pointers to framebuffers. */
@Struct(size = 24)
public final class FramebufferResponse {
    @Field(Field.Type.U64)
    static final int REVISION = 0;
    @Field(Field.Type.U64)
    static final int FRAMEBUFFER_COUNT = 8;
    @Field(Field.Type.U64)
    static final int FRAMEBUFFERS = 16;

    private FramebufferResponse() {
    }

    static long framebufferCount(long at) {
        return Memory.read64(at + FRAMEBUFFER_COUNT);
    }

    static long framebuffers(long at) {
        return Memory.read64(at + FRAMEBUFFERS);
    }
}
