package jos.kernel.panic;

import jos.hw.Atomic;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.hw.Naked;
import jos.kernel.boot.limine.BootInfo;
import jos.kernel.boot.limine.CommandLine;
import jos.kernel.console.Log;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.QemuExit;
import jos.kernel.x86.idt.ExceptionNames;
import jos.kernel.x86.idt.InterruptFrame;

/**
 * The end of the kernel on a CPU that cannot go on. The first panic prints
 *
 * <pre>
 * kernel panic on cpu 0: &lt;message&gt;            (after an exception: "unhandled page fault")
 * &lt;the exception report of jos.kernel.trap, when there is an exception&gt;
 * &lt;the Java stack, {@link StackTrace}&gt;
 * kernel panic: halting                        (or: kernel panic: exiting QEMU with code 3)
 * </pre>
 *
 * then stops the CPU (cli; hlt forever) or, when the command line has {@code qemu-exit=N} (a test run),
 * writes {@link #QEMU_EXIT_CODE} to QEMU's isa-debug-exit port first. Only one panic reports: a panic
 * while one is in progress, on the same CPU (a fault while panicking) or another, prints a single line,
 * {@code kernel panic on cpu 0: <message> (while panicking)} or
 * {@code kernel panic on cpu 1: <message> (while cpu 0 panics)}, and halts; any later one halts silently.
 * The other CPUs are stopped first, through NMIs ({@link NmiPropagation}); the report says how.
 */
public final class Panic {
    private Panic() {
    }

    /** What QEMU's isa-debug-exit device gets on a panic under test: QEMU exits with (3 << 1) | 1 = 7. */
    public static final int QEMU_EXIT_CODE = 3;

    /** [OWNER]: 1 + the id of the CPU whose panic is reporting, 0 before any; [NESTED]: later panics. */
    static final long[] STATE = new long[2];
    private static final int OWNER = 0, NESTED = 1;

    /** Panics with a message. Does not return. */
    public static void panic(String message) {
        Cpu.cli();
        int cpu = PerCpu.cpuId();
        if (!begin(cpu, message, -1)) {
            halt();
            return;
        }
        NmiPropagation.stopOtherCpus(cpu);
        header(cpu, message, -1);
        Log.newline();
        NmiPropagation.report();
        StackTrace.print(0);
        finish(BootInfo.commandLine());
    }

    /**
     * Begins the panic for the exception whose {@link InterruptFrame} is at frame: the header and how the
     * other CPUs stopped. Does not return if a panic is already in progress. The caller (the trap layer,
     * which decodes exceptions) then prints its report of the exception and calls {@link #exceptionEnd}.
     */
    public static void exceptionBegin(long frame) {
        Cpu.cli();
        int cpu = PerCpu.cpuId();
        int vector = InterruptFrame.vector(frame);
        if (!begin(cpu, null, vector)) {
            halt();
            return;
        }
        NmiPropagation.stopOtherCpus(cpu);
        header(cpu, null, vector);
        Log.newline();
        NmiPropagation.report();
    }

    /** Ends the panic {@link #exceptionBegin} began: the Java stack below the frame, then stop. Does not return. */
    public static void exceptionEnd(long frame) {
        StackTrace.print(frame);
        finish(BootInfo.commandLine());
    }

    /** Whether some CPU has begun a panic. */
    public static boolean inProgress() {
        return Atomic.load64(Memory.addressOf(STATE) + 8L * OWNER) != 0;
    }

    /**
     * Claims the report for this CPU; false (after at most one line, for the first later panic) when a
     * panic is already in progress.
     */
    private static boolean begin(int cpu, String message, int vector) {
        long state = Memory.addressOf(STATE);
        long owner = Atomic.compareAndExchange64(state + 8L * OWNER, 0, cpu + 1L);
        if (owner == 0) {
            Log.enterPanicMode();
            return true;
        }
        if (Atomic.getAndAdd64(state + 8L * NESTED, 1) == 0) {
            header(cpu, message, vector);
            if (owner == cpu + 1L) {
                Log.print(" (while panicking)");
            } else {
                Log.print(" (while cpu ");
                Log.dec(owner - 1);
                Log.print(" panics)");
            }
            Log.newline();
        }
        return false;
    }

    /** "kernel panic on cpu N: message" without the newline; vector >= 0: "unhandled <exception name>". */
    private static void header(int cpu, String message, int vector) {
        Log.print("kernel panic on cpu ");
        Log.dec(cpu);
        Log.print(": ");
        if (vector >= 0) {
            Log.print("unhandled ");
            Log.print(ExceptionNames.name(vector));
        } else {
            Log.print(message);
        }
    }

    /** Ends the report: exits QEMU under test (command line qemu-exit=N), else halts. */
    static void finish(long commandLine) {
        if (CommandLine.intOption(commandLine, "qemu-exit") >= 0) {
            Log.print("kernel panic: exiting QEMU with code ");
            Log.dec(QEMU_EXIT_CODE);
            Log.newline();
            QemuExit.request(QEMU_EXIT_CODE);
        }
        Log.println("kernel panic: halting");
        halt();
    }

    /** cli; hlt, forever (an NMI returns to the loop). */
    @Naked({"1:", "cli", "hlt", "jmp 1b"})
    static native void halt();
}
