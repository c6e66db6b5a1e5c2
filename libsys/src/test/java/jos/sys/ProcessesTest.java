package jos.sys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jos.abi.Errors;
import jos.abi.ProcessStatus;
import jos.abi.Spawn;
import org.junit.jupiter.api.Test;

/** What Processes decides before any system call: the command line's bytes and limits, and a status in words. (The calls themselves run in QEMU.) */
class ProcessesTest {
    @Test
    void aCommandLineIsItsAsciiBytesWithinTheLimit() {
        assertArrayEquals(new byte[] {'a', ' ', 'b'}, Processes.ascii("a b"));
        assertArrayEquals(new byte[0], Processes.ascii(""));
        assertEquals(Spawn.MAX_COMMAND_LINE, Processes.ascii("x".repeat(Spawn.MAX_COMMAND_LINE)).length);
        assertNull(Processes.ascii("x".repeat(Spawn.MAX_COMMAND_LINE + 1)), "over the kernel's limit");
        assertNull(Processes.ascii("caf\u00e9"), "not ASCII");
    }

    @Test
    void tooLongALineOrTooManyHandlesIsRefusedWithoutACall() {
        // These return before the system call, so they run on HotSpot.
        assertEquals(Errors.EINVAL, Processes.spawn(1, 0, "x".repeat(Spawn.MAX_COMMAND_LINE + 1)));
        assertEquals(Errors.EINVAL, Processes.spawn(1, 0, "", new long[Spawn.MAX_HANDLES + 1]));
    }

    @Test
    void aStatusInWords() {
        assertEquals("is running", Processes.describe(ProcessStatus.RUNNING));
        assertEquals("exited with code 7", Processes.describe(ProcessStatus.exited(7)));
        assertEquals("exited with code -9", Processes.describe(ProcessStatus.exited(-9)));
        assertEquals("status failed: " + Errors.EBADF, Processes.describe(Errors.EBADF));
    }
}
