package jos.kernel.apic;

/** The interrupt vectors the kernel uses above the 32 exceptions. */
public final class Vectors {
    /** Wakes a CPU halted in its idle loop or waiting for a lock; does nothing else. */
    public static final int WAKE = 0xf0;
    /** The IPI ping: the receiving CPU counts it (see IpiPing). */
    public static final int PING = 0xf1;
    /** The local APIC's spurious-interrupt vector (low 4 bits all ones, as old APICs require). */
    public static final int SPURIOUS = 0xff;

    private Vectors() {
    }
}
