package jos.kernel.x86.cpu;

import jos.hw.Cpu;
import jos.x86.Msr;

/**
 * The two GS base MSRs and the rule the paranoid exception entries (NMI, #DB, #MC) follow. Those can
 * arrive anywhere, also in the instructions between syscall and the entry's swapgs, or between the swapgs
 * and sysretq/iretq on the way out, where CS is the kernel's but GS.base still the program's; so they do
 * not look at the saved CS. They compare IA32_GS_BASE with this CPU's per-CPU block address, which they
 * find without GS (kept in the slot above the frame on their interrupt stack, smp.CpuTables), and swap
 * exactly when the two differ. Any other value, 0 or one that looks like a kernel address, means the
 * program's GS base is loaded. IA32_KERNEL_GS_BASE starts at 0 on every CPU: a user program runs with
 * GS base 0, and as the kernel never sets CR4.FSGSBASE, it cannot change that (wrgsbase raises #UD).
 */
public final class GsBase {
    /** What a user program's GS.base is. */
    public static final long USER = 0;

    private GsBase() {
    }

    /** The paranoid entry's decision: swapgs when GS.base is not this CPU's block. */
    public static boolean mustSwap(long gsBase, long perCpuBlock) {
        return gsBase != perCpuBlock;
    }

    /** Sets IA32_KERNEL_GS_BASE on this CPU to {@link #USER}, the GS.base its programs get. */
    public static void initOnThisCpu() {
        Cpu.writeMsr(Msr.IA32_KERNEL_GS_BASE, USER);
    }
}
