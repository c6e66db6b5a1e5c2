package jos.kernel.trap;

import jos.kernel.time.Clock;
import jos.hw.Cpu;
import jos.kernel.x86.idt.ExceptionNames;
import jos.kernel.x86.idt.Idt;
import jos.kernel.x86.idt.InterruptFrame;
import jos.hw.Export;
import jos.kernel.console.Log;
import jos.kernel.panic.NmiPropagation;
import jos.kernel.panic.Panic;
import jos.kernel.panic.StackTrace;
import jos.kernel.x86.user.UserFrame;
import jos.kernel.process.UserThread;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.apic.Vectors;
import jos.kernel.sched.Scheduler;
import jos.x86.Msr;

/**
 * Where every exception stub arrives, with interrupts off (interrupt gates) and the interrupted
 * registers in an {@link InterruptFrame}. Vectors from 32 up are interrupts ({@link Interrupts}). A
 * breakpoint (int3) is reported with the Java stack and execution continues after the int3; an NMI during
 * a panic stops this CPU ({@link #nmi}), any other one is offered to the installed
 * {@link Interrupts.NmiHandler} and, unclaimed, is a panic; a timer tick that interrupted ring 3 also counts
 * against the running thread's quantum (sched.Scheduler#tick); an exception in ring 3 (other than an NMI) ends the user
 * thread ({@link UserThread#fault}); every other exception is a kernel panic. The CPU counts itself in a
 * handler meanwhile, so that an allocation there is caught (jos.kernel.memory.Heap).
 */
public final class ExceptionHandler {
    private ExceptionHandler() {
    }

    @Export("jos_kernel_exception")
    static void handle(long frame) {
        if (InterruptFrame.ring(frame) == 3) saveUserState(frame);
        PerCpu.enterHandler();
        dispatch(frame);
        PerCpu.leaveHandler();
    }

    /**
     * The complete user state into the current thread's frame, where the return path restores it from
     * (the user's GS base is in IA32_KERNEL_GS_BASE after the stub's swapgs). Ring 3 runs only as a thread.
     */
    private static void saveUserState(long frame) {
        long thread = PerCpu.currentThread();
        if (thread == 0) panic(frame);
        UserFrame.capture(UserThread.frame(thread), frame, Cpu.readMsr(Msr.IA32_FS_BASE), Cpu.readMsr(Msr.IA32_KERNEL_GS_BASE));
    }

    private static void dispatch(long frame) {
        int vector = (int) InterruptFrame.vector(frame);
        if (vector >= Idt.EXCEPTIONS) {
            if (vector == Vectors.TIMER && InterruptFrame.ring(frame) == 3) Scheduler.tick();   // the quantum runs in ring 3 only
            Interrupts.dispatch(vector);
            if (vector == Vectors.TIMER && TimerTick.mayFire(InterruptFrame.ring(frame), InterruptFrame.rip(frame))) {
                TimerTick.expire(Clock.nanosSinceBoot());
            }
            return;
        }
        if (vector == ExceptionNames.NMI) {
            nmi(frame);
            return;
        }
        if (InterruptFrame.ring(frame) == 3) {
            UserThread.fault(frame);   // ends the thread: the CPU goes on with another
            return;
        }
        if (vector == ExceptionNames.BREAKPOINT) {
            ExceptionReport.print(frame);
            StackTrace.print(frame);
            Log.println("exception: breakpoint, continuing");
            return;
        }
        panic(frame);
    }

    /** Panics for the exception whose frame is at frame, with its report. Does not return. */
    public static void panic(long frame) {
        Panic.exceptionBegin(frame);
        ExceptionReport.print(frame);
        Panic.exceptionEnd(frame);
    }

    /**
     * An NMI: during a panic, the panicking CPU stopping this one (it halts here, inside the handler);
     * at any other time an unexpected NMI (a hardware error), which is a panic.
     */
    public static void nmi(long frame) {
        if (Panic.inProgress()) NmiPropagation.haltOnNmi();
        if (Interrupts.nmiClaimed()) return;   // a panic's NMI (maybe merged with another) came first above
        panic(frame);
    }
}
