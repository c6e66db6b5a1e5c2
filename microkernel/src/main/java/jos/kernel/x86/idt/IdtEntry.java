package jos.kernel.x86.idt;

/**
 * The 16-byte long-mode IDT gate (Intel SDM vol. 3, 6.14.1), as two 64-bit words.
 *
 * <pre>
 * low:   0..15 offset 0..15   16..31 code selector   32..34 IST index (0 = none)   40..43 type
 *        45..46 DPL           47 present             48..63 offset 16..31
 * high:  0..31 offset 32..63  32..63 reserved (zero)
 * </pre>
 *
 * An interrupt gate (type 0xE) clears IF on entry; a trap gate (0xF) leaves it.
 */
public final class IdtEntry {
    private IdtEntry() {
    }

    private static final int OFFSET_LOW = 0, SELECTOR = 16, IST = 32, TYPE = 40, DPL = 45, PRESENT = 47, OFFSET_MIDDLE = 48;

    public static final int TYPE_INTERRUPT_GATE = 0xE, TYPE_TRAP_GATE = 0xF;
    public static final int SIZE = 16;

    /** The first word of a present gate. */
    public static long low(long handler, int selector, int ist, int type, int dpl) {
        return (handler & 0xFFFF) << OFFSET_LOW | (long) (selector & 0xFFFF) << SELECTOR | (long) (ist & 7) << IST
                | (long) (type & 0xF) << TYPE | (long) (dpl & 3) << DPL | 1L << PRESENT
                | (handler >>> 16 & 0xFFFF) << OFFSET_MIDDLE;
    }

    /** The second word: bits 32..63 of the handler address. */
    /** The low word with its present bit set or cleared. */
    public static long withPresent(long low, boolean present) {
        return present ? low | 1L << PRESENT : low & ~(1L << PRESENT);
    }

    public static long high(long handler) {
        return handler >>> 32;
    }

    public static long handler(long low, long high) {
        return low >>> OFFSET_LOW & 0xFFFF | (low >>> OFFSET_MIDDLE & 0xFFFF) << 16 | high << 32;
    }

    public static int selector(long low) {
        return (int) (low >>> SELECTOR) & 0xFFFF;
    }

    public static int ist(long low) {
        return (int) (low >>> IST) & 7;
    }

    public static int type(long low) {
        return (int) (low >>> TYPE) & 0xF;
    }

    public static int dpl(long low) {
        return (int) (low >>> DPL) & 3;
    }

    public static boolean present(long low) {
        return (low >>> PRESENT & 1) != 0;
    }
}
