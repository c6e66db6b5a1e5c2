package jos.loader.smp;

import jos.hw.Atomic;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.loader.limine.Hhdm;
import jos.loader.memory.MemoryType;
import jos.loader.memory.PhysicalAllocator;

/**
 * The AP trampoline: entry.S's real-mode-to-long-mode code (between {@code loader_trampoline_start}
 * and {@code loader_trampoline_end}), copied to a page below 1 MiB that is claimed
 * bootloader-reclaimable, and its parameter block ({@link Parameters}), which the BSP fills before
 * each start-up IPI. The AP reads everything it needs into registers, then sets the arrival flag from
 * the park loop, so the block can be reused for the next AP as soon as the flag is set.
 */
public final class Trampoline {
    private Trampoline() {
    }

    /**
     * The parameter block; entry.S declares the same offsets as {@code TP_*} symbols (a test compares
     * them). GDTR32 and JUMP are operands of lgdtl and ljmpl in real mode; GDTR64 the 64-bit lgdt.
     */
    @Struct(size = 112, packed = true)
    public static final class Parameters {
        private Parameters() {
        }

        @Field(Type.U16) public static final int GDTR32_LIMIT = 0;
        @Field(Type.U32) public static final int GDTR32_BASE = 2;
        @Field(Type.U16) public static final int PAD0 = 6;
        @Field(Type.U32) public static final int JUMP_OFFSET = 8;
        @Field(Type.U16) public static final int JUMP_SELECTOR = 12;
        @Field(Type.U16) public static final int PAD1 = 14;
        @Field(Type.U32) public static final int CR3 = 16;
        @Field(Type.U32) public static final int CR4 = 20;
        @Field(Type.U32) public static final int CR0 = 24;
        @Field(Type.U32) public static final int EFER = 28;
        @Field(Type.U64) public static final int PAT = 32;
        @Field(Type.U32) public static final int X2APIC = 40;
        @Field(Type.U32) public static final int PAD2 = 44;
        @Field(Type.U16) public static final int GDTR64_LIMIT = 48;
        @Field(Type.U64) public static final int GDTR64_BASE = 50;
        @Field(value = Type.U8, count = 6) public static final int PAD3 = 58;
        @Field(Type.U64) public static final int PARK = 64;
        @Field(Type.U64) public static final int INFO = 72;
        @Field(Type.U64) public static final int GOTO = 80;
        @Field(Type.U64) public static final int STACK = 88;
        @Field(Type.U64) public static final int ARRIVED = 96;
        @Field(Type.U64) public static final int ARRIVED_FLAG = 104;
        public static final int SIZE = 112;
    }

    /** Where the trampoline was copied (physical, below 1 MiB), and its parameter block. */
    public static long page, parameters;

    /**
     * Copies the blob (length bytes at blob; the parameter block at paramsOffset, the 64-bit entry at
     * longEntryOffset, the park loop at parkOffset) below 1 MiB and fills the parameters every AP shares.
     * Returns the page, or 0 with a problem.
     */
    public static long install(long blob, long length, long paramsOffset, long longEntryOffset, long parkOffset, long[] problem) {
        page = PhysicalAllocator.allocateLow(length, MemoryType.BOOTLOADER_RECLAIMABLE, problem);
        if (page == 0) return 0;
        Memory.copy(page, blob, length);
        parameters = page + paramsOffset;
        Memory.write32(parameters + Parameters.JUMP_OFFSET, (int) (page + longEntryOffset));
        Memory.write64(parameters + Parameters.PARK, Hhdm.virt(page + parkOffset));
        Memory.write64(parameters + Parameters.ARRIVED, Hhdm.virt(parameters + Parameters.ARRIVED_FLAG));
        return page;
    }

    /**
     * The CPU state every AP takes: page tables (below 4 GiB), control registers, EFER bits to set, the
     * PAT value (0: leave), x2APIC, the GDT at its physical address (for real mode) and at its HHDM
     * address (for long mode), and the 64-bit code selector.
     */
    public static void configure(long cr3, long cr0, long cr4, long eferBits, long pat, boolean x2apic, long gdtPhysical,
            long gdtVirtual, int gdtLimit, int codeSelector) {
        Memory.write32(parameters + Parameters.CR3, (int) cr3);
        Memory.write32(parameters + Parameters.CR0, (int) cr0);
        Memory.write32(parameters + Parameters.CR4, (int) cr4);
        Memory.write32(parameters + Parameters.EFER, (int) eferBits);
        Memory.write64(parameters + Parameters.PAT, pat);
        Memory.write32(parameters + Parameters.X2APIC, x2apic ? 1 : 0);
        Memory.write16(parameters + Parameters.GDTR32_LIMIT, (short) gdtLimit);
        Memory.write32(parameters + Parameters.GDTR32_BASE, (int) gdtPhysical);
        Memory.write16(parameters + Parameters.GDTR64_LIMIT, (short) gdtLimit);
        Memory.write64(parameters + Parameters.GDTR64_BASE, gdtVirtual);
        Memory.write16(parameters + Parameters.JUMP_SELECTOR, (short) codeSelector);
    }

    /** Fills the per-AP parameters (all HHDM addresses) and clears the arrival flag. */
    public static void prepare(long info, long gotoField, long stackTop) {
        Memory.write64(parameters + Parameters.INFO, info);
        Memory.write64(parameters + Parameters.GOTO, gotoField);
        Memory.write64(parameters + Parameters.STACK, stackTop);
        Atomic.store64(parameters + Parameters.ARRIVED_FLAG, 0);
    }

    public static boolean arrived() {
        return Atomic.load64(parameters + Parameters.ARRIVED_FLAG) != 0;
    }

    /** The start-up IPI vector: the page number of the trampoline. */
    public static int vector() {
        return (int) (page >>> 12);
    }
}
