package jos.kernel.smp;

import jos.kernel.x86.Cpus;
import jos.kernel.x86.PerCpu;
import jos.hw.Atomic;
import jos.hw.Cpu;
import jos.hw.Export;
import jos.hw.Memory;
import jos.hw.Naked;
import jos.kernel.timer.ApicTimer;
import jos.kernel.x86.apic.LocalApic;
import jos.kernel.boot.limine.Processors;
import jos.kernel.x86.cpu.Idle;
import jos.kernel.console.Log;
import jos.kernel.x86.cpu.ControlRegister0;
import jos.kernel.x86.cpu.UserFloatingPoint;
import jos.kernel.x86.cpu.Meltdown;
import jos.kernel.x86.cpu.SupervisorGuards;
import jos.kernel.memory.KernelAddressSpace;
import jos.kernel.memory.Stacks;
import jos.kernel.panic.NmiPropagation;
import jos.kernel.panic.Panic;
import jos.kernel.x86.user.SyscallEntry;

/**
 * Brings every CPU of the MP response into kernel Java. Each application processor gets a kernel CPU
 * id (1, 2, ... in MP-response order, the bootstrap CPU being 0) and a per-CPU block; it is started at
 * the runtime's AP entry (freestanding/kernel_entry.c), which switches to the kernel's page tables and
 * to the CPU's own guarded kernel stack, installs the block in GS.base and calls {@link #apMain()}. There
 * the CPU sets the kernel's CR0 ({@link ControlRegister0}, the same on every CPU) and loads its own GDT,
 * TSS (with guarded IST stacks) and the IDT. The bootstrap CPU waits (bounded)
 * for all to report in, then names each one. Each AP enables its local APIC and starts its timer. An
 * idle AP halts with interrupts enabled (timer ticks and IPIs wake it). The product kernel runs nothing
 * else on an AP yet; a kernel built on it (the test kernel) may install {@link Extension} before the APs
 * start.
 */
public final class ApplicationProcessors {
    /** The most CPUs the kernel runs; more are left parked (and said so). */
    public static final int MAX_CPUS = Cpus.MAX_CPUS;
    /** How long the bootstrap CPU waits for the others, in pause iterations (seconds under emulation). */
    private static final long WAIT_SPINS = 200_000_000L;

    /** Each AP's kernel stack. */
    public static final long KERNEL_STACK_BYTES = 64 * 1024;
    /** Bytes kept free at a stack's bottom for reporting an overflow (jrt.h's JRT_KERNEL_STACK_RESERVE + margin). */
    public static final long STACK_LIMIT_OFFSET = 16 * 1024;
    /** What a kernel built on this one adds to every AP; null in the product kernel. */
    static Extension extension;
    /** What every idle CPU runs first (the scheduler, a layer up); null until installed. */
    static IdleWork idleWork;

    private ApplicationProcessors() {
    }

    /**
     * Work a kernel built on this one gives the application processors (the test kernel runs its
     * scenarios' parts on them). The product kernel installs none. Each method runs on the AP itself.
     */
    public interface Extension {
        /**
         * Whether CPU id, which has entered kernel Java but loaded no descriptor tables yet, is to wait in
         * {@link #holdBeforeTables} first (no exception can be reported there).
         */
        boolean holdsBeforeTables(int id);

        /** Waits before the CPU loads its tables; the bootstrap CPU already counts it as running. */
        void holdBeforeTables(int id);

        /**
         * Called by an idle AP with interrupts masked: runs work that is due and returns true, or returns
         * false and the AP halts until an interrupt. Whoever gives an idle AP work wakes it with
         * {@link jos.kernel.x86.apic.Vectors#WAKE}.
         */
        boolean runDueWork();
    }

    /** Work an idle CPU looks for before it halts: the scheduler's ready threads (installed from a layer up). */
    public interface IdleWork {
        /** With interrupts masked: runs what is ready and returns true, or returns false (the CPU halts). */
        boolean runReady();
    }

    /** Installs the idle work every AP that starts from now on runs (call before {@link #startAll}). */
    public static void installIdleWork(IdleWork work) {
        idleWork = work;
    }

    /** Installs extension on every AP that starts from now on (call before {@link #startAll}). */
    public static void install(Extension extension) {
        ApplicationProcessors.extension = extension;
    }

    /**
     * The local APIC id of kernel CPU id (started or not), whichever CPU asks: the bootstrap CPU's from its
     * block, not the caller's GS (an AP asking for cpu 0 would get its own id and wake itself).
     */
    public static int lapicIdOf(int id) {
        return PerCpu.lapicIdOf(id == 0 ? Cpus.block(0) : Cpus.area(id));
    }

    public static int running() {
        return Cpus.count();
    }

    /** Ends a CPU's boot-report line with its CR4 guards and whether the kernel considers it open to Meltdown. */
    private static void printMeltdown(long block) {
        Log.print(", guards: ");
        Log.print(SupervisorGuards.names(Memory.read32(block + PerCpu.GUARDS)));
        Log.println(Memory.read32(block + PerCpu.MELTDOWN) != 0 ? ", meltdown: affected" : ", meltdown: not affected");
    }

