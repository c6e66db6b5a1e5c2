package jos.kernel.x86.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.kernel.x86.cpu.Rflags;
import jos.kernel.x86.idt.InterruptFrame;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.process.UserImage;
import org.junit.jupiter.api.Test;

/**
 * The return-path decision: sysretq only below the top user page with rcx = rip and r11 = rflags, iretq
 * for the rest of the user half, and never a return to a non-user rip or a non-canonical rsp.
 */
class UserReturnTest {
    /** RFLAGS as a program might have them: IF and the carry flag. */
    static final long FLAGS = Rflags.USER | 1;
    static final long STACK = 0x7fff_ffff_e000L;

    /** A syscall return: rcx and r11 as the syscall instruction left them. */
    static int afterSyscall(long rip, long rsp) {
        return UserReturn.decide(rip, rsp, rip, FLAGS, FLAGS);
    }

    @Test
    void theTopUserPageIsTheLastPageOfTheLowerHalf() {
        assertEquals(0x0000_7fff_ffff_f000L, UserAddressSpace.TOP_USER_PAGE);
        assertEquals(UserAddressSpace.TOP_USER_PAGE, UserImage.STACK_TOP);
    }

    @Test
    void anOrdinarySyscallReturnUsesSysret() {
        assertEquals(UserReturn.SYSRET, afterSyscall(0x40_1000, STACK));
        assertEquals(UserReturn.SYSRET, afterSyscall(0x0000_7fff_ffff_efffL, 0x0000_7fff_ffff_eff8L), "the last byte below the top page");
    }

    @Test
    void ripOrRspAtOrAboveTheTopUserPageUsesIret() {
        assertEquals(UserReturn.IRET, afterSyscall(0x0000_7fff_ffff_f000L, STACK), "rip at the top page");
        assertEquals(UserReturn.IRET, afterSyscall(0x0000_7fff_ffff_fffeL, STACK), "rip in the top page");
        assertEquals(UserReturn.IRET, afterSyscall(0x40_1000, 0x0000_7fff_ffff_f000L), "rsp at the top (a new thread's stack)");
        assertEquals(UserReturn.IRET, afterSyscall(0x40_1000, 0x0000_8000_0000_0000L - 8), "rsp in the top page");
        assertEquals(UserReturn.IRET, afterSyscall(0x40_1000, 0xffff_8000_0000_0000L), "a canonical kernel-half rsp faults in ring 3");
    }

    @Test
    void aReturnThatWouldLoseRcxOrR11UsesIret() {
        assertEquals(UserReturn.IRET, UserReturn.decide(0x40_1000, STACK, 0x40_1001, FLAGS, FLAGS), "rcx differs from rip");
        assertEquals(UserReturn.IRET, UserReturn.decide(0x40_1000, STACK, 0x40_1000, FLAGS, Rflags.USER), "r11 differs from rflags");
        assertEquals(UserReturn.IRET, UserReturn.decide(0x40_1000, STACK, 0, 0, Rflags.USER), "a new thread");
    }

    @Test
    void aNonUserRipOrNonCanonicalRspIsNeverReturnedTo() {
        assertEquals(UserReturn.END, afterSyscall(0x0000_8000_0000_0000L, STACK), "the address after a syscall in the last bytes");
        assertEquals(UserReturn.END, afterSyscall(0x1234_5678_9abc_def0L, STACK), "non-canonical");
        assertEquals(UserReturn.END, afterSyscall(0xffff_ffff_8000_0000L, STACK), "the kernel half");
        assertEquals(UserReturn.END, afterSyscall(-1, STACK));
        assertEquals(UserReturn.END, afterSyscall(0x40_1000, 0x0000_8000_0000_0000L), "rsp non-canonical");
        assertEquals(UserReturn.END, afterSyscall(0x40_1000, 0xffff_7fff_ffff_fff8L), "rsp non-canonical, top half");
    }

    @Test
    void canonicalMeansBits63To47Equal() {
        assertTrue(jos.x86.VirtualAddress.canonical(0));
        assertTrue(jos.x86.VirtualAddress.canonical(0x0000_7fff_ffff_ffffL));
        assertFalse(jos.x86.VirtualAddress.canonical(0x0000_8000_0000_0000L));
        assertFalse(jos.x86.VirtualAddress.canonical(0xffff_7fff_ffff_ffffL));
        assertTrue(jos.x86.VirtualAddress.canonical(0xffff_8000_0000_0000L));
        assertTrue(jos.x86.VirtualAddress.canonical(-1));
    }

    @Test
    void theIretFrameIsTheCpusLayout() {
        assertEquals(0, UserReturn.IRET_RIP);
        assertEquals(8, UserReturn.IRET_CS);
        assertEquals(16, UserReturn.IRET_RFLAGS);
        assertEquals(24, UserReturn.IRET_RSP);
        assertEquals(32, UserReturn.IRET_SS);
        assertEquals(40, UserReturn.IRET_SIZE);
        assertEquals(InterruptFrame.SIZE, InterruptFrame.SS + 8);
    }
}
