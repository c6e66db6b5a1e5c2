package jos.kernel.process;

import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.capability.KernelObject;
import jos.kernel.console.Log;
import jos.kernel.ipc.Ipc;
import jos.kernel.ipc.Outcome;
import jos.kernel.x86.cpu.Rflags;
import jos.kernel.x86.idt.ExceptionNames;
import jos.kernel.x86.idt.InterruptFrame;
import jos.kernel.memory.SpinLock;
import jos.kernel.memory.Stacks;
import jos.kernel.sched.SchedState;
import jos.kernel.sched.Scheduler;
import jos.kernel.sched.Thread;
import jos.kernel.smp.ApplicationProcessors;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.user.UserFrame;
import jos.kernel.x86.user.UserReturn;
import jos.hw.Export;

/**
 * A user thread: a block at the top of its own guarded kernel stack ({@link Stacks#THREAD}) holding its
 * {@link UserFrame} (the complete user register state), the program's name and address space, the
 * scheduler's state (sched.SchedState) and, once it has ended, its exit code. A thread is named by the
 * block's address. While it runs, PerCpu CURRENT_THREAD holds that address and TSS.RSP0 is the block's
 * base, so system calls, exceptions and interrupts from ring 3 run on the thread's kernel stack just
 * below its frame.
 *
 * <p>{@link #start} hands the thread to the scheduler (sched.Scheduler), whose first switch to it leaves
 * through the one return path ({@code jos_user_return}, {@link UserReturn}); {@link #run} starts it on
 * this CPU and waits in the idle context until it has ended. When the thread ends (the exit call, an
 * exception in ring 3, a return address the kernel refuses, a {@link #kill}), its code is stored in the
 * block and the CPU switches to the next thread; the block stays until {@link #destroy}.
 */
public final class UserThread {
    /** The block's size (its layout is {@link Thread}'s). */
    public static final int SIZE = Thread.SIZE;

    /** The states, in order: created, running on some CPU, ended (Thread.EXIT_CODE valid). */
    public static final int READY = 0, RUNNING = 1, ENDED = 2;
    /** A thread ended by exception v exits with code FAULT_BASE - v (-1000 - v). */
    public static final int FAULT_BASE = -1000;
    /** The exit code of a thread ended by {@link #kill}. */
    public static final int KILLED = -9;
    /** Where an exiting thread's IPC outcome record is, in its block (see {@link #exit}). */
    public static final int EXIT_OUTCOME = Thread.SPARE;
    /** The size of a thread's kernel stack, the block included. */
    public static final long STACK_BYTES = 32 * 1024;

    private UserThread() {
    }

    /**
     * A new thread of the program name (a NUL-terminated string) in the address space root, to start at
     * entry with rsp = stackTop, RFLAGS {@link Rflags#USER} and every other register 0, at the scheduler's
     * default priority, free to run on any CPU; 0 (with a memory problem) when there is no room for its
     * kernel stack.
     */
    public static long create(long name, long root, long entry, long stackTop) {
        return create(name, root, entry, stackTop, Scheduler.DEFAULT_PRIORITY, SchedState.ANY_CPU);
    }

    /**
     * As {@link #create(long, long, long, long)}, at priority (0 to RunQueue.PRIORITIES - 1, higher runs
     * first) on affinity (a CPU id, or SchedState.ANY_CPU); 0 also for a priority or CPU out of range
     * (SchedState.check says which error that is, for a caller that must report it).
     */
    public static long create(long name, long root, long entry, long stackTop, int priority, int affinity) {
        if (SchedState.check(priority, affinity, Scheduler.cpus()) != 0) return 0;
        long top = Stacks.allocate(Stacks.THREAD, PerCpu.cpuId(), STACK_BYTES);
        if (top == 0) return 0;
        long thread = top - SIZE;   // the stack's frames are fresh and zeroed: so is the block
        UserFrame.set(thread + Thread.FRAME, UserFrame.RIP, entry);
        UserFrame.set(thread + Thread.FRAME, UserFrame.RSP, stackTop);
        UserFrame.set(thread + Thread.FRAME, UserFrame.RFLAGS, Rflags.USER);
        Memory.write64(thread + Thread.NAME, name);
        Memory.write64(thread + Thread.ROOT, root);
        Memory.write64(thread + Thread.STACK_LIMIT, top - STACK_BYTES + ApplicationProcessors.STACK_LIMIT_OFFSET);
        Memory.write32(thread + Thread.STATE, READY);
        Scheduler.setUp(thread, priority, affinity, 0);
        Scheduler.frameRewritten(thread);   // its first return decides (it goes out through iretq anyway)
        return thread;
    }

