package jos.kernel.sched;

import jos.hw.Atomic;
import jos.hw.Cpu;
import jos.hw.Export;
import jos.hw.Memory;
import jos.kernel.memory.Heap;
import jos.kernel.memory.KernelAddressSpace;
import jos.kernel.memory.SpinLock;
import jos.kernel.memory.Stacks;
import jos.kernel.memory.UserMemory;
import jos.kernel.panic.Panic;
import jos.kernel.smp.ApplicationProcessors;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.apic.LocalApic;
import jos.kernel.x86.apic.Vectors;
import jos.kernel.x86.cpu.Gdt;
import jos.kernel.x86.cpu.Idle;
import jos.kernel.x86.cpu.Rflags;
import jos.kernel.x86.cpu.Tss;
import jos.kernel.x86.user.UserFrame;

/**
 * The scheduler: one {@link RunQueue} per CPU, threads switched by {@link Switch}. Every operation runs
 * with interrupts off on the CPU it concerns. A CPU runs its queue's threads, highest priority first;
 * one that finds none takes work from the busiest other CPU, and otherwise waits in its idle context
 * (the stack it booted on) with interrupts on. The running thread is not queued: a preempted or yielding
 * thread is queued again only once the next context runs (finishSwitch), so no CPU can pick a thread
 * whose stack is still in use; a wake of a thread still switching out waits for that (ON_CPU).
 *
 * <p>Preemption happens only on the way back to ring 3 (the return path asks {@link #atUserReturn}): a
 * timer tick that interrupted ring 3 uses up the quantum ({@link #tick}), a wake of a higher-priority
 * thread sets the queue's NEED_RESCHED (with a wake-up IPI when the queue is another CPU's). The kernel is
 * not preemptible: it runs with interrupts off. IPC and the process layer use {@link #wake}, {@link #block},
 * {@link #yield}, {@link #exit} and {@link #kill}; {@link #setUp} gives a new thread its priority and affinity.
 */
public final class Scheduler {
    /** The priority threads get unless asked otherwise (the middle level). */
    public static final int DEFAULT_PRIORITY = jos.abi.Scheduling.DEFAULT_PRIORITY;
    /** Timer ticks per quantum unless set otherwise (ApicTimer.HZ is 100: 20 ms). */
    public static final int DEFAULT_QUANTUM = 2;

    /** Each CPU's run queue (heap blocks), by CPU id; [i] = 0 until {@link #init}. */
    static final long[] QUEUES = new long[ApplicationProcessors.MAX_CPUS];
    /** [0] = how many entries of {@link #QUEUES} are set (read atomically). */
    static final int[] COUNT = new int[1];

    private Scheduler() {
    }

    /** Gives cpus CPUs (ids 0 to cpus - 1) a run queue and a timer queue (Timers) each; false if the heap has no room. */
    public static boolean init(int cpus, int quantum) {
        for (int cpu = 0; cpu < cpus; cpu++) {
            long queue = Heap.allocate(RunQueue.SIZE);
            if (queue == 0) return false;
            RunQueue.init(queue, cpu, quantum);
            Atomic.store64(Memory.addressOf(QUEUES) + 8L * cpu, queue);
        }
        Atomic.store32(Memory.addressOf(COUNT), cpus);
        return Timers.init(cpus);
    }

    /** What idle application processors run: their ready threads. */
    public static ApplicationProcessors.IdleWork idleWork() {
        return new IdleWork();
    }

    /** CPUs with a run queue. */
    public static int cpus() {
        return Atomic.load32(Memory.addressOf(COUNT));
    }

    /** This CPU's run queue, or 0 before {@link #init}. */
    static long queue() {
        int cpu = PerCpu.cpuId();
        return cpu < cpus() ? QUEUES[cpu] : 0;
    }

