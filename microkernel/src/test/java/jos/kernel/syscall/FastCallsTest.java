package jos.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.x86.user.SyscallEntry;
import jos.kernel.x86.user.UserFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The first level of the dispatch: its set of call numbers is exactly jos.abi.Calls', a number outside it
 * gets ENOSYS there with only rax changed, and every call is handed on: call and reply_recv to the IPC fast path, the rest to the general dispatch.
 */
class FastCallsTest {
    Machine machine;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    static Set<Long> numbers() throws IllegalAccessException {
        Set<Long> out = new HashSet<>();
        for (Field f : Calls.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) out.add((long) f.getInt(null));
        }
        return out;
    }

    @Test
    void theKnownNumbersAreExactlyTheCalls() throws Exception {
        Set<Long> calls = numbers();
        for (long n : calls) assertTrue(n >= 0 && n < 64, "a call number fits the mask: " + n);
        for (long n = 0; n < 64; n++) assertEquals(calls.contains(n), FastCalls.known(n), "number " + n);
        assertEquals(calls.size(), Long.bitCount(FastCalls.KNOWN));
    }

    long[] frame(long number) {
        long[] frame = new long[UserFrame.SIZE / 8];
        for (int i = 0; i < frame.length; i++) frame[i] = 0x5000 + i;
        frame[UserFrame.RAX / 8] = number;
        return frame;
    }

    @Test
    void aNumberNoCallHasIsEnosysWithOnlyRaxChanged() throws Exception {
        Set<Long> calls = numbers();
        for (long n : new long[] {-1, 64, 65, 1000, Long.MIN_VALUE, 1L << 32 | Calls.CALL, 13, 14, 15, 63}) {
            if (calls.contains(n)) continue;
            long[] frame = frame(n), before = frame.clone();
            assertEquals(SyscallEntry.NEXT_EXIT, FastCalls.serve(Memory.addressOf(frame)), "number " + n);
            before[UserFrame.RAX / 8] = Errors.ENOSYS;
            assertArrayEquals(before, frame);
            assertEquals(Errors.ENOSYS, Syscalls.call(n, 0, 0, 0, 0, 0, 0), "the general dispatch agrees for " + n);
        }
    }

    @Test
    void everyCallGoesOnToTheGeneralDispatchUntouched() throws Exception {
        for (long n : numbers()) {
            long[] frame = frame(n), before = frame.clone();
            assertEquals(SyscallEntry.NEXT_GENERAL, FastCalls.serve(Memory.addressOf(frame)), "number " + n);
            assertArrayEquals(before, frame);
        }
    }
}
