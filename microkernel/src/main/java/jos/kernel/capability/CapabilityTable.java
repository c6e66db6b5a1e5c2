package jos.kernel.capability;

import jos.abi.Errors;
import jos.abi.Handle;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.kernel.memory.Heap;
import jos.kernel.memory.SpinLock;

/**
 * A process's capability table: one heap block, this header and then {@link #capacity} {@link Slot}s. A
 * handle ({@link Handle}) names a slot and its generation; emptying a slot advances the generation, so
 * old handles fail with EBADF. Empty slots form a first-in first-out free list, so a slot is reused as
 * late as possible and its generation runs out slowly; a slot whose generation is used up is retired.
 *
 * <p>Every operation returns a handle (1..2^32-1), a small non-negative result, or a negative
 * {@link Errors} code, and checks every argument user space can choose: any 64-bit handle, rights and
 * badge. Failing, it changes nothing. Errors come in this order: ESRCH (the table is closed), EBADF (not
 * a handle of a capability here, or of the wrong kind), EPERM (a right missing), EINVAL (a bad
 * argument), ENOSPC (the destination is full).
 *
 * <p>Locking: {@link #LOCK} guards the header and every slot; an object's reference count is atomic and
 * needs no lock. Operations on two tables take both locks in address order. This lock is the outermost
 * of Kernel IV (before an endpoint's, before a run queue's); nothing here takes any other lock, and no
 * lock is held when an operation returns.
 *
 * <p>Lifetime: a table's address is valid from {@link #create} to {@link #destroy}. {@link #close} makes
 * every later operation on it fail with ESRCH, but the process layer must keep the table itself alive
 * (not destroyed) while another CPU may still be in an operation that names it, e.g. an IPC copy into it.
 */
@Struct(size = CapabilityTable.HEADER)
public final class CapabilityTable {
    /** The table's spin lock. */
    @Field(Type.U64) static final int LOCK = 0;
    /** The number of slots. */
    @Field(Type.U32) static final int CAPACITY = 8;
    /** The number of slots holding a capability. */
    @Field(Type.U32) static final int USED = 12;
    /** The first and last free slot's index + 1 (0: the list is empty). */
    @Field(Type.U32) static final int FREE_HEAD = 16;
    @Field(Type.U32) static final int FREE_TAIL = 20;
    /** Not 0 once {@link #close} ran: nothing is added any more. */
    @Field(Type.U32) static final int CLOSED = 24;
    /** Slots retired because their generations are used up. */
    @Field(Type.U32) static final int RETIRED = 28;
    /** Where {@link #drain} goes on looking. */
    @Field(Type.U32) static final int DRAIN_AT = 32;

    static final int HEADER = 40;

    /** delete and drain: the object still has other references. */
    public static final long KEPT = 0;
    /** delete and drain: that was the object's last reference; the caller has it destroyed. */
    public static final long LAST = 1;
    /** drain: the table holds no capability any more. */
    public static final long DRAINED = 2;

    private CapabilityTable() {
    }

    /** The heap bytes a table of capacity slots takes. */
    public static long bytes(int capacity) {
        return HEADER + (long) capacity * Slot.SIZE;
    }

    /**
     * A new empty table of capacity slots (1..Handle.MAX_SLOTS), or 0 if the capacity is out of range or
     * the heap has no memory for it.
     */
    public static long create(int capacity) {
        if (capacity < 1 || capacity > Handle.MAX_SLOTS) return 0;
        long table = Heap.allocate(bytes(capacity));
        if (table == 0) return 0;
        Memory.write32(table + CAPACITY, capacity);
        for (int i = 0; i < capacity; i++) {
            Memory.write32(slot(table, i) + Slot.GENERATION, Handle.FIRST_GENERATION);
            pushFree(table, i);
        }
        return table;
    }

    /** Stops the table from taking capabilities (its process is dying); then {@link #drain} empties it. */
    public static void close(long table) {
        SpinLock.acquire(table + LOCK);
        Memory.write32(table + CLOSED, 1);
        SpinLock.release(table + LOCK);
    }