    /** Sets the quantum of cpu's run queue to ticks timer ticks (at least 1); false for a CPU without one. */
    public static boolean setQuantum(int cpu, int ticks) {
        if (cpu < 0 || cpu >= cpus() || ticks < 1) return false;
        Memory.write32(QUEUES[cpu] + RunQueue.QUANTUM, ticks);
        return true;
    }

    /** Context switches made on cpu so far (0 for a CPU without a run queue). */
    public static long switches(int cpu) {
        return cpu >= 0 && cpu < cpus() ? Memory.read64(QUEUES[cpu] + RunQueue.SWITCHES) : 0;
    }

    /** Threads cpu took from other CPUs' queues so far. */
    public static long taken(int cpu) {
        return cpu >= 0 && cpu < cpus() ? Memory.read64(QUEUES[cpu] + RunQueue.TAKEN) : 0;
    }

    /**
     * Makes the thread block at thread (its STACK_LIMIT set, its stack below it unused) schedulable: NEW,
     * with priority (0 to {@link RunQueue#PRIORITIES} - 1), affinity (a CPU id or SchedState.ANY_CPU),
     * flags (SchedState.FREE_ON_EXIT), a clean FP state and a first context that leaves for ring 3.
     * Returns 0, or EINVAL for a priority or CPU out of range.
     */
    public static long setUp(long thread, int priority, int affinity, int flags) {
        long bad = SchedState.check(priority, affinity, cpus());
        if (bad != 0) return bad;
        SchedState.init(thread, priority, affinity, flags);
        Switch.cleanFxState(thread + Thread.FX_STATE);
        RunQueue.write(thread, SchedState.KERNEL_RSP, Switch.prepareResume(thread, Switch.startAddress()));
        return 0;
    }

    /** Pins a NEW thread to cpu (a CPU with a run queue); false otherwise. */
    public static boolean pin(long thread, int cpu) {
        if (cpu < 0 || cpu >= cpus() || Atomic.load32(thread + Thread.SCHED + SchedState.STATE) != SchedState.NEW) return false;
        RunQueue.write32(thread, SchedState.AFFINITY, cpu);
        return true;
    }

    /**
     * Makes a NEW or BLOCKED thread runnable: queued on the CPU {@link RunQueue#place} chooses, which is
     * sent a wake-up IPI if the thread should run before what it runs now. A wake of a running thread
     * makes its next {@link #block} return at once. True if the thread was not runnable before.
     */
    public static boolean wake(long thread) {
        long state = thread + Thread.SCHED + SchedState.STATE;
        for (;;) {
            int s = Atomic.load32(state);
            if (s == SchedState.RUNNING) {
                if (Atomic.compareAndExchange32(state, s, SchedState.WOKEN) == s) return true;
            } else if (s == SchedState.NEW || s == SchedState.BLOCKED) {
                if (Atomic.compareAndExchange32(state, s, SchedState.READY) == s) break;
            } else {
                return false;
            }
        }
        queueReady(thread);
        return true;
    }

    /** Queues thread, just moved to READY by its waker, where {@link RunQueue#place} says (a wake's second half). */
    private static void queueReady(long thread) {
        while (Atomic.load32(thread + Thread.SCHED + SchedState.ON_CPU) != 0) SpinLock.relax();   // still switching out
        int self = PerCpu.cpuId();
        int cpu = RunQueue.place(QUEUES, cpus(), thread, self);
        if (RunQueue.enqueue(QUEUES[cpu], thread) && cpu != self) LocalApic.send(ApplicationProcessors.lapicIdOf(cpu), Vectors.WAKE);
    }

    /**
     * IPC's direct switch: the current thread blocks and partner, the BLOCKED thread its operation just
     * made runnable, runs at once on this CPU without passing through a run queue (seL4's fastpath switch).
     * False if a guard of {@link #claimDirect} fails: then nothing was done (partner is BLOCKED as before);
     * the caller wakes partner and blocks the usual way.
     * True once the current thread was woken and runs again.
     */
    public static boolean switchDirect(long partner) {
        long queue = queue();
        if (queue == 0) return false;
        int quantum = claimDirect(queue, PerCpu.currentThread(), partner, PerCpu.cpuId());
        if (quantum == 0) return false;
        switchTo(queue, partner, quantum);
        return true;
    }

