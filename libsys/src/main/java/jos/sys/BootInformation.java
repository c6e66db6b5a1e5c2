package jos.sys;

import jos.abi.BootEntry;
import jos.abi.BootRecord;
import jos.hw.Memory;

/**
 * Reads the boot record the kernel maps in the first process (jos.abi.BootRecord, abi.md "Boot record"):
 * which handle is which module, framebuffer, IRQ range, UART or ACPI range. Every method takes the
 * record's address, {@link #RECORD} in the first process, so a test can read one in simulated memory.
 * Entries are named by their address ({@link #entry}); 0 is "none".
 */
public final class BootInformation {
    /** Where the kernel maps the record. */
    public static final long RECORD = BootRecord.ADDRESS;

    private BootInformation() {
    }

    /** True if a record of this version is at record (only the first process has one). */
    public static boolean present(long record) {
        return Memory.read32(record + BootRecord.MAGIC) == BootRecord.MAGIC_VALUE
                && Memory.read32(record + BootRecord.VERSION) == BootRecord.CURRENT_VERSION;
    }

    public static int count(long record) {
        return Math.min(Memory.read32(record + BootRecord.ENTRIES), BootRecord.MAX_ENTRIES);
    }

    /** Entry i's address (0 &lt;= i &lt; count). */
    public static long entry(long record, int i) {
        return record + BootRecord.FIRST_ENTRY + (long) i * BootEntry.SIZE;
    }

    public static int role(long entry) {
        return Memory.read32(entry + BootEntry.ROLE);
    }

    public static int kind(long entry) {
        return Memory.read32(entry + BootEntry.KIND);
    }

    /** The capability's handle (a 32-bit value, as the calls take it). */
    public static long handle(long entry) {
        return Memory.read32(entry + BootEntry.HANDLE) & 0xffff_ffffL;
    }

    public static int rights(long entry) {
        return Memory.read32(entry + BootEntry.RIGHTS);
    }

    public static long base(long entry) {
        return Memory.read64(entry + BootEntry.BASE);
    }

    public static long length(long entry) {
        return Memory.read64(entry + BootEntry.LENGTH);
    }

    public static long detail(long entry) {
        return Memory.read64(entry + BootEntry.DETAIL);
    }

    /** The entry's name (a module's path), "" if it has none. */
    public static String name(long record, long entry) {
        int at = Memory.read32(entry + BootEntry.NAME), length = Memory.read32(entry + BootEntry.NAME_LENGTH);
        if (at == 0 || length <= 0 || at + (long) length > BootRecord.MAX_BYTES) return "";
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) chars[i] = (char) (Memory.read8(record + at + i) & 0xff);
        return new String(chars);
    }

    /** The first entry with role (and, if name is not null, that name), or 0. */
    public static long find(long record, int role, String name) {
        for (int i = 0; i < count(record); i++) {
            long e = entry(record, i);
            if (role(e) == role && (name == null || name.equals(name(record, e)))) return e;
        }
        return 0;
    }

    /** The handle of the module whose path is path, or 0 if the record has none. */
    public static long module(long record, String path) {
        long e = find(record, BootRecord.MODULE, path);
        return e == 0 ? 0 : handle(e);
    }

    /** The module number spawn takes with that handle (the capability's first module). */
    public static long moduleNumber(long record, String path) {
        long e = find(record, BootRecord.MODULE, path);
        return e == 0 ? -1 : base(e);
    }

    public static int framebufferWidth(long record) {
        return Memory.read32(record + BootRecord.FB_WIDTH);
    }

    public static int framebufferHeight(long record) {
        return Memory.read32(record + BootRecord.FB_HEIGHT);
    }

    public static int framebufferPitch(long record) {
        return Memory.read32(record + BootRecord.FB_PITCH);
    }

    public static int framebufferBpp(long record) {
        return Memory.read16(record + BootRecord.FB_BPP) & 0xffff;
    }

    public static long rsdp(long record) {
        return Memory.read64(record + BootRecord.RSDP);
    }

    /** The RSDT's or XSDT's physical address (0: none), inside an ACPI_TABLES entry's range. */
    public static long acpiRoot(long record) {
        return Memory.read64(record + BootRecord.ACPI_ROOT);
    }
}
