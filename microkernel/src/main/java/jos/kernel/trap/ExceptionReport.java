package jos.kernel.trap;

import jos.kernel.x86.idt.ExceptionNames;
import jos.kernel.x86.idt.InterruptFrame;
import jos.hw.Cpu;
import jos.kernel.console.Log;
import jos.kernel.memory.Stacks;
import jos.kernel.x86.PerCpu;

/**
 * The report of an exception, from its {@link InterruptFrame}. The format is stable (tests and QEMU
 * runs match it):
 *
 * <pre>
 * exception: page fault (vector 14) on cpu 0 at rip 0xffffffff80001234
 * page fault: address 0x0000000000000000, not present, read, kernel, data
 *   rax 0x0000000000000000  rbx 0x0000000000000000  rcx 0x0000000000000000  rdx 0x0000000000000000
 *   rsi 0x...  rdi 0x...  rbp 0x...  rsp 0x...
 *   r8  0x...  r9  0x...  r10 0x...  r11 0x...
 *   r12 0x...  r13 0x...  r14 0x...  r15 0x...
 *   rip 0x...  rflags 0x...  cs 0x0008  ss 0x0010
 *   cr0 0x...  cr2 0x...  cr3 0x...  cr4 0x...
 * </pre>
 *
 * The second line depends on the vector. A page fault decodes its error code ({@link PageFaultError})
 * with CR2, and {@link #stackGuardHit} may add {@code page fault: stack overflow into the guard page of
 * the kernel stack of CPU 0}. #TS, #NP, #SS and #GP print {@code general protection fault: error code
 * 0x0000: no selector} ({@link ErrorCodes}). The other vectors with an error code print
 * {@code double fault: error code 0x0}; the rest print no second line.
 */
public final class ExceptionReport {
    private ExceptionReport() {
    }

    public static void print(long frame) {
        long cr2 = Cpu.readCr2();
        int vector = InterruptFrame.vector(frame);
        long code = InterruptFrame.errorCode(frame);
        Log.print("exception: ");
        Log.print(ExceptionNames.name(vector));
        Log.print(" (vector ");
        Log.dec(vector);
        Log.print(") on cpu ");
        Log.dec(PerCpu.cpuId());
        Log.print(" at rip ");
        Log.hex(InterruptFrame.rip(frame), 16);
        Log.newline();
        if (vector == ExceptionNames.PAGE_FAULT) {
            Log.print("page fault: ");
            PageFaultError.print(code, cr2);
            Log.newline();
            stackGuardHit(cr2);
        } else if (ErrorCodes.isSelectorCode(vector)) {
            Log.print(ExceptionNames.name(vector));
            Log.print(": ");
            ErrorCodes.printSelectorCode(code);
            Log.newline();
        } else if (ErrorCodes.pushedByCpu(vector)) {
            Log.print(ExceptionNames.name(vector));
            Log.print(": error code ");
            Log.hex(code);
            Log.newline();
        }
        registers(frame, cr2);
    }

    /**
     * After the page-fault line: when CR2 lies in a stack's guard page (a stack overflow in code that
     * keeps no stack check, or on an interrupt stack), names that stack, e.g.
     * {@code page fault: stack overflow into the guard page of the kernel stack of CPU 0}.
     */
    static void stackGuardHit(long address) {
        if (Stacks.guardHit(address) < 0) return;
        Log.print("page fault: stack overflow into the guard page of ");
        Stacks.describeGuardHit(address);
        Log.newline();
    }

    private static void registers(long frame, long cr2) {
        register("rax", InterruptFrame.get(frame, InterruptFrame.RAX));
        register("rbx", InterruptFrame.get(frame, InterruptFrame.RBX));
        register("rcx", InterruptFrame.get(frame, InterruptFrame.RCX));
        register("rdx", InterruptFrame.get(frame, InterruptFrame.RDX));
        Log.newline();
        register("rsi", InterruptFrame.get(frame, InterruptFrame.RSI));
        register("rdi", InterruptFrame.get(frame, InterruptFrame.RDI));
        register("rbp", InterruptFrame.get(frame, InterruptFrame.RBP));
        register("rsp", InterruptFrame.get(frame, InterruptFrame.RSP));
        Log.newline();
        register("r8 ", InterruptFrame.get(frame, InterruptFrame.R8));
        register("r9 ", InterruptFrame.get(frame, InterruptFrame.R9));
        register("r10", InterruptFrame.get(frame, InterruptFrame.R10));
        register("r11", InterruptFrame.get(frame, InterruptFrame.R11));
        Log.newline();
        register("r12", InterruptFrame.get(frame, InterruptFrame.R12));
        register("r13", InterruptFrame.get(frame, InterruptFrame.R13));
        register("r14", InterruptFrame.get(frame, InterruptFrame.R14));
        register("r15", InterruptFrame.get(frame, InterruptFrame.R15));
        Log.newline();
        register("rip", InterruptFrame.get(frame, InterruptFrame.RIP));
        register("rflags", InterruptFrame.get(frame, InterruptFrame.RFLAGS));
        Log.print("  cs ");
        Log.hex(InterruptFrame.get(frame, InterruptFrame.CS) & 0xFFFF, 4);
        Log.print("  ss ");
        Log.hex(InterruptFrame.get(frame, InterruptFrame.SS) & 0xFFFF, 4);
        Log.newline();
        register("cr0", Cpu.readCr0());
        register("cr2", cr2);
        register("cr3", Cpu.readCr3());
        register("cr4", Cpu.readCr4());
        Log.newline();
    }

    private static void register(String name, long value) {
        Log.print("  ");
        Log.print(name);
        Log.print(" ");
        Log.hex(value, 16);
    }
}