    /**
     * The direct switch's guards and claims on queue (CPU self's), for current blocking in favour of partner.
     * Returns the quantum partner runs with (the rest of current's: a fresh one each switch would let a
     * ping-pong pair starve a thread of their priority), partner then claimed (READY, on no queue) and
     * current BLOCKED; or 0 for the general path.
     */
    static int claimDirect(long queue, long current, long partner, int self) {
        // The idle context waits for a thread that ended: the general path goes back to it.
        if (Atomic.load32(queue + RunQueue.IDLE_WANTED) != 0) return 0;
        // Same CPU only: partner pinned here, or free and last run here (or never run); no migration here.
        int affinity = RunQueue.read32(partner, SchedState.AFFINITY), last = RunQueue.read32(partner, SchedState.LAST_CPU);
        if (affinity != self && (affinity != SchedState.ANY_CPU || (last != self && last != SchedState.ANY_CPU))) return 0;
        // Nothing queued here may have a higher priority (round robin among equals goes on by the carried quantum).
        if (RunQueue.read32(partner, SchedState.PRIORITY) < RunQueue.highestReady(queue)) return 0;
        // Partner must be off every CPU's stack.
        if (Atomic.load32(partner + Thread.SCHED + SchedState.ON_CPU) != 0) return 0;
        // No wake may be pending for the current thread: its block would return at once.
        if (Atomic.load32(current + Thread.SCHED + SchedState.STATE) != SchedState.RUNNING) return 0;
        // Claim partner from BLOCKED, so no other wake (a kill's) queues it too.
        long partnerState = partner + Thread.SCHED + SchedState.STATE;
        if (Atomic.compareAndExchange32(partnerState, SchedState.BLOCKED, SchedState.READY) != SchedState.BLOCKED) return 0;
        // A wake of the current thread from another CPU in between: partner is given back BLOCKED, for the
        // caller's general path to wake exactly once. Queueing it here as well made that wake a second one:
        // once another CPU had taken and run it, the wake left it WOKEN and its next block returned at once.
        long state = current + Thread.SCHED + SchedState.STATE;
        if (Atomic.compareAndExchange32(state, SchedState.RUNNING, SchedState.BLOCKED) != SchedState.RUNNING) {
            Atomic.store32(partnerState, SchedState.BLOCKED);
            return 0;
        }
        Memory.write64(queue + RunQueue.DIRECT, Memory.read64(queue + RunQueue.DIRECT) + 1);
        int left = RunQueue.read32(current, SchedState.QUANTUM_LEFT);
        return left > 1 ? left : 1;   // not Math.max: no library call, so the fast path keeps no frame
    }

    /**
     * The IPC fast path's direct switch by continuation (only the current thread's system call calls it,
     * in code that keeps no frame): false if a guard of {@link #claimDirect} failed (nothing changed).
     * True: partner is this CPU's current thread, and the current one is BLOCKED with its resume context
     * (Thread.RESUME) as its kernel context, because everything it still had to do was to leave with its
     * frame, which its partner fills. Its stack is left as it is: the caller must leave it at once for the
     * top of partner's (SyscallEntry NEXT_RESUME), finish the switch there ({@link #resumed}, which lets
     * the blocked thread go on elsewhere) and leave with partner's frame. Partner blocked in IPC, where
     * its own stack holds nothing more than that either (the general path's block returns only to leave
     * with the frame), so it too runs from the top of its stack, and no kernel stack is swapped.
     */
    public static boolean switchDirectResume(long partner) {
        long queue = runQueueHere(), current = PerCpu.currentThread();
        int quantum = claimDirect(queue, current, partner, PerCpu.cpuId());
        if (quantum == 0) return false;
        RunQueue.write(current, SchedState.KERNEL_RSP, current + Thread.RESUME);
        handOver(queue, current, partner, quantum);
        // The stack limit Switch.swap would load; the caller's code left on this stack checks none.
        Cpu.gsWrite64(PerCpu.RUNTIME_STACK_LIMIT, Memory.read64(partner + Thread.STACK_LIMIT));
        return true;
    }

