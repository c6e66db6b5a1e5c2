package jos.kernel.process;

import jos.kernel.console.Log;

/**
 * The line a user program's debug_write output is on: each line is prefixed "user: ", and a line the
 * program left open is ended when the program ends (exit, fault), so the kernel's next line starts on a
 * line of its own. Only the bootstrap CPU runs programs.
 */
public final class ProgramOutput {
    /** [0]: 1 while a line is open (its prefix printed). */
    static final int[] LINE_OPEN = new int[1];

    private ProgramOutput() {
    }

    /** Writes one byte of program output: '\n' ends the line, anything not printable ASCII shows as '?'. */
    public static void put(byte b) {
        if (LINE_OPEN[0] == 0) {
            Log.print("user: ");
            LINE_OPEN[0] = 1;
        }
        if (b == '\n') {
            endLine();
        } else {
            Log.print(b >= 0x20 && b < 0x7f ? (char) b : '?');
        }
    }

    /** Ends an open line (a program that exits in the middle of one). */
    public static void endLine() {
        if (LINE_OPEN[0] != 0) {
            Log.newline();
            LINE_OPEN[0] = 0;
        }
    }
}
