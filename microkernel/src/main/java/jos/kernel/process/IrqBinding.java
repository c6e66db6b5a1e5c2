package jos.kernel.process;

import jos.abi.Errors;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.capability.KernelObject;
import jos.kernel.ipc.Notifications;
import jos.kernel.ipc.Outcome;
import jos.kernel.irq.Lines;
import jos.kernel.memory.Heap;
import jos.kernel.sched.Scheduler;

/**
 * An interrupt line a process holds, bound to one of its notifications: a heap block that is the line's
 * holder in {@link Lines} (the process its owner). It keeps a reference to the notification, so the
 * notification outlives the binding whatever capabilities are deleted, and the record its signals fill
 * (one interrupt of a line at a time: the line is masked from its interrupt until the acknowledge). The
 * binding ends when its process unbinds it, dies ({@link #releaseNext}, from the teardown) or deletes
 * the last IRQ capability of its table that covers the line ({@link #releaseUncovered}); the line is
 * masked then.
 */
@Struct(size = IrqBinding.SIZE)
public final class IrqBinding {
    /** The notification signalled (one reference held) and the bits ORed into it. */
    @Field(Type.U64) public static final int NOTIFICATION = 0;
    @Field(Type.U64) public static final int BITS = 8;
    /** The outcome record each signal fills, at interrupt time (no allocation then). */
    @Field(value = Type.U64, count = Outcome.SIZE / 8) public static final int OUTCOME = 16;
    public static final int SIZE = 16 + Outcome.SIZE;

    private IrqBinding() {
    }

    /**
     * Binds line to notification for process, which hands over one reference to notification on
     * success (0); on failure (ENOMEM, or Lines.claim's EINVAL, EBUSY, ENOSPC) nothing changed and the
     * caller keeps its reference. The line stays masked until the first acknowledge.
     */
    public static long bind(long process, long line, long notification, long bits) {
        long binding = Heap.allocate(SIZE);
        if (binding == 0) return Errors.ENOMEM;
        Memory.fill(binding, (byte) 0, SIZE);
        Memory.write64(binding + NOTIFICATION, notification);
        Memory.write64(binding + BITS, bits);
        long claimed = Lines.claim(line, binding, process);
        if (claimed != 0) Heap.free(binding);
        return claimed;
    }

    /**
     * Unbinds line if process holds it: 0, or EINVAL (not bound), EBUSY (another process's). The
     * notification whose last reference went with the binding goes to the u64 at doomed (0: none); the
     * caller has it destroyed.
     */
    public static long unbind(long process, long line, long doomed) {
        long released = Lines.release(line, process, doomed);
        if (released == 0) free(doomed);
        return released;
    }

    /** Unbinds one line process holds (it is dying): 0 (doomed as for unbind), or EINVAL when none is left. */
    public static long releaseNext(long process, long doomed) {
        long released = Lines.releaseAny(process, doomed);
        if (released == 0) free(doomed);
        return released;
    }

    /**
     * After process deleted an IRQ capability for lines [first, first + count): unbinds one line of that
     * range it holds that no IRQ capability with CONTROL (the right binding needs) left in its table covers. 0 (doomed as for unbind), or EINVAL
     * when none is left; the caller calls again until then.
     */
    public static long releaseUncovered(long process, long first, long count, long doomed) {
        long table = Process.table(process);
        for (long from = first; from - first < count; ) {
            long line = Lines.heldIn(process, from, count - (from - first));
            if (line < 0) return Errors.EINVAL;
            if (!CapabilityTable.covers(table, Kinds.IRQ, Rights.CONTROL, line)) return unbind(process, line, doomed);
            from = line + 1;
        }
        return Errors.EINVAL;
    }

    /** Frees the binding at the u64 at slot and puts there its notification if that lost its last reference, else 0. */
    private static void free(long slot) {
        long binding = Memory.read64(slot);
        long notification = Memory.read64(binding + NOTIFICATION);
        Heap.free(binding);
        Memory.write64(slot, KernelObject.release(notification) == 0 ? notification : 0);
    }

    /**
     * The interrupt-time part (Lines.install): signals the binding's notification and makes the thread
     * it wakes runnable. Runs on the CPU the line is delivered to, interrupts masked; takes the
     * notification's lock, then a run queue's; allocates nothing.
     */
    public static final class Delivery implements Lines.Delivery {
        @Override
        public void deliver(long line, long holder) {
            long outcome = holder + OUTCOME;
            Notifications.signal(Memory.read64(holder + NOTIFICATION), Memory.read64(holder + BITS), outcome);
            for (int i = 0; i < Outcome.MAX_WOKEN; i++) {
                if (Outcome.woken(outcome, i) != 0) Scheduler.wake(Outcome.woken(outcome, i));
            }
        }
    }
}