    /** This CPU's run queue once it has switched: from PerCpu RETURN_WORK, which every switch sets (no array: no frame). */
    private static long runQueueHere() {
        return Cpu.gsRead64(PerCpu.RETURN_WORK) - RunQueue.RETURN_WORK;
    }

    /** Direct switches (IPC partners run without the run queue) made on cpu so far. */
    public static long directSwitches(int cpu) {
        return cpu >= 0 && cpu < cpus() ? Memory.read64(QUEUES[cpu] + RunQueue.DIRECT) : 0;
    }

    /**
     * The current thread stops running until a {@link #wake} (the caller has recorded why, e.g. in its IPC
     * state); returns once it is woken, at once if a wake came first.
     */
    public static void block() {
        long thread = PerCpu.currentThread();
        long state = thread + Thread.SCHED + SchedState.STATE;
        if (Atomic.compareAndExchange32(state, SchedState.RUNNING, SchedState.BLOCKED) != SchedState.RUNNING) {
            Atomic.compareAndExchange32(state, SchedState.WOKEN, SchedState.RUNNING);
            return;
        }
        long queue = queue();
        switchTo(queue, idleWanted(queue) ? 0 : next(queue, 0));
    }

    /**
     * The current thread lets a ready thread of its priority or higher run first; returns when it runs
     * again. A thread pinned to another CPU (setAffinity) leaves this one whatever is ready here.
     */
    public static void yield() {
        long queue = queue(), thread = PerCpu.currentThread();
        boolean move = pinnedElsewhere(thread);
        long next = idleWanted(queue) ? 0 : RunQueue.take(queue, move ? 0 : RunQueue.read32(thread, SchedState.PRIORITY));
        if (next == 0 && !idleWanted(queue) && !move) {
            Atomic.store32(queue + RunQueue.CURRENT_PRIORITY, RunQueue.read32(thread, SchedState.PRIORITY));   // it may have been lowered
            Atomic.store32(queue + RunQueue.NEED_RESCHED, 0);
            return;
        }
        long state = thread + Thread.SCHED + SchedState.STATE;
        for (;;) {
            int s = Atomic.load32(state);
            if (Atomic.compareAndExchange32(state, s, SchedState.YIELDING) == s) break;
        }
        switchTo(queue, next);
    }

    /**
     * The current thread ends: the CPU goes on with another thread or its idle context, and the thread
     * becomes DEAD once no CPU runs on its stack (then freed if it was set up FREE_ON_EXIT). Never returns.
     */
    public static void exit() {
        long queue = queue(), thread = PerCpu.currentThread();
        Atomic.store32(thread + Thread.SCHED + SchedState.STATE, SchedState.EXITING);
        boolean waitedHere = Atomic.load32(thread + Thread.SCHED + SchedState.WAITER) == PerCpu.cpuId() + 1;
        switchTo(queue, waitedHere || idleWanted(queue) ? 0 : next(queue, 0));
        Panic.panic("sched: an ended thread was switched to");
    }

    /**
     * Ends thread at its next return to ring 3, wherever it is: marked KILLED, woken if it was blocked or
     * new (it runs only to end), and, if it runs on another CPU, that CPU is sent a wake-up IPI so it
     * leaves ring 3 now. A queued thread ends when its turn comes.
     */
    public static void kill(long thread) {
        SchedState.setFlag(thread, SchedState.KILLED);
        wake(thread);
        int cpu = wantReturnWorkWhereRunning(thread);   // its return path must look (finishSwitch covers a switch-in racing this)
        if (cpu >= 0 && cpu != PerCpu.cpuId()) LocalApic.send(ApplicationProcessors.lapicIdOf(cpu), Vectors.WAKE);
    }

