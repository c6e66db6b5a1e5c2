package jos.kernel.x86.apic;

import static jos.x86.LocalApicRegisters.*;

import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.x86.PerCpu;
import jos.x86.Msr;

/**
 * This CPU's local APIC, in x2APIC mode (MSRs) when the loader enabled it, else xAPIC (its MMIO page,
 * mapped uncacheable at its HHDM address once). Enabling sets the spurious-interrupt and error vectors;
 * IPIs are fixed-delivery, edge-triggered, to one APIC id, to all but self, or to all, or an NMI to one
 * APIC id. The timer is {@code jos.kernel.timer.ApicTimer}, a layer up. The register map is jos.x86's.
 */
public final class LocalApic {
    private static final int SEND_SPINS = 1_000_000;

    private static boolean x2apic;
    private static long mmio;

    private LocalApic() {
    }

    /**
     * Once, on the bootstrap CPU: finds the APIC. Returns the physical address of its 4 KiB register page,
     * which the caller maps uncacheable and passes to {@link #useRegisters}, or -1 in x2APIC mode (the
     * registers are MSRs). The mapping is the memory layer's, above this one.
     */
    public static long setUp() {
        long base = Cpu.readMsr(Msr.IA32_APIC_BASE);
        x2apic = (base & BASE_X2APIC) != 0;
        return x2apic ? -1 : base & BASE_ADDRESS;
    }

    /** Reaches the xAPIC registers at virtual address from now on (see {@link #setUp}). */
    public static void useRegisters(long virtual) {
        mmio = virtual;
    }

    /** On each CPU: enables its APIC with the spurious and error vectors, accepts every priority, and says so. */
    public static void enable() {
        write(TASK_PRIORITY, 0);
        write(SPURIOUS, SPURIOUS_ENABLE | Vectors.SPURIOUS);
        write(LVT_ERROR, Vectors.APIC_ERROR);
        takeErrors();
        PerCpu.setApicReady();
    }

    /**
     * The error status bits the APIC collected since the last call (send/receive checksum or accept
     * errors, illegal vectors, illegal register address), clearing them: a write latches them first.
     */
    public static int takeErrors() {
        write(ERROR_STATUS, 0);
        return read(ERROR_STATUS);
    }

    public static int id() {
        return x2apic ? read(ID) : read(ID) >>> 24;
    }

    public static void endOfInterrupt() {
        write(EOI, 0);
    }

    /** A fixed IPI with vector to the CPU whose APIC id is apicId. */
    public static void send(int apicId, int vector) {
        sendIcr(apicId, ICR_ASSERT | vector);
    }

    public static void sendAllButSelf(int vector) {
        sendIcr(0, SHORTHAND_ALL_BUT_SELF | ICR_ASSERT | vector);
    }

    public static void sendAll(int vector) {
        sendIcr(0, SHORTHAND_ALL | ICR_ASSERT | vector);
    }

    /** An NMI to the CPU whose APIC id is apicId (the vector field is ignored for NMIs). */
    public static void sendNmi(int apicId) {
        sendIcr(apicId, ICR_NMI | ICR_ASSERT);
    }

    private static void sendIcr(int destination, int low) {
        if (x2apic) {
            Cpu.writeMsr(Msr.X2APIC_BASE + ICR_LOW / 16, (long) destination << 32 | (low & 0xffffffffL));
            return;
        }
        for (int i = 0; i < SEND_SPINS && (read(ICR_LOW) & ICR_DELIVERY_PENDING) != 0; i++) Cpu.pause();
        write(ICR_HIGH, destination << 24);
        write(ICR_LOW, low);
    }

    public static int read(int register) {
        return x2apic ? (int) Cpu.readMsr(Msr.X2APIC_BASE + register / 16) : Memory.readVolatile32(mmio + register);
    }

    public static void write(int register, int value) {
        if (x2apic) Cpu.writeMsr(Msr.X2APIC_BASE + register / 16, value & 0xffffffffL);
        else Memory.writeVolatile32(mmio + register, value);
    }
}
