package jos.loader.memory;

/** The Limine memory map types (protocol "Memory Map Feature"), which the loader also uses internally. */
public final class MemoryType {
    private MemoryType() {
    }

    public static final long USABLE = 0;
    public static final long RESERVED = 1;
    public static final long ACPI_RECLAIMABLE = 2;
    public static final long ACPI_NVS = 3;
    public static final long BAD_MEMORY = 4;
    public static final long BOOTLOADER_RECLAIMABLE = 5;
    /** Called "kernel and modules" in v8.x, "executable and modules" later. */
    public static final long EXECUTABLE_AND_MODULES = 6;
    public static final long FRAMEBUFFER = 7;

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
