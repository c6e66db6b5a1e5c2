package jos.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import jos.hw.Atomic;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.hw.sim.SimCpu;
import jos.kernel.x86.PerCpu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's thread states on the simulated machine, as CPU 0 of two: a wake queues a new or
 * blocked thread once, marks a running one so its block returns at once, waits for a thread still
 * switching out; a kill marks and wakes; only a new thread can be pinned.
 */
class SchedulerTest {
    static final long PER_CPU = 0x8_0000;

    Machine machine;
    final long[] queues = new long[2];

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        machine.memory().map(PER_CPU, PerCpu.SIZE);
        machine.cpu().writeMsr(SimCpu.IA32_GS_BASE, PER_CPU);
        machine.memory().map(RunQueueTest.QUEUES, (long) RunQueue.SIZE * 2);
        machine.memory().map(RunQueueTest.THREADS, (long) Thread.SIZE * 8);
        for (int cpu = 0; cpu < 2; cpu++) {
            queues[cpu] = RunQueueTest.QUEUES + (long) RunQueue.SIZE * cpu;
            RunQueue.init(queues[cpu], cpu, Scheduler.DEFAULT_QUANTUM);
            Scheduler.QUEUES[cpu] = queues[cpu];
        }
        Scheduler.COUNT[0] = 2;
    }

    @AfterEach
    void tearDown() {
        Scheduler.COUNT[0] = 0;
        Arrays.fill(Scheduler.QUEUES, 0);
        machine.close();
    }

    static int state(long thread) {
        return RunQueue.read32(thread, SchedState.STATE);
    }

    @Test
    void aNewThreadIsQueuedOnceOnItsCpu() {
        long thread = RunQueueTest.thread(0, 40, 0);
        assertTrue(Scheduler.wake(thread));
        assertEquals(SchedState.READY, state(thread));
        assertEquals(queues[0], RunQueue.read(thread, SchedState.QUEUE));
        assertTrue(RunQueue.needResched(queues[0]), "cpu 0 is idle: it should run it");
        assertFalse(Scheduler.wake(thread), "already runnable");
        assertEquals(1, Memory.read32(queues[0] + RunQueue.COUNT));
    }

    @Test
    void aWakeBeforeTheBlockItIsMeantForIsKept() {
        long thread = RunQueueTest.thread(0, 40, 0);
        RunQueue.write32(thread, SchedState.STATE, SchedState.RUNNING);
        assertTrue(Scheduler.wake(thread));
        assertEquals(SchedState.WOKEN, state(thread), "its block will return at once");
        assertEquals(0, Memory.read32(queues[0] + RunQueue.COUNT), "a running thread is not queued");
        RunQueue.write32(thread, SchedState.STATE, SchedState.DEAD);
        assertFalse(Scheduler.wake(thread), "a dead thread stays dead");
    }

    @Test
    void aWakeWaitsUntilTheThreadIsOffTheCpuItBlockedOn() throws Exception {
        long thread = RunQueueTest.thread(0, 40, 0);
        RunQueue.write32(thread, SchedState.STATE, SchedState.BLOCKED);
        Atomic.store32(thread + Thread.SCHED + SchedState.ON_CPU, 1);
        AtomicLong clearedAt = new AtomicLong();
        java.lang.Thread other = new java.lang.Thread(() -> {
            machine.attach();
            try {
                java.lang.Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            clearedAt.set(System.nanoTime());
            Atomic.store32(thread + Thread.SCHED + SchedState.ON_CPU, 0);
        });
        other.start();
        assertTrue(Scheduler.wake(thread));
        long queuedAt = System.nanoTime();
        other.join();
        assertTrue(clearedAt.get() != 0 && queuedAt >= clearedAt.get(), "queued only once its stack was free");
        assertEquals(queues[0], RunQueue.read(thread, SchedState.QUEUE));
    }

    @Test
    void aKillMarksTheThreadAndWakesItToEnd() {
        long thread = RunQueueTest.thread(0, 40, 0);
        RunQueue.write32(thread, SchedState.STATE, SchedState.BLOCKED);
        assertFalse(Scheduler.killed(thread));
        Scheduler.kill(thread);
        assertTrue(Scheduler.killed(thread));
        assertEquals(SchedState.READY, state(thread), "it runs only to end itself");
        assertEquals(queues[0], RunQueue.read(thread, SchedState.QUEUE));
    }

    @Test
    void onlyANewThreadCanBePinnedAndOnlyToACpuWithAQueue() {
        long thread = RunQueueTest.thread(0, 40, SchedState.ANY_CPU);
        assertFalse(Scheduler.pin(thread, 2), "no cpu 2");
        assertTrue(Scheduler.pin(thread, 1));
        assertEquals(1, SchedState.affinity(thread));
        RunQueue.write32(thread, SchedState.STATE, SchedState.RUNNING);
        assertFalse(Scheduler.pin(thread, 0));
        assertFalse(Scheduler.dead(thread));
    }
    /** current running on cpu 0 with quantumLeft ticks left, partner BLOCKED (an IPC partner it just made runnable). */
    static long[] directPair(int partnerPriority, int partnerAffinity, int quantumLeft) {
        long current = RunQueueTest.thread(0, 32, 0), partner = RunQueueTest.thread(1, partnerPriority, partnerAffinity);
        RunQueue.write32(current, SchedState.STATE, SchedState.RUNNING);
        RunQueue.write32(current, SchedState.QUANTUM_LEFT, quantumLeft);
        RunQueue.write32(current, SchedState.LAST_CPU, 0);
        RunQueue.write32(partner, SchedState.STATE, SchedState.BLOCKED);
        RunQueue.write32(partner, SchedState.LAST_CPU, 0);
        return new long[] {current, partner};
    }

    @Test
    void aDirectSwitchClaimsThePartnerWithoutTheQueueAndHandsOnTheQuantum() {
        long[] t = directPair(32, SchedState.ANY_CPU, 1);
        long other = RunQueueTest.thread(2, 32, 0);
        RunQueue.enqueue(queues[0], other);
        assertEquals(1, Scheduler.claimDirect(queues[0], t[0], t[1], 0), "an equal priority queued does not stop it");
        assertEquals(SchedState.BLOCKED, state(t[0]));
        assertEquals(SchedState.READY, state(t[1]), "claimed: no other wake can queue it");
        assertEquals(0, RunQueue.read(t[1], SchedState.QUEUE), "not queued anywhere");
        assertEquals(1, Memory.read32(queues[0] + RunQueue.COUNT), "only the other thread is queued");
        assertEquals(1, Memory.read64(queues[0] + RunQueue.DIRECT));
        assertFalse(Scheduler.wake(t[1]), "a kill's wake finds it runnable already");
    }

    @Test
    void theDirectSwitchGivesTheRestOfTheQuantumAtLeastOneTick() {
        long[] t = directPair(40, 0, 0);
        assertEquals(1, Scheduler.claimDirect(queues[0], t[0], t[1], 0));
        long[] u = directPair(40, 0, 2);
        assertEquals(2, Scheduler.claimDirect(queues[0], u[0], u[1], 0));
    }

    @Test
    void everyGuardOfTheDirectSwitchFallsBackWithNothingChanged() {
        String[] why = {"the idle context waits", "partner pinned to another cpu", "partner free but last ran on cpu 1",
                "a higher priority is queued here", "partner still on a cpu", "a wake of the caller is pending", "partner not blocked"};
        for (int guard = 0; guard < why.length; guard++) {
            tearDown();
            setUp();
            long[] t = directPair(32, SchedState.ANY_CPU, 2);
            switch (guard) {
                case 0 -> Atomic.store32(queues[0] + RunQueue.IDLE_WANTED, 1);
                case 1 -> RunQueue.write32(t[1], SchedState.AFFINITY, 1);
                case 2 -> RunQueue.write32(t[1], SchedState.LAST_CPU, 1);
                case 3 -> RunQueue.enqueue(queues[0], RunQueueTest.thread(2, 33, 0));
                case 4 -> Atomic.store32(t[1] + Thread.SCHED + SchedState.ON_CPU, 1);
                case 5 -> RunQueue.write32(t[0], SchedState.STATE, SchedState.WOKEN);
                default -> RunQueue.write32(t[1], SchedState.STATE, SchedState.READY);
            }
            int callerBefore = state(t[0]), partnerBefore = state(t[1]);
            int queued = Memory.read32(queues[0] + RunQueue.COUNT);
            assertEquals(0, Scheduler.claimDirect(queues[0], t[0], t[1], 0), why[guard]);
            assertEquals(callerBefore, state(t[0]), why[guard]);
            assertEquals(partnerBefore, state(t[1]), why[guard]);
            assertEquals(queued, Memory.read32(queues[0] + RunQueue.COUNT), why[guard]);
            assertEquals(0, Memory.read64(queues[0] + RunQueue.DIRECT), why[guard]);
        }
        tearDown();
        setUp();
        long[] t = directPair(32, 0, 2);
        assertEquals(2, Scheduler.claimDirect(queues[0], t[0], t[1], 0), "pinned here");
        long[] u = directPair(32, SchedState.ANY_CPU, 2);
        RunQueue.write32(u[1], SchedState.LAST_CPU, SchedState.ANY_CPU);
        assertEquals(2, Scheduler.claimDirect(queues[0], u[0], u[1], 0), "free and never run");
    }

    @Test
    void aQueuedThreadsNewPriorityTakesEffectAtOnce() {
        long low = RunQueueTest.thread(0, 10, 0), other = RunQueueTest.thread(1, 20, 0);
        Scheduler.wake(low);
        Scheduler.wake(other);
        Scheduler.setPriority(low, 30);
        assertEquals(30, SchedState.priority(low));
        assertEquals(low, RunQueue.take(queues[0], 0), "it now runs first");
        assertEquals(other, RunQueue.take(queues[0], 0));
    }

    @Test
    void aRunningThreadLoweredBelowAReadyOneIsSwitchedAwayAtItsNextReturn() {
        long running = RunQueueTest.thread(0, 40, 0), ready = RunQueueTest.thread(1, 30, 0);
        RunQueue.write32(running, SchedState.STATE, SchedState.RUNNING);
        Atomic.store32(running + Thread.SCHED + SchedState.ON_CPU, 1);
        RunQueue.write32(running, SchedState.LAST_CPU, 0);
        RunQueue.setCurrent(queues[0], running);
        Scheduler.wake(ready);
        assertFalse(RunQueue.needResched(queues[0]), "30 waits for 40");
        Scheduler.setPriority(running, 35);
        assertFalse(RunQueue.needResched(queues[0]), "still above the ready thread");
        assertEquals(35, Memory.read32(queues[0] + RunQueue.CURRENT_PRIORITY));
        Scheduler.setPriority(running, 20);
        assertTrue(RunQueue.needResched(queues[0]), "lowered below a ready thread: it is preempted");
        assertEquals(20, Memory.read32(queues[0] + RunQueue.CURRENT_PRIORITY));
    }

    @Test
    void aThreadQueuedOnAnotherCpuMovesWhenPinnedHere() {
        long thread = RunQueueTest.thread(0, 40, 1);
        RunQueue.write32(thread, SchedState.STATE, SchedState.READY);
        RunQueue.enqueue(queues[1], thread);   // as a wake on cpu 1 queues it (without the IPI the simulation has no APIC for)
        assertEquals(queues[1], RunQueue.read(thread, SchedState.QUEUE));
        Scheduler.setAffinity(thread, 0);
        assertEquals(0, SchedState.affinity(thread));
        assertEquals(queues[0], RunQueue.read(thread, SchedState.QUEUE), "moved to its new cpu's queue");
        assertEquals(0, Memory.read32(queues[1] + RunQueue.COUNT));
        Scheduler.setAffinity(thread, SchedState.ANY_CPU);
        assertEquals(queues[0], RunQueue.read(thread, SchedState.QUEUE), "freed: it stays where it is");
    }

    @Test
    void aRunningThreadPinnedElsewhereIsSwitchedAwayAtItsNextReturn() {
        long running = RunQueueTest.thread(0, 40, SchedState.ANY_CPU);
        RunQueue.write32(running, SchedState.STATE, SchedState.RUNNING);
        Atomic.store32(running + Thread.SCHED + SchedState.ON_CPU, 1);
        RunQueue.write32(running, SchedState.LAST_CPU, 0);
        RunQueue.setCurrent(queues[0], running);
        Scheduler.setAffinity(running, 0);
        assertFalse(RunQueue.needResched(queues[0]), "pinned where it runs");
        Scheduler.setAffinity(running, 1);
        assertTrue(RunQueue.needResched(queues[0]), "it leaves cpu 0 at its next return to user mode");
    }
}
