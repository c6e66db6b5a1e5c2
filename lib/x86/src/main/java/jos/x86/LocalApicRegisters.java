package jos.x86;

/**
 * The local APIC's register map (Intel SDM vol. 3, 10.4 and 10.12): IA32_APIC_BASE's fields, the xAPIC
 * MMIO register offsets (in x2APIC mode the register at offset r is MSR {@link Msr#X2APIC_BASE} + r / 16),
 * and the bits of the ones the loader and the kernel write. Access is theirs.
 */
public final class LocalApicRegisters {
    private LocalApicRegisters() {
    }

    /** IA32_APIC_BASE: x2APIC mode, APIC global enable, and the MMIO page's physical address. */
    public static final long BASE_X2APIC = 1L << 10, BASE_ENABLE = 1L << 11, BASE_ADDRESS = 0x000F_FFFF_FFFF_F000L;

    public static final int ID = 0x20, TASK_PRIORITY = 0x80, EOI = 0xB0, SPURIOUS = 0xF0, ERROR_STATUS = 0x280,
            ICR_LOW = 0x300, ICR_HIGH = 0x310, LVT_TIMER = 0x320, LVT_ERROR = 0x370, TIMER_INITIAL_COUNT = 0x380,
            TIMER_CURRENT_COUNT = 0x390, TIMER_DIVIDE = 0x3E0;

    /** Spurious-interrupt vector register: APIC software enable. */
    public static final int SPURIOUS_ENABLE = 1 << 8;
    /** ICR low word: delivery modes, delivery status (pending), level assert, destination shorthands. */
    public static final int ICR_NMI = 4 << 8, ICR_INIT = 5 << 8, ICR_STARTUP = 6 << 8, ICR_DELIVERY_PENDING = 1 << 12,
            ICR_ASSERT = 1 << 14;
    public static final int SHORTHAND_SELF = 1 << 18, SHORTHAND_ALL = 2 << 18, SHORTHAND_ALL_BUT_SELF = 3 << 18;
    /** LVT entries: masked; the timer's periodic mode. */
    public static final int LVT_MASKED = 1 << 16, LVT_TIMER_PERIODIC = 1 << 17;
    /** Divide configuration register value for divide by 16. */
    public static final int TIMER_DIVIDE_BY_16 = 0x3;
}
