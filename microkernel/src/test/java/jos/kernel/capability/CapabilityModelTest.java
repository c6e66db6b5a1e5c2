package jos.kernel.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
 * Random sequences of every table operation, with live, stale and arbitrary handles, random rights,
 * badges and ranges, against a plain Java model of two tables and the objects' reference counts. The
 * seed is in every failure message.
 */
class CapabilityModelTest {
    static final int CAPACITY = 12;
    static final int STEPS = 4000;

    record Cap(int kind, int rights, long badge, long object, long length) {
    }

    SimulatedRam ram;
    long record;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withHeap();
        record = Heap.allocate(Capability.SIZE);
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    @Test
    void randomSequencesMatchTheModel() {
        for (long seed = 1; seed <= 6; seed++) run(seed);
    }

    /** The model of one table: live handles to their capabilities. */
    static final class Model {
        final long table;
        final Map<Long, Cap> live = new LinkedHashMap<>();

        Model(long table) {
            this.table = table;
        }

        /** What find should answer: 0 if found, else the error. */
        long find(long handle, int kind, long rights) {
            Cap c = live.get(handle);
            if (c == null) return Errors.EBADF;
            if (kind != Kinds.NONE && c.kind != kind) return Errors.EBADF;
            if ((c.rights & rights) != rights) return Errors.EPERM;
            return 0;
        }

        boolean full() {
            return live.size() == CAPACITY;
        }
    }

