package jos.acpi;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * The IA-PC High Precision Event Timer table ("HPET", IA-PC HPET specification 1.0a, 3.2.4): the event
 * timer block's id (hardware revision, comparator count, counter size, vendor), its register block's
 * base address (a {@link GenericAddress} that must be in system memory), the HPET number and the
 * minimum periodic tick. {@link #check} refuses any other base address space.
 */
@Struct(size = 56, packed = true)
public final class Hpet {
    private Hpet() {
    }

    @Field(value = Type.U8, count = 36) public static final int HEADER = 0;
    @Field(Type.U32) public static final int EVENT_TIMER_BLOCK_ID = 36;
    @Field(value = Type.U8, count = 12) public static final int BASE_ADDRESS = 40;
    @Field(Type.U8) public static final int HPET_NUMBER = 52;
    @Field(Type.U16) public static final int MINIMUM_TICK = 53;
    @Field(Type.U8) public static final int PAGE_PROTECTION = 55;
    public static final int SIZE = 56;

    /** Checks the table (header, length 56 up to maxLength, checksum) and that the base is non-zero system memory. */
    public static boolean check(long hpet, long maxLength, long[] problem) {
        if (!SdtHeader.check(hpet, Signatures.HPET, SIZE, maxLength, problem)) return false;
        int space = GenericAddress.spaceId(hpet + BASE_ADDRESS);
        if (space != GenericAddress.SYSTEM_MEMORY) return Problem.report(problem, Problem.HPET_NOT_SYSTEM_MEMORY, Signatures.HPET, space);
        if (baseAddress(hpet) == 0) return Problem.report(problem, Problem.HPET_BASE_ZERO, Signatures.HPET, 0);
        return true;
    }

    public static int eventTimerBlockId(long hpet) {
        return Memory.read32(hpet + EVENT_TIMER_BLOCK_ID);
    }

    /** Bits 7:0 of the block id. */
    public static int hardwareRevision(long hpet) {
        return eventTimerBlockId(hpet) & 0xFF;
    }

    /** The number of comparators (bits 12:8 hold the last comparator's number). */
    public static int comparatorCount(long hpet) {
        return (eventTimerBlockId(hpet) >>> 8 & 0x1F) + 1;
    }

    /** Bit 13: the main counter is 64 bits wide. */
    public static boolean counter64(long hpet) {
        return (eventTimerBlockId(hpet) & 1 << 13) != 0;
    }

    /** Bit 15: legacy replacement IRQ routing capable. */
    public static boolean legacyReplacement(long hpet) {
        return (eventTimerBlockId(hpet) & 1 << 15) != 0;
    }

    /** Bits 31:16: PCI vendor id of the first timer block. */
    public static int pciVendorId(long hpet) {
        return eventTimerBlockId(hpet) >>> 16;
    }

    /** Physical address of the 1 KiB register block. */
    public static long baseAddress(long hpet) {
        return GenericAddress.address(hpet + BASE_ADDRESS);
    }

    public static int hpetNumber(long hpet) {
        return Memory.read8(hpet + HPET_NUMBER) & 0xFF;
    }

    /** The minimum main-counter tick for periodic mode without lost interrupts. */
    public static int minimumTick(long hpet) {
        return Memory.read16(hpet + MINIMUM_TICK) & 0xFFFF;
    }

    public static int pageProtection(long hpet) {
        return Memory.read8(hpet + PAGE_PROTECTION) & 0xFF;
    }
}
