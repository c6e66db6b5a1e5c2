package jos.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.abi.Calls;
import jos.abi.Errors;
import org.junit.jupiter.api.Test;

/** The dispatcher answers with jos.abi's errors. */
class SyscallsTest {
    @Test
    void anUnknownNumberIsEnosys() {
        assertEquals(Errors.ENOSYS, Syscalls.dispatch(Calls.DEBUG_WRITE + 1000, 0, 0, 0, 0, 0));
        assertEquals(Errors.ENOSYS, Syscalls.dispatch(-1, 0, 0, 0, 0, 0));
    }

    @Test
    void aNegativeLengthIsEinval() {
        assertEquals(Errors.EINVAL, Syscalls.dispatch(Calls.DEBUG_WRITE, 0x40_0000, -1, 0, 0, 0));
    }
}