    /**
     * Gives back an ENDED thread's kernel stack (its block goes with it: read the exit code first) and its
     * IPC buffer's frames (IpcBuffers.release). The
     * address space is the caller's to destroy; false if the thread has not ended or a CPU still runs on
     * its stack.
     */
    public static boolean destroy(long thread) {
        if (state(thread) != ENDED || !Scheduler.dead(thread)) return false;
        IpcBuffers.release(thread);
        return Stacks.free(thread + SIZE);
    }

    public static long frame(long thread) {
        return thread + Thread.FRAME;
    }

    public static long name(long thread) {
        return Memory.read64(thread + Thread.NAME);
    }

    public static long root(long thread) {
        return Memory.read64(thread + Thread.ROOT);
    }

    public static int state(long thread) {
        return Memory.read32(thread + Thread.STATE);
    }

    /** The code the thread exited with (valid once it has ENDED). */
    public static int exitCode(long thread) {
        return Memory.read32(thread + Thread.EXIT_CODE);
    }

    /**
     * Runs the thread on this CPU until it ends (pinned here unless it was created for another CPU); this
     * CPU's idle context runs it and any other ready thread meanwhile, and serves interrupts. Its state
     * is then ENDED.
     */
    public static void run(long thread) {
        if (SchedState.affinity(thread) == SchedState.ANY_CPU) Scheduler.pin(thread, PerCpu.cpuId());
        start(thread);
        awaitEnd(thread);
    }

    /** Makes a READY (new) thread runnable on the CPU the scheduler places it on; false if it was started before. */
    public static boolean start(long thread) {
        if (state(thread) != READY) return false;
        Memory.write32(thread + Thread.STATE, RUNNING);
        return Scheduler.wake(thread);
    }

    /** In this CPU's idle context: runs ready threads until thread has ended (its state is then ENDED). */
    public static void awaitEnd(long thread) {
        Scheduler.idleUntilDead(thread);
        Memory.write32(thread + Thread.STATE, ENDED);
    }

    /** Ends thread with code {@link #KILLED} at its next return to ring 3 (Scheduler.kill). */
    public static void kill(long thread) {
        Scheduler.kill(thread);
    }

    /** Ends the thread running on this CPU with code; this CPU goes on with another thread. Never returns. */
    public static void exit(int code) {
        long thread = PerCpu.currentThread();
        Memory.write32(thread + Thread.EXIT_CODE, code);
        Memory.write32(thread + Thread.STATE, ENDED);   // thread_priority and the like find it gone (under its process's lock)
        ProgramOutput.endLine();
        long process = Process.of(thread);
        // Before LIVE drops: the last thread's teardown may destroy the space at once. The siblings must not reach frames the reap frees.
        IpcBuffers.unmap(thread, root(thread));
        if (process != 0 && Process.threadEnded(process, code)) {
            endProcess(thread, process);
        } else if (process != 0) {
            leaveIpc(thread);
        }
        Scheduler.exit();
    }

    /**
     * A thread that is not its process's last ends: it leaves IPC now (its reply slot's caller fails with
     * EPIPE, its notification is unbound), since the process's teardown, which does so for every thread,
     * may be far off. The record is the thread's per-call outcome (the first Outcome.SIZE bytes of SPARE,
     * the syscall layer's CallRecord OUTCOME), free once the thread has stopped making calls.
     */
    private static void leaveIpc(long thread) {
        long outcome = thread + EXIT_OUTCOME;
        Ipc.cancel(thread, outcome);
        for (int i = 0; i < Outcome.MAX_WOKEN; i++) {
            if (Outcome.woken(outcome, i) != 0) Scheduler.wake(Outcome.woken(outcome, i));
        }
        if (Outcome.switchTo(outcome) != 0) Scheduler.wake(Outcome.switchTo(outcome));
    }

