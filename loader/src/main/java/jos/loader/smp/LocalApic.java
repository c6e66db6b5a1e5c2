package jos.loader.smp;

import jos.hw.Cpu;
import jos.hw.Memory;
import jos.x86.LocalApicRegisters;
import jos.x86.Msr;

/**
 * The boot processor's local APIC, used to send INIT and start-up IPIs: in xAPIC mode through MMIO at
 * the address in IA32_APIC_BASE, in x2APIC mode through MSRs. The register map is jos.x86's.
 */
public final class LocalApic {
    private LocalApic() {
    }

    private static final int X2APIC_ID_MSR = Msr.X2APIC_BASE + LocalApicRegisters.ID / 16;
    private static final int X2APIC_ICR_MSR = Msr.X2APIC_BASE + LocalApicRegisters.ICR_LOW / 16;
    /** INIT and start-up IPIs: the delivery mode with level assert. */
    private static final int ICR_INIT = LocalApicRegisters.ICR_INIT | LocalApicRegisters.ICR_ASSERT;
    private static final int ICR_STARTUP = LocalApicRegisters.ICR_STARTUP | LocalApicRegisters.ICR_ASSERT;
    private static final int SPIN_LIMIT = 1000000;

    public static boolean x2apic;
    public static long base;

    /** Reads the APIC base; switches to x2APIC mode if asked to (or if firmware already did). */
    public static void init(boolean enableX2apic) {
        long value = Cpu.readMsr(Msr.IA32_APIC_BASE);
        base = value & LocalApicRegisters.BASE_ADDRESS;
        x2apic = (value & LocalApicRegisters.BASE_X2APIC) != 0;
        if (enableX2apic && !x2apic) {
            Cpu.writeMsr(Msr.IA32_APIC_BASE, value | LocalApicRegisters.BASE_ENABLE | LocalApicRegisters.BASE_X2APIC);
            x2apic = true;
        }
    }

    public static int id() {
        if (x2apic) return (int) Cpu.readMsr(X2APIC_ID_MSR);
        return Memory.readVolatile32(base + LocalApicRegisters.ID) >>> 24;
    }

    /** True if this mode can address the APIC ID (xAPIC: 8 bits). */
    public static boolean addressable(int apicId) {
        return x2apic || (apicId & 0xFFFFFFFFL) <= 0xFF;
    }

    /** Sends an IPI with the given ICR low word to apicId and waits until it is delivered. */
    public static void send(int apicId, int command) {
        if (x2apic) {
            Cpu.writeMsr(X2APIC_ICR_MSR, (long) apicId << 32 | command & 0xFFFFFFFFL);
            return;
        }
        Memory.writeVolatile32(base + LocalApicRegisters.ICR_HIGH, apicId << 24);
        Memory.writeVolatile32(base + LocalApicRegisters.ICR_LOW, command);
        for (int spins = 0; spins < SPIN_LIMIT && (Memory.readVolatile32(base + LocalApicRegisters.ICR_LOW) & LocalApicRegisters.ICR_DELIVERY_PENDING) != 0; spins++) {
            Cpu.pause();
        }
    }

    public static void sendInit(int apicId) {
        send(apicId, ICR_INIT);
    }

    /** A start-up IPI: the AP starts in real mode at vector * 0x1000. */
    public static void sendStartup(int apicId, int vector) {
        send(apicId, ICR_STARTUP | vector & 0xFF);
    }
}
