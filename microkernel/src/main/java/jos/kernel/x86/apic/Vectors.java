package jos.kernel.x86.apic;

/**
 * The interrupt vectors the kernel uses above the 32 exceptions. The APIC ranks a vector's priority by
 * its upper four bits: the timer sits below the IPIs, and the error and spurious vectors are last.
 */
public final class Vectors {
    /**
     * Device interrupts through the I/O APICs (jos.kernel.irq): a line claimed by a driver is given one of
     * DEVICES vectors from DEVICE_FIRST, below the timer and the IPIs (priority classes 4 and 5).
     */
    public static final int DEVICE_FIRST = 0x40, DEVICES = 32;
    /** This CPU's local APIC timer tick. */
    public static final int TIMER = 0xe0;
    /** Wakes a CPU halted in its idle loop or waiting for a lock; does nothing else. */
    public static final int WAKE = 0xf0;
    /** Not used by the kernel itself: served by the handler a kernel built on it installs (Interrupts.install). */
    public static final int EXTENSION = 0xf1;
    /** Invalidate the TLB entries of a kernel range another CPU unmapped (smp.TlbShootdown). */
    public static final int TLB_SHOOTDOWN = 0xf2;
    /** The local APIC's error interrupt (LVT error entry). */
    public static final int APIC_ERROR = 0xfe;
    /** The local APIC's spurious-interrupt vector (low 4 bits all ones, as old APICs require). */
    public static final int SPURIOUS = 0xff;

    private Vectors() {
    }

    /** Whether vector is one of the device vectors. */
    public static boolean isDevice(int vector) {
        return vector >= DEVICE_FIRST && vector < DEVICE_FIRST + DEVICES;
    }
}
