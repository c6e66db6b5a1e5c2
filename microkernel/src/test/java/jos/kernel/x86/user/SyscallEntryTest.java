package jos.kernel.x86.user;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.kernel.x86.cpu.Rflags;
import org.junit.jupiter.api.Test;

/** syscall masks the RFLAGS bits Rflags names. */
class SyscallEntryTest {
    @Test
    void theMaskClearsNtWithTfIfDfAndAc() {
        assertEquals(Rflags.SYSCALL_MASK, SyscallEntry.FMASK);
        assertEquals(Rflags.NT, SyscallEntry.FMASK & Rflags.NT);
    }
}
