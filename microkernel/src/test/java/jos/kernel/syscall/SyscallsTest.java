package jos.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.x86.user.UserFrame;
import org.junit.jupiter.api.Test;

/** The dispatcher answers with jos.abi's errors. */
class SyscallsTest {
    @Test
    void anUnknownNumberIsEnosys() {
        assertEquals(Errors.ENOSYS, Syscalls.call(Calls.DEBUG_WRITE + 1000, 0, 0, 0, 0, 0, 0));
        assertEquals(Errors.ENOSYS, Syscalls.call(-1, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void dispatchTakesTheCallFromTheFrameAndLeavesOnlyRaxChanged() {
        Machine machine = Machine.install();
        try {
            long[] frame = new long[UserFrame.SIZE / 8];
            for (int i = 0; i < frame.length; i++) frame[i] = 0x5000 + i;
            frame[UserFrame.RAX / 8] = Calls.DEBUG_WRITE;
            frame[UserFrame.RDI / 8] = 0x40_0000;
            frame[UserFrame.RSI / 8] = -1;
            long[] before = frame.clone();
            Syscalls.dispatch(Memory.addressOf(frame));
            assertEquals(Errors.EINVAL, frame[UserFrame.RAX / 8], "length from rsi, the result in rax");
            before[UserFrame.RAX / 8] = Errors.EINVAL;
            assertArrayEquals(before, frame);
        } finally {
            machine.close();
        }
    }

    @Test
    void clockMonotonicIsKernelTime() {
        Machine machine = Machine.install();
        try {
            jos.kernel.time.Clock.reset();
            machine.cpu().rdtscStep = 0;   // time passes only where the test says
            machine.cpu().tsc = 1_000_000;
            jos.kernel.time.Clock.markBoot();
            assertEquals(true, jos.kernel.time.Clock.useFrequency(1_000_000_000L));
            machine.cpu().tsc += 2_500_000_000L;   // 2.5 s at 1 GHz
            long first = Syscalls.call(Calls.CLOCK_MONOTONIC, 0, 0, 0, 0, 0, 0);
            assertEquals(2_500_000_000L, first);
            machine.cpu().tsc += 1_000;
            assertEquals(first + 1_000, Syscalls.call(Calls.CLOCK_MONOTONIC, 0, 0, 0, 0, 0, 0));
        } finally {
            jos.kernel.time.Clock.reset();
            machine.close();
        }
    }

    @Test
    void aNegativeLengthIsEinval() {
        assertEquals(Errors.EINVAL, Syscalls.call(Calls.DEBUG_WRITE, 0x40_0000, -1, 0, 0, 0, 0));
    }
}
