package jos.kernel.syscall;

import jos.abi.Errors;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.kernel.console.Log;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.PageTableEntry;
import jos.kernel.memory.PageTables;
import jos.kernel.memory.UserAddressSpace;

/**
 * The debug_write call (abi.md). One call writes at most {@link #MAX_BYTES} of the program's bytes and
 * returns how many it wrote: a call runs with interrupts masked, and this bound keeps it far inside a
 * timer tick (the user runtime's writer loops on the count). Every console line a program's text makes
 * begins with {@link #PREFIX}, so a program can never print a line that looks like the kernel's: a line
 * longer than a console line is split after {@link #TEXT_BYTES} bytes and each part prefixed, and a line
 * a kernel record cut in two (the log ends a CPU's unfinished line when a record starts) is prefixed
 * again where it goes on.
 *
 * <p>Whether the program has a line open is kept per CPU (one program runs on a CPU at a time), indexed
 * by the CPU's log slot ({@link Log#slot()}); {@link #endLine} closes it when the program ends.
 */
public final class DebugWrite {
    /** Bytes one call writes at most: one console line's worth. */
    public static final int MAX_BYTES = 256;
    static final String PREFIX = "user: ";
    /** Text bytes on one console line after the prefix. */
    static final int TEXT_BYTES = Log.LINE_BYTES - PREFIX.length();

    /** Per CPU: 0 while the program has no line open, else 1 + the text bytes on its current console line. */
    private static final int[] COLUMNS = new int[Log.SLOTS];

    private DebugWrite() {
    }

    /** debug_write(address, len) from the program in this CPU's current address space (CR3). */
    static long write(long address, long len) {
        if (len <= 0) return len < 0 ? Errors.EINVAL : 0;
        return write(Cpu.readCr3() & PageTableEntry.ADDRESS_MASK, address, len);
    }

    /**
     * Logs the first min(len, MAX_BYTES) bytes at the user address of the address space root: the count
     * written, or EINVAL for a negative length, EFAULT (nothing written) if one of those bytes is not the
     * program's mapped memory. The bytes are read through the HHDM, never through the user pointer.
     */
    static long write(long root, long address, long len) {
        if (len < 0) return Errors.EINVAL;
        long count = len < MAX_BYTES ? len : MAX_BYTES;
        if (count == 0) return 0;
        if (!UserAddressSpace.mappedForUser(root, address, count)) return Errors.EFAULT;
        int slot = Log.slot();
        long page = -1, bytes = 0;
        for (long i = 0; i < count; i++) {
            long at = address + i;
            if ((at & -PageTableEntry.SIZE_4K) != page) {     // one walk per page, not per byte
                page = at & -PageTableEntry.SIZE_4K;
                bytes = Hhdm.virt(PageTables.translate(root, page));
            }
            put(slot, Memory.read8(bytes + (at - page)));
        }
        return count;
    }

    /** One byte of the program's text on this CPU (slot): '\n' ends the line, other bytes outside printable ASCII show as '?'. */
    static void put(int slot, byte b) {
        int column = COLUMNS[slot];
        if (column != 0 && !Log.lineOpen()) column = 0;   // a kernel record ended the console line
        if (column == 0) {
            Log.print(PREFIX);
            column = 1;
        }
        if (b == '\n') {
            Log.newline();
            COLUMNS[slot] = 0;
            return;
        }
        if (column > TEXT_BYTES) {
            Log.newline();
            Log.print(PREFIX);
            column = 1;
        }
        Log.print(b >= 0x20 && b < 0x7f ? (char) b : '?');
        COLUMNS[slot] = column + 1;
    }

    /** Ends this CPU's open program line, if any (a program that ends in the middle of one). */
    static void endLine() {
        int slot = Log.slot();
        if (COLUMNS[slot] != 0) {
            if (Log.lineOpen()) Log.newline();
            COLUMNS[slot] = 0;
        }
    }
}