    /** Called once on the bootstrap CPU: fills in its block (id 0), starts every other CPU, waits for them. */
    public static void startAll() {
        long bsp = PerCpu.self();
        Memory.write32(bsp + PerCpu.CPU_ID, 0);
        Memory.write32(bsp + PerCpu.LAPIC_ID, (int) Processors.bspLapicId());
        Memory.writeVolatile32(bsp + PerCpu.ONLINE, 1);
        Log.begin(Log.INFO);
        Log.print("smp: cpu 0 (lapic id ");
        Log.dec(Memory.read32(bsp + PerCpu.LAPIC_ID) & 0xffffffffL);
        Log.print(") bootstrap, cr0 ");
        Log.hex(Memory.read64(bsp + PerCpu.CR0), 16);
        printMeltdown(bsp);
        if (!Processors.present()) {
            Log.info("smp: no MP response, running on the bootstrap CPU only");
            return;
        }
        int total = Processors.count();
        int started = 0;
        int nextId = 1;
        for (int i = 0; i < total; i++) {
            long info = Processors.info(i);
            if (Processors.lapicId(info) == Processors.bspLapicId()) continue;
            if (nextId >= MAX_CPUS) {
                Log.begin(Log.WARN);
                Log.print("smp: leaving the CPU with lapic id ");
                Log.dec(Processors.lapicId(info));
                Log.println(" parked: more CPUs than the kernel supports");
                continue;
            }
            long area = Cpus.area(nextId);
            long stackTop = Stacks.allocate(Stacks.KERNEL, nextId, KERNEL_STACK_BYTES);
            if (stackTop == 0) Panic.panic("smp: no memory for an application processor's kernel stack");
            Memory.fill(area, (byte) 0, PerCpu.SIZE);
            Atomic.store32(PerCpu.nmiStateAddress(area), NmiPropagation.NOT_SET);   // a full barrier before the look at the panic state
            if (Panic.inProgress()) break;    // the panicking CPU could have missed this one
            Memory.write64(area + PerCpu.SELF, area);
            Memory.write32(area + PerCpu.CPU_ID, nextId);
            Memory.write32(area + PerCpu.LAPIC_ID, (int) Processors.lapicId(info));
            Memory.write64(area + PerCpu.KERNEL_CR3, KernelAddressSpace.root());
            Memory.write64(area + PerCpu.KERNEL_STACK_TOP, stackTop);
            Memory.write64(area + PerCpu.RUNTIME_STACK_LIMIT, stackTop - KERNEL_STACK_BYTES + STACK_LIMIT_OFFSET);
            Cpus.setAssigned(nextId + 1);
            Processors.start(info, apEntryAddress(), area);
            nextId++;
            started++;
        }
        long spins = 0;
        while (running() < started + 1 && spins < WAIT_SPINS) {
            Cpu.pause();
            spins++;
        }
        for (int id = 1; id < nextId; id++) {
            long area = Cpus.area(id);
            boolean online = Memory.readVolatile32(area + PerCpu.ONLINE) != 0;
            Log.begin(online ? Log.INFO : Log.ERROR);
            Log.print("smp: cpu ");
            Log.dec(id);
            Log.print(" (lapic id ");
            Log.dec(Memory.read32(area + PerCpu.LAPIC_ID) & 0xffffffffL);
            if (online) {
                Log.print(") online, cr0 ");
                Log.hex(Memory.read64(area + PerCpu.CR0), 16);
                printMeltdown(area);
            } else {
                Log.println(") did not report in");
            }
        }
        Log.begin(Log.INFO);
        Log.print("smp: ");
        Log.dec(running());
        Log.print(" of ");
        Log.dec(total);
        Log.println(" CPUs running kernel code");
    }

    /**
     * An application processor's first Java method: on its own kernel stack, with the kernel's page tables
     * and its per-CPU block in GS.base. It loads its descriptor tables, reports in, and idles: it runs the
     * installed idle work (ready threads) and the extension's due work, and halts when there is none.
     */
    @Export("jos_kernel_ap_main")
    static void apMain() {
        PerCpu.setCr0(ControlRegister0.setOnThisCpu());
        UserFloatingPoint.enableOnThisCpu();
        PerCpu.setMeltdownAffected(Meltdown.affectedThisCpu());
        PerCpu.setGuards(SupervisorGuards.enableOnThisCpu());    // CR3 is the kernel's already (kernel_entry.c)
        Extension added = extension;
        IdleWork idle = idleWork;
        if (added != null && added.holdsBeforeTables(PerCpu.cpuId())) {
            Cpus.arrived();
            added.holdBeforeTables(PerCpu.cpuId());
        }
        if (!CpuTables.initApplicationProcessor(PerCpu.cpuId())) Panic.panic("smp: no memory for this cpu's descriptor tables");
        SyscallEntry.enableOnThisCpu();
        LocalApic.enable();
        if (ApicTimer.configured()) ApicTimer.start();
        Memory.writeVolatile32(PerCpu.self() + PerCpu.ONLINE, 1);
        Cpus.arrived();
        for (;;) {
            boolean ran = idle != null && idle.runReady();
            if (!ran && (added == null || !added.runDueWork())) Idle.haltUntilInterrupt();
        }
    }

    /** The runtime's AP entry point (jrt_kernel_ap_entry in freestanding/kernel_entry.c). */
    @Naked({"lea jrt_kernel_ap_entry(%rip), %rax", "ret"})
    static native long apEntryAddress();
}
