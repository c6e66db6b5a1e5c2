package jos.kernel.memory;

import jos.kernel.console.Log;
import jos.x86.PageTableEntry;
import jos.x86.Pat;

/**
 * Kernel stacks with a guard page: each stack is a range from {@link VirtualRanges} whose lowest 4 KiB
 * page stays unmapped and whose other pages are fresh frames ({@link Usage#STACKS}) mapped read-write,
 * no-execute, global, in the kernel tables. Every stack is recorded (kind, CPU, range) so that a page
 * fault in a guard page can be named: {@link #describeGuardHit} prints "the NMI IST stack of CPU 2".
 */
public final class Stacks {
    private Stacks() {
    }

    public static final int KERNEL = 0, DOUBLE_FAULT_IST = 1, NMI_IST = 2, PAGE_FAULT_IST = 3, DEBUG_IST = 4, MACHINE_CHECK_IST = 5,
            THREAD = 6;
    public static final long GUARD_BYTES = PhysicalMemory.FRAME;
    /** A kernel stack and five interrupt stacks for each of up to 256 CPUs. */
    public static final int MAX_STACKS = 6 * 256;

    private static final int[] KIND = new int[MAX_STACKS];
    private static final int[] CPU = new int[MAX_STACKS];
    /** The guard page's base; the stack's usable bytes follow it. */
    private static final long[] GUARD = new long[MAX_STACKS];
    private static final long[] TOP = new long[MAX_STACKS];
    private static int count;
    private static final long[] LOCK = new long[1];

    public static String kindName(int kind) {
        switch (kind) {
            case KERNEL: return "kernel";
            case DOUBLE_FAULT_IST: return "double-fault IST";
            case NMI_IST: return "NMI IST";
            case PAGE_FAULT_IST: return "page-fault IST";
            case DEBUG_IST: return "debug IST";
            case MACHINE_CHECK_IST: return "machine-check IST";
            case THREAD: return "thread";
            default: return "unknown";
        }
    }

    /** Forgets every record (the stacks themselves stay mapped). */
    public static void reset() {
        LOCK[0] = 0;
        count = 0;
    }

    /**
     * A new stack of size bytes (rounded up to 4 KiB) for the given kind and CPU; returns its top (the
     * initial stack pointer, 16-byte aligned), or 0 with a problem. On failure nothing is left behind.
     */
    public static long allocate(int kind, int cpu, long size) {
        long bytes = PhysicalMemory.roundUp(size, PhysicalMemory.FRAME);
        if (size <= 0) {
            Problem.report(Problem.STACK_OF_NO_SIZE, cpu);
            return 0;
        }
        SpinLock.acquire(LOCK);
        if (count == MAX_STACKS) {
            SpinLock.release(LOCK);
            Problem.report(Problem.TOO_MANY_STACKS, MAX_STACKS);
            return 0;
        }
        long guard = VirtualRanges.allocate(GUARD_BYTES + bytes, PhysicalMemory.FRAME);
        if (guard == 0) {
            SpinLock.release(LOCK);
            return 0;
        }
        long root = KernelAddressSpace.root();
        for (long offset = 0; offset < bytes; offset += PhysicalMemory.FRAME) {
            long frame = FrameAllocator.allocateZeroed(PhysicalMemory.FRAME, Usage.STACKS);
            if (frame == 0 || !PageTables.map(root, guard + GUARD_BYTES + offset, frame, PhysicalMemory.FRAME,
                    PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE | PageTableEntry.GLOBAL, Pat.WRITE_BACK)) {
                int reason = Problem.reason();
                long value = Problem.value(), detailValue = Problem.detailValue();
                if (frame != 0) FrameAllocator.free(frame, PhysicalMemory.FRAME);
                release(root, guard + GUARD_BYTES, offset);
                VirtualRanges.free(guard, GUARD_BYTES + bytes);
                Problem.report(reason, value, detailValue);
                SpinLock.release(LOCK);
                return 0;
            }
        }
        KIND[count] = kind;
        CPU[count] = cpu;
        GUARD[count] = guard;
        TOP[count] = guard + GUARD_BYTES + bytes;
        count++;
        SpinLock.release(LOCK);
        return guard + GUARD_BYTES + bytes;
    }

    /**
     * Gives back the stack whose top is top (a thread's, once it has ended and no CPU runs on it): its
     * frames, its range with the guard page, and its record; false (nothing changed) if no stack has that
     * top. Only the CPU that ran on the stack can hold its translations, and the unmapping flushes them
     * there; the kernel does not yet move a thread between CPUs.
     */
    public static boolean free(long top) {
        SpinLock.acquire(LOCK);
        int record = -1;
        for (int i = 0; i < count; i++) {
            if (TOP[i] == top) record = i;
        }
        if (record < 0) {
            SpinLock.release(LOCK);
            return false;
        }
        long guard = GUARD[record];
        release(KernelAddressSpace.root(), guard + GUARD_BYTES, top - guard - GUARD_BYTES);
        count--;
        KIND[record] = KIND[count];     // the last record takes the freed one's place
        CPU[record] = CPU[count];
        GUARD[record] = GUARD[count];
        TOP[record] = TOP[count];
        SpinLock.release(LOCK);
        // The pages are global and the caller may run on a process's CR3 (a reaper), where unmap does no
        // invlpg: every CPU forgets them before the addresses can make a new stack, which stale entries
        // would otherwise reach the freed frames through. No CPU runs on a freed stack, so the frames may go first.
        TlbShootdown.invalidate(guard + GUARD_BYTES, top - guard - GUARD_BYTES);
        SpinLock.acquire(LOCK);
        VirtualRanges.free(guard, top - guard);
        SpinLock.release(LOCK);
        return true;
    }

    /** Unmaps and frees the frames of [virtual, virtual + bytes). */
    private static void release(long root, long virtual, long bytes) {
        for (long offset = 0; offset < bytes; offset += PhysicalMemory.FRAME) {
            long frame = PageTables.translate(root, virtual + offset);
            PageTables.unmap(root, virtual + offset, PhysicalMemory.FRAME);
            if (frame >= 0) FrameAllocator.free(frame, PhysicalMemory.FRAME);
        }
    }

    /** The record whose guard page holds address, or -1. */
    public static int guardHit(long address) {
        for (int i = 0; i < count; i++) {
            if (address - GUARD[i] >= 0 && address - GUARD[i] < GUARD_BYTES) return i;
        }
        return -1;
    }

    /**
     * If address (a page-fault address) is in a guard page, prints "the KIND stack of CPU N" (no line
     * end) and returns true; otherwise prints nothing and returns false.
     */
    public static boolean describeGuardHit(long address) {
        int i = guardHit(address);
        if (i < 0) return false;
        Log.print("the ");
        Log.print(kindName(KIND[i]));
        Log.print(" stack of CPU ");
        Log.dec(CPU[i]);
        return true;
    }

    public static int count() {
        return count;
    }

    public static int kind(int record) {
        return KIND[record];
    }

    public static int cpu(int record) {
        return CPU[record];
    }

    /** The base of record's guard page (the stack's lowest address). */
    public static long guard(int record) {
        return GUARD[record];
    }

    public static long top(int record) {
        return TOP[record];
    }
}
