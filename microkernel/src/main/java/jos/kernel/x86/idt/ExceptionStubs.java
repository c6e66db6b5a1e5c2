package jos.kernel.x86.idt;

import jos.hw.Naked;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.cpu.Rflags;
import jos.x86.Msr;

/**
 * The assembly entry points of the 32 exception vectors. Stub v starts at {@link #first()} + 16 * v
 * (each placed with .org, which fails to assemble if a stub outgrows its slot); it pushes a zero error code when the CPU pushes none, then v, and
 * jumps to the common routine, which
 * <ol>
 * <li>saves rax..r15 so the stack holds an {@link InterruptFrame}, and clears DF as C code expects,</li>
 * <li>swaps GS.base if the CPU came from ring 3 (so GS.base is always the kernel's per-CPU block),</li>
 * <li>saves the runtime's stack limit (PerCpu RUNTIME_STACK_LIMIT) and sets it to 0: the handler
 * may run on an interrupt stack below the limit of the interrupted one, and its depth is bounded,</li>
 * <li>calls {@code jos_kernel_exception(frame)} ({@code jos.kernel.trap.ExceptionHandler#handle}, a layer up) on a 16-byte aligned
 * stack, which first copies a ring-3 context into the current thread's frame (x86.user.UserFrame),</li>
 * <li>returns to ring 0 by undoing the above and iretq, and to ring 3 through the one return path,
 * {@code jos_user_return} (x86.user.SyscallEntry), which restores the thread's frame.</li>
 * </ol>
 * NMI, #DB and #MC (vectors 2, 1, 18) go to the paranoid routine instead, which differs in step 2 only:
 * they can arrive between syscall and the entry's swapgs (or between the swapgs and sysretq or iretq on
 * the way out), where the saved CS is the kernel's but GS.base the program's, so it reads IA32_GS_BASE
 * and swaps when that is not this CPU's per-CPU block address, which it finds in the slot right above
 * the frame on its own interrupt stack (smp.CpuTables, cpu.GsBase); on the way out it swaps back exactly
 * when it swapped (r13 remembers). No SSE or x87 state is touched: the kernel is compiled without them.
 */
final class ExceptionStubs {
    private ExceptionStubs() {
    }

    /** The distance between two stubs. */
    static final int STRIDE = 16;

    /**
     * The address of stub 0. The stubs and the common routine follow the ret in the same body, so they
     * are part of the image exactly when the IDT is.
     */
    /**
     * How both routines (the common one and the paranoid one) begin, on the interrupt frame the stub
     * completed: clear DF, and clear AC (a program may set it with popf, an interrupt does not clear it,
     * and with AC set SMAP would not stop the handler from touching user pages; clac would be an invalid
     * opcode on a CPU without SMAP), then push the general registers in InterruptFrame's order.
     */
    static final String SAVE = "cld\npushfq\nandq $" + ~Rflags.AC + ", (%rsp)\npopfq\n"
            + "pushq %rax\npushq %rbx\npushq %rcx\npushq %rdx\npushq %rsi\npushq %rdi\npushq %rbp\n"
            + "pushq %r8\npushq %r9\npushq %r10\npushq %r11\npushq %r12\npushq %r13\npushq %r14\npushq %r15";

    /**
     * Calls jos_kernel_exception(frame) on a 16-byte aligned stack with the runtime's stack limit off
     * (an interrupt stack is not the stack the limit describes) and rbp 0 (the frame chain of a stack trace
     * ends here: the interrupted context's rbp may be a program's; a panic trace starts from the frame's
     * own), and puts rsp and the limit back (rbp comes back with the other registers).
     */
    static final String CALL_HANDLER = "movq %rsp, %rbx\n"
            + "movq %gs:" + PerCpu.RUNTIME_STACK_LIMIT + ", %r12\n"
            + "movq $0, %gs:" + PerCpu.RUNTIME_STACK_LIMIT + "\n"
            + "movq %rsp, %rdi\nandq $-16, %rsp\nxorl %ebp, %ebp\ncall jos_kernel_exception\nmovq %rbx, %rsp\n"
            + "movq %r12, %gs:" + PerCpu.RUNTIME_STACK_LIMIT;

    @Naked({
            "leaq jos_exception_stubs(%rip), %rax",
            "ret",
            ".globl jos_exception_stubs",
            ".balign 16",
            "jos_exception_stubs:",
            "pushq $0",
            "pushq $0",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 1 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $1",
            "jmp jos_exception_paranoid",
            ".org jos_exception_stubs + " + 2 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $2",
            "jmp jos_exception_paranoid",
            ".org jos_exception_stubs + " + 3 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $3",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 4 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $4",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 5 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $5",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 6 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $6",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 7 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $7",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 8 * STRIDE + ", 0xcc",
            "pushq $8",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 9 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $9",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 10 * STRIDE + ", 0xcc",
            "pushq $10",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 11 * STRIDE + ", 0xcc",
            "pushq $11",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 12 * STRIDE + ", 0xcc",
            "pushq $12",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 13 * STRIDE + ", 0xcc",
            "pushq $13",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 14 * STRIDE + ", 0xcc",
            "pushq $14",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 15 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $15",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 16 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $16",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 17 * STRIDE + ", 0xcc",
            "pushq $17",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 18 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $18",
            "jmp jos_exception_paranoid",
            ".org jos_exception_stubs + " + 19 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $19",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 20 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $20",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 21 * STRIDE + ", 0xcc",
            "pushq $21",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 22 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $22",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 23 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $23",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 24 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $24",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 25 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $25",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 26 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $26",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 27 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $27",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 28 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $28",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 29 * STRIDE + ", 0xcc",
            "pushq $29",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 30 * STRIDE + ", 0xcc",
            "pushq $30",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 31 * STRIDE + ", 0xcc",
            "pushq $0",
            "pushq $31",
            "jmp jos_exception_common",
            ".org jos_exception_stubs + " + 32 * STRIDE + ", 0xcc",
            ".globl jos_exception_common",
            "jos_exception_common:",
            SAVE,
            "testb $3, " + InterruptFrame.CS + "(%rsp)",
            "jz 1f",
            "swapgs",
            "1:",
            CALL_HANDLER,
            "testb $3, " + InterruptFrame.CS + "(%rsp)",
            "jnz jos_user_return",
            "jos_exception_return:",
            "popq %r15",
            "popq %r14",
            "popq %r13",
            "popq %r12",
            "popq %r11",
            "popq %r10",
            "popq %r9",
            "popq %r8",
            "popq %rbp",
            "popq %rdi",
            "popq %rsi",
            "popq %rdx",
            "popq %rcx",
            "popq %rbx",
            "popq %rax",
            "addq $" + (InterruptFrame.RIP - InterruptFrame.VECTOR) + ", %rsp",
            "iretq",
            "jos_exception_paranoid:",
            SAVE,
            "movl $" + Msr.IA32_GS_BASE + ", %ecx",
            "rdmsr",
            "shlq $32, %rdx",
            "orq %rax, %rdx",
            "xorl %r13d, %r13d",
            "cmpq " + InterruptFrame.SIZE + "(%rsp), %rdx",
            "je 3f",
            "swapgs",
            "movl $1, %r13d",
            "3:",
            CALL_HANDLER,
            "testl %r13d, %r13d",
            "jz 4f",
            "swapgs",
            "4:",
            "jmp jos_exception_return"})
    static native long first();
}
