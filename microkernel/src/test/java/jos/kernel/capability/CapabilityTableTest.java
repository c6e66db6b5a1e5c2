package jos.kernel.capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import jos.abi.Errors;
import jos.abi.Handle;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.hw.Layouts;
import jos.hw.Memory;
import jos.kernel.memory.Heap;
import jos.kernel.memory.SimulatedRam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The capability table on simulated memory: handles, generations, rights, badges, ranges, transfer, deletion. */
class CapabilityTableTest {
    static final int ENDPOINT_ALL = Rights.of(Kinds.ENDPOINT);
    static final int MEMORY_ALL = Rights.of(Kinds.MEMORY);

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

    /** A new kernel object of kind with no references (64 bytes: the header and room for its owner's fields). */
    static long object(int kind) {
        long o = Heap.allocate(64);
        assertTrue(KernelObject.init(o, kind));
        return o;
    }

    static long table(int capacity) {
        long t = CapabilityTable.create(capacity);
        assertNotEquals(0, t, "a table of " + capacity);
        return t;
    }

    /** Looks handle up and gives the lookup's reference straight back; the lookup's result. */
    long peek(long table, long handle, int kind, long rights) {
        long r = CapabilityTable.lookup(table, handle, kind, rights, record);
        if (r == 0 && Kinds.isObject(Capability.kind(record))) assertTrue(KernelObject.release(Capability.object(record)) > 0);
        return r;
    }

    @Test
    void layoutsAreWellFormedAndTheHeaderIsTheAgreedSixteenBytes() {
        Layouts.verify(KernelObject.class);
        Layouts.verify(Capability.class);
        Layouts.verify(Slot.class);
        Layouts.verify(CapabilityTable.class);
        assertEquals(16, KernelObject.SIZE, "other layers start their objects' fields at 16");
        assertEquals(CapabilityTable.HEADER, CapabilityTable.bytes(0));
    }

    @Test
    void createChecksItsCapacity() {
        assertEquals(0, CapabilityTable.create(0));
        assertEquals(0, CapabilityTable.create(-1));
        assertEquals(0, CapabilityTable.create(Handle.MAX_SLOTS + 1));
        long t = table(Handle.MAX_SLOTS);
        assertEquals(Handle.MAX_SLOTS, CapabilityTable.capacity(t));
        assertEquals(0, CapabilityTable.used(t));
    }

    @Test
    void insertTakesAReferenceAndLookupDescribesTheCapability() {
        long t = table(8), ep = object(Kinds.ENDPOINT);
        long h = CapabilityTable.insert(t, Kinds.ENDPOINT, Rights.SEND | Rights.COPY, ep);
        assertTrue(Handle.wellFormed(h), "a handle: " + h);
        assertEquals(1, KernelObject.references(ep));
        assertEquals(1, CapabilityTable.used(t));
        assertEquals(0, CapabilityTable.lookup(t, h, Kinds.ENDPOINT, Rights.SEND, record));
        assertEquals(Kinds.ENDPOINT, Capability.kind(record));
        assertEquals(Rights.SEND | Rights.COPY, Capability.rights(record));
        assertEquals(0, Capability.badge(record));
        assertEquals(ep, Capability.object(record));
        assertEquals(0, Capability.length(record));
        assertEquals(2, KernelObject.references(ep), "the lookup holds a reference until its user gives it back");
        assertEquals(1, KernelObject.release(ep));
        assertEquals(0, CapabilityTable.lookup(t, h, Kinds.NONE, 0, record), "Kinds.NONE accepts any kind");
        assertEquals(1, KernelObject.release(ep));
    }

