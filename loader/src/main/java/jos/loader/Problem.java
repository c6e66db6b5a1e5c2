package jos.loader;

/**
 * Why a loader stage failed, written into the one record {@link Loader} owns and passes down: a
 * {@code long[SIZE]} of static storage (there is no heap on the machine, and the loader runs on one
 * CPU), never a global every stage writes. The record holds a reason code whose text is constant
 * ({@link #message(int)}) and the value involved (an address, index or field value). Checks return false
 * (or 0) after {@link #report}; the caller that gives up prints the record.
 *
 * <p>A refusal jos.elf found in the kernel file is passed on as {@link #ELF} plus the library's reason,
 * printed after the {@link #subject} "kernel".
 */
public final class Problem {
    private Problem() {
    }

    /** The record's slots. */
    public static final int REASON = 0, VALUE = 1, SIZE = 2;

    public static final int NONE = 0;
    public static final int MBI_MISALIGNED = 1;
    public static final int MBI_BAD_TOTAL_SIZE = 2;
    public static final int MBI_NO_END_TAG = 3;
    public static final int MBI_TAG_TOO_SMALL = 4;
    public static final int MBI_TAG_PAST_END = 5;
    public static final int NO_MEMORY_MAP = 6;
    public static final int MEMORY_MAP_BAD_ENTRY_SIZE = 7;
    public static final int FIRMWARE_MAP_TOO_LONG = 8;
    public static final int NO_MODULES = 9;
    public static final int TOO_MANY_MODULES = 10;
    public static final int MODULE_ENDS_BEFORE_START = 11;
    public static final int KERNEL_ET_DYN = 12;
    public static final int KERNEL_BELOW_HIGHER_HALF = 13;
    public static final int KERNEL_SPAN_TOO_BIG = 14;
    public static final int REQUEST_TWICE = 15;
    public static final int PAGING_MODE_ABOVE_4_LEVEL = 16;
    public static final int STACK_TOO_BIG = 17;
    public static final int CLAIM_WRAPS = 18;
    public static final int CLAIM_OVERLAPS = 19;
    public static final int TOO_MANY_BUSY_RANGES = 20;
    public static final int OUT_OF_MEMORY_BELOW_4G = 21;
    public static final int NO_PAGE_BELOW_1M = 22;
    public static final int TOO_MANY_CLAIMS = 23;
    public static final int MEMORY_MAP_BUFFER_TOO_SMALL = 24;
    public static final int MAPPED_TO_ANOTHER_2M_FRAME = 25;
    public static final int MAPPED_BY_2M_PAGE_TO_ANOTHER_FRAME = 26;
    public static final int MAPPED_TO_ANOTHER_FRAME = 27;
    public static final int LARGE_PAGE_IN_THE_WAY = 28;
    public static final int TOO_MANY_PROCESSORS = 29;
    public static final int TOO_MANY_IO_APICS = 30;
    /** One past the last reason of this class. */
    public static final int REASONS = 31;
    /** Refusals of the kernel file by jos.elf: ELF + the {@link jos.elf.Problem} reason. */
    public static final int ELF = 1000;
    /** Refusals of the kernel file's signature: SIGNATURE + the {@link jos.sign.SignedFile} reason. */
    public static final int SIGNATURE = 2000;

    /** The text of a reason: what went wrong, then the name of the value involved; null for NONE. */
    public static String message(int reason) {
        if (reason >= SIGNATURE) return jos.sign.SignedFile.message(reason - SIGNATURE);
        if (reason >= ELF) return jos.elf.Problem.message(reason - ELF);
        switch (reason) {
            case NONE: return null;
            case MBI_MISALIGNED: return "multiboot2 information is not 8-byte aligned";
            case MBI_BAD_TOTAL_SIZE: return "multiboot2 information has an implausible total_size";
            case MBI_NO_END_TAG: return "multiboot2 information has no end tag; tags end at";
            case MBI_TAG_TOO_SMALL: return "multiboot2 tag smaller than its header at";
            case MBI_TAG_PAST_END: return "multiboot2 tag extends past total_size at";
            case NO_MEMORY_MAP: return "GRUB passed no memory map (multiboot2 tag 6)";
            case MEMORY_MAP_BAD_ENTRY_SIZE: return "multiboot2 memory map entry_size is not a multiple of 8 of at least 24";
            case FIRMWARE_MAP_TOO_LONG: return "firmware memory map has too many entries; capacity";
            case NO_MODULES: return "GRUB passed no modules; the kernel must be the first (module2 /boot/kernel.elf ...)";
            case TOO_MANY_MODULES: return "too many modules; at most";
            case MODULE_ENDS_BEFORE_START: return "module ends before it starts; mod_start";
            case KERNEL_ET_DYN: return "kernel is ET_DYN; position-independent kernels are not supported; e_type";
            case KERNEL_BELOW_HIGHER_HALF: return "kernel PT_LOAD is below the higher half (0xffffffff80000000); p_vaddr";
            case KERNEL_SPAN_TOO_BIG: return "kernel segments span more than 1 GiB; span";
            case REQUEST_TWICE: return "kernel has the same Limine request twice; ID word 2";
            case PAGING_MODE_ABOVE_4_LEVEL: return "kernel requires a paging mode above 4-level; min_mode";
            case STACK_TOO_BIG: return "requested stack size is above 64 MiB; stack_size";
            case CLAIM_WRAPS: return "claimed range wraps around the address space";
            case CLAIM_OVERLAPS: return "claimed range overlaps memory already claimed";
            case TOO_MANY_BUSY_RANGES: return "too many busy ranges";
            case OUT_OF_MEMORY_BELOW_4G: return "out of physical memory below 4 GiB; bytes wanted";
            case NO_PAGE_BELOW_1M: return "no free usable page below 1 MiB; bytes wanted";
            case TOO_MANY_CLAIMS: return "too many claimed memory ranges";
            case MEMORY_MAP_BUFFER_TOO_SMALL: return "memory map buffer too small; entries";
            case MAPPED_TO_ANOTHER_2M_FRAME: return "virtual address already mapped to another 2 MiB frame";
            case MAPPED_BY_2M_PAGE_TO_ANOTHER_FRAME: return "virtual address already mapped by a 2 MiB page to another frame";
            case MAPPED_TO_ANOTHER_FRAME: return "virtual address already mapped to another frame";
            case LARGE_PAGE_IN_THE_WAY: return "a large page is in the way of a page table";
            case TOO_MANY_PROCESSORS: return "too many processors in the MADT; capacity";
            case TOO_MANY_IO_APICS: return "too many I/O APICs in the MADT; capacity";
            default: return "unknown loader problem";
        }
    }

    /** What a reason is about when its text does not say ("kernel" for jos.elf's and the signature's), else null. */
    public static String subject(int reason) {
        return reason > ELF ? "kernel" : null;
    }

    public static int reason(long[] record) {
        return (int) record[REASON];
    }

    /** The recorded reason's text, or null if none is recorded. */
    public static String message(long[] record) {
        return message(reason(record));
    }

    public static String subject(long[] record) {
        return subject(reason(record));
    }

    public static long value(long[] record) {
        return record[VALUE];
    }

    /** Records a refusal in record; always returns false, so checks can {@code return Problem.report(...)}. */
    public static boolean report(long[] record, int reason, long involved) {
        record[REASON] = reason;
        record[VALUE] = involved;
        return false;
    }

    /** No refusal recorded. */
    public static void clear(long[] record) {
        report(record, NONE, 0);
    }
}
