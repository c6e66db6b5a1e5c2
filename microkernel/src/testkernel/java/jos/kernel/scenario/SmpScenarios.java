package jos.kernel.scenario;

import jos.hw.Atomic;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.x86.apic.LocalApic;
import jos.kernel.boot.limine.BootInfo;
import jos.kernel.memory.PageTables;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.process.UserImage;
import jos.kernel.process.UserThread;
import jos.limine.File;
import jos.kernel.timer.ApicTimer;
import jos.kernel.console.Log;
import jos.kernel.x86.cpu.Idle;
import jos.kernel.memory.FrameAllocator;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.KernelAddressSpace;
import jos.kernel.memory.Usage;
import jos.kernel.memory.VirtualRanges;
import jos.kernel.panic.NmiPropagation;
import jos.kernel.panic.Panic;
import jos.kernel.smp.ApplicationProcessors;
import jos.kernel.x86.Cpus;
import jos.kernel.x86.PerCpu;
import jos.kernel.time.Clock;
import jos.x86.PageTableEntry;

/**
 * The scenarios that need every CPU: the timer's ticks against wall time, a TLB shootdown seen from the
 * other CPUs, and the two ways a panic stops the other CPUs (an NMI to those spinning with interrupts
 * masked; a CPU that loads its IDT only after the panic halts by itself).
 */
final class SmpScenarios {
    static final int TASK_TLB_READ = 3, TASK_HEARTBEAT = 4, TASK_NMI_STORM = 5;
    /** The CPU that runs the nmi-storm program. */
    static final int STORM_CPU = 1;
    /** How long cpu 0 waits for the storm CPU to count one NMI, in pause iterations. */
    private static final long NMI_WAIT_SPINS = 50_000_000L;
    /** The NMIs cpu 0 sends before it tells the program to stop. */
    static final int STORM_NMIS = 10_000;
    /** The user address of the nmi-storm program's stop word (user/Storm.java uses the same). */
    static final long STORM_STOP = 0x6000_0000_0000L;
    /** The nmi-storm program: [0] its path (a C string), [1] its address space, [2] its entry, [3] 1 once it ended (atomic). */
    static final long[] STORM = new long[4];
    /** Seconds the timer scenario marks. */
    static final int TIMER_SECONDS = 3;
    static final long MARKER_BEFORE = 0x1111_1111_1111_1111L, MARKER_AFTER = 0x2222_2222_2222_2222L;
    /** Heartbeats every CPU must show before cpu 1 panics (so all are spinning). */
    static final long HEARTBEATS_BEFORE_PANIC = 10_000;
    /** The CPU that panics in nmi-panic and the one that delays its IDT in nmi-late-ap. */
    static final int PANICKING_AP = 1, LATE_AP = 1;
    private static final long WAIT_SPINS = 200_000_000L;

    /** [0]: the page the TLB scenario's CPUs read. */
    static final long[] TLB_PAGE = new long[1];
    /** What each CPU read from it. */
    static final long[] TLB_SEEN = new long[ApplicationProcessors.MAX_CPUS];
    /** Each CPU's heartbeat counter. */
    static final long[] HEARTBEATS = new long[ApplicationProcessors.MAX_CPUS];
    /** [0]: 1 once the late AP waits for the panic. */
    static final int[] LATE_WAITING = new int[1];

    private SmpScenarios() {
    }

    /**
     * test=timer: marks TIMER_SECONDS seconds of the bootstrap CPU's ticks (the test compares them with
     * wall time), then reports each CPU's ticks.
     */
    static void timer() {
        if (!Clock.ticking()) {
            Log.println("test timer: the timer is not running");
            return;
        }
        Log.print("test timer: marking ");
        Log.dec(TIMER_SECONDS);
        Log.print(" seconds of cpu 0 ticks at ");
        Log.dec(ApicTimer.HZ);
        Log.println(" Hz");
        long start = waitForTick(Clock.ticks() + 1);
        for (int second = 0; second <= TIMER_SECONDS; second++) {
            long reached = waitForTick(start + (long) second * ApicTimer.HZ);
            long nanos = Clock.nanosSinceBoot();
            Log.print("test timer: second ");
            Log.dec(second);
            Log.print(", tick ");
            Log.dec(reached - start);
            Log.print(", kernel time ");
            Log.dec(nanos / Clock.NANOS_PER_SECOND);
            Log.print(".");
            Log.dec(nanos / 1000 % 1_000_000, 6);
            Log.println(" s");
        }
        for (int id = 0; id < Cpus.assigned(); id++) {
            Log.print("test timer: cpu ");
            Log.dec(id);
            Log.print(" took ");
            Log.dec(PerCpu.ticksOf(Cpus.block(id)));
            Log.println(" ticks");
        }
        Log.print("test timer: ");
        Log.dec(Clock.lostTicks());
        Log.println(" ticks recovered after masked interrupts");
    }

