package jos.kernel.memory;

import jos.kernel.console.Log;

/**
 * Why a memory operation failed, kept per CPU so that CPUs serving system calls at once never see each
 * other's reasons: operations return 0 or false after {@link #report}, and whoever gives up reads or
 * prints this CPU's record. A record is a reason code whose text is constant ({@link #message(int)}), the
 * value involved (an address or a size) and a second value whose name the reason fixes ({@link
 * #detail(int)}). The records are static storage indexed by the CPU's log slot ({@link Log#slot()}, the
 * shared slot in early boot): there is no heap before the memory manager, and failing must not allocate.
 */
public final class Problem {
    private Problem() {
    }

    /** A record's slots. */
    static final int REASON = 0, VALUE = 1, DETAIL_VALUE = 2, SIZE = 3;

    public static final int NONE = 0;
    public static final int NO_HHDM = 1;
    public static final int NO_MEMORY_MAP = 2;
    public static final int MAP_TOO_MANY_ENTRIES = 3;
    public static final int MAP_ENTRY_WRAPS = 4;
    public static final int MAP_UNSORTED = 5;
    public static final int MAP_NO_RAM = 6;
    public static final int NO_ROOM_FOR_FRAME_TABLE = 7;
    public static final int USAGE_CHANGE_OUTSIDE = 8;
    public static final int FRAME_USAGE_NOT_HANDED_OUT = 9;
    public static final int FRAME_SIZE_IMPOSSIBLE = 10;
    public static final int OUT_OF_PHYSICAL_MEMORY = 11;
    public static final int FRAME_FREE_SIZE_IMPOSSIBLE = 12;
    public static final int FRAME_FREE_MISALIGNED = 13;
    public static final int FRAME_FREE_OUTSIDE = 14;
    public static final int FRAME_DOUBLE_FREE = 15;
    public static final int FRAME_FREE_NOT_HANDED_OUT = 16;
    public static final int NO_KERNEL_FILE = 17;
    public static final int KERNEL_PROGRAM_HEADERS_OUT_OF_RANGE = 18;
    public static final int KERNEL_SEGMENT_BELOW_BASE = 19;
    public static final int KERNEL_NO_LOAD = 20;
    public static final int MAPPING_MISALIGNED = 21;
    public static final int ALREADY_MAPPED = 22;
    public static final int LARGER_PAGE_IN_THE_WAY = 23;
    public static final int UNMAPPING_MISALIGNED = 24;
    public static final int RANGE_BAD_REQUEST = 25;
    public static final int WINDOW_EXHAUSTED = 26;
    public static final int RANGE_FREE_OUTSIDE = 27;
    public static final int RANGE_DOUBLE_FREE = 28;
    public static final int TOO_MANY_FREE_RANGES = 29;
    public static final int STACK_OF_NO_SIZE = 30;
    public static final int TOO_MANY_STACKS = 31;
    public static final int HEAP_NOT_READY = 32;
    public static final int HEAP_NEGATIVE_SIZE = 33;
    public static final int HEAP_FREE_OUTSIDE = 34;
    public static final int HEAP_FREE_NOT_HELD = 35;
    public static final int HEAP_FREE_INSIDE_LARGE = 36;
    public static final int HEAP_FREE_INSIDE_BLOCK = 37;
    public static final int HEAP_DOUBLE_FREE = 38;
    public static final int USER_MAPPING_OUTSIDE = 39;
    public static final int USER_PAGE_MAPPED_TWICE = 40;
    public static final int USER_COPY_UNMAPPED = 41;
    public static final int USER_OVER_QUOTA = 42;
    public static final int USER_NO_FREE_RANGE = 43;
    public static final int USER_RANGE_NOT_MAPPED = 44;
    public static final int USER_LENGTH_INVALID = 45;
    public static final int USER_PROTECTION_INVALID = 46;
    public static final int USER_ADDRESS_MISALIGNED = 47;
    public static final int USER_CACHE_TYPE_UNKNOWN = 48;
    public static final int DEVICE_RANGE_NOT_DEVICE = 49;
    public static final int USER_INFO_UNKNOWN = 50;
    public static final int USER_PAGE_KERNEL_OWNED = 51;
    public static final int KERNEL_FRAMES_NOT_USER_RAM = 52;
    public static final int BORROWED_RANGE_NOT_FIRMWARE = 53;
    public static final int USER_PROTECT_WIDENS_BORROWED = 54;
    /** One past the last reason of this class. */
    public static final int REASONS = 55;
    /** The kernel file's ELF refusals: ELF + the {@link jos.elf.Problem} reason. */
    public static final int ELF = 1000;

