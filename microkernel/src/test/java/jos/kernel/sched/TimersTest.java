package jos.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-CPU timer queues on simulated memory: deadline order (ties in arming order), due entries only
 * at or after their deadline, one-shot and periodic (missed periods skipped), cancel and re-arm, and
 * the sleep entry inside the thread block.
 */
class TimersTest {
    static final long QUEUES = 0x10_0000, ENTRIES = 0x20_0000;

    Machine machine;
    long queue, other;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        machine.memory().map(QUEUES, Timers.SIZE * 2L);
        machine.memory().map(ENTRIES, Timer.SIZE * 16L);
        queue = QUEUES;
        other = QUEUES + Timers.SIZE;
        Timers.initQueue(queue, 0);
        Timers.initQueue(other, 1);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    static long entry(int i) {
        long timer = ENTRIES + (long) Timer.SIZE * i;
        Timers.initEntry(timer);
        return timer;
    }

    /** Fires what is due at now as a tick does, returning the targets in firing order. */
    static List<Long> tick(long queue, long now) {
        List<Long> fired = new ArrayList<>();
        Timers.lock(queue);
        for (long t = Timers.due(queue, now); t != 0; t = Timers.due(queue, now)) {
            fired.add(Timer.target(t));
            Timers.advance(queue, t, now);
        }
        Timers.unlock(queue);
        return fired;
    }

    @Test
    void entriesFireInDeadlineOrderTiesInArmingOrder() {
        Timers.arm(queue, entry(0), 300, 0, 10, 0);
        Timers.arm(queue, entry(1), 100, 0, 11, 0);
        Timers.arm(queue, entry(2), 300, 0, 12, 0);
        Timers.arm(queue, entry(3), 200, 0, 13, 0);
        assertEquals(4, Timers.count(queue));
        assertEquals(List.of(), tick(queue, 99), "nothing before its deadline");
        assertEquals(List.of(11L, 13L), tick(queue, 250));
        assertEquals(List.of(10L, 12L), tick(queue, 300), "at the deadline it fires; equal deadlines in arming order");
        assertEquals(0, Timers.count(queue));
        assertEquals(4, Timers.fired(queue));
        assertFalse(Timers.armed(entry(0)));
    }

    @Test
    void aPeriodicEntryFiresEveryPeriodAndSkipsMissedOnes() {
        long timer = entry(0);
        Timers.arm(queue, timer, 1000, 20, 7, 0b100);
        assertEquals(List.of(7L), tick(queue, 1005));
        assertEquals(1020, Timer.deadline(timer), "the next period from the deadline, not from the tick");
        assertTrue(Timers.armed(timer));
        assertEquals(List.of(), tick(queue, 1019));
        assertEquals(List.of(7L), tick(queue, 1095), "a late tick fires it once");
        assertEquals(1100, Timer.deadline(timer), "the periods missed are skipped");
        assertEquals(0b100, Timer.bits(timer));
    }

    /** A fuzzer's timer_set found this: a period whose next deadline wraps past Long.MAX_VALUE made the entry due again at once, for ever. */
    @Test
    void aPeriodWhoseNextDeadlineIsPastEveryTimeFiresOnce() {
        long huge = entry(0), large = entry(1);
        Timers.arm(queue, huge, 1000, Long.MAX_VALUE, 7, 1);
        Timers.arm(queue, large, 2000, Long.MAX_VALUE / 2, 8, 1);
        assertEquals(List.of(7L, 8L), tick(queue, 5000), "each fires once, the tick ends");
        assertFalse(Timers.armed(huge), "no deadline a long holds comes after it: it leaves the queue");
        assertTrue(Timers.armed(large));
        assertEquals(2000 + Long.MAX_VALUE / 2, Timer.deadline(large));
        assertEquals(List.of(8L), tick(queue, Long.MAX_VALUE - 1), "due once more, and its next deadline would wrap");
        assertFalse(Timers.armed(large));
    }

    @Test
    void cancelTakesAnEntryOffAndReArmingMovesIt() {
        long a = entry(0), b = entry(1);
        Timers.arm(queue, a, 100, 0, 1, 0);
        Timers.arm(queue, b, 200, 0, 2, 0);
        assertTrue(Timers.cancel(a));
        assertFalse(Timers.cancel(a), "once");
        assertEquals(b, Timers.first(queue));
        Timers.arm(other, b, 50, 0, 2, 0);
        assertEquals(0, Timers.count(queue), "re-arming took it off the first queue");
        assertEquals(1, Timers.count(other));
        assertEquals(other, Memory.read64(b + Timer.QUEUE));
        assertEquals(List.of(), tick(queue, 1000));
        assertEquals(List.of(2L), tick(other, 1000));
        assertFalse(Timers.cancel(b), "a fired one-shot is no longer armed");
    }

    @Test
    void theSleepEntryFitsTheSchedulersArea() {
        assertTrue(SchedState.SIZE <= Thread.SCHED_BYTES, "the scheduler's area holds the sleep entry");
        assertEquals(0, SchedState.SLEEP % 8);
        assertTrue(Timers.MIN_PERIOD >= 1_000_000L, "a period shorter than a millisecond is refused");
    }
}
