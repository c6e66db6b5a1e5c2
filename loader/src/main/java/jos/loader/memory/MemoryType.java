package jos.loader.memory;

/**
 * The Limine memory map types ({@link jos.limine.MemoryMapEntry}'s, protocol "Memory Map Feature"),
 * which the loader also uses internally, with their names and firmware precedence.
 */
public final class MemoryType {
    private MemoryType() {
    }

    public static final long USABLE = jos.limine.MemoryMapEntry.USABLE;
    public static final long RESERVED = jos.limine.MemoryMapEntry.RESERVED;
    public static final long ACPI_RECLAIMABLE = jos.limine.MemoryMapEntry.ACPI_RECLAIMABLE;
    public static final long ACPI_NVS = jos.limine.MemoryMapEntry.ACPI_NVS;
    public static final long BAD_MEMORY = jos.limine.MemoryMapEntry.BAD_MEMORY;
    public static final long BOOTLOADER_RECLAIMABLE = jos.limine.MemoryMapEntry.BOOTLOADER_RECLAIMABLE;
    /** Called "kernel and modules" in v8.x, "executable and modules" later. */
    public static final long EXECUTABLE_AND_MODULES = jos.limine.MemoryMapEntry.EXECUTABLE_AND_MODULES;
    public static final long FRAMEBUFFER = jos.limine.MemoryMapEntry.FRAMEBUFFER;

    public static String name(long type) {
        switch ((int) type) {
            case 0: return "usable";
            case 1: return "reserved";
            case 2: return "ACPI reclaimable";
            case 3: return "ACPI NVS";
            case 4: return "bad memory";
            case 5: return "bootloader reclaimable";
            case 6: return "executable and modules";
            case 7: return "framebuffer";
            default: return "unknown";
        }
    }

    /**
     * Where firmware ranges overlap, the more restrictive type wins: bad memory, then reserved, then
     * ACPI NVS, then ACPI reclaimable, then usable.
     */
    public static int firmwarePrecedence(long type) {
        switch ((int) type) {
            case 0: return 0;
            case 2: return 1;
            case 3: return 2;
            case 4: return 4;
            default: return 3; // reserved and anything unknown
        }
    }
}
