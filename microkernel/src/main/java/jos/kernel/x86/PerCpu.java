package jos.kernel.x86;

import jos.hw.CConstants;
import jos.hw.Cpu;
import jos.hw.Field;
import jos.hw.Memory;
import jos.hw.Struct;

/**
 * One CPU's private data block; GS.base holds its address on that CPU, so access is one GS-relative
 * instruction and allocates nothing. The second and third words belong to the compiled code's runtime
 * (the pending exception, the stack limit: jrt.h's jrt_cpu under JRT_PER_CPU) and must stay where they are. The bootstrap CPU's block is static data in the runtime
 * (freestanding/kernel_entry.c), installed before the first Java instruction runs.
 *
 * <p>The layout is declared here only: assembly builds its GS-relative operands from these constants
 * ({@code "%gs:" + PerCpu.CURRENT_THREAD}), and the runtime's C (kernel_entry.c) takes them from the
 * compiler-generated jos_constants.h as {@code JOS_PERCPU_<FIELD>} ({@link CConstants}).
 */
@CConstants(prefix = "JOS_PERCPU_")
@Struct(size = PerCpu.SIZE)
public final class PerCpu {
    /** Free (the runtime's shadow frame chain was here before stack traces walked frame pointers). */
    @Field(Field.Type.U64)
    public static final int FREE = 0;
    @Field(Field.Type.U64)
    public static final int RUNTIME_PENDING_EXCEPTION = 8;
    @Field(Field.Type.U64)
    public static final int RUNTIME_STACK_LIMIT = 16;
    /** The block's own address (what GS.base holds), for code that needs a plain pointer. */
    @Field(Field.Type.U64)
    public static final int SELF = 24;
    /** The kernel-assigned CPU id: 0 for the bootstrap CPU, then 1, 2, ... in MP-response order. */
    @Field(Field.Type.U32)
    public static final int CPU_ID = 32;
    @Field(Field.Type.U32)
    public static final int LAPIC_ID = 36;
    @Field(Field.Type.U64)
    public static final int KERNEL_STACK_TOP = 40;
    /** Set to 1 by the CPU itself once it runs kernel Java. */
    @Field(Field.Type.U32)
    public static final int ONLINE = 48;
    @Field(Field.Type.U32)
    public static final int PAD = 52;
    /** The kernel's page-table root: an AP loads it before it leaves the loader's tables (kernel_entry.c). */
    @Field(Field.Type.U64)
    public static final int KERNEL_CR3 = 56;
    /** This CPU's GDT and TSS block (cpu.Gdt), once built. */
    @Field(Field.Type.U64)
    public static final int GDT_BLOCK = 64;
    /** Set once this CPU's local APIC is enabled: it can then be woken from hlt by an IPI. */
    @Field(Field.Type.U32)
    public static final int APIC_READY = 72;
    /** This CPU's NMI-handler state (panic.NmiPropagation): not set, set, or the kernel panicked. Atomic. */
    @Field(Field.Type.U32)
    public static final int NMI_STATE = 76;
    /** Local APIC timer ticks this CPU has taken. */
    @Field(Field.Type.U64)
    public static final int TICKS = 80;
    /** The last TLB shootdown generation this CPU carried out (TlbShootdown). */
    @Field(Field.Type.U64)
    public static final int TLB_GENERATION = 88;
    /** How deep this CPU is in exception and interrupt handlers (0 = ordinary kernel code). */
    @Field(Field.Type.U32)
    public static final int INTERRUPT_DEPTH = 96;
    @Field(Field.Type.U32)
    public static final int PAD3 = 100;
    /** The TSC at which the timer period of this CPU's last tick began (0 before the first). */
    @Field(Field.Type.U64)
    public static final int TICK_PERIOD_START = 104;
    /** The user rsp while the syscall entry saves the user registers (x86.user.SyscallEntry). Offset used by assembly. */
    @Field(Field.Type.U64)
    public static final int SYSCALL_USER_RSP = 112;
    /**
     * The address of this CPU's run queue's RETURN_WORK word (sched.RunQueue), set at every switch to a
     * thread: the system-call exit (x86.user.SyscallEntry) takes the general return path unless it is 0.
     */
    @Field(Field.Type.U64)
    public static final int RETURN_WORK = 120;
    /** This CPU's CR0 as read back after the kernel set it (cpu.ControlRegister0), for the boot report. */
    @Field(Field.Type.U64)
    public static final int CR0 = 128;
    /** 1 if this CPU is open to Meltdown (cpu.Meltdown), else 0, for the boot report. */
    @Field(Field.Type.U32)
    public static final int MELTDOWN = 136;
    /** The CR4 guard bits (x86.cpu.SupervisorGuards) this CPU runs with, for the boot report. */
    @Field(Field.Type.U32)
    public static final int GUARDS = 140;
    /** The thread running on this CPU (process.UserThread, its block's address), or 0 in the kernel context. Used by assembly. */
    @Field(Field.Type.U64)
    public static final int CURRENT_THREAD = 144;
    @Field(value = Field.Type.U64, count = 13)
    public static final int RESERVED = 152;

