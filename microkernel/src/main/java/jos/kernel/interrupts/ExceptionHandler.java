package jos.kernel.interrupts;

import jos.hw.Export;
import jos.kernel.console.Log;
import jos.kernel.panic.Panic;
import jos.kernel.panic.StackTrace;
import jos.kernel.process.UserMode;
import jos.kernel.smp.PerCpu;

/**
 * Where every exception stub arrives, with interrupts off (interrupt gates) and the interrupted
 * registers in an {@link InterruptFrame}. Vectors from 32 up are interrupts ({@link Interrupts}). A
 * breakpoint (int3) is reported with the Java stack and execution continues after the int3; an NMI during
 * a panic stops this CPU ({@link Panic#nmi}), any other one is offered to the installed
 * {@link Interrupts.NmiHandler} and, unclaimed, is a panic; an exception in ring 3 (other than an NMI) ends the user
 * program ({@link UserMode#fault}); every other exception is a kernel panic. The CPU counts itself in a
 * handler meanwhile, so that an allocation there is caught (jos.kernel.memory.Heap).
 */
public final class ExceptionHandler {
    private ExceptionHandler() {
    }

    @Export("jos_kernel_exception")
    static void handle(long frame) {
        PerCpu.enterHandler();
        dispatch(frame);
        PerCpu.leaveHandler();
    }

    private static void dispatch(long frame) {
        int vector = (int) InterruptFrame.vector(frame);
        if (vector >= Idt.EXCEPTIONS) {
            Interrupts.dispatch(vector);
            return;
        }
        if (vector == ExceptionNames.NMI) {
            if (!Panic.inProgress() && Interrupts.nmiClaimed()) return;   // a panic's NMI (maybe merged with another) comes first
            Panic.nmi(frame);
            return;
        }
        if (InterruptFrame.ring(frame) == 3) {
            UserMode.fault(frame);   // ends the program: resumes the kernel where it entered user mode
            return;
        }
        if (vector == ExceptionNames.BREAKPOINT) {
            ExceptionReport.print(frame);
            StackTrace.print(frame);
            Log.println("exception: breakpoint, continuing");
            return;
        }
        Panic.exception(frame);
    }
}
