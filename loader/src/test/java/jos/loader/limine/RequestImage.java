package jos.loader.limine;

import jos.hw.sim.Machine;

/** Writes Limine requests, markers and a base revision tag into a simulated kernel image. */
final class RequestImage {
    static final long COMMON_0 = 0xc7b1dd30df4c8b88L, COMMON_1 = 0x0a82e883a194f07bL;
    static final long[] BOOTLOADER_INFO = {0xf55038d8e2a1202fL, 0x279426fcf5f59740L};
    static final long[] FIRMWARE_TYPE = {0x8c2f75d90bef28a8L, 0x7045a4688eac00c3L};
    static final long[] STACK_SIZE = {0x224ef0460a8e8926L, 0xe1cb0fc25f46ea3dL};
    static final long[] HHDM = {0x48dcf1cb8ad2b852L, 0x63984e959a98244bL};
    static final long[] FRAMEBUFFER = {0x9d5827dcd881dd75L, 0xa3148604f6fab11bL};
    static final long[] PAGING_MODE = {0x95c1a0edab0944cbL, 0xa4e5cb3842f7488aL};
    static final long[] SMP = {0x95a67b819a1b857eL, 0xa0b61b723b6a73e0L};
    static final long[] MEMMAP = {0x67cf3d9d378a806fL, 0xe304acdfc50c3c62L};
    static final long[] ENTRY_POINT = {0x13d86c035a1cd3e1L, 0x2b0caa89d8f3026aL};
    static final long[] KERNEL_FILE = {0xad97e90e83f1ed67L, 0x31eb5d1c5ff23b69L};
    static final long[] MODULE = {0x3e7e279702be32afL, 0xca1c4f3bd1280ceeL};
    static final long[] RSDP = {0xc5e77b6b397e7b43L, 0x27637845accdcf3cL};
    static final long[] KERNEL_ADDRESS = {0x71ba76863cc55f63L, 0xb2644a48c516a487L};
    static final long[] EFI_SYSTEM_TABLE = {0x5ceba5163eaaf6d6L, 0x0a6981610cf65fccL};

    private final Machine machine;
    final long base;
    private long next;

    RequestImage(Machine machine, long base, long size) {
        this.machine = machine;
        this.base = base;
        machine.memory().map(base, size);
        next = base + 0x100;
    }

    private void put(long... words) {
        for (long w : words) {
            machine.memory().write64(next, w);
            next += 8;
        }
    }

    /** Writes a request with the given ID and extra members (after revision and response); returns its address. */
    long request(long[] id, long revision, long... extra) {
        next += 8; // a gap, so requests are not back to back
        long at = next;
        put(COMMON_0, COMMON_1, id[0], id[1], revision, 0);
        put(extra);
        return at;
    }

    long baseRevision(long n) {
        next += 8;
        long at = next;
        put(0xf9562b2d5c95a6c8L, 0x6a7b384944536bdcL, n);
        return at;
    }

    void startMarker() {
        put(0xf6b8f4b39de7d1aeL, 0xfab91a6940fcb9cfL, 0x785c6ed015d3e316L, 0x181e920a7852b9d9L);
    }

    void endMarker() {
        put(0xadc0e0531bb10d03L, 0x9572709f31764c62L);
    }

    long response(long request) {
        return machine.memory().read64(request + 40);
    }
}
