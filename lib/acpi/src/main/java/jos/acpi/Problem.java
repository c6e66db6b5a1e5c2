package jos.acpi;

/**
 * Why an ACPI check refused a structure, written into a record its caller owns: a {@code long[SIZE]}
 * that each parse brings along (the loader's one, the kernel's per CPU), so two parses never see each
 * other's reasons and nothing needs a heap. The record holds a reason code whose text is constant
 * ({@link #message(int)}), the signature of the table it concerns ({@link Signatures}, 0 if none) and the
 * value involved (an offset, a length, a field value), and the physical address of the table it is
 * about where the caller knows it ({@link #about}; 0 for the RSDP or a table not found). Checks return false (or 0) after {@link #report};
 * the caller that gives up prints the record.
 */
public final class Problem {
    private Problem() {
    }

    /** The record's slots. */
    public static final int REASON = 0, SIGNATURE = 1, VALUE = 2, TABLE = 3, SIZE = 4;

    public static final int NONE = 0;
    public static final int RSDP_TOO_SHORT = 1;
    public static final int RSDP_BAD_SIGNATURE = 2;
    public static final int RSDP_BAD_CHECKSUM = 3;
    public static final int RSDP_V2_TOO_SHORT = 4;
    public static final int RSDP_BAD_LENGTH = 5;
    public static final int RSDP_BAD_EXTENDED_CHECKSUM = 6;
    public static final int RSDP_UNREADABLE = 7;
    public static final int RSDP_ROOT_ZERO = 8;
    public static final int TABLE_WRONG_SIGNATURE = 9;
    public static final int TABLE_SHORTER_THAN_HEADER = 10;
    public static final int TABLE_SHORTER_THAN_FIXED_PART = 11;
    public static final int TABLE_BEYOND_LIMIT = 12;
    public static final int TABLE_BAD_CHECKSUM = 13;
    public static final int TABLE_UNREADABLE = 14;
    public static final int TABLE_RUNS_PAST_READABLE = 15;
    public static final int TABLE_NOT_FOUND = 16;
    public static final int TABLE_NOT_FOUND_BELOW_READABLE_END = 17;
    public static final int ROOT_NOT_RSDT_OR_XSDT = 18;
    public static final int ROOT_PARTIAL_ENTRY = 19;
    public static final int ROOT_INDEX_OUT_OF_RANGE = 20;
    public static final int ROOT_ENTRY_ZERO = 21;
    public static final int DIRECTORY_NOT_OPEN = 22;
    public static final int DIRECTORY_INDEX_OUT_OF_RANGE = 23;
    public static final int MADT_ENTRY_HEADER_PAST_END = 24;
    public static final int MADT_ENTRY_LENGTH_BELOW_2 = 25;
    public static final int MADT_ENTRY_PAST_END = 26;
    public static final int MADT_ENTRY_TOO_SHORT = 27;
    public static final int HPET_NOT_SYSTEM_MEMORY = 28;
    public static final int HPET_BASE_ZERO = 29;
    public static final int SPCR_REVISION_0 = 30;
    public static final int SPCR_NOT_16550 = 31;
    public static final int SPCR_BAD_SPACE = 32;
    public static final int SPCR_BASE_ZERO = 33;
    public static final int SPCR_BAD_BIT_WIDTH = 34;
    public static final int SPCR_BAD_ACCESS_SIZE = 35;
    public static final int SPCR_ACCESS_WIDER_THAN_REGISTER = 36;
    public static final int SPCR_IO_NOT_8_BIT = 37;
    public static final int SPCR_IO_PORT_TOO_HIGH = 38;
    public static final int SPCR_BAD_BAUD_CODE = 39;
    public static final int SPCR_PRECISE_BAUD_TOO_HIGH = 40;
    public static final int ISA_IRQ_OUT_OF_RANGE = 41;
    public static final int OVERRIDE_NOT_ISA = 42;
    public static final int OVERRIDE_RESERVED_POLARITY = 43;
    public static final int OVERRIDE_RESERVED_TRIGGER = 44;
    public static final int OVERRIDE_DUPLICATE = 45;
    public static final int IO_APIC_ADDRESS_ZERO = 46;
    public static final int IO_APIC_GSI_OVERLAP = 47;
    /** One past the last reason. */
    public static final int REASONS = 48;

