package jos.kernel.boot.limine;

import jos.hw.Memory;
import jos.hw.Section;

/**
 * Every Limine request the kernel makes, as data the compiler places in the request area: the start
 * marker, the base revision tag asking for revision 3, the requests, the end marker. A request is
 * {id[4], revision, response pointer, request-specific words}; the loader writes the response pointer.
 */
public final class Requests {
    private Requests() {
    }

    private static final long MAGIC_0 = 0xc7b1dd30df4c8b88L, MAGIC_1 = 0x0a82e883a194f07bL;

    /** Word index of the response pointer in every request. */
    static final int RESPONSE = 5;
    static final int REQUESTED_REVISION = 3;
    /** Bit 0 of the MP request's flags: enable x2APIC if possible. */
    static final long MP_X2APIC = 1;

    @Section(".requests_start_marker")
    static final long[] START_MARKER = {0xf6b8f4b39de7d1aeL, 0xfab91a6940fcb9cfL, 0x785c6ed015d3e316L, 0x181e920a7852b9d9L};

    @Section(".requests")
    static final long[] BASE_REVISION = {0xf9562b2d5c95a6c8L, 0x6a7b384944536bdcL, REQUESTED_REVISION};

    @Section(".requests")
    static final long[] BOOTLOADER_INFO = {MAGIC_0, MAGIC_1, 0xf55038d8e2a1202fL, 0x279426fcf5f59740L, 0, 0};
    @Section(".requests")
    static final long[] FIRMWARE_TYPE = {MAGIC_0, MAGIC_1, 0x8c2f75d90bef28a8L, 0x7045a4688eac00c3L, 0, 0};
    @Section(".requests")
    static final long[] STACK_SIZE = {MAGIC_0, MAGIC_1, 0x224ef0460a8e8926L, 0xe1cb0fc25f46ea3dL, 0, 0, 64 * 1024};
    @Section(".requests")
    static final long[] HHDM = {MAGIC_0, MAGIC_1, 0x48dcf1cb8ad2b852L, 0x63984e959a98244bL, 0, 0};
    @Section(".requests")
    static final long[] FRAMEBUFFER = {MAGIC_0, MAGIC_1, 0x9d5827dcd881dd75L, 0xa3148604f6fab11bL, 0, 0};
    @Section(".requests")
    static final long[] MP = {MAGIC_0, MAGIC_1, 0x95a67b819a1b857eL, 0xa0b61b723b6a73e0L, 0, 0, MP_X2APIC};
    @Section(".requests")
    static final long[] MEMORY_MAP = {MAGIC_0, MAGIC_1, 0x67cf3d9d378a806fL, 0xe304acdfc50c3c62L, 0, 0};
    @Section(".requests")
    static final long[] EXECUTABLE_FILE = {MAGIC_0, MAGIC_1, 0xad97e90e83f1ed67L, 0x31eb5d1c5ff23b69L, 0, 0};
    @Section(".requests")
    static final long[] MODULES = {MAGIC_0, MAGIC_1, 0x3e7e279702be32afL, 0xca1c4f3bd1280ceeL, 0, 0};
    @Section(".requests")
    static final long[] RSDP = {MAGIC_0, MAGIC_1, 0xc5e77b6b397e7b43L, 0x27637845accdcf3cL, 0, 0};
    @Section(".requests")
    static final long[] EXECUTABLE_ADDRESS = {MAGIC_0, MAGIC_1, 0x71ba76863cc55f63L, 0xb2644a48c516a487L, 0, 0};

    @Section(".requests_end_marker")
    static final long[] END_MARKER = {0xadc0e0531bb10d03L, 0x9572709f31764c62L};

    /** The response the loader attached to a request (its HHDM address), or 0. */
    static long response(long[] request) {
        return Memory.readVolatile64(Memory.addressOf(request) + 8L * RESPONSE);
    }

    /** Word i of a request or tag as the loader left it. */
    static long word(long[] request, int i) {
        return Memory.readVolatile64(Memory.addressOf(request) + 8L * i);
    }
}