    /**
     * Deletes one capability of a closed table (closing it if it is not) and describes it in record: LAST
     * if that was its object's last reference (the caller has the object destroyed), KEPT if not or for a
     * range, DRAINED (record untouched) once the table is empty. The process layer calls it until DRAINED,
     * then {@link #destroy}.
     */
    public static long drain(long table, long record) {
        SpinLock.acquire(table + LOCK);
        Memory.write32(table + CLOSED, 1);
        int capacity = capacity(table);
        for (int i = Memory.read32(table + DRAIN_AT); i < capacity; i++) {
            if (Memory.read32(slot(table, i) + Slot.KIND) == Kinds.NONE) continue;
            Memory.write32(table + DRAIN_AT, i + 1);
            long result = remove(table, i, record);
            SpinLock.release(table + LOCK);
            return result;
        }
        Memory.write32(table + DRAIN_AT, capacity);
        SpinLock.release(table + LOCK);
        return DRAINED;
    }

    /** Frees a closed, empty table: 0, or EBUSY (nothing freed) if it is open or holds a capability. */
    public static long destroy(long table) {
        SpinLock.acquire(table + LOCK);
        boolean busy = Memory.read32(table + CLOSED) == 0 || Memory.read32(table + USED) != 0;
        SpinLock.release(table + LOCK);
        if (busy) return Errors.EBUSY;
        Heap.free(table);
        return 0;
    }

    public static int capacity(long table) {
        return Memory.read32(table + CAPACITY);
    }

    /** The number of capabilities the table holds. */
    public static int used(long table) {
        SpinLock.acquire(table + LOCK);
        int used = Memory.read32(table + USED);
        SpinLock.release(table + LOCK);
        return used;
    }

    /** The number of slots retired (generations used up). */
    public static int retired(long table) {
        SpinLock.acquire(table + LOCK);
        int retired = Memory.read32(table + RETIRED);
        SpinLock.release(table + LOCK);
        return retired;
    }

    /**
     * Adds a capability of an object kind to object (whose header says that kind), taking a reference
     * to it: the new handle, or ESRCH, EINVAL (no object kind, rights the kind does not have, no object
     * or one of another kind), ENOSPC, ENOMEM (the object's count is at its limit).
     */
    public static long insert(long table, int kind, int rights, long object) {
        if (!Kinds.isObject(kind) || (rights & ~Rights.of(kind)) != 0 || object == 0 || KernelObject.kind(object) != kind) {
            return Errors.EINVAL;
        }
        SpinLock.acquire(table + LOCK);
        long result = add(table, kind, rights, 0, object, 0);
        SpinLock.release(table + LOCK);
        return result;
    }

    /**
     * Adds a capability to the range [base, base + length) of a range kind (granule-aligned, non-empty,
     * inside the kind's space: Kinds.granule, Kinds.limit): the new handle, or ESRCH, EINVAL, ENOSPC.
     */
    public static long insertRange(long table, int kind, int rights, long base, long length) {
        if (!Kinds.isRange(kind) || (rights & ~Rights.of(kind)) != 0 || !validRange(kind, base, length)) return Errors.EINVAL;
        SpinLock.acquire(table + LOCK);
        long result = add(table, kind, rights, 0, base, length);
        SpinLock.release(table + LOCK);
        return result;
    }

    /**
     * Looks handle up for a use that needs a capability of kind (Kinds.NONE: any) with every right in
     * rights, and describes it in record: 0, or ESRCH, EBADF, EPERM. For an object the caller then holds
     * a reference, so a concurrent delete cannot free the object under it; it gives the reference back
     * with KernelObject.release and has the object destroyed if that returns 0.
     */
    public static long lookup(long table, long handle, int kind, long rights, long record) {
        SpinLock.acquire(table + LOCK);
        long index = find(table, handle, kind, rights);
        if (index >= 0) {
            long slot = slot(table, (int) index);
            long object = Memory.read64(slot + Slot.OBJECT);
            if (Kinds.isObject(Memory.read32(slot + Slot.KIND)) && !KernelObject.retain(object)) {
                index = Errors.ENOMEM;
            } else {
                describe(slot, record);
            }
        }
        SpinLock.release(table + LOCK);
        return index < 0 ? index : 0;
    }

