package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.Protocol;
import jos.limine.RequestHeader;
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
        Protocol.BOOTLOADER_INFO_ID_2, Protocol.BOOTLOADER_INFO_ID_3,
        Protocol.FIRMWARE_TYPE_ID_2, Protocol.FIRMWARE_TYPE_ID_3,
        Protocol.STACK_SIZE_ID_2, Protocol.STACK_SIZE_ID_3,
        Protocol.HHDM_ID_2, Protocol.HHDM_ID_3,
        Protocol.FRAMEBUFFER_ID_2, Protocol.FRAMEBUFFER_ID_3,
        Protocol.PAGING_MODE_ID_2, Protocol.PAGING_MODE_ID_3,
        Protocol.SMP_ID_2, Protocol.SMP_ID_3,
        Protocol.MEMMAP_ID_2, Protocol.MEMMAP_ID_3,
        Protocol.ENTRY_POINT_ID_2, Protocol.ENTRY_POINT_ID_3,
        Protocol.KERNEL_FILE_ID_2, Protocol.KERNEL_FILE_ID_3,
        Protocol.MODULE_ID_2, Protocol.MODULE_ID_3,
        Protocol.RSDP_ID_2, Protocol.RSDP_ID_3,
        Protocol.KERNEL_ADDRESS_ID_2, Protocol.KERNEL_ADDRESS_ID_3,
        Protocol.EFI_SYSTEM_TABLE_ID_2, Protocol.EFI_SYSTEM_TABLE_ID_3,
    };

    /** The physical address of each feature's request, or 0. */
    private static final long[] FOUND = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    private static final long[] START_MARKER = {Protocol.START_MARKER_0, Protocol.START_MARKER_1, Protocol.START_MARKER_2,
        Protocol.START_MARKER_3};
    private static final long[] END_MARKER = {Protocol.END_MARKER_0, Protocol.END_MARKER_1};
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
    public static boolean scan(long image, long size, long[] problem) {
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
            if (w0 == Protocol.BASE_REVISION_MAGIC_0 && w1 == Protocol.BASE_REVISION_MAGIC_1) {
                if (baseRevisionTag == 0) baseRevisionTag = p;
                continue;
            }
            if (w0 != Protocol.COMMON_MAGIC_0 || w1 != Protocol.COMMON_MAGIC_1) continue;
            if (p + RequestHeader.SIZE > end) continue;
            long id2 = Memory.read64(p + RequestHeader.ID + 16), id3 = Memory.read64(p + RequestHeader.ID + 24);
            int feature = feature(id2, id3);
            if (feature < 0) {
                unknownRequests++;
                lastUnknownId = id2;
                continue;
            }
            if (FOUND[feature] != 0) return Problem.report(problem, Problem.REQUEST_TWICE, id2);
            FOUND[feature] = p;
        }
        if (baseRevisionTag != 0) {
            requestedRevision = Memory.read64(baseRevisionTag + 8L * Protocol.BASE_REVISION_WORD);
            if (requestedRevision <= SUPPORTED_REVISION && requestedRevision >= 0) {
                Memory.write64(baseRevisionTag + 8L * Protocol.BASE_REVISION_WORD, 0);
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
