package jos.loader.limine;

import jos.hw.Memory;
import jos.loader.Problem;

/**
 * Finds the kernel's requests and base revision tag in its loaded image, as base revision 2 and later
 * require: 8-byte aligned, only between the last start marker and the first end marker after it (the
 * whole image without markers). A request ID found twice refuses the boot. The base revision tag is
 * granted (third word set to 0) when it asks for 3 or less; a higher one is left unchanged and the
 * kernel gets revision 3 behaviour.
 *
 * <p>Addresses are physical, in the loaded image; {@link #respond} stores a response pointer into a
 * request as the kernel will see it (HHDM).
 */
public final class Requests {
    private Requests() {
    }

    public static final int BOOTLOADER_INFO = 0, FIRMWARE_TYPE = 1, STACK_SIZE = 2, HHDM = 3, FRAMEBUFFER = 4,
            PAGING_MODE = 5, SMP = 6, MEMORY_MAP = 7, ENTRY_POINT = 8, KERNEL_FILE = 9, MODULE = 10, RSDP = 11,
            KERNEL_ADDRESS = 12, EFI_SYSTEM_TABLE = 13;
    public static final int FEATURES = 14;

    /** Words 2 and 3 of each feature's ID, indexed by the constants above. */
    private static final long[] IDS = {
        0xf55038d8e2a1202fL, 0x279426fcf5f59740L, // bootloader info
        0x8c2f75d90bef28a8L, 0x7045a4688eac00c3L, // firmware type
        0x224ef0460a8e8926L, 0xe1cb0fc25f46ea3dL, // stack size
        0x48dcf1cb8ad2b852L, 0x63984e959a98244bL, // HHDM
        0x9d5827dcd881dd75L, 0xa3148604f6fab11bL, // framebuffer
        0x95c1a0edab0944cbL, 0xa4e5cb3842f7488aL, // paging mode
        0x95a67b819a1b857eL, 0xa0b61b723b6a73e0L, // SMP
        0x67cf3d9d378a806fL, 0xe304acdfc50c3c62L, // memory map
        0x13d86c035a1cd3e1L, 0x2b0caa89d8f3026aL, // entry point
        0xad97e90e83f1ed67L, 0x31eb5d1c5ff23b69L, // kernel (executable) file
        0x3e7e279702be32afL, 0xca1c4f3bd1280ceeL, // module
        0xc5e77b6b397e7b43L, 0x27637845accdcf3cL, // RSDP
        0x71ba76863cc55f63L, 0xb2644a48c516a487L, // kernel (executable) address
        0x5ceba5163eaaf6d6L, 0x0a6981610cf65fccL, // EFI system table
    };

    /** The physical address of each feature's request, or 0. */
    private static final long[] FOUND = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    public static final long[] START_MARKER = {0xf6b8f4b39de7d1aeL, 0xfab91a6940fcb9cfL, 0x785c6ed015d3e316L,
        0x181e920a7852b9d9L};
    public static final long[] END_MARKER = {0xadc0e0531bb10d03L, 0x9572709f31764c62L};
    public static final long BASE_REVISION_MAGIC_0 = 0xf9562b2d5c95a6c8L, BASE_REVISION_MAGIC_1 = 0x6a7b384944536bdcL;
    /** The highest base revision the loader supports. */
    public static final long SUPPORTED_REVISION = 3;

    /** The base revision the kernel gets: its request if granted, else 3; 0 without a tag. */
    public static long baseRevision;
    /** What the tag asked for (0 without one), and whether it was granted. */
    public static long requestedRevision;
    public static boolean granted;
    /** Where the tag is, or 0. */
    public static long baseRevisionTag;
    /** The scanned region, and how many requests with the common magic had an unknown ID. */
    public static long regionStart, regionEnd;
    public static int unknownRequests;
    public static long lastUnknownId;

