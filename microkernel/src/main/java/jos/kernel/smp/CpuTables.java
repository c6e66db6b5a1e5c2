package jos.kernel.smp;

import jos.kernel.x86.Cpus;
import jos.kernel.x86.PerCpu;
import jos.hw.Align;
import jos.hw.Memory;
import jos.kernel.x86.cpu.Gdt;
import jos.kernel.x86.cpu.GsBase;
import jos.kernel.x86.cpu.Tss;
import jos.kernel.x86.idt.Idt;
import jos.kernel.panic.NmiPropagation;
import jos.kernel.memory.Heap;
import jos.kernel.memory.Stacks;

/**
 * Each CPU's descriptor tables and interrupt stacks: its own GDT with a TSS whose IST entries give the
 * double-fault, NMI, page-fault, debug and machine-check handlers their own stacks, and the one IDT
 * shared by all CPUs. The bootstrap CPU's are static data, so exceptions are reported from the kernel's
 * first steps on, before the memory manager exists. The paranoid vectors' stacks (NMI, #DB, #MC) start
 * {@link #PARANOID_SLOT_BYTES} below their top: the slot there holds the CPU's per-CPU block address, which
 * their entry reads right above the frame the CPU pushed, without GS (cpu.GsBase). Each CPU also sets
 * IA32_KERNEL_GS_BASE to the user value here.
 */
public final class CpuTables {
    /** Bytes of each interrupt stack. */
    public static final int IST_BYTES = 16 * 1024;
    /** Bytes kept above a paranoid vector's frame: the per-CPU block address, padded to keep 16-byte alignment. */
    public static final int PARANOID_SLOT_BYTES = 16;
    /** The interrupt stacks of each CPU, in IST order (IST n is stack n - 1). */
    static final int IST_STACKS = 5;

    @Align(16)
    static final byte[] BSP_GDT = new byte[Gdt.SIZE];
    @Align(4096)
    static final byte[] BSP_IST = new byte[IST_STACKS * IST_BYTES];

    private CpuTables() {
    }

    /**
     * Once the memory manager runs: gives this CPU's TSS guarded interrupt stacks (an overflow then hits
     * an unmapped page the page-fault report names, instead of running into other memory).
     */
    public static boolean useGuardedInterruptStacks(long gdtBlock, int cpu) {
        long tss = Gdt.tss(gdtBlock);
        long df = Stacks.allocate(Stacks.DOUBLE_FAULT_IST, cpu, IST_BYTES);
        long nmi = Stacks.allocate(Stacks.NMI_IST, cpu, IST_BYTES);
        long pf = Stacks.allocate(Stacks.PAGE_FAULT_IST, cpu, IST_BYTES);
        long db = Stacks.allocate(Stacks.DEBUG_IST, cpu, IST_BYTES);
        long mc = Stacks.allocate(Stacks.MACHINE_CHECK_IST, cpu, IST_BYTES);
        if (df == 0 || nmi == 0 || pf == 0 || db == 0 || mc == 0) return false;
        Tss.setIst(tss, Idt.IST_DOUBLE_FAULT, df);
        Tss.setIst(tss, Idt.IST_PAGE_FAULT, pf);
        long block = PerCpu.self();
        setParanoidIst(tss, Idt.IST_NMI, nmi, block);
        setParanoidIst(tss, Idt.IST_DEBUG, db, block);
        setParanoidIst(tss, Idt.IST_MACHINE_CHECK, mc, block);
        return true;
    }

    /** Sets IST n to start below the slot at the top of stack that holds the per-CPU block address. */
    static void setParanoidIst(long tss, int n, long top, long perCpuBlock) {
        long start = top - PARANOID_SLOT_BYTES;
        Memory.write64(start, perCpuBlock);
        Tss.setIst(tss, n, start);
    }

    /** The bootstrap CPU's GDT block. */
    public static long bootstrapBlock() {
        return Memory.addressOf(BSP_GDT);
    }

    /** On an application processor, with the heap up: its own GDT, TSS and guarded IST stacks, and the IDT. */
    public static boolean initApplicationProcessor(int cpu) {
        long block = Heap.allocate(Gdt.SIZE);
        if (block == 0) return false;
        Gdt.build(block);
        if (!useGuardedInterruptStacks(block, cpu)) return false;
        GsBase.initOnThisCpu();
        Gdt.load(block);
        Idt.load();
        NmiPropagation.handlerInstalled();
        Memory.write64(PerCpu.self() + PerCpu.GDT_BLOCK, block);
        return true;
    }

    /** On the bootstrap CPU, first thing: GDT, TSS with IST stacks, and the IDT. */
    public static void initBootstrap() {
        Cpus.setBootstrapBlock(PerCpu.self());
        long gdt = Memory.addressOf(BSP_GDT);
        Gdt.build(gdt);
        long tss = Gdt.tss(gdt);
        long stacks = Memory.addressOf(BSP_IST);
        Tss.setIst(tss, Idt.IST_DOUBLE_FAULT, stacks + IST_BYTES);
        Tss.setIst(tss, Idt.IST_PAGE_FAULT, stacks + (long) Idt.IST_PAGE_FAULT * IST_BYTES);
        long block = PerCpu.self();
        setParanoidIst(tss, Idt.IST_NMI, stacks + (long) Idt.IST_NMI * IST_BYTES, block);
        setParanoidIst(tss, Idt.IST_DEBUG, stacks + (long) Idt.IST_DEBUG * IST_BYTES, block);
        setParanoidIst(tss, Idt.IST_MACHINE_CHECK, stacks + (long) Idt.IST_MACHINE_CHECK * IST_BYTES, block);
        GsBase.initOnThisCpu();
        Gdt.load(gdt);
        Idt.init();
        Idt.load();
        NmiPropagation.handlerInstalled();
        Memory.write64(PerCpu.self() + PerCpu.GDT_BLOCK, gdt);
    }
}