    private static final long[] RECORDS = new long[Log.SLOTS * SIZE];

    /** The text of a reason: what went wrong, then the name of the value involved; null for NONE. */
    public static String message(int reason) {
        if (reason >= ELF) return jos.elf.Problem.message(reason - ELF);
        switch (reason) {
            case NONE: return null;
            case NO_HHDM: return "no HHDM response";
            case NO_MEMORY_MAP: return "no memory map response";
            case MAP_TOO_MANY_ENTRIES: return "memory map has too many entries; limit";
            case MAP_ENTRY_WRAPS: return "memory map entry wraps around; base";
            case MAP_UNSORTED: return "memory map entries unsorted or overlapping at";
            case MAP_NO_RAM: return "memory map has no RAM; entries";
            case NO_ROOM_FOR_FRAME_TABLE: return "no usable region holds the frame table; bytes";
            case USAGE_CHANGE_OUTSIDE: return "usage change outside the frame table at";
            case FRAME_USAGE_NOT_HANDED_OUT: return "frame allocation for a usage the allocator does not hand out";
            case FRAME_SIZE_IMPOSSIBLE: return "frame allocation of an impossible size; bytes";
            case OUT_OF_PHYSICAL_MEMORY: return "out of physical memory: no free aligned run; bytes asked";
            case FRAME_FREE_SIZE_IMPOSSIBLE: return "frame free of an impossible size; bytes";
            case FRAME_FREE_MISALIGNED: return "frame free of a run not aligned to its size at";
            case FRAME_FREE_OUTSIDE: return "frame free outside physical memory at";
            case FRAME_DOUBLE_FREE: return "double free of physical frame";
            case FRAME_FREE_NOT_HANDED_OUT: return "free of a frame the allocator never handed out";
            case NO_KERNEL_FILE: return "no kernel executable file";
            case KERNEL_PROGRAM_HEADERS_OUT_OF_RANGE: return "kernel ELF program header count out of range";
            case KERNEL_SEGMENT_BELOW_BASE: return "kernel segment below the virtual base";
            case KERNEL_NO_LOAD: return "kernel ELF has no loadable segment; program headers";
            case MAPPING_MISALIGNED: return "mapping not 4 KiB aligned; virtual";
            case ALREADY_MAPPED: return "virtual address already mapped to another frame or memory type";
            case LARGER_PAGE_IN_THE_WAY: return "a larger page is in the way of the mapping at";
            case UNMAPPING_MISALIGNED: return "unmapping not 4 KiB aligned; virtual";
            case RANGE_BAD_REQUEST: return "virtual range request with a bad size or alignment; size";
            case WINDOW_EXHAUSTED: return "virtual window exhausted: no free range fits; bytes asked";
            case RANGE_FREE_OUTSIDE: return "virtual range free outside the window or misaligned at";
            case RANGE_DOUBLE_FREE: return "double free of virtual range";
            case TOO_MANY_FREE_RANGES: return "virtual range free: too many free ranges; limit";
            case STACK_OF_NO_SIZE: return "stack of no size for CPU";
            case TOO_MANY_STACKS: return "too many kernel stacks; limit";
            case HEAP_NOT_READY: return "heap allocation before the heap exists; bytes";
            case HEAP_NEGATIVE_SIZE: return "heap allocation of a negative size";
            case HEAP_FREE_OUTSIDE: return "heap free of an address outside the heap";
            case HEAP_FREE_NOT_HELD: return "heap free of an address the heap does not hold (or a double free of a large block)";
            case HEAP_FREE_INSIDE_LARGE: return "heap free of an address inside a large block";
            case HEAP_FREE_INSIDE_BLOCK: return "heap free of an address inside a block";
            case HEAP_DOUBLE_FREE: return "heap double free";
            case USER_MAPPING_OUTSIDE: return "user mapping outside the user half; virtual";
            case USER_PAGE_MAPPED_TWICE: return "user page mapped twice";
            case USER_COPY_UNMAPPED: return "copy to an unmapped user address";
            case USER_OVER_QUOTA: return "user memory over the quota; bytes asked";
            case USER_NO_FREE_RANGE: return "no free user range of the size asked; bytes";
            case USER_RANGE_NOT_MAPPED: return "user page neither mapped nor reserved at";
            case USER_LENGTH_INVALID: return "user memory length not positive or too large";
            case USER_PROTECTION_INVALID: return "protection invalid (unknown bits, no READ, or WRITE with EXECUTE)";
            case USER_ADDRESS_MISALIGNED: return "user address not page-aligned";
            case USER_CACHE_TYPE_UNKNOWN: return "unknown cache type";
            case DEVICE_RANGE_NOT_DEVICE: return "device range misaligned or not device memory at";
            case USER_INFO_UNKNOWN: return "memory_info of an unknown item";
            case USER_PAGE_KERNEL_OWNED: return "user page owned by the kernel (a thread's IPC buffer) at";
            case KERNEL_FRAMES_NOT_USER_RAM: return "frames lent to a space misaligned or not user RAM at";
            case BORROWED_RANGE_NOT_FIRMWARE: return "borrowed range misaligned or memory the kernel hands out at";
            case USER_PROTECT_WIDENS_BORROWED: return "protect would make a borrowed page writable or executable at";
            default: return "unknown memory problem";
        }
    }