    /**
     * Sets RETURN_WORK on the CPU thread is on (SchedState.switchedIn writes LAST_CPU before ON_CPU); that
     * CPU, or -1 when thread is on none.
     */
    private static int wantReturnWorkWhereRunning(long thread) {
        int cpu = RunQueue.read32(thread, SchedState.LAST_CPU);
        if (Atomic.load32(thread + Thread.SCHED + SchedState.ON_CPU) == 0 || cpu < 0 || cpu >= cpus()) return -1;
        RunQueue.wantReturnWork(QUEUES[cpu]);
        return cpu;
    }

    /**
     * Gives thread a new priority (checked by the caller), at once: a queued thread moves to its new
     * level (its CPU preempts for it if it now comes first); a running one that no longer comes first on
     * its CPU is switched away at its next return to ring 3 (a wake-up IPI when that is another CPU).
     * A wake racing with the change may queue it once at its old level; it runs at the new one.
     */
    public static void setPriority(long thread, int priority) {
        int old = RunQueue.read32(thread, SchedState.PRIORITY);
        Atomic.store32(thread + Thread.SCHED + SchedState.PRIORITY, priority);
        long queued = Atomic.load64(thread + Thread.SCHED + SchedState.QUEUE);
        int self = PerCpu.cpuId();
        if (queued != 0 && RunQueue.requeue(queued, thread)) {
            int cpu = Memory.read32(queued + RunQueue.CPU);
            if (cpu != self) LocalApic.send(ApplicationProcessors.lapicIdOf(cpu), Vectors.WAKE);
        }
        int cpu = runningOn(thread);
        if (cpu < 0) return;
        long queue = QUEUES[cpu];
        if (cpu == self) Atomic.store32(queue + RunQueue.CURRENT_PRIORITY, priority);
        if (priority < old && RunQueue.highestReady(queue) >= priority) resched(cpu, self);
    }

    /**
     * Pins thread to cpu (checked by the caller) or frees it (SchedState.ANY_CPU), at once: a thread queued
     * on another CPU moves to cpu's queue; one running on another CPU leaves it at its next return to ring
     * 3 (Scheduler.yield, then queued on cpu after the switch).
     */
    public static void setAffinity(long thread, int cpu) {
        Atomic.store32(thread + Thread.SCHED + SchedState.AFFINITY, cpu);
        if (cpu == SchedState.ANY_CPU) return;
        int self = PerCpu.cpuId();
        long queued = Atomic.load64(thread + Thread.SCHED + SchedState.QUEUE);
        if (queued != 0 && queued != QUEUES[cpu] && RunQueue.remove(queued, thread)) {
            if (RunQueue.enqueue(QUEUES[cpu], thread) && cpu != self) LocalApic.send(ApplicationProcessors.lapicIdOf(cpu), Vectors.WAKE);
        }
        int running = runningOn(thread);
        if (running >= 0 && running != cpu) resched(running, self);
    }

    /** The CPU thread is running on now (a hint), or -1. */
    private static int runningOn(long thread) {
        if (Atomic.load32(thread + Thread.SCHED + SchedState.ON_CPU) == 0) return -1;
        int cpu = RunQueue.read32(thread, SchedState.LAST_CPU);
        if (cpu < 0 || cpu >= cpus() || Atomic.load64(QUEUES[cpu] + RunQueue.CURRENT) != thread) return -1;
        return cpu;
    }

    /** Makes cpu switch at its next return to ring 3 (self: this CPU, which needs no IPI). */
    private static void resched(int cpu, int self) {
        RunQueue.requestResched(QUEUES[cpu]);
        if (cpu != self) LocalApic.send(ApplicationProcessors.lapicIdOf(cpu), Vectors.WAKE);
    }

