package jos.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HotSpot threads as CPUs sharing one simulated machine: each takes a thread from its own queue or, with
 * none there, work from the busiest other queue, "runs" it and queues it again, on its own queue or where
 * placement says.
 * No thread may be held by two CPUs at once, none may be lost or duplicated, and the counts and bitmaps
 * must agree with the lists at the end.
 */
class RunQueueStressTest {
    static final int CPUS = 4, THREADS = 64, ROUNDS = 4000;

    Machine machine;
    final long[] queues = new long[CPUS];

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        machine.memory().map(RunQueueTest.QUEUES, (long) RunQueue.SIZE * CPUS);
        machine.memory().map(RunQueueTest.THREADS, (long) Thread.SIZE * THREADS);
        for (int cpu = 0; cpu < CPUS; cpu++) {
            queues[cpu] = RunQueueTest.QUEUES + (long) RunQueue.SIZE * cpu;
            RunQueue.init(queues[cpu], cpu, 1);
        }
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    @Test
    void enqueueAndWorkTakingOnFourCpusLoseAndDuplicateNothing() throws Exception {
        for (int i = 0; i < THREADS; i++) {
            int affinity = i % 4 == 0 ? i / 4 % 2 : SchedState.ANY_CPU;   // a quarter pinned, to cpus 0 and 1
            long t = RunQueueTest.thread(i, i % RunQueue.PRIORITIES, affinity);
            RunQueue.enqueue(queues[affinity == SchedState.ANY_CPU ? i % 2 : affinity], t);   // the free ones on cpus 0 and 1 only
        }
        AtomicIntegerArray holder = new AtomicIntegerArray(THREADS);
        AtomicLong taken = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        java.lang.Thread[] cpus = new java.lang.Thread[CPUS];
        for (int c = 0; c < CPUS; c++) {
            int cpu = c;
            cpus[c] = new java.lang.Thread(() -> {
                machine.attach();
                try {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        long t = RunQueue.take(queues[cpu], 0);
                        if (t == 0) {
                            t = RunQueue.takeWork(queues, CPUS, cpu);
                            if (t != 0) taken.incrementAndGet();
                        }
                        if (t == 0) continue;
                        int index = (int) ((t - RunQueueTest.THREADS) / Thread.SIZE);
                        if (!holder.compareAndSet(index, 0, cpu + 1)) throw new AssertionError("thread " + index + " held twice");
                        int pinned = SchedState.affinity(t);
                        if (pinned != SchedState.ANY_CPU && pinned != cpu) throw new AssertionError("pinned thread " + index + " ran on cpu " + cpu);
                        RunQueue.write32(t, SchedState.LAST_CPU, cpu);
                        RunQueue.setCurrent(queues[cpu], t);
                        holder.set(index, 0);
                        RunQueue.setCurrent(queues[cpu], 0);
                        // cpus 0 and 1: preempted (queued here again) or woken (where placement says); cpus 2 and 3
                        // hand free threads back to 0 and 1, so they keep having to take work
                        int next = cpu >= 2 ? (pinned == cpu ? cpu : cpu - 2) : round % 2 == 0 ? cpu : RunQueue.place(queues, CPUS, t, cpu);
                        RunQueue.enqueue(queues[next], t);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            cpus[c].start();
        }
        start.countDown();
        for (java.lang.Thread t : cpus) t.join(60_000);
        if (failure.get() != null) throw new AssertionError(failure.get());
        Set<Long> seen = new HashSet<>();
        int total = 0;
        for (int cpu = 0; cpu < CPUS; cpu++) {
            long bitmap = 0;
            int count = 0;
            for (int level = 0; level < RunQueue.PRIORITIES; level++) {
                long previous = 0;
                for (long t = Memory.read64(queues[cpu] + RunQueue.HEADS + 8L * level); t != 0; t = RunQueue.read(t, SchedState.NEXT)) {
                    assertEquals(previous, RunQueue.read(t, SchedState.PREV), "back link");
                    assertEquals(queues[cpu], RunQueue.read(t, SchedState.QUEUE));
                    assertEquals(level, SchedState.priority(t));
                    int pinned = SchedState.affinity(t);
                    assertTrue(pinned == SchedState.ANY_CPU || pinned == cpu, "a pinned thread on its own CPU's queue");
                    assertTrue(seen.add(t), "queued once");
                    bitmap |= 1L << level;
                    count++;
                    previous = t;
                }
                assertEquals(previous, Memory.read64(queues[cpu] + RunQueue.TAILS + 8L * level), "tail");
            }
            assertEquals(bitmap, Memory.read64(queues[cpu] + RunQueue.BITMAP), "bitmap of cpu " + cpu);
            assertEquals(count, Memory.read32(queues[cpu] + RunQueue.COUNT), "count of cpu " + cpu);
            assertEquals(0, Memory.read64(queues[cpu] + RunQueue.LOCK));
            total += count;
        }
        assertEquals(THREADS, total, "every thread is queued exactly once");
        assertTrue(taken.get() > 0, "idle cpus took work");
        assertEquals(taken.get(), Memory.read64(queues[2] + RunQueue.TAKEN) + Memory.read64(queues[3] + RunQueue.TAKEN)
                + Memory.read64(queues[0] + RunQueue.TAKEN) + Memory.read64(queues[1] + RunQueue.TAKEN));
    }
}
