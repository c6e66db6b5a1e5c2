package jos.limine;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * {@code struct limine_framebuffer_response}: an array of framebuffer_count pointers to {@link Framebuffer}s.
 */
@Struct(size = 24)
public final class FramebufferResponse {
    private FramebufferResponse() {
    }

    @Field(Type.U64) public static final int REVISION = 0;
    @Field(Type.U64) public static final int FRAMEBUFFER_COUNT = 8;
    @Field(Type.U64) public static final int FRAMEBUFFERS = 16;
    public static final int SIZE = 24;

    public static long framebufferCount(long at) {
        return Memory.read64(at + FRAMEBUFFER_COUNT);
    }

    public static long framebuffers(long at) {
        return Memory.read64(at + FRAMEBUFFERS);
    }
}
