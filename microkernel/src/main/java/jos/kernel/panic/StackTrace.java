package jos.kernel.panic;

import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.console.Log;
import jos.kernel.x86.idt.InterruptFrame;
import jos.x86.VirtualAddress;

/**
 * Prints this CPU's Java stack, innermost first, from the shadow frame chain at GS:0:
 *
 * <pre>
 * stack trace:
 *     at jos.kernel.memory.Frames.clear(Frames.java)
 *     at jos.kernel.Kernel.main(Kernel.java:31)
 * </pre>
 *
 * After an exception the first line names the method containing the interrupted RIP ({@link CodeTable};
 * no line number: a leaf keeps no frame to hold one), unless that method is on the chain already.
 * The frames of the exception handler itself (on the stack just below the {@link InterruptFrame}) are
 * left out. A file name of 0 prints as "Unknown Source", a line of 0 or less is left out, an empty
 * chain prints {@code stack trace: no Java frames}. At most {@link #MAX_FRAMES} frames are printed; a
 * chain pointer that is not a canonical, 8-byte aligned address ends the walk with a note.
 */
public final class StackTrace {
    private StackTrace() {
    }

    static final int MAX_FRAMES = 64;
    /** Frames of these classes are the panic's own and are left out of a panic's trace. */
    static final String PANIC_PACKAGE = "jos.kernel.panic.";
    /** Frames this close below the interrupt frame belong to the handler that reports it. */
    static final long HANDLER_STACK_WINDOW = 64 * 1024;

    /** Prints the stack; interruptFrame is the exception's frame, or 0 for a panic without one. */
    public static void print(long interruptFrame) {
        RuntimeSymbols.load();
        long frame = Cpu.gsRead64(ShadowFrame.TOP_GS_OFFSET);
        if (interruptFrame != 0) {
            while (frame != 0 && plausible(frame) && frame < interruptFrame && interruptFrame - frame <= HANDLER_STACK_WINDOW) {
                frame = ShadowFrame.prev(frame);
            }
        } else {
            // A panic called from Java: the trace starts at the caller of the panic machinery.
            while (frame != 0 && plausible(frame) && JavaString.startsWith(MethodMeta.className(ShadowFrame.meta(frame)), PANIC_PACKAGE)) {
                frame = ShadowFrame.prev(frame);
            }
        }
        long ripMeta = 0;
        if (interruptFrame != 0 && RuntimeSymbols.codeTableCount() != 0) {
            ripMeta = CodeTable.methodAt(RuntimeSymbols.codeTable(), RuntimeSymbols.codeTableCount(), InterruptFrame.rip(interruptFrame));
            if (inChain(frame, ripMeta)) ripMeta = 0;
        }
        if (frame == 0 && ripMeta == 0) {
            Log.println("stack trace: no Java frames");
            return;
        }
        Log.println("stack trace:");
        if (ripMeta != 0) method(ripMeta, 0);
        for (int depth = 0; frame != 0; depth++) {
            if (!plausible(frame)) {
                Log.print("    (frame chain broken at ");
                Log.hex(frame, 16);
                Log.println(")");
                return;
            }
            if (depth == MAX_FRAMES) {
                Log.println("    ... (more frames)");
                return;
            }
            method(ShadowFrame.meta(frame), ShadowFrame.line(frame));
            frame = ShadowFrame.prev(frame);
        }
    }

    /**
     * Whether meta is the method of one of the first {@link #MAX_FRAMES} frames from frame. A method
     * that keeps a frame is listed with its line anyway; only leaves (which never keep one) need the
     * RIP line. (gcc may inline a framed callee, so the RIP can lie in a caller further down the chain.)
     */
    private static boolean inChain(long frame, long meta) {
        for (int depth = 0; frame != 0 && plausible(frame) && depth < MAX_FRAMES; depth++) {
            if (ShadowFrame.meta(frame) == meta) return true;
            frame = ShadowFrame.prev(frame);
        }
        return false;
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

    /** A canonical, 8-byte aligned address. */
    private static boolean plausible(long address) {
        return (address & 7) == 0 && VirtualAddress.canonical(address);
    }
}
