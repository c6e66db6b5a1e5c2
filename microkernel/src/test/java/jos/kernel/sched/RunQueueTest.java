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
 * The run queues' logic on simulated memory, several CPUs' queues side by side: priorities, FIFO and
 * round robin within a level, preemption requests, wake placement, affinity and work taking.
 */
class RunQueueTest {
    static final long QUEUES = 0x10_0000, THREADS = 0x20_0000;
    static final int CPUS = 4, MAX_THREADS = 256;

    Machine machine;
    final long[] queues = new long[CPUS];

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        machine.memory().map(QUEUES, (long) RunQueue.SIZE * CPUS);
        machine.memory().map(THREADS, (long) Thread.SIZE * MAX_THREADS);
        for (int cpu = 0; cpu < CPUS; cpu++) {
            queues[cpu] = QUEUES + (long) RunQueue.SIZE * cpu;
            RunQueue.init(queues[cpu], cpu, 3);
        }
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    static long thread(int index, int priority, int affinity) {
        long thread = THREADS + (long) Thread.SIZE * index;
        SchedState.init(thread, priority, affinity, 0);
        return thread;
    }

    /** Takes every thread the queue holds, in the order it gives them. */
    static List<Long> drain(long queue) {
        List<Long> taken = new ArrayList<>();
        for (long t = RunQueue.take(queue, 0); t != 0; t = RunQueue.take(queue, 0)) taken.add(t);
        return taken;
    }

    @Test
    void theHighestReadyLevelIsFoundAtEveryLevel() {
        for (int level = 0; level < RunQueue.PRIORITIES; level++) {
            RunQueue.init(queues[1], 1, 3);
            RunQueue.enqueue(queues[1], thread(0, 0, SchedState.ANY_CPU));
            if (level > 0) RunQueue.enqueue(queues[1], thread(1, level, SchedState.ANY_CPU));
            assertEquals(level, RunQueue.highestReady(queues[1]), "level " + level);
            assertEquals(level, SchedState.priority(RunQueue.take(queues[1], 0)), "taken from level " + level);
        }
    }

    @Test
    void anEmptyQueueIsAnsweredWithoutItsLock() {
        Memory.write64(queues[0] + RunQueue.LOCK, 1);   // held elsewhere: a take that took it would spin for ever
        assertEquals(0, RunQueue.take(queues[0], 0));
        Memory.write64(queues[0] + RunQueue.LOCK, 0);
        long a = thread(0, 5, SchedState.ANY_CPU);
        RunQueue.enqueue(queues[0], a);
        assertEquals(a, RunQueue.take(queues[0], 0), "a queued thread is seen");
    }

    @Test
    void aSwitchServesTheReturnWorkUnlessAReasonIsStillSet() {
        long a = thread(0, 5, SchedState.ANY_CPU);
        RunQueue.requestResched(queues[0]);
        RunQueue.setCurrent(queues[0], a);
        assertEquals(0, Memory.read32(queues[0] + RunQueue.RETURN_WORK), "the switch served the reschedule");
        Memory.write32(queues[0] + RunQueue.IDLE_WANTED, 1);
        RunQueue.wantReturnWork(queues[0]);
        RunQueue.setCurrent(queues[0], a);
        assertEquals(1, Memory.read32(queues[0] + RunQueue.RETURN_WORK), "the idle context's wait is still a reason");
    }

    @Test
    void theHighestPriorityComesFirstAndEachLevelIsFifo() {
        long a = thread(0, 5, SchedState.ANY_CPU), b = thread(1, 10, SchedState.ANY_CPU);
        long c = thread(2, 5, SchedState.ANY_CPU), d = thread(3, 10, SchedState.ANY_CPU);
        for (long t : new long[] {a, b, c, d}) RunQueue.enqueue(queues[0], t);
        assertEquals(4, Memory.read32(queues[0] + RunQueue.COUNT));
        assertEquals(1L << 5 | 1L << 10, Memory.read64(queues[0] + RunQueue.BITMAP));
        assertEquals(List.of(b, d, a, c), drain(queues[0]));
        assertEquals(0, Memory.read32(queues[0] + RunQueue.COUNT));
        assertEquals(0, Memory.read64(queues[0] + RunQueue.BITMAP), "every level empty again");
    }