    /** Halts until the bootstrap CPU's tick count reaches tick; returns the count then. */
    private static long waitForTick(long tick) {
        while (Clock.ticks() < tick) Idle.haltUntilInterrupt();
        Cpu.sti();
        return Clock.ticks();
    }

    /**
     * test=tlb-shootdown: every other CPU reads a page mapped to frame A; the page is unmapped (with a
     * shootdown) and mapped to frame B; every CPU must now read B, where a stale TLB entry would give A.
     */
    static void tlbShootdown() {
        int others = ApplicationProcessors.running() - 1;
        long frames = FrameAllocator.allocateZeroed(2 * PageTableEntry.SIZE_4K, Usage.HEAP);
        long page = VirtualRanges.allocate(PageTableEntry.SIZE_4K, PageTableEntry.SIZE_4K);
        if (others < 1 || frames == 0 || page == 0) {
            Log.println("test tlb-shootdown: needs a second cpu, two frames and a page of address space");
            return;
        }
        long before = frames, after = frames + PageTableEntry.SIZE_4K;
        Memory.write64(Hhdm.virt(before), MARKER_BEFORE);
        Memory.write64(Hhdm.virt(after), MARKER_AFTER);
        long permissions = PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE;
        KernelAddressSpace.map(page, before, PageTableEntry.SIZE_4K, permissions);
        Atomic.store64(Memory.addressOf(TLB_PAGE), page);
        ApTasks.runOnAll(TASK_TLB_READ);
        Log.print("test tlb-shootdown: ");
        Log.dec(countSeen(MARKER_BEFORE));
        Log.print(" of ");
        Log.dec(others);
        Log.print(" cpus read ");
        Log.hex(MARKER_BEFORE);
        Log.print(" at ");
        Log.hex(page);
        Log.newline();
        KernelAddressSpace.unmap(page, PageTableEntry.SIZE_4K);
        KernelAddressSpace.map(page, after, PageTableEntry.SIZE_4K, permissions);
        ApTasks.runOnAll(TASK_TLB_READ);
        Log.print("test tlb-shootdown: after the remap ");
        Log.dec(countSeen(MARKER_AFTER));
        Log.print(" of ");
        Log.dec(others);
        Log.print(" cpus read ");
        Log.hex(MARKER_AFTER);
        Log.print(", ");
        Log.dec(countSeen(MARKER_BEFORE));
        Log.println(" a stale translation");
    }

    private static int countSeen(long marker) {
        int seen = 0;
        for (int id = 1; id < Cpus.assigned(); id++) if (Memory.readVolatile64(Memory.addressOf(TLB_SEEN) + 8L * id) == marker) seen++;
        return seen;
    }

    /** On an AP: reads the TLB scenario's page. */
    static void readTlbPage() {
        long value = Memory.readVolatile64(Atomic.load64(Memory.addressOf(TLB_PAGE)));
        Memory.writeVolatile64(Memory.addressOf(TLB_SEEN) + 8L * PerCpu.cpuId(), value);
    }

    /**
     * test=nmi-panic: every CPU counts heartbeats with interrupts masked; cpu 1 panics once all are
     * counting. Only an NMI can stop the others; the test checks that every heartbeat stops and every CPU
     * is halted.
     */
    static void nmiPanic() {
        if (ApplicationProcessors.running() <= PANICKING_AP) {
            Log.println("test nmi-panic: needs a second cpu");
            return;
        }
        Log.print("test nmi-panic: ");
        Log.dec(ApplicationProcessors.running());
        Log.print(" cpus count heartbeats at ");
        Log.hex(Memory.addressOf(HEARTBEATS));
        Log.print(" with interrupts masked; cpu ");
        Log.dec(PANICKING_AP);
        Log.println(" panics");
        ApTasks.startOnAll(TASK_HEARTBEAT);
        heartbeat();
    }

    /** Counts this CPU's heartbeats with interrupts masked, forever; the panicking AP panics once all count. */
    static void heartbeat() {
        Cpu.cli();
        int id = PerCpu.cpuId();
        long mine = Memory.addressOf(HEARTBEATS) + 8L * id;
        for (long beat = 1; ; beat++) {
            Memory.writeVolatile64(mine, beat);
            if (id == PANICKING_AP && (beat & 1023) == 0 && allBeating()) {
                Panic.panic("test nmi-panic: cpu 1 panics while the other cpus spin");
            }
        }
    }

    private static boolean allBeating() {
        int cpus = ApplicationProcessors.running();
        for (int id = 0; id < cpus; id++) {
            if (Memory.readVolatile64(Memory.addressOf(HEARTBEATS) + 8L * id) < HEARTBEATS_BEFORE_PANIC) return false;
        }
        return true;
    }

