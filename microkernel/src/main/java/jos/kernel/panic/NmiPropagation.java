package jos.kernel.panic;

import jos.hw.Atomic;
import jos.kernel.x86.apic.LocalApic;
import jos.kernel.console.Log;
import jos.kernel.x86.Cpus;
import jos.kernel.x86.PerCpu;

/**
 * Stops every other CPU when one panics. Each CPU has an NMI-handler state in its per-CPU block that
 * only ever changes atomically: {@link #NOT_SET} until the CPU has loaded the IDT (whose NMI gate runs on
 * its own interrupt stack), then {@link #SET}; {@link #PANICKED} once a panic has passed it by.
 *
 * <ul>
 * <li>The panicking CPU ({@link #stopOtherCpus}) sends an NMI to every CPU whose state is SET; NMIs reach
 * a CPU even with interrupts masked. Every CPU still NOT_SET it moves to PANICKED instead, with the same
 * compare-and-exchange the CPU itself uses to move to SET, so exactly one of the two wins.</li>
 * <li>A CPU that receives the NMI while a panic is in progress halts in the handler ({@link #haltOnNmi}),
 * never returning from it, so no further NMI can nest.</li>
 * <li>A CPU that loads its IDT after a panic finds its state PANICKED and halts by itself
 * ({@link #handlerInstalled}).</li>
 * </ul>
 * So no CPU ever receives an NMI it has no handler for. Nothing here allocates.
 */
public final class NmiPropagation {
    public static final int NOT_SET = 0, SET = 1, PANICKED = 2;

    /** What {@link #stopOtherCpus} did: [0] NMIs sent, [1] CPUs marked, [2] the first CPU marked. */
    static final int[] STOPPED = new int[3];

    private NmiPropagation() {
    }

    /**
     * On each CPU, right after it loaded the IDT: its NMI handler is set from now on. If a panic marked
     * the CPU first, it says so and halts here.
     */
    public static void handlerInstalled() {
        long state = PerCpu.nmiStateAddress(PerCpu.self());
        if (Atomic.compareAndExchange32(state, NOT_SET, SET) == NOT_SET) return;
        Log.begin(Log.ERROR);
        Log.print("smp: cpu ");
        Log.dec(PerCpu.cpuId());
        Log.print(" loaded its IDT after the kernel panicked: halting");
        Log.end();
        Panic.halt();
    }

    /** The NMI handler during a panic: records that this CPU stopped, and halts. */
    public static void haltOnNmi() {
        Atomic.store32(PerCpu.nmiStateAddress(PerCpu.self()), PANICKED);
        Panic.halt();
    }

    /** By the CPU whose panic reports, before the report: NMIs every other CPU with a handler, marks the rest. */
    static void stopOtherCpus(int self) {
        int sent = 0, marked = 0, firstMarked = -1;
        for (int id = 0; id < Cpus.assigned(); id++) {
            long block = Cpus.block(id);
            if (id == self || block == 0) continue;
            long state = PerCpu.nmiStateAddress(block);
            int seen = Atomic.compareAndExchange32(state, NOT_SET, PANICKED);
            if (seen == NOT_SET) {
                if (marked++ == 0) firstMarked = id;
            } else if (seen == SET) {
                LocalApic.sendNmi(PerCpu.lapicIdOf(block));
                sent++;
            }
        }
        STOPPED[0] = sent;
        STOPPED[1] = marked;
        STOPPED[2] = firstMarked;
    }

    /**
     * "kernel panic: sent an NMI to 3 cpus; 1 cpu without an NMI handler yet (cpu 1 first) halts when it
     * loads its IDT", or nothing when there are no other CPUs.
     */
    static void report() {
        if (STOPPED[0] == 0 && STOPPED[1] == 0) return;
        Log.print("kernel panic: sent an NMI to ");
        Log.dec(STOPPED[0]);
        Log.print(STOPPED[0] == 1 ? " cpu" : " cpus");
        if (STOPPED[1] > 0) {
            Log.print("; ");
            Log.dec(STOPPED[1]);
            Log.print(STOPPED[1] == 1 ? " cpu" : " cpus");
            Log.print(" without an NMI handler yet (cpu ");
            Log.dec(STOPPED[2]);
            Log.print(STOPPED[1] == 1 ? ")" : " first)");
            Log.print(" will halt when loading the IDT");
        }
        Log.newline();
    }
}
