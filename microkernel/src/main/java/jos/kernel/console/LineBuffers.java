package jos.kernel.console;

import jos.kernel.x86.PerCpu;

/**
 * The line each CPU is composing, so that lines from different CPUs never interleave: pieces are
 * appended to the CPU's own buffer without a lock, and the finished line goes to {@link Consoles}
 * whole, under {@link LogLock}. A line longer than {@link #LINE_BYTES} is emitted in parts. Each
 * buffer also remembers the open line's level ({@link LogLevel#NONE} for plain lines, {@link
 * #DROPPED} for a record below the threshold, whose pieces are discarded).
 *
 * <p>Until {@link #usePerCpuBuffers()} (early boot: one CPU, no per-CPU data needed) and for CPU ids
 * of {@link #MAX_CPUS} and above, output goes through the {@link #DIRECT} slot: each piece straight
 * to the consoles, not buffered.
 */
final class LineBuffers {
    static final int MAX_CPUS = 256, LINE_BYTES = 256;
    /** The unbuffered slot. */
    static final int DIRECT = MAX_CPUS;
    /** The level of a record whose pieces are discarded. */
    static final int DROPPED = -1;

    private static final byte[] BYTES = new byte[MAX_CPUS * LINE_BYTES];
    /** Bytes in each buffer (for DIRECT: bytes written on the current line). */
    private static final int[] LENGTHS = new int[MAX_CPUS + 1];
    private static final int[] LEVELS = new int[MAX_CPUS + 1];
    private static boolean perCpu;

    private LineBuffers() {
    }

    /** From now on each CPU composes in its own buffer (its GS-based per-CPU block must be set up). */
    static void usePerCpuBuffers() {
        perCpu = true;
    }

    static boolean perCpu() {
        return perCpu;
    }

    /** This CPU's kernel id (0 while per-CPU data is not in use: only the bootstrap CPU runs). */
    static int cpuId() {
        return perCpu ? PerCpu.cpuId() : 0;
    }

    /** This CPU's slot. */
    static int slot() {
        if (!perCpu) return DIRECT;
        int id = PerCpu.cpuId();
        return id >= 0 && id < MAX_CPUS ? id : DIRECT;
    }

    /** Whether the slot has an unfinished line (or dropped record). */
    static boolean open(int slot) {
        return LENGTHS[slot] > 0 || LEVELS[slot] != LogLevel.NONE;
    }

    /** Opens a line at level (the slot must not have an open line). */
    static void start(int slot, int level) {
        LEVELS[slot] = level;
        if (slot == DIRECT && LogLevel.valid(level)) {
            int token = lock();
            Consoles.startLine(level);
            unlock(token);
        }
    }

    static void append(int slot, byte b) {
        if (LEVELS[slot] == DROPPED) return;
        if (slot == DIRECT) {
            int token = lock();
            Consoles.put(b);
            unlock(token);
            LENGTHS[slot]++;
            return;
        }
        if (LENGTHS[slot] == LINE_BYTES) emit(slot);
        BYTES[slot * LINE_BYTES + LENGTHS[slot]] = b;
        LENGTHS[slot]++;
    }

    /** Ends the slot's line: emits it (an empty plain line too) unless it was dropped. */
    static void end(int slot) {
        int level = LEVELS[slot];
        if (level != DROPPED) {
            if (slot == DIRECT) {
                int token = lock();
                Consoles.endLine(level);
                unlock(token);
            } else {
                emit(slot);
            }
        }
        LENGTHS[slot] = 0;
        LEVELS[slot] = LogLevel.NONE;
    }

    /** Emits the buffered bytes as one line, under the lock; the line's level stays for what follows. */
    private static void emit(int slot) {
        int level = LEVELS[slot], length = LENGTHS[slot], from = slot * LINE_BYTES;
        int token = lock();
        Consoles.startLine(level);
        for (int i = 0; i < length; i++) Consoles.put(BYTES[from + i]);
        Consoles.endLine(level);
        unlock(token);
        LENGTHS[slot] = 0;
    }

    /** The lock, once other CPUs may run (before that there is nothing to exclude). */
    private static int lock() {
        return perCpu ? LogLock.acquire(PerCpu.cpuId()) : 0;
    }

    private static void unlock(int token) {
        if (perCpu) LogLock.release(token);
    }
}
