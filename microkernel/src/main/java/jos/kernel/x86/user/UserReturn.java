package jos.kernel.x86.user;

import jos.kernel.x86.idt.InterruptFrame;
import jos.x86.VirtualAddress;

/**
 * How a thread goes back to ring 3 from its {@link UserFrame}; the one return path
 * ({@code jos_user_return}, after the syscall entry in {@link SyscallEntry}) asks {@link #decide} (through
 * process.UserThread, which ends the thread on {@link #END}) before it restores
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

    /** The end of the lower canonical half (48-bit virtual addresses): user addresses lie below. */
    public static final long USER_END = VirtualAddress.LOWER_HALF_END;
    /** The last 4 KiB page below {@link #USER_END}: sysretq never returns into it (see above). */
    public static final long TOP_USER_PAGE = USER_END - 4096;

    private UserReturn() {
    }

    /** The way back to ring 3 for a frame holding these registers. */
    public static int decide(long rip, long rsp, long rcx, long r11, long rflags) {
        if (!userAddress(rip) || !VirtualAddress.canonical(rsp)) return END;
        boolean belowTopPage = Long.compareUnsigned(rip, TOP_USER_PAGE) < 0
                && Long.compareUnsigned(rsp, TOP_USER_PAGE) < 0;
        return belowTopPage && rcx == rip && r11 == rflags ? SYSRET : IRET;
    }

    /** Whether address is in the lower (user) canonical half. */
    public static boolean userAddress(long address) {
        return Long.compareUnsigned(address, USER_END) < 0;
    }
}