    /**
     * The IPC fast path's lookup, without a reference (seL4's fastpath reads the capability as it is): the
     * slot handle names if it holds a capability of kind with every right in rights, returned with the
     * table's lock HELD, so the slot's reference keeps the object alive until the caller has taken the
     * object's own lock and then called {@link #unlock}; 0, the lock not held, for anything else (the
     * general path's {@link #lookup} then names the error, or waits for the lock if another CPU held
     * it). Read the slot with {@link #objectIn} and
     * {@link #badgeIn} before unlocking.
     */
    public static long lockSlot(long table, long handle, int kind, long rights) {
        // Nothing called here: the fast path keeps no stack check (docs/kernel.md, "IPC fast path").
        if (handle <= 0 || handle > 0xffff_ffffL || Handle.generation(handle) < Handle.FIRST_GENERATION) return 0;
        int index = Handle.index(handle);
        if (index >= capacity(table)) return 0;
        long slot = slot(table, index);
        // Held elsewhere: the general path waits for it (the fast path waits for no lock).
        if (!SpinLock.tryAcquire(table + LOCK)) return 0;
        if (Memory.read32(table + CLOSED) == 0 && Memory.read32(slot + Slot.KIND) == kind
                && Memory.read32(slot + Slot.GENERATION) == Handle.generation(handle)
                && (Memory.read32(slot + Slot.RIGHTS) & rights) == rights) {
            return slot;
        }
        SpinLock.release(table + LOCK);
        return 0;
    }

    /** The object of the slot {@link #lockSlot} returned (its table's lock held). */
    public static long objectIn(long slot) {
        return Memory.read64(slot + Slot.OBJECT);
    }

    /** The badge of the slot {@link #lockSlot} returned (its table's lock held). */
    public static long badgeIn(long slot) {
        return Memory.read64(slot + Slot.BADGE);
    }

    /** Releases the table's lock {@link #lockSlot} left held. */
    public static void unlock(long table) {
        SpinLock.release(table + LOCK);
    }

    /**
     * A new capability in the same table naming what handle names, with rights (a subset of handle's)
     * and, for an unbadged endpoint capability, a badge (0: keep the source's badge, or none): the new
     * handle, or ESRCH, EBADF, EPERM (handle lacks COPY or a right asked for; a new badge on a badged
     * capability), EINVAL (a badge on another kind), ENOSPC, ENOMEM.
     */
    public static long mint(long table, long handle, long rights, long badge) {
        SpinLock.acquire(table + LOCK);
        long result = mintLocked(table, handle, rights, badge);
        SpinLock.release(table + LOCK);
        return result;
    }

    private static long mintLocked(long table, long handle, long rights, long badge) {
        long index = find(table, handle, Kinds.NONE, Rights.COPY);
        if (index < 0) return index;
        long slot = slot(table, (int) index);
        int kind = Memory.read32(slot + Slot.KIND);
        long oldBadge = Memory.read64(slot + Slot.BADGE);
        if ((rights & ~(long) Memory.read32(slot + Slot.RIGHTS)) != 0) return Errors.EPERM;
        if (badge != 0 && kind != Kinds.ENDPOINT) return Errors.EINVAL;
        if (badge != 0 && oldBadge != 0) return Errors.EPERM;
        return add(table, kind, (int) rights, badge != 0 ? badge : oldBadge, Memory.read64(slot + Slot.OBJECT),
                Memory.read64(slot + Slot.LENGTH));
    }

    /**
     * A new capability in the same table to the part [base, base + length) of the range handle names,
     * with rights (a subset of handle's): the new handle, or ESRCH, EBADF (no range capability), EPERM,
     * EINVAL (the part is empty, not granule-aligned or not inside the range), ENOSPC.
     */
    public static long mintRange(long table, long handle, long rights, long base, long length) {
        SpinLock.acquire(table + LOCK);
        long result = mintRangeLocked(table, handle, rights, base, length);
        SpinLock.release(table + LOCK);
        return result;
    }

    private static long mintRangeLocked(long table, long handle, long rights, long base, long length) {
        long index = find(table, handle, Kinds.NONE, Rights.COPY);
        if (index < 0) return index;
        long slot = slot(table, (int) index);
        int kind = Memory.read32(slot + Slot.KIND);
        if (!Kinds.isRange(kind)) return Errors.EBADF;
        if ((rights & ~(long) Memory.read32(slot + Slot.RIGHTS)) != 0) return Errors.EPERM;
        long sourceBase = Memory.read64(slot + Slot.OBJECT), sourceLength = Memory.read64(slot + Slot.LENGTH);
        // validRange bounds base and length, so neither difference can overflow
        if (!validRange(kind, base, length) || base < sourceBase || base - sourceBase >= sourceLength
                || length > sourceLength - (base - sourceBase)) {
            return Errors.EINVAL;
        }
        return add(table, kind, (int) rights, 0, base, length);
    }

