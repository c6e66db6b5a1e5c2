package jos.kernel.panic;

import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.console.Log;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.idt.InterruptFrame;

/**
 * Prints this CPU's Java stack, innermost first, from the frame-pointer chain mapped through the
 * compiler's {@link TraceTable}:
 *
 * <pre>
 * stack trace:
 *     at jos.kernel.memory.Frames.clear(Frames.java:112)
 *     at jos.kernel.Kernel.main(Kernel.java:31)
 * </pre>
 *
 * After an exception the walk starts at the interrupted RIP (its frames, with the faulting line) and the
 * interrupted rbp, so the handler's own frames never show (in an assembly method, which keeps no frame
 * record and has no line, or at an address outside all code, the caller comes from the return address at
 * the interrupted rsp); for a panic called from Java it starts here
 * and leaves out the leading frames of this package (the panic's own). Each frame record is the caller's
 * rbp and a return address, whose address less one lies in the call. A file name of 0 prints as "Unknown
 * Source", a line of 0 or less is left out, no Java frame at all prints {@code stack trace: no Java
 * frames}. The walk allocates nothing and stops after {@link #MAX_FRAMES} frames, at rbp 0 (the entry
 * code clears it), or with a note at a frame pointer outside the stack it started on: this CPU's kernel
 * stack or the current thread's (their tops are per-CPU data), each at most {@link #MAX_STACK_BYTES}.
 */
public final class StackTrace {
    private StackTrace() {
    }

    static final int MAX_FRAMES = 64;
    /** Frames of these classes are the panic's own and are left out of a panic's trace. */
    static final String PANIC_PACKAGE = "jos.kernel.panic.";
    /** No kernel stack is larger (smp.ApplicationProcessors.KERNEL_STACK_BYTES, process.UserThread.STACK_BYTES; tested). */
    static final long MAX_STACK_BYTES = 64 * 1024;
    /** A frame record: the saved rbp, then the return address. */
    static final int RECORD_BYTES = 16, RETURN_ADDRESS = 8;

    /** Prints the stack; interruptFrame is the exception's frame, or 0 for a panic without one. */
    public static void print(long interruptFrame) {
        if (interruptFrame != 0) {
            if (InterruptFrame.ring(interruptFrame) != 0) {
                Log.println("stack trace: no Java frames (interrupted in ring 3)");
                return;
            }
            walk(InterruptFrame.rip(interruptFrame), InterruptFrame.get(interruptFrame, InterruptFrame.RBP),
                    InterruptFrame.get(interruptFrame, InterruptFrame.RSP), false);
        } else {
            walk(Cpu.programCounter(), Cpu.framePointer(), 0, true);
        }
    }

    /**
     * Prints the frames at pc (an instruction of the function whose frame is fp), then those of each
     * return address up the chain from fp; with skipPanic the leading frames of {@link #PANIC_PACKAGE} are
     * left out. rsp (0 when unknown) is the stack pointer at pc: where pc lies in an assembly method (which
     * keeps no frame record, so fp is its caller's) or outside all code (a jump or call to a bad address),
     * the return address on top of the stack names the caller first.
     */
    static void walk(long pc, long fp, long rsp, boolean skipPanic) {
        RuntimeSymbols.load();
        long table = RuntimeSymbols.traceTable();
        long top = stackTop(fp);
        int printed = 0;
        boolean skipping = skipPanic;
        long entry = table == 0 ? 0 : TraceTable.entryAt(table, pc);
        boolean frameless = entry != 0 && (TraceEntry.count(entry) == 0 ? TraceTable.isLast(table, entry)
                : TraceFrame.frameless(TraceTable.frame(table, entry, 0)));
        for (int records = 0; ; records++) {
            int count = entry == 0 ? 0 : TraceEntry.count(entry);
            for (int i = 0; i < count; i++) {
                long frame = TraceTable.frame(table, entry, i);
                long meta = TraceFrame.meta(frame);
                if (skipping && meta != 0 && JavaString.startsWith(MethodMeta.className(meta), PANIC_PACKAGE)) continue;
                skipping = false;
                if (printed == MAX_FRAMES) {
                    Log.println("    ... (more frames)");
                    return;
                }
                if (printed == 0) Log.println("stack trace:");
                method(meta, TraceFrame.line(frame));
                printed++;
            }
            if (frameless && rsp != 0 && (rsp & 7) == 0 && stackTop(rsp) != 0) {
                frameless = false;
                entry = table == 0 ? 0 : TraceTable.entryAt(table, Memory.read64(rsp) - 1);
                continue;
            }
            if (fp == 0 || records == MAX_FRAMES * 4) break;
            if (top == 0 || (fp & 7) != 0 || !TraceTable.unsignedAtMost(fp + RECORD_BYTES, top)) {
                if (printed == 0) Log.println("stack trace:");
                Log.print("    (frame chain left the stack at ");
                Log.hex(fp, 16);
                Log.println(")");
                return;
            }
            long up = Memory.read64(fp);
            entry = table == 0 ? 0 : TraceTable.entryAt(table, Memory.read64(fp + RETURN_ADDRESS) - 1);
            if (up != 0 && TraceTable.unsignedAtMost(up, fp)) top = 0;   // a chain only goes up: the next check reports it
            fp = up;
        }
        if (printed == 0) Log.println("stack trace: no Java frames");
    }

    /**
     * The top of the stack fp lies in, or 0 when it is in neither this CPU's kernel stack nor the current
     * thread's (whose block lies just above its stack): the walk stays below it.
     */
    static long stackTop(long fp) {
        long cpuTop = Cpu.gsRead64(PerCpu.KERNEL_STACK_TOP);
        if (within(fp, cpuTop)) return cpuTop;
        long threadTop = Cpu.gsRead64(PerCpu.CURRENT_THREAD);
        if (within(fp, threadTop)) return threadTop;
        return 0;
    }

    private static boolean within(long fp, long top) {
        return top != 0 && TraceTable.unsignedAtMost(top - MAX_STACK_BYTES, fp) && !TraceTable.unsignedAtMost(top, fp);
    }

    /** "    at class.method(File.java:line)". */
    private static void method(long meta, int line) {
        Log.print("    at ");
        if (meta == 0) {
            Log.println("(no method descriptor)");
            return;
        }
        JavaString.print(MethodMeta.className(meta), "?");
        Log.print(".");
        JavaString.print(MethodMeta.methodName(meta), "?");
        Log.print("(");
        JavaString.print(MethodMeta.fileName(meta), "Unknown Source");
        if (line > 0) {
            Log.print(":");
            Log.dec(line);
        }
        Log.println(")");
    }
}