    @Test
    void everyOneOfTheSixtyFourLevelsIsPickedHighestFirst() {
        for (int p = 0; p < RunQueue.PRIORITIES; p++) RunQueue.enqueue(queues[1], thread(p, (p * 37) % RunQueue.PRIORITIES, SchedState.ANY_CPU));
        List<Long> taken = drain(queues[1]);
        assertEquals(RunQueue.PRIORITIES, taken.size());
        for (int i = 0; i < taken.size(); i++) assertEquals(RunQueue.PRIORITIES - 1 - i, SchedState.priority(taken.get(i)));
    }

    @Test
    void takeLeavesLevelsBelowTheMinimum() {
        long low = thread(0, 3, SchedState.ANY_CPU);
        RunQueue.enqueue(queues[0], low);
        assertEquals(0, RunQueue.take(queues[0], 4));
        assertEquals(low, RunQueue.take(queues[0], 3));
    }

    @Test
    void aReadyThreadAskForTheCpuOnlyWhenItOutranksTheRunningOne() {
        long running = thread(0, 10, SchedState.ANY_CPU);
        assertTrue(RunQueue.enqueue(queues[0], thread(1, 0, SchedState.ANY_CPU)), "an idle CPU takes anything");
        RunQueue.setCurrent(queues[0], running);
        assertFalse(RunQueue.needResched(queues[0]), "cleared at the switch");
        assertFalse(RunQueue.enqueue(queues[0], thread(2, 10, SchedState.ANY_CPU)), "the same priority waits for the quantum");
        assertFalse(RunQueue.needResched(queues[0]));
        assertTrue(RunQueue.enqueue(queues[0], thread(3, 11, SchedState.ANY_CPU)));
        assertTrue(RunQueue.needResched(queues[0]));
    }

    @Test
    void theQuantumEndsInRoundRobinWithTheSameLevelOnly() {
        long running = thread(0, 7, SchedState.ANY_CPU);
        RunQueue.setCurrent(queues[0], running);
        RunQueue.write32(running, SchedState.QUANTUM_LEFT, 3);
        RunQueue.enqueue(queues[0], thread(1, 6, SchedState.ANY_CPU));
        for (int tick = 0; tick < 6; tick++) assertFalse(RunQueue.tick(queues[0], running), "only a lower priority is ready");
        RunQueue.enqueue(queues[0], thread(2, 7, SchedState.ANY_CPU));
        int ticks = 0;
        while (!RunQueue.tick(queues[0], running)) ticks++;
        assertTrue(ticks < 3, "the quantum (3 ticks) ran out");
        assertTrue(RunQueue.needResched(queues[0]));
        assertEquals(3, RunQueue.read32(running, SchedState.QUANTUM_LEFT), "a fresh quantum");
    }

    @Test
    void aWokenThreadGoesToItsPinnedCpuElseWhereItRanUnlessAnotherIsIdle() {
        long busy = thread(10, 5, SchedState.ANY_CPU);
        long pinned = thread(0, 5, 2);
        RunQueue.setCurrent(queues[2], busy);
        assertEquals(2, RunQueue.place(queues, CPUS, pinned, 0), "pinned: its CPU even when busy");
        long fresh = thread(1, 5, SchedState.ANY_CPU);
        assertEquals(3, RunQueue.place(queues, CPUS, fresh, 3), "never ran: the waking CPU, idle");
        long ran = thread(2, 5, SchedState.ANY_CPU);
        RunQueue.write32(ran, SchedState.LAST_CPU, 1);
        assertEquals(1, RunQueue.place(queues, CPUS, ran, 0), "where it last ran, idle");
        RunQueue.setCurrent(queues[1], busy);
        RunQueue.setCurrent(queues[0], busy);
        assertEquals(3, RunQueue.place(queues, CPUS, ran, 0), "its CPU is busy: the first idle one");
        RunQueue.setCurrent(queues[3], busy);
        assertEquals(1, RunQueue.place(queues, CPUS, ran, 0), "every CPU busy: where it last ran");
        RunQueue.setCurrent(queues[3], 0);
        RunQueue.enqueue(queues[3], thread(3, 1, SchedState.ANY_CPU));
        assertEquals(1, RunQueue.place(queues, CPUS, ran, 0), "a CPU with queued work is not idle");
    }

