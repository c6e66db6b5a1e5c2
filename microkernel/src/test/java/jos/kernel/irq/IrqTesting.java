package jos.kernel.irq;

import jos.hw.sim.Machine;
import jos.kernel.x86.apic.IoApic;
import jos.x86.IoApicRegisters;

/** For tests in other packages: one simulated I/O APIC (GSIs 0-23, every line masked) behind the line table. */
public final class IrqTesting {
    public static final long WINDOW = 0xffff_8000_fec0_0000L;
    private static LinesTest.SimIoApic apic;

    private IrqTesting() {
    }

    public static void install(Machine machine) {
        apic = new LinesTest.SimIoApic(0, 24);
        machine.memory().mapDevice(WINDOW, IoApicRegisters.WINDOW_BYTES, apic);
        reset();
        IoApic.maskAll(WINDOW);
        IoApics.add(0, 0xfec00000L, WINDOW, 0, 24);
    }

    public static boolean masked(int pin) {
        return apic.masked(pin);
    }

    /** The line's interrupt arrives (as the trap layer calls it). */
    public static void fire(long line) {
        Lines.interrupt((int) Lines.vector(line));
    }

    public static void reset() {
        IoApics.reset();
        Lines.reset();
    }
}
