package jos.kernel.memory;

import jos.kernel.boot.limine.BootInfo;

/**
 * What a physical frame is used for. One byte per frame in {@link PhysicalMemory}'s frame table holds
 * one of these; {@link #FREE} is 0 so that free runs read as zero words.
 */
public final class Usage {
    private Usage() {
    }

    public static final int FREE = 0;
    /** Loader data (responses, the loader's page tables and stacks): free once the kernel is done with it. */
    public static final int LOADER_RECLAIMABLE = 1;
    public static final int KERNEL_IMAGE = 2;
    /** Boot modules (the rest of Limine's "executable and modules" memory). */
    public static final int MODULES = 3;
    /** Tables of the memory subsystem itself (the frame table, the heap's side table). */
    public static final int MEMORY_METADATA = 4;
    public static final int PAGE_TABLES = 5;
    public static final int HEAP = 6;
    public static final int STACKS = 7;
    public static final int USER = 8;
    public static final int ACPI_RECLAIMABLE = 9;
    public static final int ACPI_NVS = 10;
    public static final int RESERVED = 11;
    public static final int FRAMEBUFFER = 12;
    public static final int BAD = 13;
    /** No memory: a hole in the memory map. */
    public static final int HOLE = 14;
    public static final int COUNT = 15;

    public static String name(int usage) {
        switch (usage) {
            case FREE: return "free";
            case LOADER_RECLAIMABLE: return "loader-reclaimable";
            case KERNEL_IMAGE: return "kernel image";
            case MODULES: return "modules";
            case MEMORY_METADATA: return "memory metadata";
            case PAGE_TABLES: return "page tables";
            case HEAP: return "heap";
            case STACKS: return "stacks";
            case USER: return "user";
            case ACPI_RECLAIMABLE: return "acpi-reclaimable";
            case ACPI_NVS: return "acpi-nvs";
            case RESERVED: return "reserved";
            case FRAMEBUFFER: return "framebuffer";
            case BAD: return "bad";
            case HOLE: return "hole";
            default: return "unknown";
        }
    }

    /** The usage a Limine memory map type starts as (unknown types count as reserved). */
    public static int fromLimine(long type) {
        if (type == BootInfo.USABLE) return FREE;
        if (type == BootInfo.BOOTLOADER_RECLAIMABLE) return LOADER_RECLAIMABLE;
        if (type == BootInfo.EXECUTABLE_AND_MODULES) return MODULES;
        if (type == BootInfo.ACPI_RECLAIMABLE) return ACPI_RECLAIMABLE;
        if (type == BootInfo.ACPI_NVS) return ACPI_NVS;
        if (type == BootInfo.FRAMEBUFFER) return FRAMEBUFFER;
        if (type == BootInfo.BAD_MEMORY) return BAD;
        return RESERVED;
    }

    /** The usages the frame allocator hands out (and so the only ones it takes back). */
    public static boolean allocatable(int usage) {
        return usage == PAGE_TABLES || usage == HEAP || usage == STACKS || usage == USER || usage == MEMORY_METADATA;
    }

    /** Memory that is RAM (the frame table covers up to the end of the highest such region). */
    static boolean ram(int usage) {
        return usage == FREE || usage == LOADER_RECLAIMABLE || usage == MODULES || usage == KERNEL_IMAGE
                || usage == ACPI_RECLAIMABLE || usage == ACPI_NVS;
    }
}
