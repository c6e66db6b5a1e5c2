package jos.elf;

/**
 * Why an ELF check refused a file, written into a record its caller owns: a {@code long[SIZE]} that
 * each load (or CPU) brings along, so two loads never see each other's reasons and nothing needs a heap.
 * The record holds a reason code whose text is constant ({@link #message}), the value involved (an
 * offset, an address, a field value), the program header index or -1, and optionally a second value
 * whose name the reason fixes ({@link #detail}). Checks return false after {@link #report}; the caller
 * that gives up says which file it was and prints the record.
 *
 * <p>The reasons are ElfFile's, then those of the loaders that use it (a user program's layout rules).
 */
public final class Problem {
    private Problem() {
    }

    /** The record's slots. */
    public static final int REASON = 0, VALUE = 1, SEGMENT = 2, DETAIL_VALUE = 3, SIZE = 4;

    public static final int NONE = 0;
    public static final int FILE_TOO_SHORT = 1;
    public static final int TOO_MANY_PROGRAM_HEADERS = 2;
    public static final int PROGRAM_HEADERS_PAST_END = 3;
    public static final int NOT_ELF = 4;
    public static final int NOT_ELFCLASS64 = 5;
    public static final int NOT_LITTLE_ENDIAN = 6;
    public static final int NOT_X86_64 = 7;
    public static final int NOT_EXEC_OR_DYN = 8;
    public static final int PHENTSIZE_NOT_56 = 9;
    public static final int LOADS_NOT_ASCENDING = 10;
    public static final int LOADS_OVERLAP = 11;
    public static final int NO_LOAD = 12;
    public static final int FILESZ_ABOVE_MEMSZ = 13;
    public static final int FILE_BYTES_PAST_END = 14;
    public static final int VADDR_OVERFLOWS = 15;
    public static final int ALIGN_NOT_POWER_OF_TWO = 16;
    public static final int VADDR_OFFSET_MISALIGNED = 17;
    public static final int ENTRY_OUTSIDE_CODE = 18;
    public static final int USER_NOT_EXEC = 19;
    public static final int USER_SEGMENT_OUTSIDE = 20;
    public static final int USER_SEGMENT_WRITABLE_EXECUTABLE = 21;
    public static final int USER_SEGMENTS_SHARE_PAGE = 22;
    public static final int USER_SEGMENTS_TOO_BIG = 23;

    /** The text of a reason: the field or rule, then the name of the value involved; null for NONE. */
    public static String message(int reason) {
        switch (reason) {
            case NONE: return null;
            case FILE_TOO_SHORT: return "file is shorter than an ELF header; size";
            case TOO_MANY_PROGRAM_HEADERS: return "ELF file has more than 64 program headers; e_phnum";
            case PROGRAM_HEADERS_PAST_END: return "ELF program headers extend past the end of the file; e_phoff";
            case NOT_ELF: return "not an ELF file; magic";
            case NOT_ELFCLASS64: return "ELF file is not ELFCLASS64; EI_CLASS";
            case NOT_LITTLE_ENDIAN: return "ELF file is not little-endian (ELFDATA2LSB); EI_DATA";
            case NOT_X86_64: return "ELF e_machine is not EM_X86_64 (62); e_machine";
            case NOT_EXEC_OR_DYN: return "ELF e_type is neither ET_EXEC nor ET_DYN; e_type";
            case PHENTSIZE_NOT_56: return "ELF e_phentsize is not 56; e_phentsize";
            case LOADS_NOT_ASCENDING: return "ELF PT_LOAD segments are not in ascending p_vaddr order; p_vaddr";
            case LOADS_OVERLAP: return "ELF PT_LOAD segments overlap; p_vaddr";
            case NO_LOAD: return "ELF file has no PT_LOAD segment; e_phnum";
            case FILESZ_ABOVE_MEMSZ: return "ELF PT_LOAD has p_filesz > p_memsz; p_vaddr";
            case FILE_BYTES_PAST_END: return "ELF PT_LOAD file bytes extend past the end of the file; p_offset";
            case VADDR_OVERFLOWS: return "ELF PT_LOAD p_vaddr + p_memsz overflows; p_vaddr";
            case ALIGN_NOT_POWER_OF_TWO: return "ELF PT_LOAD p_align is not a power of two; p_align";
            case VADDR_OFFSET_MISALIGNED: return "ELF PT_LOAD p_vaddr and p_offset differ modulo p_align; p_vaddr";
            case ENTRY_OUTSIDE_CODE: return "ELF entry point is outside every executable PT_LOAD segment; e_entry";
            case USER_NOT_EXEC: return "user program is not ET_EXEC (the kernel does not relocate); e_type";
            case USER_SEGMENT_OUTSIDE: return "user segment outside the user half (or in the stack area); p_vaddr";
            case USER_SEGMENT_WRITABLE_EXECUTABLE: return "user segment is writable and executable; p_vaddr";
            case USER_SEGMENTS_SHARE_PAGE: return "user segments share a page; p_vaddr";
            case USER_SEGMENTS_TOO_BIG: return "user program's segments take more than 256 MiB; total bytes";
            default: return "unknown ELF refusal";
        }
    }

    /** The name of a reason's second value, or null if it has none. */
    public static String detail(int reason) {
        switch (reason) {
            case LOADS_NOT_ASCENDING: return "previous p_vaddr";
            case LOADS_OVERLAP: return "previous segment's end";
            case FILESZ_ABOVE_MEMSZ: case FILE_BYTES_PAST_END: return "p_filesz";
            case VADDR_OVERFLOWS: case USER_SEGMENT_OUTSIDE: case USER_SEGMENTS_TOO_BIG: return "p_memsz";
            case VADDR_OFFSET_MISALIGNED: return "p_offset";
            case USER_SEGMENTS_SHARE_PAGE: return "previous segment's last page end";
            default: return null;
        }
    }

    public static int reason(long[] record) {
        return (int) record[REASON];
    }

    /** The recorded reason's text, or null if none is recorded. */
    public static String message(long[] record) {
        return message(reason(record));
    }

    /** The name of the recorded second value, or null. */
    public static String detail(long[] record) {
        return detail(reason(record));
    }

    public static long value(long[] record) {
        return record[VALUE];
    }

    /** The program header index involved, or -1. */
    public static int segment(long[] record) {
        return (int) record[SEGMENT];
    }

    public static long detailValue(long[] record) {
        return record[DETAIL_VALUE];
    }

    /** Records a refusal in record; always returns false, so checks can {@code return Problem.report(...)}. */
    public static boolean report(long[] record, int reason, long involved) {
        record[REASON] = reason;
        record[VALUE] = involved;
        record[SEGMENT] = -1;
        record[DETAIL_VALUE] = 0;
        return false;
    }

    /** Records a refusal about program header index, with its second value if the reason names one; returns false. */
    public static boolean reportSegment(long[] record, int reason, int index, long involved, long detailAmount) {
        report(record, reason, involved);
        record[SEGMENT] = index;
        record[DETAIL_VALUE] = detailAmount;
        return false;
    }

    /** No refusal recorded. */
    public static void clear(long[] record) {
        report(record, NONE, 0);
    }
}
