package jos.kernel.process;

import jos.hw.Export;
import jos.kernel.interrupts.InterruptFrame;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.smp.PerCpu;

/**
 * How a thread goes back to ring 3 from its {@link UserFrame}; the one return path
 * ({@code jos_user_return}, after the syscall entry in jos.kernel.syscall.SyscallEntry) asks {@link #decide} before it restores
 * anything. sysretq is only taken when it cannot fault in ring 0: on Intel CPUs sysretq to a
 * non-canonical rip raises #GP in ring 0 with the user's rsp and GS base already loaded (the
 * CVE-2012-0217 class), so rip and rsp must both lie below the top user page, and rcx and r11 must equal
 * rip and rflags (sysretq takes rip from rcx and rflags from r11, so only a return that finds them so, as
 * every syscall leaves them, loses nothing). Any other user address goes out through iretq, which restores
 * every register. A rip outside the user half, or a non-canonical rsp, is never returned to at all (iretq
 * to it would fault in ring 0 too): the thread is ended as if it had taken a general-protection fault.
 */
public final class UserReturn {
    /** What {@link #decide} returns; the assembly tests the values. */
    public static final int SYSRET = 0, IRET = 1, END = 2;
    /** The frame iretq pops, as the CPU lays it out ({@link InterruptFrame} from RIP on). */
    public static final int IRET_RIP = 0, IRET_CS = InterruptFrame.CS - InterruptFrame.RIP, IRET_RFLAGS = InterruptFrame.RFLAGS - InterruptFrame.RIP,
            IRET_RSP = InterruptFrame.RSP - InterruptFrame.RIP, IRET_SS = InterruptFrame.SS - InterruptFrame.RIP,
            IRET_SIZE = InterruptFrame.SIZE - InterruptFrame.RIP;

    private UserReturn() {
    }

    /** The way back to ring 3 for a frame holding these registers. */
    public static int decide(long rip, long rsp, long rcx, long r11, long rflags) {
        if (!userAddress(rip) || !canonical(rsp)) return END;
        boolean belowTopPage = Long.compareUnsigned(rip, UserAddressSpace.TOP_USER_PAGE) < 0
                && Long.compareUnsigned(rsp, UserAddressSpace.TOP_USER_PAGE) < 0;
        return belowTopPage && rcx == rip && r11 == rflags ? SYSRET : IRET;
    }

    /** Whether address is in the lower (user) canonical half. */
    static boolean userAddress(long address) {
        return Long.compareUnsigned(address, UserAddressSpace.USER_END) < 0;
    }

    /** Whether address is canonical: bits 63..47 all equal (48-bit virtual addresses). */
    static boolean canonical(long address) {
        return address >> 47 == 0 || address >> 47 == -1;
    }

    /** Called by the return path with the current thread's frame: {@link #SYSRET} or {@link #IRET}; ends the thread otherwise. */
    @Export("jos_kernel_user_return")
    static int path(long frame) {
        long rip = UserFrame.get(frame, UserFrame.RIP), rsp = UserFrame.get(frame, UserFrame.RSP);
        int way = decide(rip, rsp, UserFrame.get(frame, UserFrame.RCX), UserFrame.get(frame, UserFrame.R11),
                UserFrame.get(frame, UserFrame.RFLAGS));
        if (way == END) UserThread.badReturn(PerCpu.currentThread(), rip, rsp);
        return way;
    }
}
