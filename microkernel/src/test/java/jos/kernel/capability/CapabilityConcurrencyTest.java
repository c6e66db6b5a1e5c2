package jos.kernel.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jos.abi.Errors;
import jos.abi.Handle;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.kernel.memory.Heap;
import jos.kernel.memory.SimulatedRam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several Java threads act as CPUs on one simulated machine: copies and deletes in one table and across
 * two (taken in both directions at once, which deadlocks without the address order), and concurrent
 * deletes of one object's capabilities, of which exactly one must see the last reference.
 */
class CapabilityConcurrencyTest {
    static final int CPUS = 4;

    SimulatedRam ram;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withHeap();
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    interface Work {
        void run(int cpu, long record) throws Exception;
    }

    /** Runs work on CPUS threads attached to the machine, each with its own record; fails on any thread's failure or a hang. */
    void onEveryCpu(Work work) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CyclicBarrier start = new CyclicBarrier(CPUS);
        List<Thread> threads = new ArrayList<>();
        long[] records = new long[CPUS];
        for (int c = 0; c < CPUS; c++) records[c] = Heap.allocate(Capability.SIZE);
        for (int c = 0; c < CPUS; c++) {
            int cpu = c;
            Thread t = new Thread(() -> {
                try (var m = ram.machine().attach()) {
                    start.await();
                    work.run(cpu, records[cpu]);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "cpu " + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
            assertTrue(!t.isAlive(), t.getName() + " finished: no deadlock");
        }
        if (failure.get() != null) throw new AssertionError("a CPU failed", failure.get());
    }

    static long object(int kind) {
        long o = Heap.allocate(64);
        KernelObject.init(o, kind);
        return o;
    }

    @Test
    void copiesAndDeletesWithinAndAcrossTablesKeepEveryCount() throws Exception {
        long[] tables = {CapabilityTable.create(256), CapabilityTable.create(256)};
        long[] objects = new long[CPUS];
        long[] roots = new long[CPUS];
        for (int c = 0; c < CPUS; c++) {
            objects[c] = object(Kinds.ENDPOINT);
            roots[c] = CapabilityTable.insert(tables[c % 2], Kinds.ENDPOINT, Rights.of(Kinds.ENDPOINT), objects[c]);
        }
        AtomicInteger operations = new AtomicInteger();
        onEveryCpu((cpu, record) -> {
            Random random = new Random(cpu);
            long home = tables[cpu % 2];
            List<long[]> mine = new ArrayList<>();                // {table, handle}
            for (int i = 0; i < 10000; i++) {
                if (mine.size() < 20 && random.nextBoolean()) {
                    // copy this CPU's root (or one of its copies) into either table; another CPU copies the other way
                    long[] from = mine.isEmpty() || random.nextBoolean() ? new long[] {home, roots[cpu]} : mine.get(random.nextInt(mine.size()));
                    long to = tables[random.nextInt(2)];
                    long h = random.nextBoolean() ? CapabilityTable.copy(from[0], from[1], to)
                            : from[0] == to ? CapabilityTable.mint(to, from[1], Rights.SEND | Rights.COPY, 0) : CapabilityTable.copy(from[0], from[1], to);
                    assertTrue(Handle.wellFormed(h), "cpu " + cpu + " copy: " + h);
                    mine.add(new long[] {to, h});
                } else if (!mine.isEmpty()) {
                    long[] victim = mine.remove(random.nextInt(mine.size()));
                    if (random.nextInt(4) == 0) {
                        long to = tables[random.nextInt(2)];
                        long moved = CapabilityTable.move(victim[0], victim[1], to);
                        assertTrue(Handle.wellFormed(moved), "cpu " + cpu + " move: " + moved);
                        mine.add(new long[] {to, moved});
                    } else {
                        assertEquals(CapabilityTable.KEPT, CapabilityTable.delete(victim[0], victim[1], record), "the root keeps it");
                        assertEquals(objects[cpu], Capability.object(record));
                        assertEquals(Errors.EBADF, CapabilityTable.delete(victim[0], victim[1], record));
                    }
                }
                assertEquals(0, CapabilityTable.lookup(home, roots[cpu], Kinds.ENDPOINT, Rights.SEND, record));
                assertTrue(KernelObject.release(objects[cpu]) > 0);
                operations.incrementAndGet();
            }
            for (long[] left : mine) assertEquals(CapabilityTable.KEPT, CapabilityTable.delete(left[0], left[1], record));
        });
        assertEquals(CPUS * 10000, operations.get());
        for (int c = 0; c < CPUS; c++) assertEquals(1, KernelObject.references(objects[c]), "only the root is left of object " + c);
        assertEquals(CPUS / 2, CapabilityTable.used(tables[0]));
        assertEquals(CPUS / 2, CapabilityTable.used(tables[1]));
    }

    @Test
    void exactlyOneOfManyConcurrentDeletesSeesTheLastReference() throws Exception {
        long[] tables = {CapabilityTable.create(1024), CapabilityTable.create(1024)};
        int rounds = 200, perCpu = 2;
        long[] objects = new long[rounds];
        long[][][] handles = new long[rounds][CPUS][perCpu];
        for (int r = 0; r < rounds; r++) {
            objects[r] = object(Kinds.NOTIFICATION);
            long root = CapabilityTable.insert(tables[0], Kinds.NOTIFICATION, Rights.of(Kinds.NOTIFICATION), objects[r]);
            for (int c = 0; c < CPUS; c++) {
                for (int k = 0; k < perCpu; k++) {
                    handles[r][c][k] = CapabilityTable.copy(tables[0], root, tables[(c + k) % 2]);
                    assertTrue(Handle.wellFormed(handles[r][c][k]), "copy: " + handles[r][c][k]);
                }
            }
            CapabilityTable.delete(tables[0], root, Heap.allocate(Capability.SIZE));
            assertEquals(CPUS * perCpu, KernelObject.references(objects[r]));
        }
        AtomicInteger[] last = new AtomicInteger[rounds];
        for (int r = 0; r < rounds; r++) last[r] = new AtomicInteger();
        onEveryCpu((cpu, record) -> {
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < perCpu; k++) {
                    long result = CapabilityTable.delete(tables[(cpu + k) % 2], handles[r][cpu][k], record);
                    assertTrue(result == CapabilityTable.KEPT || result == CapabilityTable.LAST, "delete: " + result);
                    if (result == CapabilityTable.LAST) last[r].incrementAndGet();
                }
            }
        });
        for (int r = 0; r < rounds; r++) {
            assertEquals(1, last[r].get(), "object " + r + "'s last reference reported once");
            assertEquals(0, KernelObject.references(objects[r]));
        }
        assertEquals(0, CapabilityTable.used(tables[0]));
        assertEquals(0, CapabilityTable.used(tables[1]));
    }
}