    @Test
    void insertRefusesWhatIsNotAnObjectOfItsKind() {
        long t = table(8), ep = object(Kinds.ENDPOINT);
        assertEquals(Errors.EINVAL, CapabilityTable.insert(t, Kinds.NOTIFICATION, Rights.SIGNAL, ep), "the header says endpoint");
        assertEquals(Errors.EINVAL, CapabilityTable.insert(t, Kinds.MEMORY, Rights.MAP, ep), "a range kind");
        assertEquals(Errors.EINVAL, CapabilityTable.insert(t, 0, 0, ep));
        assertEquals(Errors.EINVAL, CapabilityTable.insert(t, 42, 0, ep));
        assertEquals(Errors.EINVAL, CapabilityTable.insert(t, Kinds.ENDPOINT, Rights.SEND, 0));
        assertEquals(Errors.EINVAL, CapabilityTable.insert(t, Kinds.ENDPOINT, Rights.SIGNAL, ep), "a right endpoints lack");
        assertEquals(Errors.EINVAL, CapabilityTable.insert(t, Kinds.ENDPOINT, 1 << 20, ep));
        assertTrue(!KernelObject.init(object(Kinds.ENDPOINT), Kinds.MEMORY), "no object of a range kind");
        assertEquals(0, KernelObject.references(ep));
        assertEquals(0, CapabilityTable.used(t));
    }

