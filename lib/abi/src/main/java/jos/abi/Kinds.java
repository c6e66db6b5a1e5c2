package jos.abi;

import jos.hw.CConstants;

/**
 * The kinds of capability (abi.md, "Capabilities"). The first five name a kernel object; the others
 * name a range of a resource and no object: physical frames, physical device memory, I/O ports,
 * interrupt lines, boot modules. {@link Rights#of} gives the rights each kind can carry.
 */
@CConstants(prefix = "JOS_KIND_")
public final class Kinds {
    /** An empty slot; as an expected kind, "any kind". */
    public static final int NONE = 0;
    /** A synchronous IPC endpoint: send, receive, grant; may carry a badge. */
    public static final int ENDPOINT = 1;
    /** A notification word: signal, wait. */
    public static final int NOTIFICATION = 2;
    /** The one-shot right to answer one call. */
    public static final int REPLY = 3;
    public static final int PROCESS = 4;
    public static final int THREAD = 5;
    /** A range of physical frames of ordinary memory (page-granular). */
    public static final int MEMORY = 6;
    /** A physical range of device memory, mapped uncacheable or write-combining (page-granular). */
    public static final int DEVICE_MEMORY = 7;
    /** A range of I/O ports. */
    public static final int IO_PORTS = 8;
    /** A range of interrupt lines (global system interrupts). */
    public static final int IRQ = 9;
    /** A range of boot modules, by their numbers in the boot record (BootRecord): spawn a process from one. */
    public static final int MODULE = 10;
    /** The largest kind. */
    public static final int LAST = MODULE;

    /** Frames and device memory are given in pages of this many bytes. */
    public static final long PAGE = 4096;
    /** Physical addresses stay below this (52 bits, the architecture's limit). */
    public static final long PHYSICAL_LIMIT = 1L << 52;
    /** I/O ports are 0..65535. */
    public static final long PORT_LIMIT = 1 << 16;
    /** Interrupt lines are 0..IRQ_LIMIT-1. */
    public static final long IRQ_LIMIT = 1 << 16;
    /** Boot modules are numbered 0..MODULE_LIMIT-1. */
    public static final long MODULE_LIMIT = 1 << 16;

    private Kinds() {
    }

    /** True for a kind that names a kernel object (ENDPOINT..THREAD). */
    public static boolean isObject(int kind) {
        return kind >= ENDPOINT && kind <= THREAD;
    }

    /** True for a kind that names a range (MEMORY..IRQ). */
    public static boolean isRange(int kind) {
        return kind >= MEMORY && kind <= LAST;
    }

    /** The unit a range of this kind is counted in (base and length are multiples of it); 0 for other kinds. */
    public static long granule(int kind) {
        if (kind == MEMORY || kind == DEVICE_MEMORY) return PAGE;
        return isRange(kind) ? 1 : 0;
    }

    /** The end of the space a range of this kind lies in; 0 for other kinds. */
    public static long limit(int kind) {
        if (kind == MEMORY || kind == DEVICE_MEMORY) return PHYSICAL_LIMIT;
        if (kind == IO_PORTS) return PORT_LIMIT;
        if (kind == MODULE) return MODULE_LIMIT;
        return kind == IRQ ? IRQ_LIMIT : 0;
    }
}