    /**
     * Copies the capability handle names in from into to (which may be from): the handle in to, or ESRCH
     * (either table closed), EBADF, EPERM (no COPY right), ENOSPC, ENOMEM. For IPC's capability
     * transfer and a new process's first capabilities.
     */
    public static long copy(long from, long handle, long to) {
        lockBoth(from, to);
        long result;
        if (Memory.read32(to + CLOSED) != 0) {
            result = Errors.ESRCH;
        } else {
            result = find(from, handle, Kinds.NONE, Rights.COPY);
            if (result >= 0) result = duplicate(from, (int) result, to);
        }
        unlockBoth(from, to);
        return result;
    }

    private static long duplicate(long from, int index, long to) {
        long slot = slot(from, index);
        return add(to, Memory.read32(slot + Slot.KIND), Memory.read32(slot + Slot.RIGHTS), Memory.read64(slot + Slot.BADGE),
                Memory.read64(slot + Slot.OBJECT), Memory.read64(slot + Slot.LENGTH));
    }

    /**
     * Moves the capability handle names from from into to (which may be from; no right needed, since
     * the holder gives it up): the handle in to, or ESRCH, EBADF, ENOSPC (nothing moved). References are
     * unchanged; the old handle is stale afterwards.
     */
    public static long move(long from, long handle, long to) {
        lockBoth(from, to);
        long result;
        if (Memory.read32(to + CLOSED) != 0) {
            result = Errors.ESRCH;
        } else {
            result = find(from, handle, Kinds.NONE, 0);
            if (result >= 0) {
                int index = (int) result;
                long slot = slot(from, index);
                long free = takeFree(to);
                if (free < 0) {
                    result = free;
                } else {
                    result = fill(to, (int) free, Memory.read32(slot + Slot.KIND), Memory.read32(slot + Slot.RIGHTS),
                            Memory.read64(slot + Slot.BADGE), Memory.read64(slot + Slot.OBJECT), Memory.read64(slot + Slot.LENGTH));
                    empty(from, index);
                }
            }
        }
        unlockBoth(from, to);
        return result;
    }

    /**
     * Deletes the capability handle names (no right needed) and describes it in record: LAST if that
     * was its object's last reference (the caller has the object destroyed: IPC fails an endpoint's
     * waiters with EPIPE), KEPT if not or for a range; or ESRCH, EBADF. The handle is stale afterwards.
     */
    public static long delete(long table, long handle, long record) {
        SpinLock.acquire(table + LOCK);
        long result = find(table, handle, Kinds.NONE, 0);
        if (result >= 0) result = remove(table, (int) result, record);
        SpinLock.release(table + LOCK);
        return result;
    }

    /** Whether table holds a range capability of kind, with every right in rights, whose range includes value. */
    public static boolean covers(long table, int kind, long rights, long value) {
        SpinLock.acquire(table + LOCK);
        boolean found = false;
        for (int i = 0; i < capacity(table) && !found; i++) {
            long slot = slot(table, i);
            long base = Memory.read64(slot + Slot.OBJECT);
            found = Memory.read32(slot + Slot.KIND) == kind && (Memory.read32(slot + Slot.RIGHTS) & rights) == rights && value >= base
                    && value - base < Memory.read64(slot + Slot.LENGTH);
        }
        SpinLock.release(table + LOCK);
        return found;
    }

    // --- with the lock held ---

    static long slot(long table, int index) {
        return table + HEADER + (long) index * Slot.SIZE;
    }

    /** The index of the slot handle names if it has kind (NONE: any) and every right in rights; else the error. */
    private static long find(long table, long handle, int kind, long rights) {
        if (Memory.read32(table + CLOSED) != 0) return Errors.ESRCH;
        if (!Handle.wellFormed(handle)) return Errors.EBADF;
        int index = Handle.index(handle);
        if (index >= capacity(table)) return Errors.EBADF;
        long slot = slot(table, index);
        int slotKind = Memory.read32(slot + Slot.KIND);
        if (slotKind == Kinds.NONE || Memory.read32(slot + Slot.GENERATION) != Handle.generation(handle)) return Errors.EBADF;
        if (kind != Kinds.NONE && slotKind != kind) return Errors.EBADF;
        if ((Memory.read32(slot + Slot.RIGHTS) & rights) != rights) return Errors.EPERM;
        return index;
    }

    /** Puts a capability into a free slot of an open table, taking the object's reference: the handle or the error. */
    private static long add(long table, int kind, int rights, long badge, long object, long length) {
        if (Memory.read32(table + CLOSED) != 0) return Errors.ESRCH;
        if (Memory.read32(table + FREE_HEAD) == 0) return Errors.ENOSPC;
        if (Kinds.isObject(kind) && !KernelObject.retain(object)) return Errors.ENOMEM;
        return fill(table, (int) takeFree(table), kind, rights, badge, object, length);
    }