    /** Scans [image, image + size); false with a problem on a duplicate request. */
    public static boolean scan(long image, long size) {
        for (int i = 0; i < FEATURES; i++) FOUND[i] = 0;
        baseRevision = requestedRevision = 0;
        granted = false;
        baseRevisionTag = 0;
        unknownRequests = 0;
        lastUnknownId = 0;
        long end = image + (size & ~7L);
        regionStart = image;
        for (long p = image; p + 32 <= end; p += 8) {
            if (matches(p, START_MARKER, 4)) regionStart = p + 32;
        }
        regionEnd = end;
        for (long p = regionStart; p + 16 <= end; p += 8) {
            if (matches(p, END_MARKER, 2)) {
                regionEnd = p;
                break;
            }
        }
        for (long p = regionStart; p + 24 <= regionEnd; p += 8) {
            long w0 = Memory.read64(p), w1 = Memory.read64(p + 8);
            if (w0 == BASE_REVISION_MAGIC_0 && w1 == BASE_REVISION_MAGIC_1) {
                if (baseRevisionTag == 0) baseRevisionTag = p;
                continue;
            }
            if (w0 != RequestHeader.COMMON_MAGIC_0 || w1 != RequestHeader.COMMON_MAGIC_1) continue;
            if (p + RequestHeader.SIZE > end) continue;
            long id2 = Memory.read64(p + 16), id3 = Memory.read64(p + 24);
            int feature = feature(id2, id3);
            if (feature < 0) {
                unknownRequests++;
                lastUnknownId = id2;
                continue;
            }
            if (FOUND[feature] != 0) return Problem.report("kernel has the same Limine request twice; ID word 2", id2);
            FOUND[feature] = p;
        }
        if (baseRevisionTag != 0) {
            requestedRevision = Memory.read64(baseRevisionTag + 16);
            if (requestedRevision <= SUPPORTED_REVISION && requestedRevision >= 0) {
                Memory.write64(baseRevisionTag + 16, 0);
                granted = true;
                baseRevision = requestedRevision;
            } else {
                baseRevision = SUPPORTED_REVISION;
            }
        }
        return true;
    }

    private static boolean matches(long p, long[] marker, int words) {
        for (int i = 0; i < words; i++) {
            if (Memory.read64(p + 8L * i) != marker[i]) return false;
        }
        return true;
    }

    private static int feature(long id2, long id3) {
        for (int f = 0; f < FEATURES; f++) {
            if (IDS[2 * f] == id2 && IDS[2 * f + 1] == id3) return f;
        }
        return -1;
    }

    /** The physical address of the feature's request, or 0 if the kernel did not make it. */
    public static long request(int feature) {
        return FOUND[feature];
    }

    /** The revision of the feature's request (0 if absent). */
    public static long revision(int feature) {
        long r = FOUND[feature];
        return r == 0 ? 0 : Memory.read64(r + RequestHeader.REVISION);
    }

    /** Points the feature's request at the response at physical address response. */
    public static void respond(int feature, long response) {
        long r = FOUND[feature];
        if (r != 0) Memory.write64(r + RequestHeader.RESPONSE, Hhdm.virt(response));
    }

    /** True if base revision 3 (or higher, not granted) semantics apply: RSDP physical, narrow HHDM. */
    public static boolean revision3() {
        return baseRevision >= 3;
    }

    public static String name(int feature) {
        switch (feature) {
            case BOOTLOADER_INFO: return "bootloader info";
            case FIRMWARE_TYPE: return "firmware type";
            case STACK_SIZE: return "stack size";
            case HHDM: return "HHDM";
            case FRAMEBUFFER: return "framebuffer";
            case PAGING_MODE: return "paging mode";
            case SMP: return "SMP";
            case MEMORY_MAP: return "memory map";
            case ENTRY_POINT: return "entry point";
            case KERNEL_FILE: return "executable file";
            case MODULE: return "module";
            case RSDP: return "RSDP";
            case KERNEL_ADDRESS: return "executable address";
            case EFI_SYSTEM_TABLE: return "EFI system table";
            default: return "?";
        }
    }
}
