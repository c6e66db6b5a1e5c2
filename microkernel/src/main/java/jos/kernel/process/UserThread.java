package jos.kernel.process;

import jos.hw.Cpu;
import jos.hw.Memory;
import jos.hw.Naked;
import jos.kernel.console.Log;
import jos.kernel.x86.cpu.Gdt;
import jos.kernel.x86.cpu.Rflags;
import jos.kernel.x86.cpu.Tss;
import jos.kernel.x86.idt.ExceptionNames;
import jos.kernel.x86.idt.InterruptFrame;
import jos.kernel.memory.KernelAddressSpace;
import jos.kernel.memory.Stacks;
import jos.kernel.sched.Thread;
import jos.kernel.smp.ApplicationProcessors;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.user.UserFrame;
import jos.kernel.x86.user.UserReturn;
import jos.hw.Export;

/**
 * A user thread: a block at the top of its own guarded kernel stack ({@link Stacks#THREAD}) holding its
 * {@link UserFrame} (the complete user register state), the program's name and address space, and, once
 * it has ended, its exit code. A thread is named by the block's address. While it runs, PerCpu
 * CURRENT_THREAD holds that address and TSS.RSP0 is the block's base, so system calls, exceptions and
 * interrupts from ring 3 run on the thread's kernel stack just below its frame.
 *
 * <p>{@link #run} switches from the kernel context to the thread: {@link #switchTo} saves the kernel
 * context's callee-saved registers, RFLAGS and the runtime's per-CPU words on the kernel stack and keeps
 * that rsp in PerCpu KERNEL_CONTEXT_RSP, then leaves through the one return path ({@code jos_user_return},
 * {@link UserReturn}). When the thread ends (the exit call, an exception in ring 3, a return address
 * the kernel refuses), its code is stored in the block and {@link #switchToKernel} goes back to that
 * context, so {@link #run} returns. Kernel IV's scheduler can pick another thread at that point instead.
 */
public final class UserThread {
    /** The block's size (its layout is {@link Thread}'s). */
    public static final int SIZE = Thread.SIZE;

    /** The states, in order: created, running on some CPU, ended (Thread.EXIT_CODE valid). */
    public static final int READY = 0, RUNNING = 1, ENDED = 2;
    /** A thread ended by exception v exits with code FAULT_BASE - v (-1000 - v). */
    public static final int FAULT_BASE = -1000;
    /** The size of a thread's kernel stack, the block included. */
    public static final long STACK_BYTES = 32 * 1024;

    private UserThread() {
    }

    /**
     * A new thread of the program name (a NUL-terminated string) in the address space root, to start at
     * entry with rsp = stackTop, RFLAGS {@link Rflags#USER} and every other register 0; 0 (with a memory
     * problem) when there is no room for its kernel stack.
     */
    public static long create(long name, long root, long entry, long stackTop) {
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
        return thread;
    }

    /**
     * Gives back an ENDED thread's kernel stack (its block goes with it: read the exit code first). The
     * address space is the caller's to destroy; false if the thread has not ended.
     */
    public static boolean destroy(long thread) {
        if (state(thread) != ENDED) return false;
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

    /** Runs the thread on this CPU until it ends (interrupts are served meanwhile); its state is then ENDED. */
    public static void run(long thread) {
        PerCpu.setKernelRoot(KernelAddressSpace.root());
        Memory.write32(thread + Thread.STATE, RUNNING);
        switchTo(thread, Tss.rsp0Address(Gdt.tss(PerCpu.gdtBlock())));
        ProgramOutput.endLine();
    }

    /** Ends the thread running on this CPU with code and goes back to the kernel context. Never returns. */
    public static void exit(int code) {
        long thread = PerCpu.currentThread();
        Memory.write32(thread + Thread.EXIT_CODE, code);
        Memory.write32(thread + Thread.STATE, ENDED);
        switchToKernel();
    }

    /**
     * Called by the exception handler for an exception in ring 3 (not an NMI), the state already in the
     * thread's frame: reports it and ends the thread. Never returns.
     */
    public static void fault(long interrupted) {
        int vector = InterruptFrame.vector(interrupted);
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
            Log.hex(Cpu.readCr2(), 16);
        }
        Log.print(", error code ");
        Log.hex(InterruptFrame.errorCode(interrupted));
        Log.end();
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
     * Leaves the kernel context for thread (rdi); rsp0 (rsi) is the address of this CPU's TSS.RSP0.
     * Returns when {@link #switchToKernel} comes back. It leaves through the one return path to ring 3,
     * {@code jos_user_return} (jos.kernel.x86.user.SyscallEntry), which restores the thread's frame.
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
            "movq %rsp, %gs:" + PerCpu.KERNEL_CONTEXT_RSP,
            "movq %rdi, %gs:" + PerCpu.CURRENT_THREAD,
            "movq %rdi, (%rsi)",
            "movq " + Thread.STACK_LIMIT + "(%rdi), %rax",
            "movq %rax, %gs:" + PerCpu.RUNTIME_STACK_LIMIT,
            "movq " + Thread.ROOT + "(%rdi), %rax",
            "movq %rax, %cr3",
            "jmp jos_user_return"})
    static native void switchTo(long thread, long rsp0);

    /** Back to the kernel context {@link #switchTo} saved (the kernel's CR3, no current thread); switchTo returns. */
    @Naked({
            "cli",
            "movq %gs:" + PerCpu.KERNEL_CR3 + ", %rcx",
            "movq %rcx, %cr3",
            "movq $0, %gs:" + PerCpu.CURRENT_THREAD,
            "movq %gs:" + PerCpu.KERNEL_CONTEXT_RSP + ", %rsp",
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
    static native void switchToKernel();

    /** Called by the return path with the current thread's frame: UserReturn.SYSRET or IRET; ends the thread otherwise. */
    @Export("jos_kernel_user_return")
    static int returnPath(long frame) {
        long rip = UserFrame.get(frame, UserFrame.RIP), rsp = UserFrame.get(frame, UserFrame.RSP);
        int way = UserReturn.decide(rip, rsp, UserFrame.get(frame, UserFrame.RCX), UserFrame.get(frame, UserFrame.R11),
                UserFrame.get(frame, UserFrame.RFLAGS));
        if (way == UserReturn.END) badReturn(PerCpu.currentThread(), rip, rsp);
        return way;
    }
}