    void run(long seed) {
        Random random = new Random(seed);
        String where = "seed " + seed;
        Model[] tables = {new Model(CapabilityTable.create(CAPACITY)), new Model(CapabilityTable.create(CAPACITY))};
        long[] objects = new long[8];
        Map<Long, Integer> refs = new HashMap<>();
        for (int i = 0; i < objects.length; i++) {
            objects[i] = Heap.allocate(64);
            KernelObject.init(objects[i], Kinds.ENDPOINT + i % Kinds.THREAD);
            refs.put(objects[i], 0);
        }
        List<Long> stale = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            String at = where + ", step " + step;
            Model m = tables[random.nextInt(2)], other = tables[random.nextInt(2)];
            long handle = pickHandle(random, m, stale);
            int op = random.nextInt(9);
            switch (op) {
                case 0 -> {                                       // insert
                    long object = objects[random.nextInt(objects.length)];
                    int kind = random.nextInt(4) == 0 ? random.nextInt(Kinds.LAST + 2) : KernelObject.kind(object);
                    int rights = randomRights(random, kind);
                    long expect = !Kinds.isObject(kind) || (rights & ~Rights.of(kind)) != 0 || KernelObject.kind(object) != kind ? Errors.EINVAL
                            : m.full() ? Errors.ENOSPC : 1;
                    long got = CapabilityTable.insert(m.table, kind, rights, object);
                    added(at + " insert", expect, got, m, new Cap(kind, rights, 0, object, 0), refs);
                }
                case 1 -> {                                       // insertRange
                    int kind = Kinds.MEMORY + random.nextInt(4);
                    long granule = Kinds.granule(kind);
                    long base = granule * random.nextInt(64) - (random.nextInt(8) == 0 ? 1 : 0);
                    long length = granule * random.nextInt(16) + (random.nextInt(8) == 0 ? 1 : 0);
                    int rights = randomRights(random, kind);
                    long expect = (rights & ~Rights.of(kind)) != 0 || base < 0 || length <= 0 || base % granule != 0
                            || length % granule != 0 || base + length > Kinds.limit(kind) ? Errors.EINVAL : m.full() ? Errors.ENOSPC : 1;
                    long got = CapabilityTable.insertRange(m.table, kind, rights, base, length);
                    added(at + " insertRange", expect, got, m, new Cap(kind, rights, 0, base, length), refs);
                }
                case 2 -> {                                       // lookup
                    int kind = random.nextInt(Kinds.LAST + 1);
                    long rights = random.nextInt(8) == 0 ? random.nextLong() : random.nextInt(Rights.ALL + 1) & random.nextInt(Rights.ALL + 1);
                    long expect = m.find(handle, kind, rights);
                    long got = CapabilityTable.lookup(m.table, handle, kind, rights, record);
                    assertEquals(expect, got, at + " lookup " + Long.toHexString(handle));
                    if (got == 0) {
                        Cap c = m.live.get(handle);
                        assertEquals(c, new Cap(Capability.kind(record), Capability.rights(record), Capability.badge(record),
                                Capability.object(record), Capability.length(record)), at + " lookup's record");
                        if (Kinds.isObject(c.kind)) {
                            assertEquals(refs.get(c.object) + 1, KernelObject.references(c.object), at + " the lookup's reference");
                            KernelObject.release(c.object);
                        }
                    }
                }
                case 3 -> {                                       // mint
                    Cap c = m.live.get(handle);
                    long rights = mintRights(random, c);
                    long badge = random.nextBoolean() ? 0 : random.nextInt(4);
                    long expect = m.find(handle, Kinds.NONE, Rights.COPY);
                    if (expect == 0) {
                        expect = (rights & ~(long) c.rights) != 0 ? Errors.EPERM : badge != 0 && c.kind != Kinds.ENDPOINT ? Errors.EINVAL
                                : badge != 0 && c.badge != 0 ? Errors.EPERM : m.full() ? Errors.ENOSPC : 1;
                    }
                    long got = CapabilityTable.mint(m.table, handle, rights, badge);
                    added(at + " mint", expect, got, m, c == null ? null : new Cap(c.kind, (int) rights, badge != 0 ? badge : c.badge, c.object, c.length), refs);
                }
                case 4 -> {                                       // mintRange
                    Cap c = m.live.get(handle);
                    long rights = mintRights(random, c);
                    long granule = c != null && Kinds.isRange(c.kind) ? Kinds.granule(c.kind) : 1;
                    long base = (c == null ? 0 : c.object) + granule * (random.nextInt(8) - 2);
                    long length = granule * random.nextInt(8);
                    long expect = m.find(handle, Kinds.NONE, Rights.COPY);
                    if (expect == 0) {
                        expect = !Kinds.isRange(c.kind) ? Errors.EBADF : (rights & ~(long) c.rights) != 0 ? Errors.EPERM
                                : length <= 0 || base < c.object || base + length > c.object + c.length ? Errors.EINVAL : m.full() ? Errors.ENOSPC : 1;
                    }
                    long got = CapabilityTable.mintRange(m.table, handle, rights, base, length);
                    added(at + " mintRange", expect, got, m, c == null ? null : new Cap(c.kind, (int) rights, 0, base, length), refs);
                }
                case 5 -> {                                       // copy
                    Cap c = m.live.get(handle);
                    long expect = m.find(handle, Kinds.NONE, Rights.COPY);
                    if (expect == 0 && other.full()) expect = Errors.ENOSPC;
                    if (expect == 0) expect = 1;
                    added(at + " copy", expect, CapabilityTable.copy(m.table, handle, other.table), other, c, refs);
                }
                case 6 -> {                                       // move
                    Cap c = m.live.get(handle);
                    long expect = m.find(handle, Kinds.NONE, 0);
                    if (expect == 0 && other.full()) expect = Errors.ENOSPC;
                    long got = CapabilityTable.move(m.table, handle, other.table);
                    if (expect == 0) {
                        assertTrue(Handle.wellFormed(got), at + " move: " + got);
                        m.live.remove(handle);
                        stale.add(handle);
                        assertTrue(other.live.put(got, c) == null, at + " move gave a live handle");
                    } else {
                        assertEquals(expect, got, at + " move " + Long.toHexString(handle));
                    }
                }
                default -> {                                      // delete
                    Cap c = m.live.get(handle);
                    long got = CapabilityTable.delete(m.table, handle, record);
                    if (c == null) {
                        assertEquals(Errors.EBADF, got, at + " delete " + Long.toHexString(handle));
                    } else {
                        m.live.remove(handle);
                        stale.add(handle);
                        boolean last = false;
                        if (Kinds.isObject(c.kind)) {
                            refs.merge(c.object, -1, Integer::sum);
                            last = refs.get(c.object) == 0;
                        }
                        assertEquals(last ? CapabilityTable.LAST : CapabilityTable.KEPT, got, at + " delete's result");
                        assertEquals(c.object, Capability.object(record), at + " delete's record");
                    }
                }
            }
            for (long o : objects) assertEquals(refs.get(o), KernelObject.references(o), at + " references of " + Long.toHexString(o));
            for (Model t : tables) assertEquals(t.live.size(), CapabilityTable.used(t.table), at + " used");
        }
        for (Model t : tables) {
            for (long r; (r = CapabilityTable.drain(t.table, record)) != CapabilityTable.DRAINED;) {
                if (Kinds.isObject(Capability.kind(record))) {
                    long o = Capability.object(record);
                    refs.merge(o, -1, Integer::sum);
                    assertEquals(refs.get(o) == 0 ? CapabilityTable.LAST : CapabilityTable.KEPT, r, where + " drain");
                }
            }
            assertEquals(0, CapabilityTable.destroy(t.table), where);
        }
        for (long o : objects) assertEquals(0, KernelObject.references(o), where + " every reference given back");
    }

    /** A live handle of m (mostly), a stale one, or an arbitrary value. */
    static long pickHandle(Random random, Model m, List<Long> stale) {
        int r = random.nextInt(10);
        if (r < 7 && !m.live.isEmpty()) return new ArrayList<>(m.live.keySet()).get(random.nextInt(m.live.size()));
        if (r < 9 && !stale.isEmpty()) return stale.get(random.nextInt(stale.size()));
        return switch (random.nextInt(4)) {
            case 0 -> random.nextLong();
            case 1 -> random.nextInt(1 << 14);
            case 2 -> Handle.of(random.nextInt(Handle.MAX_SLOTS), 1 + random.nextInt(3));
            default -> 0;
        };
    }

    /** Rights to mint with: mostly a subset of the source's that keeps COPY, sometimes anything. */
    static long mintRights(Random random, Cap source) {
        int r = random.nextInt(8);
        if (r == 0) return random.nextLong();
        if (r < 3 || source == null) return random.nextInt(Rights.ALL + 1) & random.nextInt(Rights.ALL + 1);
        return source.rights & (random.nextInt(Rights.ALL + 1) | Rights.COPY);
    }

    static int randomRights(Random random, int kind) {
        return random.nextInt(6) == 0 ? random.nextInt(Rights.ALL + 1) : Rights.of(kind) & random.nextInt(Rights.ALL + 1);
    }

    /** Checks an operation that adds a capability against the model's expectation (1: success) and records it. */
    static void added(String what, long expect, long got, Model into, Cap cap, Map<Long, Integer> refs) {
        if (expect != 1) {
            assertEquals(expect, got, what);
            return;
        }
        assertTrue(Handle.wellFormed(got), what + " gave a handle: " + got);
        assertTrue(into.live.put(got, cap) == null, what + " gave a handle already live: " + Long.toHexString(got));
        if (Kinds.isObject(cap.kind)) refs.merge(cap.object, 1, Integer::sum);
    }
}