    @Test
    void anIdleCpuTakesTheBestUnpinnedThreadOfTheBusiestCpu() {
        long p0 = thread(0, 9, 0), p1 = thread(1, 8, 0), free3 = thread(2, 3, SchedState.ANY_CPU), free6 = thread(3, 6, SchedState.ANY_CPU);
        for (long t : new long[] {p0, p1, free3, free6}) RunQueue.enqueue(queues[0], t);
        long other = thread(4, 20, SchedState.ANY_CPU);
        RunQueue.enqueue(queues[1], other);
        assertEquals(free6, RunQueue.takeWork(queues, CPUS, 2));
        assertEquals(free3, RunQueue.takeWork(queues, CPUS, 2), "cpu 0 still has the most free to move");
        assertEquals(2, Memory.read64(queues[2] + RunQueue.TAKEN));
        assertEquals(other, RunQueue.takeWork(queues, CPUS, 2), "cpu 0 has more queued, but only pinned ones");
        assertEquals(0, RunQueue.takeWork(queues, CPUS, 2), "only pinned threads are left");
        assertEquals(List.of(p0, p1), drain(queues[0]), "the pinned ones stayed, in order");
    }

    @Test
    void aThreadIsRemovedFromTheMiddleOfItsLevel() {
        long a = thread(0, 4, SchedState.ANY_CPU), b = thread(1, 4, SchedState.ANY_CPU), c = thread(2, 4, SchedState.ANY_CPU);
        for (long t : new long[] {a, b, c}) RunQueue.enqueue(queues[0], t);
        assertTrue(RunQueue.remove(queues[0], b));
        assertFalse(RunQueue.remove(queues[0], b), "no longer queued there");
        assertFalse(RunQueue.remove(queues[1], a), "queued on another CPU");
        assertEquals(List.of(a, c), drain(queues[0]));
        assertEquals(0, RunQueue.read(a, SchedState.QUEUE));
    }

    @Test
    void badPrioritiesAndCpusAreRefused() {
        assertEquals(0, SchedState.check(0, SchedState.ANY_CPU, 2));
        assertEquals(0, SchedState.check(RunQueue.PRIORITIES - 1, 1, 2));
        assertEquals(jos.abi.Errors.EINVAL, SchedState.check(RunQueue.PRIORITIES, 0, 2));
        assertEquals(jos.abi.Errors.EINVAL, SchedState.check(-1, 0, 2));
        assertEquals(jos.abi.Errors.EINVAL, SchedState.check(1, 2, 2));
        assertEquals(jos.abi.Errors.EINVAL, SchedState.check(1, -2, 2));
    }

    @Test
    void aPriorityChangedWhileQueuedMovesTheThreadToItsNewLevel() {
        long a = thread(0, 10, SchedState.ANY_CPU), b = thread(1, 20, SchedState.ANY_CPU);
        RunQueue.enqueue(queues[0], a);
        RunQueue.enqueue(queues[0], b);
        RunQueue.write32(a, SchedState.PRIORITY, 30);
        assertFalse(RunQueue.requeue(queues[1], a), "not queued there");
        assertEquals(20, RunQueue.highestReady(queues[0]), "still at its old level until requeued");
        Memory.write32(queues[0] + RunQueue.CURRENT_PRIORITY, 25);
        assertTrue(RunQueue.requeue(queues[0], a), "it now comes before the running thread");
        assertTrue(RunQueue.needResched(queues[0]));
        assertFalse(RunQueue.requeue(queues[0], a), "already at its level");
        assertEquals(30, RunQueue.highestReady(queues[0]));
        assertEquals(List.of(a, b), drain(queues[0]));
        assertEquals(0, Memory.read64(queues[0] + RunQueue.BITMAP), "no level left marked");
    }

    @Test
    void anAffinityChangedWhileQueuedKeepsTheMovableCountRight() {
        long a = thread(0, 10, SchedState.ANY_CPU), b = thread(1, 10, 0);
        RunQueue.enqueue(queues[0], a);
        RunQueue.enqueue(queues[0], b);
        assertEquals(1, Memory.read32(queues[0] + RunQueue.MOVABLE));
        RunQueue.write32(a, SchedState.AFFINITY, 0);   // pinned while queued
        RunQueue.write32(b, SchedState.AFFINITY, SchedState.ANY_CPU);
        assertEquals(b, RunQueue.takeWork(queues, CPUS, 1), "work taking sees the new affinities");
        assertTrue(RunQueue.remove(queues[0], a));
        assertEquals(0, Memory.read32(queues[0] + RunQueue.MOVABLE), "counted as it was queued, not as it is now");
        assertEquals(0, Memory.read32(queues[0] + RunQueue.COUNT));
    }
}
