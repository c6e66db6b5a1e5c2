package jos.loader.smp;

import jos.hw.Cpu;
import jos.hw.Memory;

/**
 * The boot processor's local APIC, used to send INIT and start-up IPIs: in xAPIC mode through MMIO at
 * the address in IA32_APIC_BASE, in x2APIC mode through MSRs.
 */
public final class LocalApic {
    private LocalApic() {
    }

    public static final int IA32_APIC_BASE = 0x1B;
    public static final long BASE_X2APIC_ENABLE = 1L << 10, BASE_GLOBAL_ENABLE = 1L << 11;
    public static final long BASE_ADDRESS_MASK = 0x000F_FFFF_FFFF_F000L;
    public static final int ID = 0x20, ICR_LOW = 0x300, ICR_HIGH = 0x310;
    public static final int X2APIC_ID_MSR = 0x802, X2APIC_ICR_MSR = 0x830;
    public static final int ICR_INIT = 0x4500, ICR_STARTUP = 0x4600, ICR_DELIVERY_PENDING = 1 << 12;
    private static final int SPIN_LIMIT = 1000000;

    public static boolean x2apic;
    public static long base;

    /** Reads the APIC base; switches to x2APIC mode if asked to (or if firmware already did). */
    public static void init(boolean enableX2apic) {
        long value = Cpu.readMsr(IA32_APIC_BASE);
        base = value & BASE_ADDRESS_MASK;
        x2apic = (value & BASE_X2APIC_ENABLE) != 0;
        if (enableX2apic && !x2apic) {
            Cpu.writeMsr(IA32_APIC_BASE, value | BASE_GLOBAL_ENABLE | BASE_X2APIC_ENABLE);
            x2apic = true;
        }
    }

    public static int id() {
        if (x2apic) return (int) Cpu.readMsr(X2APIC_ID_MSR);
        return Memory.readVolatile32(base + ID) >>> 24;
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
        Memory.writeVolatile32(base + ICR_HIGH, apicId << 24);
        Memory.writeVolatile32(base + ICR_LOW, command);
        for (int spins = 0; spins < SPIN_LIMIT && (Memory.readVolatile32(base + ICR_LOW) & ICR_DELIVERY_PENDING) != 0; spins++) {
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
