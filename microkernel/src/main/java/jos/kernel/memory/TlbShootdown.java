package jos.kernel.memory;

import jos.kernel.x86.Cpus;
import jos.kernel.x86.PerCpu;
import jos.hw.Atomic;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.x86.apic.LocalApic;
import jos.kernel.x86.apic.Vectors;
import jos.kernel.console.Log;
import jos.x86.ControlRegister;

/**
 * TLB shootdown: once a kernel mapping is removed, every CPU that may have cached the translation must
 * drop it before the memory behind it is used for anything else. The initiator invalidates its own TLB,
 * then, holding the shootdown lock, publishes the range under a new generation number, sends
 * {@link Vectors#TLB_SHOOTDOWN} to every other CPU that runs kernel code with its APIC enabled, and waits
 * until each has recorded that generation in its per-CPU block (a late one is logged, and waited for: the
 * caller frees the memory next). A CPU carries out the request
 * in its interrupt handler ({@link #service}), and also in every spin wait of the kernel (this lock's, and
 * {@link SpinLock}'s), since the kernel runs with interrupts masked. Carrying out a request twice is harmless, so neither path needs to
 * exclude the other. Kernel mappings are global, so a large range is flushed by toggling CR4.PGE (a CR3
 * reload would keep global entries).
 */
public final class TlbShootdown {
    /** Beyond this many pages, one full flush is cheaper than invlpg per page. */
    static final long FULL_FLUSH_PAGES = 32;
    static final long PAGE = 4096;
    /** How long the initiator waits for one CPU before it logs it as late, in pause iterations (well over a second under emulation). */
    static final long WAIT_SPINS = 50_000_000L;

    /** [LOCK] 0 = free, [GENERATION] the newest request, [FIRST] its first page, [PAGES] its page count. */
    static final long[] REQUEST = new long[4];
    private static final int LOCK = 0, GENERATION = 1, FIRST = 2, PAGES = 3;
    /** Bit id: CPU id was sent the current request (guarded by the lock). */
    static final long[] TARGETS = new long[Cpus.MAX_CPUS / 64];

    private TlbShootdown() {
    }

    /**
     * Makes every CPU forget the translations of [virtual, virtual + bytes), which the caller has just
     * removed from the kernel's page tables, and returns only once every CPU it asked has done so: the
     * number of CPUs that were late (logged), 0 when all answered within {@link #WAIT_SPINS}.
     */
    public static int invalidate(long virtual, long bytes) {
        long first = virtual & ~(PAGE - 1);
        long pages = (virtual + bytes - first + PAGE - 1) / PAGE;
        invalidateHere(first, pages);
        if (Cpus.count() <= 1) return 0;
        long request = Memory.addressOf(REQUEST);
        while (Atomic.compareAndExchange64(request + 8L * LOCK, 0, 1) != 0) {
            service();
            Cpu.pause();
        }
        Memory.write64(request + 8L * FIRST, first);
        Memory.write64(request + 8L * PAGES, pages);
        long generation = Memory.read64(request + 8L * GENERATION) + 1;
        Atomic.store64(request + 8L * GENERATION, generation);   // a full barrier: the tables and the range first
        int self = PerCpu.cpuId();
        long targets = Memory.addressOf(TARGETS);
        Memory.fill(targets, (byte) 0, 8L * TARGETS.length);
        for (int id = 0; id < Cpus.assigned(); id++) {
            long block = Cpus.block(id);
            if (id == self || block == 0 || !PerCpu.onlineWithApic(block)) continue;
            Memory.write64(targets + 8L * (id >>> 6), Memory.read64(targets + 8L * (id >>> 6)) | 1L << (id & 63));
            LocalApic.send(PerCpu.lapicIdOf(block), Vectors.TLB_SHOOTDOWN);
        }
        int late = 0;
        for (int id = 0; id < Cpus.assigned(); id++) {
            if ((Memory.read64(targets + 8L * (id >>> 6)) & 1L << (id & 63)) == 0) continue;
            if (!awaitAcknowledgement(Cpus.block(id) + PerCpu.TLB_GENERATION, generation, WAIT_SPINS, id, first, pages)) late++;
        }
        Atomic.store64(request + 8L * LOCK, 0);
        return late;
    }

    /**
     * Waits until the word at done holds generation: true if it did within spins pause iterations, else
     * false once it finally does, after logging the CPU as late. The wait has no bound because the caller
     * frees what it unmapped once this returns, and a CPU still holding the translation could then reach
     * the reused frames; a CPU that never answers is a kernel bug the log names (every spin wait in the
     * kernel serves shootdowns, so a waiter for a lock the initiator holds answers too).
     */
    static boolean awaitAcknowledgement(long done, long generation, long spins, int cpu, long first, long pages) {
        for (long i = 0; i < spins; i++) {
            if (Atomic.load64(done) == generation) return true;
            Cpu.pause();
        }
        Log.begin(Log.WARN);
        Log.print("tlb: cpu ");
        Log.dec(cpu);
        Log.print(" is slow to acknowledge the shootdown of ");
        Log.hex(first);
        Log.print(" (");
        Log.dec(pages);
        Log.print(" pages); waiting for it");
        Log.end();
        while (Atomic.load64(done) != generation) Cpu.pause();
        return false;
    }

    /** Carries out the newest request if this CPU has not yet: from the shootdown IPI, or a lock waiter. */
    public static void service() {
        long request = Memory.addressOf(REQUEST);
        long generation = Atomic.load64(request + 8L * GENERATION);
        // Generation 0: none was ever published; a spin wait may run before this CPU's per-CPU block exists.
        if (generation == 0 || generation == Cpu.gsRead64(PerCpu.TLB_GENERATION)) return;
        invalidateHere(Memory.read64(request + 8L * FIRST), Memory.read64(request + 8L * PAGES));
        Atomic.store64(PerCpu.self() + PerCpu.TLB_GENERATION, generation);
    }

    /** Drops this CPU's translations of pages pages from first (global ones included). */
    static void invalidateHere(long first, long pages) {
        if (pages > FULL_FLUSH_PAGES) {
            long cr4 = Cpu.readCr4();
            if ((cr4 & ControlRegister.CR4_PGE) != 0) {
                Cpu.writeCr4(cr4 & ~ControlRegister.CR4_PGE);
                Cpu.writeCr4(cr4);
            } else {
                Cpu.writeCr3(Cpu.readCr3());
            }
            return;
        }
        for (long p = 0; p < pages; p++) Cpu.invlpg(first + p * PAGE);
    }
}
