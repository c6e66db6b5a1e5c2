package jos.kernel.console;

import jos.kernel.x86.Cpus;
import jos.kernel.time.Clock;

/**
 * The kernel log, safe from every CPU at once, built piece by piece without allocating.
 *
 * <p>A record is {@link #begin}(level), pieces ({@link #print}, {@link #dec}, {@link #hex},
 * {@link #cString}), then {@link #end()}; {@link #error}, {@link #warn}, {@link #info} and
 * {@link #debug} log a one-piece record. It reads {@code [   1.234567] I cpu 03: message} (see
 * {@link LogRecord}) in its level's colour on the serial port and the framebuffer. Records above the
 * threshold (default {@link #INFO}) are dropped. Pieces outside a record make plain lines, ended by
 * {@link #newline()} or a '\n' in the text: the early console's API, for what is printed before
 * {@link #init()} and for the end markers ("kernel: exiting QEMU", "kernel: halting") harnesses look
 * for at a line's start. Boot reports are records.
 *
 * <p>Each CPU composes its line in its own buffer and emits it whole under a spinlock taken with
 * interrupts off ({@link LineBuffers}, {@link LogLock}); a CPU that starts a record while it has an
 * unfinished line (an interrupt or fault in the middle of a record) emits the unfinished part first.
 * Before {@link #init()} output goes straight to the consoles, unbuffered: only the bootstrap CPU
 * runs then. After {@link #enterPanicMode()} no CPU waits long for the lock.
 */
public final class Log {
    public static final int ERROR = LogLevel.ERROR, WARN = LogLevel.WARN, INFO = LogLevel.INFO, DEBUG = LogLevel.DEBUG;
    /** Bytes of one console line: a longer line is emitted in parts of this length. */
    public static final int LINE_BYTES = LineBuffers.LINE_BYTES;
    /** How many values {@link #slot()} takes: one per CPU and one shared by the rest. */
    public static final int SLOTS = LineBuffers.MAX_CPUS + 1;

    private static int threshold = INFO;

    private Log() {
    }

    /**
     * Switches to per-CPU line buffers and the lock: call on the bootstrap CPU once its per-CPU block
     * is in place, before other CPUs run kernel code.
     */
    public static void init() {
        LineBuffers.usePerCpuBuffers();
    }

    /** Records less severe than level are dropped from now on. */
    public static void setThreshold(int level) {
        threshold = level;
    }

    public static int threshold() {
        return threshold;
    }

    /**
     * From now on a CPU waits only a bounded time for the log lock and then writes anyway: the
     * panicking CPU's report must come out even if another CPU died holding the lock. This CPU's
     * unfinished line, if any, is emitted first, so the report starts on a line of its own.
     */
    public static void enterPanicMode() {
        LogLock.enterPanicMode();
        int slot = LineBuffers.slot();
        if (LineBuffers.open(slot)) LineBuffers.end(slot);
    }

    /** Starts a record at level: its header now, the message from the following pieces. */
    public static void begin(int level) {
        int slot = LineBuffers.slot();
        if (LineBuffers.open(slot)) LineBuffers.end(slot);
        if (!LogLevel.valid(level) || level > threshold) {
            LineBuffers.start(slot, LineBuffers.DROPPED);
            return;
        }
        LineBuffers.start(slot, level);
        LogRecord.header(slot, Clock.nanosSinceBoot(), level, LineBuffers.cpuId(), Cpus.count());
    }

    /** This CPU's line buffer, in [0, {@link #SLOTS}): an index for callers that keep per-CPU line state too. */
    public static int slot() {
        return LineBuffers.slot();
    }

    /** Whether this CPU has an unfinished line (something printed since the last line ended). */
    public static boolean lineOpen() {
        return LineBuffers.open(LineBuffers.slot());
    }

    /** Ends the record (or plain line) and emits it. */
    public static void end() {
        LineBuffers.end(LineBuffers.slot());
    }

    public static void error(String message) {
        record(ERROR, message);
    }

    public static void warn(String message) {
        record(WARN, message);
    }

    public static void info(String message) {
        record(INFO, message);
    }

    public static void debug(String message) {
        record(DEBUG, message);
    }

    private static void record(int level, String message) {
        begin(level);
        print(message);
        end();
    }

    /** Text; each '\n' ends the current line. */
    public static void print(String s) {
        int slot = LineBuffers.slot();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                LineBuffers.end(slot);
            } else {
                LineBuffers.append(slot, (byte) c);
            }
        }
    }

    /** One character (a printable byte; '\n' ends the line). */
    public static void print(char c) {
        int slot = LineBuffers.slot();
        if (c == '\n') LineBuffers.end(slot);
        else LineBuffers.append(slot, (byte) c);
    }

    public static void println(String s) {
        print(s);
        newline();
    }

    /** Ends the current line (the same as {@link #end()}). */
    public static void newline() {
        end();
    }

    /** Unsigned decimal. */
    public static void dec(long value) {
        LogRecord.decimal(LineBuffers.slot(), value, 1, '0');
    }

    /** Unsigned decimal with at least digits digits, zero-padded. */
    public static void dec(long value, int digits) {
        LogRecord.decimal(LineBuffers.slot(), value, digits, '0');
    }

    /** 0x followed by at least one hexadecimal digit. */
    public static void hex(long value) {
        hex(value, 1);
    }

    /** 0x followed by exactly digits hexadecimal digits (more if the value needs them). */
    public static void hex(long value, int digits) {
        int slot = LineBuffers.slot();
        LogRecord.string(slot, "0x");
        LogRecord.hexDigits(slot, value, digits);
    }

    /** The NUL-terminated string at address (at most 4096 bytes; "(null)" for address 0). */
    public static void cString(long address) {
        LogRecord.cString(LineBuffers.slot(), address);
    }
}