    /** Whether thread is pinned to a CPU other than this one. */
    private static boolean pinnedElsewhere(long thread) {
        int pinned = RunQueue.read32(thread, SchedState.AFFINITY);
        return pinned != SchedState.ANY_CPU && pinned != PerCpu.cpuId() && pinned < cpus();
    }

    /**
     * The kernel rewrote thread's rip, rsp, rflags, rcx or r11: its next return to ring 3 takes the general
     * path, which asks UserReturn.decide (the system-call exit's own check assumes rcx = rip, r11 = rflags).
     */
    public static void frameRewritten(long thread) {
        SchedState.setFlag(thread, SchedState.FRAME_REWRITTEN);
        wantReturnWorkWhereRunning(thread);
    }

    /** The general return path has decided on thread's frame ({@link #frameRewritten} is answered). */
    public static void frameDecided(long thread) {
        if ((RunQueue.read32(thread, SchedState.FLAGS) & SchedState.FRAME_REWRITTEN) != 0) SchedState.clearFlag(thread, SchedState.FRAME_REWRITTEN);
    }

    /** Whether thread was killed ({@link #kill}). */
    public static boolean killed(long thread) {
        return (Atomic.load32(thread + Thread.SCHED + SchedState.FLAGS) & SchedState.KILLED) != 0;
    }

    /** Whether thread has ended and no CPU runs on its stack any more (its block may be freed). */
    public static boolean dead(long thread) {
        return Atomic.load32(thread + Thread.SCHED + SchedState.STATE) == SchedState.DEAD;
    }

    /** A timer tick that interrupted ring 3 on this CPU: accounts the running thread's quantum. */
    public static void tick() {
        long queue = queue(), thread = PerCpu.currentThread();
        if (queue != 0 && thread != 0) RunQueue.tick(queue, thread);
    }

    /**
     * On the current thread's way back to ring 3: switches if a thread that should run first is ready, or
     * if this CPU's idle context waits for a thread that has ended.
     */
    public static void atUserReturn() {
        long queue = queue();
        if (queue == 0) return;
        RunQueue.takeReturnWork(queue);   // first: a reason set from now on sets it again
        if (RunQueue.needResched(queue) || idleWanted(queue)) Scheduler.yield();
    }

    private static boolean idleWanted(long queue) {
        return Atomic.load32(queue + RunQueue.IDLE_WANTED) != 0;
    }

    /**
     * In this CPU's idle context: runs ready threads (its own, else work taken from another CPU) until
     * there are none; false if there was none to run.
     */
    public static boolean runReady() {
        long queue = queue();
        if (queue == 0) return false;
        if (PerCpu.currentThread() != 0) Panic.panic("sched: runReady outside the idle context");
        boolean on = (Switch.flags() & Rflags.IF) != 0;
        Cpu.cli();
        PerCpu.setKernelRoot(KernelAddressSpace.root());
        boolean ran = Atomic.exchange32(queue + RunQueue.IDLE_WANTED, 0) != 0;   // a wait may be over: let the caller look
        long next = ran ? 0 : next(queue, 0);
        if (next != 0) {
            switchTo(queue, next);
            Atomic.store32(queue + RunQueue.IDLE_WANTED, 0);
            ran = true;
        }
        if (on) Cpu.sti();
        return ran;
    }

    /**
     * In this CPU's idle context: runs threads, and halts while there are none, until thread is DEAD. The
     * thread's end brings the CPU back to this context wherever it ends (finishSwitch: IDLE_WANTED, and a
     * wake-up IPI from another CPU), so threads that never block cannot keep the waiter from going on.
     */
    public static void idleUntilDead(long thread) {
        boolean on = (Switch.flags() & Rflags.IF) != 0;
        Cpu.cli();
        Atomic.store32(thread + Thread.SCHED + SchedState.WAITER, PerCpu.cpuId() + 1);
        while (!dead(thread)) {
            if (!runReady()) Idle.haltUntilInterrupt();   // a wake-up IPI or the next tick ends the halt
        }
        if (on) Cpu.sti();
    }