    /** The text of a reason: the table or structure, what is wrong, then the name of the value; null for NONE. */
    public static String message(int reason) {
        switch (reason) {
            case NONE: return null;
            case RSDP_TOO_SHORT: return "RSDP: fewer than 20 bytes available";
            case RSDP_BAD_SIGNATURE: return "RSDP: signature is not 'RSD PTR '";
            case RSDP_BAD_CHECKSUM: return "RSDP: checksum is wrong";
            case RSDP_V2_TOO_SHORT: return "RSDP: revision 2 but fewer than 36 bytes available";
            case RSDP_BAD_LENGTH: return "RSDP: length is below 36 or beyond the available bytes";
            case RSDP_BAD_EXTENDED_CHECKSUM: return "RSDP: extended checksum is wrong";
            case RSDP_UNREADABLE: return "RSDP: lies beyond the memory the caller can read; address";
            case RSDP_ROOT_ZERO: return "RSDP: root table address is 0";
            case TABLE_WRONG_SIGNATURE: return "ACPI table: wrong signature";
            case TABLE_SHORTER_THAN_HEADER: return "ACPI table: length is shorter than the header";
            case TABLE_SHORTER_THAN_FIXED_PART: return "ACPI table: length is shorter than the table's fixed part";
            case TABLE_BEYOND_LIMIT: return "ACPI table: length is beyond the caller's limit";
            case TABLE_BAD_CHECKSUM: return "ACPI table: checksum is wrong";
            case TABLE_UNREADABLE: return "ACPI table: lies beyond the memory the caller can read; address";
            case TABLE_RUNS_PAST_READABLE: return "ACPI table: runs beyond the memory the caller can read; address";
            case TABLE_NOT_FOUND: return "ACPI table not found";
            case TABLE_NOT_FOUND_BELOW_READABLE_END: return "ACPI table not found below the readable end; a table beyond it is at";
            case ROOT_NOT_RSDT_OR_XSDT: return "root table: signature is neither RSDT nor XSDT";
            case ROOT_PARTIAL_ENTRY: return "root table: body is not a whole number of entries";
            case ROOT_INDEX_OUT_OF_RANGE: return "root table: entry index out of range";
            case ROOT_ENTRY_ZERO: return "root table: entry is 0; index";
            case DIRECTORY_NOT_OPEN: return "table directory is not open";
            case DIRECTORY_INDEX_OUT_OF_RANGE: return "table directory: index out of range";
            case MADT_ENTRY_HEADER_PAST_END: return "MADT: entry header runs past the table end; offset";
            case MADT_ENTRY_LENGTH_BELOW_2: return "MADT: entry length is below 2; offset";
            case MADT_ENTRY_PAST_END: return "MADT: entry runs past the table end; offset";
            case MADT_ENTRY_TOO_SHORT: return "MADT: entry is shorter than its type requires; offset";
            case HPET_NOT_SYSTEM_MEMORY: return "HPET: base address is not in system memory; space";
            case HPET_BASE_ZERO: return "HPET: base address is 0";
            case SPCR_REVISION_0: return "SPCR: revision 0 is not defined";
            case SPCR_NOT_16550: return "SPCR: unsupported interface type (not 16550-compatible)";
            case SPCR_BAD_SPACE: return "SPCR: base address space is neither system memory nor I/O";
            case SPCR_BASE_ZERO: return "SPCR: base address is 0 (console disabled)";
            case SPCR_BAD_BIT_WIDTH: return "SPCR: register bit width is not 8, 16 or 32";
            case SPCR_BAD_ACCESS_SIZE: return "SPCR: access size is not 0 to 3 (undefined, byte, word, dword)";
            case SPCR_ACCESS_WIDER_THAN_REGISTER: return "SPCR: access is wider than the register";
            case SPCR_IO_NOT_8_BIT: return "SPCR: I/O-port UART registers are not 8-bit";
            case SPCR_IO_PORT_TOO_HIGH: return "SPCR: I/O port is beyond 0xFFF8";
            case SPCR_BAD_BAUD_CODE: return "SPCR: configured baud rate value is not defined";
            case SPCR_PRECISE_BAUD_TOO_HIGH: return "SPCR: precise baud rate is beyond 2^31";
            case ISA_IRQ_OUT_OF_RANGE: return "ISA IRQ is not 0 to 15; irq";
            case OVERRIDE_NOT_ISA: return "MADT: interrupt source override names a bus other than ISA; offset";
            case OVERRIDE_RESERVED_POLARITY: return "MADT: interrupt source override has the reserved polarity 2; offset";
            case OVERRIDE_RESERVED_TRIGGER: return "MADT: interrupt source override has the reserved trigger mode 2; offset";
            case OVERRIDE_DUPLICATE: return "MADT: a second interrupt source override for the same ISA IRQ; offset";
            case IO_APIC_ADDRESS_ZERO: return "MADT: I/O APIC address is 0; offset";
            case IO_APIC_GSI_OVERLAP: return "MADT: I/O APIC's interrupts overlap an earlier I/O APIC's; gsi base";
            default: return "unknown ACPI problem";
        }
    }

    public static int reason(long[] record) {
        return (int) record[REASON];
    }

    /** The recorded reason's text, or null if none is recorded. */
    public static String message(long[] record) {
        return message(reason(record));
    }

    /** The table's signature, 0 if the problem is not about a table. */
    public static int signature(long[] record) {
        return (int) record[SIGNATURE];
    }

    public static long value(long[] record) {
        return record[VALUE];
    }

    /** Records a refusal in record; always returns false, so checks can {@code return Problem.report(...)}. */
    public static boolean report(long[] record, int reason, int tableSignature, long involved) {
        record[REASON] = reason;
        record[SIGNATURE] = tableSignature;
        record[VALUE] = involved;
        record[TABLE] = 0;
        return false;
    }

    /** Names the physical address of the table the problem just reported is about; returns false. */
    public static boolean about(long[] record, long tablePhysical) {
        record[TABLE] = tablePhysical;
        return false;
    }

    /** The physical address of the table the problem is about, 0 if unknown (the RSDP, a table not found). */
    public static long table(long[] record) {
        return record[TABLE];
    }

    /** No refusal recorded. */
    public static void clear(long[] record) {
        report(record, NONE, 0, 0);
    }
}