    /**
     * The exiting thread was its process's last: it leaves the address space (the kernel's CR3 from now
     * on, as the idle context's) and tears the process down, making runnable every thread that fails with
     * EPIPE because of it; then reaps the process if it is to be reaped at death, and signals its death
     * to the notification a watch set. A reference of its own keeps the block while it does.
     */
    private static void endProcess(long thread, long process) {
        long kernel = Cpu.gsRead64(PerCpu.KERNEL_CR3);
        Memory.write64(thread + Thread.ROOT, kernel);
        Cpu.writeCr3(kernel);
        KernelObject.retain(process);
        for (long woken = Process.teardown(process); woken != 0; woken = Process.teardown(process)) Scheduler.wake(woken);
        if (Process.reapsAtDeath(process) && Process.claimReap(process)) reap(process, thread);
        long notification = Process.takeDeathNotice(process);
        if (notification != 0) Objects.signalAndRelease(notification, Process.deathBits(process), process + Process.OUTCOME);
        Process.release(process);
    }

    /**
     * Reaps the DEAD process whose last thread, current, is ending: frees every thread's IPC buffer, every
     * other thread's stack and block (each once no CPU runs on it), has current's freed as soon as it is off its stack, and gives
     * back the process's own reference. What is left is the process block, freed with the last
     * capability naming it.
     */
    public static void reap(long process, long current) {
        for (long t = Process.firstThread(process); t != 0;) {
            long after = Process.next(t);
            IpcBuffers.release(t);   // unmapped at the thread's exit; the space's teardown cancelled its IPC
            if (t == current) {
                SchedState.markFreeOnExit(t);
            } else {
                while (!Scheduler.dead(t)) SpinLock.relax();   // it ended on another CPU and is switching away
                Stacks.free(t + SIZE);
            }
            t = after;
        }
        Process.forgetThreads(process);
        KernelObject.release(process);
    }

    /**
     * Called by the exception handler for an exception in ring 3 (not an NMI), the state already in the
     * thread's frame: reports it and ends the thread. Never returns.
     */
    public static void fault(long interrupted) {
        int vector = InterruptFrame.vector(interrupted);
        long address = vector == ExceptionNames.PAGE_FAULT ? Cpu.readCr2() : 0;
        ProgramOutput.endLine();
        Log.begin(Log.ERROR);
        killedBy();
        Log.print(ExceptionNames.name(vector));
        Log.print(" (vector ");
        Log.dec(vector);
        Log.print(") at rip ");
        Log.hex(InterruptFrame.rip(interrupted), 16);
        if (vector == ExceptionNames.PAGE_FAULT) {
            Log.print(", address ");
            Log.hex(address, 16);
        }
        Log.print(", error code ");
        Log.hex(InterruptFrame.errorCode(interrupted));
        Log.end();
        long thread = PerCpu.currentThread(), process = Process.of(thread);
        if (process != 0) {   // one thread's fault ends the process
            Process.stopAll(process, thread, FAULT_BASE - vector, vector, InterruptFrame.rip(interrupted), address,
                    InterruptFrame.errorCode(interrupted));
        }
        exit(FAULT_BASE - vector);
    }

    /** The return path refuses the thread's rip or rsp ({@link UserReturn#END}): reports and ends it as a #GP would. */
    static void badReturn(long thread, long rip, long rsp) {
        ProgramOutput.endLine();
        Log.begin(Log.ERROR);
        killedBy();
        Log.print("a return to a non-user address: rip ");
        Log.hex(rip, 16);
        Log.print(", rsp ");
        Log.hex(rsp, 16);
        Log.end();
        exit(FAULT_BASE - ExceptionNames.GENERAL_PROTECTION);
    }

    private static void killedBy() {
        long name = name(PerCpu.currentThread());
        Log.print("process: ");
        if (name != 0) Log.cString(name);
        Log.print(" killed by ");
    }

    /**
     * Called by the return path with the current thread's frame, on the thread's kernel stack: lets the
     * scheduler switch to a thread that should run first, ends a killed thread, then says how to return
     * (UserReturn.SYSRET or IRET), ending the thread instead if its rip or rsp is refused.
     */
    @Export("jos_kernel_user_return")
    static int returnPath(long frame) {
        Scheduler.atUserReturn();
        if (Scheduler.killed(PerCpu.currentThread())) exit(KILLED);   // after the switch: it may have been killed meanwhile
        long rip = UserFrame.get(frame, UserFrame.RIP), rsp = UserFrame.get(frame, UserFrame.RSP);
        int way = UserReturn.decide(rip, rsp, UserFrame.get(frame, UserFrame.RCX), UserFrame.get(frame, UserFrame.R11),
                UserFrame.get(frame, UserFrame.RFLAGS));
        if (way == UserReturn.END) badReturn(PerCpu.currentThread(), rip, rsp);
        Scheduler.frameDecided(PerCpu.currentThread());
        return way;
    }
}