    private static long fill(long table, int index, int kind, int rights, long badge, long object, long length) {
        long slot = slot(table, index);
        Memory.write32(slot + Slot.KIND, kind);
        Memory.write32(slot + Slot.RIGHTS, rights);
        Memory.write64(slot + Slot.BADGE, badge);
        Memory.write64(slot + Slot.OBJECT, object);
        Memory.write64(slot + Slot.LENGTH, length);
        Memory.write32(table + USED, Memory.read32(table + USED) + 1);
        return Handle.of(index, Memory.read32(slot + Slot.GENERATION));
    }

    /** Empties slot index after describing it in record; drops the object's reference: LAST or KEPT. */
    private static long remove(long table, int index, long record) {
        long slot = slot(table, index);
        describe(slot, record);
        boolean isObject = Kinds.isObject(Memory.read32(slot + Slot.KIND));
        long object = Memory.read64(slot + Slot.OBJECT);
        empty(table, index);
        return isObject && KernelObject.release(object) == 0 ? LAST : KEPT;
    }

    private static void describe(long slot, long record) {
        Memory.write32(record + Capability.KIND, Memory.read32(slot + Slot.KIND));
        Memory.write32(record + Capability.RIGHTS, Memory.read32(slot + Slot.RIGHTS));
        Memory.write64(record + Capability.BADGE, Memory.read64(slot + Slot.BADGE));
        Memory.write64(record + Capability.OBJECT, Memory.read64(slot + Slot.OBJECT));
        Memory.write64(record + Capability.LENGTH, Memory.read64(slot + Slot.LENGTH));
    }

    /** Clears slot index and advances its generation; back on the free list, or retired at the last generation. */
    private static void empty(long table, int index) {
        long slot = slot(table, index);
        Memory.write32(slot + Slot.KIND, Kinds.NONE);
        Memory.write32(slot + Slot.RIGHTS, 0);
        Memory.write64(slot + Slot.BADGE, 0);
        Memory.write64(slot + Slot.OBJECT, 0);
        Memory.write64(slot + Slot.LENGTH, 0);
        Memory.write32(table + USED, Memory.read32(table + USED) - 1);
        int generation = Memory.read32(slot + Slot.GENERATION);
        if (generation == Handle.LAST_GENERATION) {
            Memory.write32(table + RETIRED, Memory.read32(table + RETIRED) + 1);
            return;
        }
        Memory.write32(slot + Slot.GENERATION, generation + 1);
        pushFree(table, index);
    }

    private static void pushFree(long table, int index) {
        Memory.write32(slot(table, index) + Slot.NEXT_FREE, 0);
        int tail = Memory.read32(table + FREE_TAIL);
        if (tail == 0) {
            Memory.write32(table + FREE_HEAD, index + 1);
        } else {
            Memory.write32(slot(table, tail - 1) + Slot.NEXT_FREE, index + 1);
        }
        Memory.write32(table + FREE_TAIL, index + 1);
    }

    /** Takes the first free slot: its index, or ENOSPC. */
    private static long takeFree(long table) {
        int head = Memory.read32(table + FREE_HEAD);
        if (head == 0) return Errors.ENOSPC;
        int next = Memory.read32(slot(table, head - 1) + Slot.NEXT_FREE);
        Memory.write32(table + FREE_HEAD, next);
        if (next == 0) Memory.write32(table + FREE_TAIL, 0);
        return head - 1;
    }

    /** A granule-aligned, non-empty range inside the space of a range kind. */
    private static boolean validRange(int kind, long base, long length) {
        long granule = Kinds.granule(kind), limit = Kinds.limit(kind);
        return base >= 0 && length > 0 && base <= limit && length <= limit - base && base % granule == 0 && length % granule == 0;
    }

    private static void lockBoth(long a, long b) {
        if (a == b) {
            SpinLock.acquire(a + LOCK);
        } else if (Long.compareUnsigned(a, b) < 0) {
            SpinLock.acquire(a + LOCK);
            SpinLock.acquire(b + LOCK);
        } else {
            SpinLock.acquire(b + LOCK);
            SpinLock.acquire(a + LOCK);
        }
    }

    private static void unlockBoth(long a, long b) {
        SpinLock.release(a + LOCK);
        if (a != b) SpinLock.release(b + LOCK);
    }
}
