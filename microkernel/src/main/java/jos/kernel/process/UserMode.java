package jos.kernel.process;

import jos.hw.Naked;
import jos.kernel.console.Log;
import jos.kernel.cpu.Gdt;
import jos.kernel.cpu.Rflags;
import jos.kernel.cpu.Tss;
import jos.kernel.interrupts.ExceptionNames;
import jos.kernel.interrupts.InterruptFrame;
import jos.kernel.memory.KernelAddressSpace;
import jos.kernel.smp.PerCpu;
import jos.kernel.syscall.Syscalls;

/**
 * Runs a loaded user program ({@link UserImage}) in ring 3 on this CPU until it ends, and returns its exit
 * code. {@link #enter} saves the callee-saved registers, RFLAGS and the compiled runtime's per-CPU words
 * (shadow frame top GS:0, stack limit GS:16, handler depth GS:96) on the kernel stack, records the aligned
 * rsp below them in PerCpu USER_RESUME_RSP (GS:120) and in TSS.RSP0 (system calls and interrupts from
 * ring 3 run below the saved state), loads the program's CR3 and enters it with iretq (user selectors,
 * RFLAGS {@link Rflags#USER}: IF set, IOPL 0, ID/NT/AC/DF/TF clear; general registers zeroed). {@link #resume} goes back: the kernel's CR3 (PerCpu KERNEL_CR3, GS:56),
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
        Syscalls.endLine();
        name = 0;
        return code;
    }

    /**
     * Called by the exception handler for an exception in ring 3 (not an NMI): reports it and ends the
     * program. Never returns.
     */
    public static void fault(long frame) {
        int vector = InterruptFrame.vector(frame);
        Syscalls.endLine();
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
            "pushq %gs:0",
            "pushq %gs:16",
            "movl %gs:96, %eax",
            "pushq %rax",
            "movq %rsp, %rax",
            "andq $-16, %rsp",
            "pushq %rax",
            "pushq %rax",
            "movq %rsp, %gs:120",
            "movq %rsp, (%rcx)",
            "movq %rdi, %cr3",
            "pushq $0x1b",
            "pushq %rdx",
            "pushq $" + Rflags.USER,
            "pushq $0x23",
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
            "movq %gs:56, %rcx",
            "movq %rcx, %cr3",
            "movq %gs:120, %rsp",
            "movq (%rsp), %rsp",
            "popq %rcx",
            "movl %ecx, %gs:96",
            "popq %gs:16",
            "popq %gs:0",
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