    @Test
    void anyValueThatIsNotALiveHandleIsEbadf() {
        long t = table(8), ep = object(Kinds.ENDPOINT);
        long h = CapabilityTable.insert(t, Kinds.ENDPOINT, ENDPOINT_ALL, ep);
        long[] bad = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, h | 1L << 32, h - (1L << 63), Handle.index(h),
                Handle.of(8, 1), Handle.of(Handle.MAX_SLOTS - 1, 1), Handle.of(Handle.index(h), 2), Handle.of(Handle.index(h) + 1, 1),
                0xffff_ffffL};
        for (long b : bad) {
            assertEquals(Errors.EBADF, peek(t, b, Kinds.NONE, 0), "handle " + Long.toHexString(b));
            assertEquals(Errors.EBADF, CapabilityTable.delete(t, b, record), "delete " + Long.toHexString(b));
            assertEquals(Errors.EBADF, CapabilityTable.mint(t, b, 0, 0));
            assertEquals(Errors.EBADF, CapabilityTable.copy(t, b, t));
            assertEquals(Errors.EBADF, CapabilityTable.move(t, b, t));
        }
        assertEquals(1, KernelObject.references(ep));
        assertEquals(1, CapabilityTable.used(t));
    }

    @Test
    void aDeletedHandleStaysStaleWhenItsSlotIsReused() {
        long t = table(1), a = object(Kinds.ENDPOINT), b = object(Kinds.NOTIFICATION);
        long ha = CapabilityTable.insert(t, Kinds.ENDPOINT, ENDPOINT_ALL, a);
        assertEquals(CapabilityTable.LAST, CapabilityTable.delete(t, ha, record));
        assertEquals(a, Capability.object(record));
        assertEquals(Kinds.ENDPOINT, Capability.kind(record));
        long hb = CapabilityTable.insert(t, Kinds.NOTIFICATION, Rights.WAIT, b);
        assertEquals(Handle.index(ha), Handle.index(hb), "the one slot again");
        assertEquals(Handle.generation(ha) + 1, Handle.generation(hb));
        assertEquals(Errors.EBADF, peek(t, ha, Kinds.NONE, 0), "the old handle does not reach the new capability");
        assertEquals(Errors.EBADF, CapabilityTable.delete(t, ha, record));
        assertEquals(0, peek(t, hb, Kinds.NOTIFICATION, Rights.WAIT));
    }

    @Test
    void freedSlotsAreReusedLast() {
        long t = table(4), ep = object(Kinds.ENDPOINT);
        long h0 = CapabilityTable.insert(t, Kinds.ENDPOINT, 0, ep);
        CapabilityTable.delete(t, h0, record);
        Set<Integer> indexes = new HashSet<>();
        for (int i = 0; i < 3; i++) indexes.add(Handle.index(CapabilityTable.insert(t, Kinds.ENDPOINT, 0, ep)));
        assertTrue(!indexes.contains(Handle.index(h0)), "the three never-used slots come first: " + indexes);
        assertEquals(Handle.index(h0), Handle.index(CapabilityTable.insert(t, Kinds.ENDPOINT, 0, ep)));
    }

    @Test
    void aSlotWhoseGenerationIsUsedUpIsRetired() {
        long t = table(2), ep = object(Kinds.ENDPOINT);
        Memory.write32(CapabilityTable.slot(t, 0) + Slot.GENERATION, Handle.LAST_GENERATION);
        long h = CapabilityTable.insert(t, Kinds.ENDPOINT, 0, ep);
        assertEquals(Handle.LAST_GENERATION, Handle.generation(h));
        assertEquals(CapabilityTable.LAST, CapabilityTable.delete(t, h, record));
        assertEquals(1, CapabilityTable.retired(t));
        long other = CapabilityTable.insert(t, Kinds.ENDPOINT, 0, ep);
        assertEquals(1, Handle.index(other));
        assertEquals(Errors.ENOSPC, CapabilityTable.insert(t, Kinds.ENDPOINT, 0, ep), "slot 0 is never handed out again");
        assertEquals(Errors.EBADF, peek(t, h, Kinds.NONE, 0));
        assertEquals(Errors.EBADF, peek(t, Handle.of(0, Handle.FIRST_GENERATION), Kinds.NONE, 0), "no wrap to the first generation");
    }

    @Test
    void wrongKindIsEbadfAndAMissingRightEperm() {
        long t = table(4), ep = object(Kinds.ENDPOINT);
        long h = CapabilityTable.insert(t, Kinds.ENDPOINT, Rights.SEND, ep);
        assertEquals(Errors.EBADF, peek(t, h, Kinds.NOTIFICATION, 0));
        assertEquals(Errors.EBADF, peek(t, h, Kinds.NOTIFICATION, Rights.RECEIVE), "the kind is checked before the rights");
        assertEquals(Errors.EPERM, peek(t, h, Kinds.ENDPOINT, Rights.RECEIVE));
        assertEquals(Errors.EPERM, peek(t, h, Kinds.ENDPOINT, Rights.SEND | Rights.GRANT));
        assertEquals(Errors.EPERM, peek(t, h, Kinds.ENDPOINT, -1L));
        assertEquals(Errors.EPERM, peek(t, h, Kinds.ENDPOINT, 1L << 40));
        assertEquals(0, peek(t, h, Kinds.ENDPOINT, Rights.SEND));
        assertEquals(1, KernelObject.references(ep), "failed lookups take no reference");
    }

    @Test
    void mintOnlyRemovesRightsAndNeedsCopy() {
        long t = table(8), ep = object(Kinds.ENDPOINT);
        long h = CapabilityTable.insert(t, Kinds.ENDPOINT, Rights.SEND | Rights.RECEIVE | Rights.COPY, ep);
        long m = CapabilityTable.mint(t, h, Rights.SEND, 0);
        assertTrue(Handle.wellFormed(m));
        assertEquals(2, KernelObject.references(ep));
        assertEquals(0, peek(t, m, Kinds.ENDPOINT, Rights.SEND));
        assertEquals(Rights.SEND, Capability.rights(record));
        assertEquals(Errors.EPERM, peek(t, m, Kinds.ENDPOINT, Rights.RECEIVE));
        assertEquals(Errors.EPERM, CapabilityTable.mint(t, m, Rights.SEND, 0), "the minted one lacks COPY");
        assertEquals(Errors.EPERM, CapabilityTable.mint(t, h, Rights.SEND | Rights.GRANT, 0), "GRANT is not h's");
        assertEquals(Errors.EPERM, CapabilityTable.mint(t, h, -1L, 0));
        assertEquals(Errors.EPERM, CapabilityTable.mint(t, h, 1L << 33, 0));
        assertEquals(Errors.EPERM, CapabilityTable.copy(t, m, t));
        assertEquals(2, KernelObject.references(ep));
        assertEquals(2, CapabilityTable.used(t));
    }

    @Test
    void aBadgeIsSetOnceOnAnUnbadgedEndpointCapability() {
        long t = table(8), ep = object(Kinds.ENDPOINT), n = object(Kinds.NOTIFICATION);
        long h = CapabilityTable.insert(t, Kinds.ENDPOINT, ENDPOINT_ALL, ep);
        long badged = CapabilityTable.mint(t, h, Rights.SEND | Rights.COPY, 0xfeed_0000_0000_0001L);
        assertEquals(0, peek(t, badged, Kinds.ENDPOINT, Rights.SEND));
        assertEquals(0xfeed_0000_0000_0001L, Capability.badge(record));
        assertEquals(Errors.EPERM, CapabilityTable.mint(t, badged, Rights.SEND, 7), "no new badge on a badged capability");
        assertEquals(Errors.EPERM, CapabilityTable.mint(t, badged, Rights.SEND, 0xfeed_0000_0000_0001L), "not even the same one");
        long kept = CapabilityTable.mint(t, badged, Rights.SEND, 0);
        assertEquals(0, peek(t, kept, Kinds.ENDPOINT, 0));
        assertEquals(0xfeed_0000_0000_0001L, Capability.badge(record), "badge 0 keeps the source's badge");
        long copied = CapabilityTable.copy(t, badged, t);
        assertEquals(0, peek(t, copied, Kinds.ENDPOINT, 0));
        assertEquals(0xfeed_0000_0000_0001L, Capability.badge(record), "a copy keeps the badge");
        long hn = CapabilityTable.insert(t, Kinds.NOTIFICATION, Rights.of(Kinds.NOTIFICATION), n);
        assertEquals(Errors.EINVAL, CapabilityTable.mint(t, hn, Rights.SIGNAL, 5), "badges are for endpoints");
        assertEquals(0, peek(t, h, Kinds.ENDPOINT, 0));
        assertEquals(0, Capability.badge(record), "the source stays unbadged");
        assertEquals(4, KernelObject.references(ep));
    }

    @Test
    void aFullTableRefusesEveryAdditionAndTakesNoReference() {
        long t = table(3), ep = object(Kinds.ENDPOINT);
        long h = CapabilityTable.insert(t, Kinds.ENDPOINT, ENDPOINT_ALL, ep);
        CapabilityTable.mint(t, h, Rights.SEND, 0);
        long r = CapabilityTable.insertRange(t, Kinds.IO_PORTS, Rights.of(Kinds.IO_PORTS), 0x3f8, 8);
        assertEquals(3, CapabilityTable.used(t));
        assertEquals(Errors.ENOSPC, CapabilityTable.insert(t, Kinds.ENDPOINT, 0, ep));
        assertEquals(Errors.ENOSPC, CapabilityTable.mint(t, h, Rights.SEND, 0));
        assertEquals(Errors.ENOSPC, CapabilityTable.mintRange(t, r, 0, 0x3f8, 1));
        assertEquals(Errors.ENOSPC, CapabilityTable.copy(t, h, t));
        assertEquals(Errors.ENOSPC, CapabilityTable.move(t, h, t), "a move within a full table needs a free slot too");
        assertEquals(Errors.ENOSPC, CapabilityTable.insertRange(t, Kinds.IRQ, Rights.CONTROL, 4, 1));
        assertEquals(2, KernelObject.references(ep));
        assertEquals(0, peek(t, h, Kinds.ENDPOINT, 0), "the failed move left h in place");
    }

    @Test
    void rangesAreCheckedWhenInserted() {
        long t = table(16);
        assertTrue(CapabilityTable.insertRange(t, Kinds.MEMORY, MEMORY_ALL, 0x100000, 0x4000) > 0);
        assertTrue(CapabilityTable.insertRange(t, Kinds.IO_PORTS, Rights.CONTROL, 0, Kinds.PORT_LIMIT) > 0, "every port");
        assertTrue(CapabilityTable.insertRange(t, Kinds.DEVICE_MEMORY, Rights.MAP, Kinds.PHYSICAL_LIMIT - 4096, 4096) > 0);
        long[][] bad = {
                {Kinds.MEMORY, 0x100001, 0x1000}, {Kinds.MEMORY, 0x100000, 0x1001}, {Kinds.MEMORY, 0x100000, 0},
                {Kinds.MEMORY, -4096, 4096}, {Kinds.MEMORY, 4096, -4096}, {Kinds.MEMORY, Kinds.PHYSICAL_LIMIT, 4096},
                {Kinds.MEMORY, 4096, Long.MAX_VALUE - 4095}, {Kinds.MEMORY, Long.MAX_VALUE - 4095, 8192},
                {Kinds.IO_PORTS, 0xfff0, 0x11}, {Kinds.IO_PORTS, 0x10000, 1}, {Kinds.IRQ, Kinds.IRQ_LIMIT - 1, 2},
                {Kinds.ENDPOINT, 0x1000, 0x1000}, {0, 0, 1}, {Kinds.LAST + 1, 0, 1}};
        for (long[] b : bad) {
            assertEquals(Errors.EINVAL, CapabilityTable.insertRange(t, (int) b[0], 0, b[1], b[2]),
                    "kind " + b[0] + " base " + Long.toHexString(b[1]) + " length " + Long.toHexString(b[2]));
        }
        assertEquals(Errors.EINVAL, CapabilityTable.insertRange(t, Kinds.IO_PORTS, Rights.MAP, 0, 1), "MAP is not a port right");
        assertEquals(3, CapabilityTable.used(t));
    }

    @Test
    void mintRangeNarrowsToASubRangeOnly() {
        long t = table(16), ep = object(Kinds.ENDPOINT);
        long mem = CapabilityTable.insertRange(t, Kinds.MEMORY, MEMORY_ALL, 0x200000, 0x10000);
        long part = CapabilityTable.mintRange(t, mem, Rights.MAP | Rights.COPY, 0x204000, 0x2000);
        assertEquals(0, peek(t, part, Kinds.MEMORY, Rights.MAP));
        assertEquals(0x204000, Capability.object(record));
        assertEquals(0x2000, Capability.length(record));
        assertEquals(Rights.MAP | Rights.COPY, Capability.rights(record));
        assertTrue(CapabilityTable.mintRange(t, mem, MEMORY_ALL, 0x200000, 0x10000) > 0, "the whole range");
        assertTrue(CapabilityTable.mintRange(t, mem, 0, 0x20f000, 0x1000) > 0, "the last page");
        assertTrue(CapabilityTable.mintRange(t, part, 0, 0x205000, 0x1000) > 0, "a part of a part");
        long[][] bad = {{0x1ff000, 0x2000}, {0x20f000, 0x2000}, {0x210000, 0x1000}, {0x204000, 0x3000, 1},
                {0x204800, 0x1000}, {0x204000, 0x800}, {0x204000, 0}, {0x204000, -0x1000}, {-0x1000, 0x1000},
                {0x204000, Long.MAX_VALUE & ~0xfffL}, {Long.MAX_VALUE & ~0xfffL, 0x1000}};
        for (long[] b : bad) {
            long source = b.length > 2 ? part : mem;
            assertEquals(Errors.EINVAL, CapabilityTable.mintRange(t, source, 0, b[0], b[1]),
                    "base " + Long.toHexString(b[0]) + " length " + Long.toHexString(b[1]));
        }
        assertEquals(Errors.EPERM, CapabilityTable.mintRange(t, part, Rights.WRITE, 0x204000, 0x1000), "WRITE was dropped");
        long h = CapabilityTable.insert(t, Kinds.ENDPOINT, ENDPOINT_ALL, ep);
        assertEquals(Errors.EBADF, CapabilityTable.mintRange(t, h, 0, 0, 1), "an endpoint is no range");
        long irq = CapabilityTable.insertRange(t, Kinds.IRQ, Rights.of(Kinds.IRQ), 0, 24);
        long line = CapabilityTable.mintRange(t, irq, Rights.CONTROL, 4, 1);
        assertEquals(0, peek(t, line, Kinds.IRQ, Rights.CONTROL));
        assertEquals(4, Capability.object(record));
        assertEquals(1, Capability.length(record));
        long whole = CapabilityTable.mint(t, irq, Rights.CONTROL, 0);
        assertEquals(0, peek(t, whole, Kinds.IRQ, 0));
        assertEquals(24, Capability.length(record), "mint keeps the range");
        assertEquals(Errors.EINVAL, CapabilityTable.mint(t, irq, Rights.CONTROL, 9), "no badge on a range");
    }

    @Test
    void copyBetweenTablesTakesAReferenceAndKeepsEverything() {
        long a = table(4), b = table(4), ep = object(Kinds.ENDPOINT);
        long h = CapabilityTable.insert(a, Kinds.ENDPOINT, ENDPOINT_ALL, ep);
        long badged = CapabilityTable.mint(a, h, Rights.SEND | Rights.COPY, 99);
        long inB = CapabilityTable.copy(a, badged, b);
        assertEquals(3, KernelObject.references(ep));
        assertEquals(0, peek(b, inB, Kinds.ENDPOINT, Rights.SEND));
        assertEquals(99, Capability.badge(record));
        assertEquals(Rights.SEND | Rights.COPY, Capability.rights(record));
        long back = CapabilityTable.copy(b, inB, a);
        assertEquals(0, peek(a, back, Kinds.ENDPOINT, 0));
        long range = CapabilityTable.insertRange(a, Kinds.DEVICE_MEMORY, Rights.MAP | Rights.COPY, 0xfd000000L, 0x300000);
        long rangeInB = CapabilityTable.copy(a, range, b);
        assertEquals(0, peek(b, rangeInB, Kinds.DEVICE_MEMORY, Rights.MAP));
        assertEquals(0xfd000000L, Capability.object(record));
        assertEquals(0x300000, Capability.length(record));
    }

    @Test
    void aReplyCapabilityCanBeMovedButNotCopied() {
        long a = table(4), b = table(4), reply = object(Kinds.REPLY);
        long h = CapabilityTable.insert(a, Kinds.REPLY, Rights.SEND, reply);
        assertEquals(Errors.EINVAL, CapabilityTable.insert(a, Kinds.REPLY, Rights.SEND | Rights.COPY, reply), "replies have no COPY");
        assertEquals(Errors.EPERM, CapabilityTable.copy(a, h, b));
        assertEquals(Errors.EPERM, CapabilityTable.mint(a, h, Rights.SEND, 0));
        long moved = CapabilityTable.move(a, h, b);
        assertTrue(Handle.wellFormed(moved));
        assertEquals(1, KernelObject.references(reply), "a move takes no reference");
        assertEquals(0, CapabilityTable.used(a));
        assertEquals(1, CapabilityTable.used(b));
        assertEquals(Errors.EBADF, peek(a, h, Kinds.NONE, 0), "the moved-from handle is stale");
        assertEquals(0, peek(b, moved, Kinds.REPLY, Rights.SEND));
        long again = CapabilityTable.move(b, moved, b);
        assertEquals(Errors.EBADF, peek(b, moved, Kinds.NONE, 0));
        assertEquals(0, peek(b, again, Kinds.REPLY, Rights.SEND));
        assertEquals(CapabilityTable.LAST, CapabilityTable.delete(b, again, record));
    }

    @Test
    void aReferenceTakenToAFreedObjectIsAPanicNotASilentCount() throws Exception {
        long ep = object(Kinds.ENDPOINT);
        int link = (int) (0xffff_8000_0123_4560L >>> 32);   // a freed block: the high half of the heap's free-list link
        Memory.write32(ep + KernelObject.REFS, link);
        try {
            assertThrows(UnsatisfiedLinkError.class, () -> KernelObject.retain(ep), "the panic (its report needs the real machine)");
        } finally {
            java.lang.reflect.Field state = jos.kernel.panic.Panic.class.getDeclaredField("STATE");
            state.setAccessible(true);
            java.util.Arrays.fill((long[]) state.get(null), 0);
        }
        assertEquals(link, Memory.read32(ep + KernelObject.REFS), "nothing counted");
    }

    @Test
    void theLastReferenceIsReportedExactlyOnce() {
        long a = table(8), b = table(8), ep = object(Kinds.ENDPOINT);
        long h = CapabilityTable.insert(a, Kinds.ENDPOINT, ENDPOINT_ALL, ep);
        long[] more = {CapabilityTable.mint(a, h, Rights.SEND, 0), CapabilityTable.copy(a, h, b), CapabilityTable.copy(a, h, a)};
        long inB2 = CapabilityTable.mint(b, more[1], Rights.SEND, 3);
        assertEquals(5, KernelObject.references(ep));
        assertEquals(CapabilityTable.KEPT, CapabilityTable.delete(a, h, record));
        assertEquals(CapabilityTable.KEPT, CapabilityTable.delete(b, more[1], record));
        assertEquals(Errors.EBADF, CapabilityTable.delete(b, more[1], record), "deleting twice is EBADF, not a second release");
        assertEquals(CapabilityTable.KEPT, CapabilityTable.delete(a, more[0], record));
        assertEquals(0, CapabilityTable.lookup(b, inB2, Kinds.ENDPOINT, 0, record), "a use in progress");
        assertEquals(CapabilityTable.KEPT, CapabilityTable.delete(a, more[2], record));
        assertEquals(CapabilityTable.KEPT, CapabilityTable.delete(b, inB2, record), "the lookup's reference keeps it alive");
        assertEquals(3, Capability.badge(record));
        assertEquals(0, KernelObject.release(ep), "the user of the lookup drops the last reference");
        assertEquals(-1, KernelObject.release(ep), "no count below zero");
        assertEquals(0, KernelObject.references(ep));
        long range = CapabilityTable.insertRange(a, Kinds.IO_PORTS, Rights.CONTROL, 0x60, 1);
        assertEquals(CapabilityTable.KEPT, CapabilityTable.delete(a, range, record), "a range has no object to destroy");
        assertEquals(Kinds.IO_PORTS, Capability.kind(record));
        assertEquals(0x60, Capability.object(record));
    }

    @Test
    void destroyingATableHandsBackEveryLastReference() {
        long heapBefore = Heap.bytesInUse();
        long a = table(16), b = table(16);
        long shared = object(Kinds.ENDPOINT), own1 = object(Kinds.NOTIFICATION), own2 = object(Kinds.THREAD);
        long hs = CapabilityTable.insert(a, Kinds.ENDPOINT, ENDPOINT_ALL, shared);
        CapabilityTable.copy(a, hs, b);
        long h1 = CapabilityTable.insert(a, Kinds.NOTIFICATION, Rights.of(Kinds.NOTIFICATION), own1);
        CapabilityTable.mint(a, h1, Rights.WAIT, 0);
        CapabilityTable.insert(a, Kinds.THREAD, Rights.CONTROL, own2);
        CapabilityTable.insertRange(a, Kinds.MEMORY, Rights.MAP, 0x400000, 0x1000);
        assertEquals(Errors.EBUSY, CapabilityTable.destroy(a), "an open table is not freed");
        CapabilityTable.close(a);
        assertEquals(Errors.EBUSY, CapabilityTable.destroy(a), "nor one still holding capabilities");
        assertEquals(Errors.ESRCH, CapabilityTable.insert(a, Kinds.ENDPOINT, 0, shared));
        assertEquals(Errors.ESRCH, CapabilityTable.copy(b, 0, a), "nothing enters a closed table");
        assertEquals(Errors.ESRCH, CapabilityTable.lookup(a, hs, Kinds.NONE, 0, record));
        assertEquals(2, KernelObject.references(shared));
        Set<Long> last = new HashSet<>();
        int kept = 0, seen = 0;
        for (long r; (r = CapabilityTable.drain(a, record)) != CapabilityTable.DRAINED; seen++) {
            if (r == CapabilityTable.LAST) assertTrue(last.add(Capability.object(record)), "once each");
            else kept++;
        }
        assertEquals(5, seen);
        assertEquals(Set.of(own1, own2), last);
        assertEquals(3, kept, "the shared endpoint, the first of own1's two, the memory range");
        assertEquals(CapabilityTable.DRAINED, CapabilityTable.drain(a, record));
        assertEquals(1, KernelObject.references(shared), "b's capability remains");
        assertEquals(0, CapabilityTable.destroy(a));
        assertEquals(CapabilityTable.LAST, CapabilityTable.drain(b, record));
        assertEquals(shared, Capability.object(record));
        assertEquals(CapabilityTable.DRAINED, CapabilityTable.drain(b, record));
        assertEquals(0, CapabilityTable.destroy(b));
        for (long o : new long[] {shared, own1, own2}) Heap.free(o);
        assertEquals(heapBefore, Heap.bytesInUse(), "both tables went back to the heap");
    }
}
