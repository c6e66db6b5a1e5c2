package jos.kernel.process;

import jos.kernel.console.Log;

/**
 * The console lines of a program's text (debug_write, abi.md). Every console line it makes begins with
 * {@link #PREFIX}, so a program can never print a line that looks like the kernel's: a line longer than a
 * console line is split after {@link #TEXT_BYTES} bytes and each part prefixed, and a line a kernel record
 * cut in two (the log ends a CPU's unfinished line when a record starts) is prefixed again where it goes
 * on. Whether the program has a line open is kept per CPU (one program runs on a CPU at a time), indexed
 * by the CPU's log slot ({@link Log#slot()}); {@link #endLine} closes it when the program ends (exit,
 * fault), so the kernel's next line starts on a line of its own.
 */
public final class ProgramOutput {
    public static final String PREFIX = "user: ";
    /** Text bytes on one console line after the prefix. */
    public static final int TEXT_BYTES = Log.LINE_BYTES - PREFIX.length();

    /** Per CPU: 0 while the program has no line open, else 1 + the text bytes on its current console line. */
    private static final int[] COLUMNS = new int[Log.SLOTS];

    private ProgramOutput() {
    }

    /** One byte of the program's text on this CPU (slot): '\n' ends the line, other bytes outside printable ASCII show as '?'. */
    public static void put(int slot, byte b) {
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
    public static void endLine() {
        int slot = Log.slot();
        if (COLUMNS[slot] != 0) {
            if (Log.lineOpen()) Log.newline();
            COLUMNS[slot] = 0;
        }
    }
}
