package jos.acpi;

/**
 * The MPS INTI flags of MADT interrupt source overrides and NMI entries (ACPI 6.5, table 5.50):
 * polarity in bits 1:0 and trigger mode in bits 3:2, each "conforms to the bus" when 0.
 */
public final class InterruptFlags {
    private InterruptFlags() {
    }

    public static final int CONFORMS = 0;
    /** Polarity values. */
    public static final int ACTIVE_HIGH = 1, ACTIVE_LOW = 3;
    /** Trigger mode values. */
    public static final int EDGE = 1, LEVEL = 3;

    /** {@link #CONFORMS}, {@link #ACTIVE_HIGH}, {@link #ACTIVE_LOW} or 2 (reserved). */
    public static int polarity(int flags) {
        return flags & 3;
    }

    /** {@link #CONFORMS}, {@link #EDGE}, {@link #LEVEL} or 2 (reserved). */
    public static int trigger(int flags) {
        return flags >>> 2 & 3;
    }
}