    /** Bytes per block; blocks are this size apart. kernel_entry.c sizes the bootstrap CPU's block with it. */
    public static final int SIZE = 256;

    private PerCpu() {
    }

    /** This CPU's kernel id. */
    public static int cpuId() {
        return Cpu.gsRead32(CPU_ID);
    }

    public static int lapicId() {
        return Cpu.gsRead32(LAPIC_ID);
    }

    /** Whether this CPU's local APIC is enabled (IPIs reach it). */
    public static boolean apicReady() {
        return Cpu.gsRead32(APIC_READY) != 0;
    }

    public static void setApicReady() {
        Cpu.gsWrite32(APIC_READY, 1);
    }

    /** Entering an exception or interrupt handler on this CPU. */
    public static void enterHandler() {
        Cpu.gsWrite32(INTERRUPT_DEPTH, Cpu.gsRead32(INTERRUPT_DEPTH) + 1);
    }

    public static void leaveHandler() {
        Cpu.gsWrite32(INTERRUPT_DEPTH, Cpu.gsRead32(INTERRUPT_DEPTH) - 1);
    }

    /** Whether this CPU runs an exception or interrupt handler (where nothing may allocate). */
    public static boolean inHandler() {
        return Cpu.gsRead32(INTERRUPT_DEPTH) != 0;
    }

    /** The TSC at which the period of this CPU's last timer tick began, 0 before its first tick. */
    public static long tickPeriodStart() {
        return Cpu.gsRead64(TICK_PERIOD_START);
    }

    /** Counts ticks timer ticks on this CPU, the last for the period that began at periodStart (interrupts off). */
    public static void countTicks(long ticks, long periodStart) {
        Cpu.gsWrite64(TICKS, Cpu.gsRead64(TICKS) + ticks);
        Cpu.gsWrite64(TICK_PERIOD_START, periodStart);
    }

    /** The timer ticks the CPU whose block is at block has taken. */
    public static long ticksOf(long block) {
        return Memory.readVolatile64(block + TICKS);
    }

    /** The address of the NMI-handler state of the CPU whose block is at block. */
    public static long nmiStateAddress(long block) {
        return block + NMI_STATE;
    }

    /** Whether the CPU whose block is at block runs kernel Java with its local APIC enabled. */
    public static boolean onlineWithApic(long block) {
        return Memory.readVolatile32(block + ONLINE) != 0 && Memory.readVolatile32(block + APIC_READY) != 0;
    }

    public static int lapicIdOf(long block) {
        return Memory.read32(block + LAPIC_ID);
    }

    /** Records the CR0 this CPU runs with. */
    public static void setCr0(long value) {
        Cpu.gsWrite64(CR0, value);
    }

    /** Records whether this CPU is open to Meltdown, for the boot report. */
    public static void setMeltdownAffected(boolean affected) {
        Cpu.gsWrite32(MELTDOWN, affected ? 1 : 0);
    }

    /** Records the CR4 guard bits (cpu.SupervisorGuards) this CPU runs with. */
    public static void setGuards(long bits) {
        Cpu.gsWrite32(GUARDS, (int) bits);
    }

    /** Records the top of this CPU's kernel stack. */
    public static void setKernelStackTop(long top) {
        Cpu.gsWrite64(KERNEL_STACK_TOP, top);
    }

    /** The lowest address of this CPU's kernel stack, for a stack of bytes. */
    public static long kernelStackBottom(long bytes) {
        return Cpu.gsRead64(KERNEL_STACK_TOP) - bytes;
    }

    /** Where this CPU's stack ends (its lowest usable address + the reserve): the runtime's stack limit. */
    public static void setStackLimit(long limit) {
        Cpu.gsWrite64(RUNTIME_STACK_LIMIT, limit);
    }

    /** Records the kernel page-table root this CPU returns to when a user program ends (KERNEL_CR3). */
    public static void setKernelRoot(long root) {
        Cpu.gsWrite64(KERNEL_CR3, root);
    }

    /** This CPU's GDT and TSS block (cpu.Gdt). */
    public static long gdtBlock() {
        return Cpu.gsRead64(GDT_BLOCK);
    }

    /** The thread running on this CPU, or 0. */
    public static long currentThread() {
        return Cpu.gsRead64(CURRENT_THREAD);
    }

    /** The address of this CPU's block. */
    public static long self() {
        return Cpu.gsRead64(SELF);
    }
}
