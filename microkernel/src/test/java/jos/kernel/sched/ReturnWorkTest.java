package jos.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import jos.hw.Atomic;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.hw.sim.SimCpu;
import jos.kernel.x86.PerCpu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RunQueue.RETURN_WORK, the one word the system-call exit tests before it leaves with sysretq: every
 * reason to take the general return path sets it on the CPU concerned (a reschedule, the idle context
 * wanted, a kill of the running thread, a killed or rewritten thread switched in, a rewritten frame of the
 * running thread), and the general path clears it before it looks at the reasons themselves.
 */
class ReturnWorkTest {
    Machine machine;
    final long[] queues = new long[2];

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        machine.memory().map(SchedulerTest.PER_CPU, PerCpu.SIZE);
        machine.cpu().writeMsr(SimCpu.IA32_GS_BASE, SchedulerTest.PER_CPU);
        machine.memory().map(RunQueueTest.QUEUES, (long) RunQueue.SIZE * 2);
        machine.memory().map(RunQueueTest.THREADS, (long) Thread.SIZE * 8);
        for (int cpu = 0; cpu < 2; cpu++) {
            queues[cpu] = RunQueueTest.QUEUES + (long) RunQueue.SIZE * cpu;
            RunQueue.init(queues[cpu], cpu, Scheduler.DEFAULT_QUANTUM);
            Scheduler.QUEUES[cpu] = queues[cpu];
        }
        Scheduler.COUNT[0] = 2;
        Cpu.gsWrite64(PerCpu.RETURN_WORK, queues[0] + RunQueue.RETURN_WORK);   // as every switch to a context on cpu 0 sets it
    }

    @AfterEach
    void tearDown() {
        Scheduler.COUNT[0] = 0;
        Arrays.fill(Scheduler.QUEUES, 0);
        machine.close();
    }

    boolean work(int cpu) {
        return Atomic.load32(queues[cpu] + RunQueue.RETURN_WORK) != 0;
    }

    /** A thread running on cpu 0 at priority, its queue's current. */
    long running(int index, int priority) {
        long thread = RunQueueTest.thread(index, priority, 0);
        RunQueue.write32(thread, SchedState.STATE, SchedState.RUNNING);
        RunQueue.write32(thread, SchedState.LAST_CPU, 0);
        Atomic.store32(thread + Thread.SCHED + SchedState.ON_CPU, 1);
        RunQueue.setCurrent(queues[0], thread);
        Cpu.gsWrite64(PerCpu.CURRENT_THREAD, thread);
        return thread;
    }

    @Test
    void aWakeThatPreemptsSetsIt() {
        running(0, 30);
        Scheduler.wake(RunQueueTest.thread(1, 20, 0));
        assertFalse(work(0), "a lower priority waits: nothing to do");
        Scheduler.wake(RunQueueTest.thread(2, 40, 0));
        assertTrue(RunQueue.needResched(queues[0]) && work(0), "a higher priority is ready");
        assertFalse(work(1));
    }

    @Test
    void theQuantumsEndWithAnEqualReadySetsIt() {
        long thread = running(0, 30);
        RunQueue.write32(thread, SchedState.QUANTUM_LEFT, 1);
        Scheduler.wake(RunQueueTest.thread(1, 30, 0));
        assertFalse(work(0));
        Scheduler.tick();
        assertTrue(work(0), "round robin at the quantum's end");
    }

    @Test
    void aQueuedThreadRaisedAboveTheRunningOneSetsIt() {
        running(0, 30);
        long queued = RunQueueTest.thread(1, 20, 0);
        Scheduler.wake(queued);
        assertFalse(work(0));
        Scheduler.setPriority(queued, 35);
        assertTrue(work(0));
    }

    @Test
    void theRunningThreadLoweredBelowAReadyOneSetsIt() {
        long thread = running(0, 30);
        Scheduler.wake(RunQueueTest.thread(1, 25, 0));
        assertFalse(work(0));
        Scheduler.setPriority(thread, 10);
        assertTrue(work(0));
    }

    @Test
    void aKillOfTheRunningThreadSetsIt() {
        long thread = running(0, 30);
        Scheduler.kill(thread);
        assertTrue(work(0));
    }

    @Test
    void aKillOfAThreadOffEveryCpuSetsItWhenItIsSwitchedIn() {
        running(1, 50);
        long thread = RunQueueTest.thread(0, 30, 0);
        RunQueue.write32(thread, SchedState.STATE, SchedState.BLOCKED);
        Scheduler.kill(thread);
        assertFalse(work(0) || work(1), "it runs nowhere yet, and waits for a higher priority");
        Cpu.gsWrite64(PerCpu.CURRENT_THREAD, thread);
        Scheduler.started();   // the switched-to context's first step, as after every switch
        assertTrue(work(0));
    }

    @Test
    void aRewrittenFrameSetsItWhereTheThreadRunsOrWhenItIsSwitchedIn() {
        long thread = running(0, 30);
        Scheduler.frameRewritten(thread);
        assertTrue(work(0));
        Scheduler.atUserReturn();
        assertFalse(work(0), "taken by the general path");
        Scheduler.frameDecided(thread);
        assertEquals(0, RunQueue.read32(thread, SchedState.FLAGS) & SchedState.FRAME_REWRITTEN, "answered by UserReturn.decide");

        long other = RunQueueTest.thread(1, 30, 0);
        Scheduler.frameRewritten(other);
        assertFalse(work(0));
        Cpu.gsWrite64(PerCpu.CURRENT_THREAD, other);
        Scheduler.started();
        assertTrue(work(0), "the flag outlives the time off the cpu");
    }

    @Test
    void anEndedThreadsWaiterSetsItOnTheWaitersCpu() {
        long ended = RunQueueTest.thread(0, 30, 0);
        RunQueue.write32(ended, SchedState.STATE, SchedState.EXITING);
        Atomic.store32(ended + Thread.SCHED + SchedState.WAITER, 1);   // cpu 0's idle context waits for it
        Memory.write64(queues[0] + RunQueue.PREVIOUS, ended);
        Cpu.gsWrite64(PerCpu.CURRENT_THREAD, RunQueueTest.thread(1, 30, 0));
        Scheduler.started();
        assertEquals(1, Atomic.load32(queues[0] + RunQueue.IDLE_WANTED));
        assertTrue(work(0), "the idle context is wanted");
    }

    @Test
    void theGeneralPathClearsItAndANewReasonSetsItAgain() {
        running(0, 30);
        Scheduler.wake(RunQueueTest.thread(1, 40, 0));
        assertTrue(work(0));
        RunQueue.takeReturnWork(queues[0]);
        assertFalse(work(0));
        Scheduler.wake(RunQueueTest.thread(2, 50, 0));
        assertTrue(work(0), "a reason after the clear is not lost");
    }
}
