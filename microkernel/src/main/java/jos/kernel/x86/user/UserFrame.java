package jos.kernel.x86.user;

import jos.hw.Cpu;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.kernel.x86.idt.InterruptFrame;
import jos.x86.Msr;

/**
 * A thread's user register state, the first member of its thread block (process.UserThread, at
 * {@link #IN_THREAD_BLOCK}; PerCpu CURRENT_THREAD points at the block). Every entry from ring 3
 * fills it completely (the syscall entry in assembly, exceptions and interrupts by {@link #capture}) and
 * every return to ring 3 restores it (the return path in {@link SyscallEntry}, decided by {@link UserReturn}), but for
 * the user's FS and GS bases: those stay in the IA32_FS_BASE and IA32_KERNEL_GS_BASE MSRs while the thread
 * is on its CPU (the kernel uses neither; after swapgs the user's GS base is in IA32_KERNEL_GS_BASE) and
 * move between them and the frame only when threads switch ({@link #switchBases}), so
 * a system call costs no rdmsr or wrmsr. A program can change its FS or GS base only by loading a
 * selector (base 0; FSGSBASE is not enabled), which the switch then saves. CS and SS are not kept: a user frame always returns with the user selectors.
 * The layout is declared here only; the assembly builds its displacements from these constants.
 */
@Struct(size = UserFrame.SIZE)
public final class UserFrame {
    private UserFrame() {
    }

    @Field(Type.U64) public static final int RAX = 0;
    @Field(Type.U64) public static final int RBX = 8;
    @Field(Type.U64) public static final int RCX = 16;
    @Field(Type.U64) public static final int RDX = 24;
    @Field(Type.U64) public static final int RSI = 32;
    @Field(Type.U64) public static final int RDI = 40;
    @Field(Type.U64) public static final int RBP = 48;
    @Field(Type.U64) public static final int R8 = 56;
    @Field(Type.U64) public static final int R9 = 64;
    @Field(Type.U64) public static final int R10 = 72;
    @Field(Type.U64) public static final int R11 = 80;
    @Field(Type.U64) public static final int R12 = 88;
    @Field(Type.U64) public static final int R13 = 96;
    @Field(Type.U64) public static final int R14 = 104;
    @Field(Type.U64) public static final int R15 = 112;
    @Field(Type.U64) public static final int RIP = 120;
    @Field(Type.U64) public static final int RFLAGS = 128;
    @Field(Type.U64) public static final int RSP = 136;
    @Field(Type.U64) public static final int FS_BASE = 144;
    @Field(Type.U64) public static final int GS_BASE = 152;

    public static final int SIZE = 160;

    /** The frame's offset in a thread block: its start, so the entry assembly finds it from CURRENT_THREAD. */
    public static final int IN_THREAD_BLOCK = 0;

    /**
     * Moves the FS and GS bases at a context switch: saves those the MSRs hold into the frame of the thread
     * leaving this CPU (from; 0 for none) and loads the coming thread's (to; 0 for none), writing an MSR
     * only where the value differs: a wrmsr costs a hundred cycles or more, and threads of one program,
     * or programs laid out alike, share their bases. The MSRs are read even without a thread leaving, so a
     * base the idle context left is never taken for the coming thread's.
     */
    public static void switchBases(long from, long to) {
        long fs = Cpu.readMsr(Msr.IA32_FS_BASE), gs = Cpu.readMsr(Msr.IA32_KERNEL_GS_BASE);
        if (from != 0) {
            set(from, FS_BASE, fs);
            set(from, GS_BASE, gs);
        }
        if (to == 0) return;
        long nextFs = get(to, FS_BASE), nextGs = get(to, GS_BASE);
        if (nextFs != fs) Cpu.writeMsr(Msr.IA32_FS_BASE, nextFs);
        if (nextGs != gs) Cpu.writeMsr(Msr.IA32_KERNEL_GS_BASE, nextGs);
    }

    public static long get(long frame, int field) {
        return Memory.read64(frame + field);
    }

    public static void set(long frame, int field, long value) {
        Memory.write64(frame + field, value);
    }

    /**
     * Copies the user state an exception or interrupt from ring 3 left in an {@link InterruptFrame} into
     * frame, with the FS and GS bases the MSRs hold (fsBase, gsBase).
     */
    public static void capture(long frame, long interrupted, long fsBase, long gsBase) {
        copy(frame, RAX, interrupted, InterruptFrame.RAX);
        copy(frame, RBX, interrupted, InterruptFrame.RBX);
        copy(frame, RCX, interrupted, InterruptFrame.RCX);
        copy(frame, RDX, interrupted, InterruptFrame.RDX);
        copy(frame, RSI, interrupted, InterruptFrame.RSI);
        copy(frame, RDI, interrupted, InterruptFrame.RDI);
        copy(frame, RBP, interrupted, InterruptFrame.RBP);
        copy(frame, R8, interrupted, InterruptFrame.R8);
        copy(frame, R9, interrupted, InterruptFrame.R9);
        copy(frame, R10, interrupted, InterruptFrame.R10);
        copy(frame, R11, interrupted, InterruptFrame.R11);
        copy(frame, R12, interrupted, InterruptFrame.R12);
        copy(frame, R13, interrupted, InterruptFrame.R13);
        copy(frame, R14, interrupted, InterruptFrame.R14);
        copy(frame, R15, interrupted, InterruptFrame.R15);
        copy(frame, RIP, interrupted, InterruptFrame.RIP);
        copy(frame, RFLAGS, interrupted, InterruptFrame.RFLAGS);
        copy(frame, RSP, interrupted, InterruptFrame.RSP);
        set(frame, FS_BASE, fsBase);
        set(frame, GS_BASE, gsBase);
    }

    private static void copy(long frame, int field, long interrupted, int from) {
        set(frame, field, Memory.read64(interrupted + from));
    }
}