    /** The next thread for this CPU: its own queue's best of at least minPriority, else work from another CPU. */
    private static long next(long queue, int minPriority) {
        long next = RunQueue.take(queue, minPriority);
        if (next == 0) next = RunQueue.takeWork(QUEUES, cpus(), PerCpu.cpuId());
        return next;
    }

    /** Switches to next (see below) with a fresh quantum. */
    private static void switchTo(long queue, long next) {
        switchTo(queue, next, Memory.read32(queue + RunQueue.QUANTUM));
    }

    /**
     * Switches this CPU from its current context to next (0: the idle context), which gets quantum ticks,
     * interrupts off: FP state, the user FS and GS bases, TSS.RSP0, PerCpu CURRENT_THREAD, CR3 (only when
     * the address space differs), then the stacks.
     */
    private static void switchTo(long queue, long next, int quantum) {
        swapTo(queue, next, quantum);
        finishSwitch();
    }

    /** {@link #switchTo} up to the return to this context, without its finish. */
    private static void swapTo(long queue, long next, int quantum) {
        long previous = Memory.read64(queue + RunQueue.CURRENT);
        long save = previous == 0 ? queue + RunQueue.IDLE_RSP : previous + Thread.SCHED + SchedState.KERNEL_RSP;
        long load = next == 0 ? queue + RunQueue.IDLE_RSP : next + Thread.SCHED + SchedState.KERNEL_RSP;
        handOver(queue, previous, next, quantum);
        Switch.swap(save, load);
    }

    /**
     * A switch of this CPU (queue) from previous to next (either 0: the idle context), which gets quantum
     * ticks, but for the stacks: the rest of {@link #switchTo}'s list, PREVIOUS set for the finish.
     */
    private static void handOver(long queue, long previous, long next, int quantum) {
        if (previous != 0) Switch.fxsave(previous + Thread.FX_STATE);
        UserFrame.switchBases(previous == 0 ? 0 : previous + Thread.FRAME, next == 0 ? 0 : next + Thread.FRAME);
        long root;
        if (next != 0) {
            Switch.fxrstor(next + Thread.FX_STATE);
            SchedState.switchedIn(next, PerCpu.cpuId(), quantum);
            Memory.write64(Tss.rsp0Address(Gdt.tss(PerCpu.gdtBlock())), next);
            root = Memory.read64(next + Thread.ROOT);
        } else {
            root = Cpu.gsRead64(PerCpu.KERNEL_CR3);
        }
        Cpu.gsWrite64(PerCpu.CURRENT_THREAD, next);
        Cpu.gsWrite64(PerCpu.RETURN_WORK, queue + RunQueue.RETURN_WORK);
        if (root != Cpu.readCr3()) {
            Cpu.writeCr3(root);
            switchPorts(next == 0 ? 0 : UserMemory.ioBitmap(root));
        }
        RunQueue.setCurrent(queue, next);
        Memory.write64(queue + RunQueue.PREVIOUS, previous);
        Memory.write64(queue + RunQueue.SWITCHES, Memory.read64(queue + RunQueue.SWITCHES) + 1);
    }

    /**
     * The process changed on this CPU: its I/O bitmap (0: none) goes into the TSS (8 KiB copied), or the
     * TSS's is turned off if it was on; two processes without ports cost nothing here.
     */
    static void switchPorts(long bitmap) {
        long tss = Gdt.tss(PerCpu.gdtBlock());
        if (bitmap != 0) Tss.loadIoBitmap(tss, bitmap);
        else Tss.disableIoBitmap(tss);
    }