    /**
     * test=nmi-storm: cpu 1 runs /boot/storm.elf, which makes system calls in a loop with GS base 0 (what
     * every program has), at least STORM_CALLS of them and on until the word at {@link #STORM_STOP} in its
     * address space (a page this scenario maps) is not 0. Meanwhile cpu 0 sends cpu 1 one NMI after another,
     * each once the previous one was counted ({@link NmiPings}; so none merge), so that NMIs land
     * everywhere, also between syscall and the entry's swapgs; after STORM_NMIS it sets the word.
     */
    static void nmiStorm() {
        long file = BootInfo.moduleEndingWith("/storm.elf");
        long root = ApplicationProcessors.running() <= STORM_CPU || file == 0 ? 0 : UserImage.load(File.address(file), File.size(file), Scenarios.PROBLEM);
        if (root == 0 || !UserAddressSpace.allocate(root, STORM_STOP, PageTableEntry.SIZE_4K, PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE)) {
            if (root != 0) UserAddressSpace.destroy(root);
            Log.println("test nmi-storm: needs a second cpu and a loadable boot module /boot/storm.elf");
            return;
        }
        long storm = Memory.addressOf(STORM);
        long stop = Hhdm.virt(PageTables.translate(root, STORM_STOP));
        Memory.write64(storm, File.path(file));
        Memory.write64(storm + 8, root);
        Memory.write64(storm + 16, UserImage.entry(File.address(file)));
        Atomic.store64(storm + 24, 0);
        Log.print("test nmi-storm: cpu 1 runs /boot/storm.elf while cpu 0 sends it ");
        Log.dec(STORM_NMIS);
        Log.println(" NMIs or more");
        NmiPings.arm(true);
        ApTasks.startOnAll(TASK_NMI_STORM);
        int lapic = ApplicationProcessors.lapicIdOf(STORM_CPU);
        long sent = 0;
        while (Atomic.load64(storm + 24) == 0) {
            LocalApic.sendNmi(lapic);
            sent++;
            for (long spins = 0; NmiPings.counted() < sent && spins < NMI_WAIT_SPINS; spins++) Cpu.pause();
            if (NmiPings.counted() < sent) {
                Log.println("test nmi-storm: cpu 1 did not count an NMI");
                Atomic.store64(stop, 1);
                break;
            }
            if (sent == STORM_NMIS) Atomic.store64(stop, 1);
        }
        ApTasks.awaitAll();
        NmiPings.arm(false);
        Log.print("test nmi-storm: sent ");
        Log.dec(sent);
        Log.print(" NMIs, cpu 1 counted ");
        Log.dec(NmiPings.counted());
        Log.newline();
        UserAddressSpace.destroy(Memory.read64(storm + 8));
    }

    /** On the storm CPU: runs the loaded program, logs its exit code and says it ended. */
    static void runStormProgram() {
        long storm = Memory.addressOf(STORM);
        long path = Memory.read64(storm);
        long thread = UserThread.create(path, Memory.read64(storm + 8), Memory.read64(storm + 16), UserImage.STACK_TOP);
        int code = -1;
        if (thread != 0) {
            UserThread.run(thread);
            code = UserThread.exitCode(thread);
            UserThread.destroy(thread);
        }
        Atomic.store64(storm + 24, 1);
        Log.begin(Log.INFO);
        Log.print("process: ");
        Log.cString(path);
        Log.print(" exited with code ");
        Log.dec(code);
        Log.end();
    }

    /** test=nmi-late-ap: panics on the bootstrap CPU while cpu 1 waits to load its IDT. */
    static void nmiLateAp() {
        Log.print("test nmi-late-ap: cpu ");
        Log.dec(LATE_AP);
        Log.println(" waits for a panic before it loads its IDT");
        for (long spins = 0; Atomic.load32(Memory.addressOf(LATE_WAITING)) == 0 && spins < WAIT_SPINS; spins++) Cpu.pause();
        if (Atomic.load32(Memory.addressOf(LATE_WAITING)) == 0) {
            Log.println("test nmi-late-ap: cpu 1 is not waiting");
            return;
        }
        Panic.panic("test nmi-late-ap: panicking while cpu 1 has no NMI handler");
    }

    /**
     * On the late AP, before it has an IDT: waits (without end) until a panic has passed it by, marking
     * it (a CPU that loaded its IDT once the panic began but before the mark would get an NMI instead).
     */
    static void awaitPanicWithoutIdt() {
        Atomic.store32(Memory.addressOf(LATE_WAITING), 1);
        long state = PerCpu.nmiStateAddress(PerCpu.self());
        while (Atomic.load32(state) == NmiPropagation.NOT_SET) Cpu.pause();
    }
}