    /** The name of a reason's second value, or null if it has none. */
    public static String detail(int reason) {
        switch (reason) {
            case OUT_OF_PHYSICAL_MEMORY: case WINDOW_EXHAUSTED: return "bytes free";
            case FRAME_FREE_NOT_HANDED_OUT: return "its usage";
            case MAPPING_MISALIGNED: case UNMAPPING_MISALIGNED: case RANGE_FREE_OUTSIDE: case RANGE_DOUBLE_FREE: return "size";
            case RANGE_BAD_REQUEST: return "alignment";
            case HEAP_FREE_INSIDE_BLOCK: case HEAP_DOUBLE_FREE: return "block size";
            case USER_MAPPING_OUTSIDE: case DEVICE_RANGE_NOT_DEVICE: case BORROWED_RANGE_NOT_FIRMWARE: return "bytes";
            case USER_OVER_QUOTA: return "bytes left";
            default: return null;
        }
    }

    /** The index of this CPU's record in RECORDS. */
    private static int base() {
        return Log.slot() * SIZE;
    }

    /** Records a problem on this CPU; always returns false, so checks can {@code return Problem.report(...)}. */
    public static boolean report(int reason, long involved) {
        return report(reason, involved, 0);
    }

    /** Records a problem with the second value its reason names; returns false. */
    public static boolean report(int reason, long involved, long detailAmount) {
        int b = base();
        RECORDS[b + REASON] = reason;
        RECORDS[b + VALUE] = involved;
        RECORDS[b + DETAIL_VALUE] = detailAmount;
        return false;
    }

    public static void clear() {
        report(NONE, 0, 0);
    }

    /** This CPU's recorded reason, NONE if none. */
    public static int reason() {
        return (int) RECORDS[base() + REASON];
    }

    /** This CPU's recorded reason's text, or null. */
    public static String message() {
        return message(reason());
    }

    /** The name of this CPU's recorded second value, or null. */
    public static String detail() {
        return detail(reason());
    }

    public static long value() {
        return RECORDS[base() + VALUE];
    }

    public static long detailValue() {
        return RECORDS[base() + DETAIL_VALUE];
    }

    /** One line: "memory: MESSAGE 0xVALUE (DETAIL N)", for this CPU's record. */
    public static void print() {
        int reason = reason();
        String detail = detail(reason);
        Log.print("memory: ");
        Log.print(reason == NONE ? "no problem" : message(reason));
        Log.print(" ");
        Log.hex(value());
        if (detail != null) {
            Log.print(" (");
            Log.print(detail);
            Log.print(" ");
            Log.dec(detailValue());
            Log.print(")");
        }
        Log.newline();
    }
}