    /**
     * The part of {@link #finishSwitch} that keeps no frame: the return work of a killed or rewritten
     * thread switched in, and all of it when the context switched from is none or merely blocked (it is
     * off its stack now). False, with nothing of the previous context done, if it was yielding or ending.
     */
    private static boolean finishQuick(long queue) {
        long current = PerCpu.currentThread();
        // A kill or frame rewrite before this thread was on a CPU: its return must see it (RETURN_WORK).
        if (current != 0 && (Atomic.load32(current + Thread.SCHED + SchedState.FLAGS) & SchedState.RETURN_FLAGS) != 0) RunQueue.wantReturnWork(queue);
        long previous = Memory.read64(queue + RunQueue.PREVIOUS);
        if (previous == 0) return true;
        int s = Atomic.load32(previous + Thread.SCHED + SchedState.STATE);
        if (s == SchedState.YIELDING || s == SchedState.EXITING) return false;
        Memory.write64(queue + RunQueue.PREVIOUS, 0);
        Atomic.store32(previous + Thread.SCHED + SchedState.ON_CPU, 0);
        return true;
    }

    /**
     * The finish of the IPC fast path's direct switch ({@link #switchDirectResume}; SyscallEntry
     * NEXT_RESUME), on the top of the stack switched to: the thread switched from blocked (its claim
     * made it so), so this is all of finishSwitch for it, in code that cannot throw (no stack check).
     */
    @Export("jos_kernel_sched_resumed")
    static void resumed() {
        finishQuick(runQueueHere());
    }

    /** A thread's first code in the kernel after a switch to its resume context (Switch.startAddress), before it leaves for ring 3. */
    @Export("jos_kernel_sched_started")
    static void started() {
        finishSwitch();
    }

    /**
     * On the context just switched to: the one switched away from is off its stack now. A yielding thread
     * is queued again, an exiting one becomes DEAD (and is freed if FREE_ON_EXIT); a blocked one only
     * lets a waiting wake go on (ON_CPU).
     */
    private static void finishSwitch() {
        long queue = runQueueHere();
        if (finishQuick(queue)) return;
        long previous = Memory.read64(queue + RunQueue.PREVIOUS);
        Memory.write64(queue + RunQueue.PREVIOUS, 0);
        long state = previous + Thread.SCHED + SchedState.STATE;
        int s = Atomic.load32(state);
        Atomic.store32(previous + Thread.SCHED + SchedState.ON_CPU, 0);
        if (s == SchedState.YIELDING) {
            Atomic.store32(state, SchedState.READY);
            int pinned = RunQueue.read32(previous, SchedState.AFFINITY);
            if (pinned == SchedState.ANY_CPU || pinned == PerCpu.cpuId() || pinned >= cpus()) {
                RunQueue.enqueue(queue, previous);
            } else if (RunQueue.enqueue(QUEUES[pinned], previous)) {   // it migrates (setAffinity)
                LocalApic.send(ApplicationProcessors.lapicIdOf(pinned), Vectors.WAKE);
            }
        } else if (s == SchedState.EXITING) {
            boolean free = (RunQueue.read32(previous, SchedState.FLAGS) & SchedState.FREE_ON_EXIT) != 0;
            int waiter = Atomic.load32(previous + Thread.SCHED + SchedState.WAITER) - 1;
            Atomic.store32(state, SchedState.DEAD);   // from here on the block may be gone
            if (free && !Stacks.free(previous + Thread.SIZE)) Panic.panic("sched: an ended thread's stack was not one");
            if (waiter >= 0 && waiter < cpus()) {
                Atomic.store32(QUEUES[waiter] + RunQueue.IDLE_WANTED, 1);
                RunQueue.wantReturnWork(QUEUES[waiter]);
                if (waiter != PerCpu.cpuId()) LocalApic.send(ApplicationProcessors.lapicIdOf(waiter), Vectors.WAKE);
            }
        }
    }
}
