package jos.kernel.process;

import jos.hw.Naked;
import jos.kernel.console.Log;
import jos.kernel.x86.cpu.Gdt;
import jos.kernel.x86.cpu.Rflags;
import jos.kernel.x86.cpu.Selectors;
import jos.kernel.x86.cpu.Tss;
import jos.kernel.x86.idt.ExceptionNames;
import jos.kernel.x86.idt.InterruptFrame;
import jos.kernel.memory.KernelAddressSpace;
import jos.kernel.x86.PerCpu;

/**
 * Runs a loaded user program ({@link UserImage}) in ring 3 on this CPU until it ends, and returns its exit
 * code. {@link #enter} saves the callee-saved registers, RFLAGS and the compiled runtime's per-CPU words
 * (PerCpu RUNTIME_TOP_FRAME, RUNTIME_STACK_LIMIT, INTERRUPT_DEPTH) on the kernel stack, records the aligned
 * rsp below them in PerCpu USER_RESUME_RSP and in TSS.RSP0 (system calls and interrupts from
 * ring 3 run below the saved state), loads the program's CR3 and enters it with iretq ({@link Selectors#USER_CODE}, {@link Selectors#USER_DATA},
 * RFLAGS {@link Rflags#USER}: IF set, IOPL 0, ID/NT/AC/DF/TF clear; general registers zeroed). {@link #resume} goes back: the kernel's CR3 (PerCpu KERNEL_CR3),
 * the recorded rsp, the saved state, and enter returns the code. The exit system call resumes with the
 * program's code; an exception in ring 3 is reported and resumes with {@link #FAULT_BASE} - vector.
 */
public final class UserMode {
    /** A program ended by exception v exits with code FAULT_BASE - v (-1000 - v). */
    public static final int FAULT_BASE = -1000;

    /** The NUL-terminated name of the program running on the bootstrap CPU (for reports), or 0. */
    static long name;

    private UserMode() {
    }

    /** Runs the program loaded into the address space root at entry with its stack ending at stackTop; its exit code. */
    public static int run(long programName, long root, long entry, long stackTop) {
        name = programName;
        PerCpu.setKernelRoot(KernelAddressSpace.root());
        int code = (int) enter(root, entry, stackTop, Tss.rsp0Address(Gdt.tss(PerCpu.gdtBlock())));
        ProgramOutput.endLine();
        name = 0;
        return code;
    }

    /**
     * Called by the exception handler for an exception in ring 3 (not an NMI): reports it and ends the
     * program. Never returns.
     */
    public static void fault(long frame) {
        int vector = InterruptFrame.vector(frame);
        ProgramOutput.endLine();
        Log.begin(Log.ERROR);
        Log.print("process: ");
        if (name != 0) Log.cString(name);
        Log.print(" killed by ");
        Log.print(ExceptionNames.name(vector));
        Log.print(" (vector ");
        Log.dec(vector);
        Log.print(") at rip ");
        Log.hex(InterruptFrame.rip(frame), 16);
        if (vector == ExceptionNames.PAGE_FAULT) {
            Log.print(", address ");
            Log.hex(jos.hw.Cpu.readCr2(), 16);
        }
        Log.print(", error code ");
        Log.hex(InterruptFrame.errorCode(frame));
        Log.end();
        resume(FAULT_BASE - vector);
    }

    /**
     * Enters ring 3: root (rdi) the PML4, entry (rsi), stack (rdx), rsp0 (rcx) the address of this CPU's
     * TSS.RSP0. Returns the code {@link #resume} passes.
     */
    @Naked({
            "pushq %rbx",
            "pushq %rbp",
            "pushq %r12",
            "pushq %r13",
            "pushq %r14",
            "pushq %r15",
            "pushfq",
            "cli",
            "pushq %gs:" + PerCpu.RUNTIME_TOP_FRAME,
            "pushq %gs:" + PerCpu.RUNTIME_STACK_LIMIT,
            "movl %gs:" + PerCpu.INTERRUPT_DEPTH + ", %eax",
            "pushq %rax",
            "movq %rsp, %rax",
            "andq $-16, %rsp",
            "pushq %rax",
            "pushq %rax",
            "movq %rsp, %gs:" + PerCpu.USER_RESUME_RSP,
            "movq %rsp, (%rcx)",
            "movq %rdi, %cr3",
            "pushq $" + Selectors.USER_DATA,
            "pushq %rdx",
            "pushq $" + Rflags.USER,
            "pushq $" + Selectors.USER_CODE,
            "pushq %rsi",
            "xorl %eax, %eax",
            "xorl %ebx, %ebx",
            "xorl %ecx, %ecx",
            "xorl %edx, %edx",
            "xorl %esi, %esi",
            "xorl %edi, %edi",
            "xorl %ebp, %ebp",
            "xorl %r8d, %r8d",
            "xorl %r9d, %r9d",
            "xorl %r10d, %r10d",
            "xorl %r11d, %r11d",
            "xorl %r12d, %r12d",
            "xorl %r13d, %r13d",
            "xorl %r14d, %r14d",
            "xorl %r15d, %r15d",
            "swapgs",
            "iretq"})
    static native long enter(long root, long entry, long stack, long rsp0);

    /** Ends the running program: back to the kernel's CR3 and stack; {@link #enter} returns code. */
    @Naked({
            "cli",
            "movslq %edi, %rax",
            "movq %gs:" + PerCpu.KERNEL_CR3 + ", %rcx",
            "movq %rcx, %cr3",
            "movq %gs:" + PerCpu.USER_RESUME_RSP + ", %rsp",
            "movq (%rsp), %rsp",
            "popq %rcx",
            "movl %ecx, %gs:" + PerCpu.INTERRUPT_DEPTH,
            "popq %gs:" + PerCpu.RUNTIME_STACK_LIMIT,
            "popq %gs:" + PerCpu.RUNTIME_TOP_FRAME,
            "popfq",
            "popq %r15",
            "popq %r14",
            "popq %r13",
            "popq %r12",
            "popq %rbp",
            "popq %rbx",
            "ret"})
    public static native void resume(int code);
}
