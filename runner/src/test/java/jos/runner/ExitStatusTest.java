package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitStatusTest {

    @Test
    void oddStatusIsTheKernelsCode() {
        assertEquals(0, ExitStatus.toExitCode(1, true));
        assertEquals(3, ExitStatus.toExitCode(7, true));
        assertEquals(127, ExitStatus.toExitCode(255, true));
        assertTrue(ExitStatus.isKernelExit(7));
    }

    @Test
    void otherStatusesPassThrough() {
        assertEquals(0, ExitStatus.toExitCode(0, true));
        assertEquals(2, ExitStatus.toExitCode(2, true));
        assertEquals(130, ExitStatus.toExitCode(130, true));
        assertFalse(ExitStatus.isKernelExit(0));
        assertFalse(ExitStatus.isKernelExit(2));
    }

    @Test
    void statusOneBeforeTheGuestSpokeIsQemuFailing() {
        assertEquals(1, ExitStatus.toExitCode(1, false));
        assertTrue(ExitStatus.describe(1, false).contains("QEMU failed"));
        assertEquals(3, ExitStatus.toExitCode(7, false));
    }

    @Test
    void descriptions() {
        assertEquals("the kernel asked QEMU to exit with code 5", ExitStatus.describe(11, true));
        assertTrue(ExitStatus.describe(0, true).contains("triple-faulted"));
        assertEquals("QEMU exited with status 2", ExitStatus.describe(2, true));
    }

    @Test
    void timeoutIs124() {
        QemuResult timedOut = new QemuResult(143, true, List.of(), true, "", Duration.ofSeconds(5));
        assertEquals(124, timedOut.exitCode());
        QemuResult exited = new QemuResult(1, false, List.of(new SerialLine("x", Duration.ZERO)), true, "",
                Duration.ofSeconds(1));
        assertEquals(0, exited.exitCode());
    }
}
