package jos.runner.posix;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Map;
import java.util.TreeMap;

/**
 * A terminal's settings ({@code struct termios} of glibc on x86_64: four 32-bit flag words at offsets 0,
 * 4, 8 and 12, then the line discipline, control characters and speeds, 60 bytes in all), read from a
 * descriptor, changed, and applied to one. The flag values are Linux's ({@code asm-generic/termbits.h}).
 */
public final class Termios {

    private static final long SIZE = 60;
    private static final long IFLAG = 0;
    private static final long CFLAG = 8;
    private static final long LFLAG = 12;
    private static final int IXON = 02000;
    private static final int IXANY = 04000;
    private static final int IXOFF = 010000;
    private static final int CREAD = 0200;
    private static final int CLOCAL = 04000;
    private static final int CRTSCTS = 020000000000;
    public static final int ECHO = 010;
    public static final int ICANON = 02;
    private static final int TCSANOW = 0;

    /** Baud rate -> Linux speed_t code. */
    private static final Map<Integer, Integer> SPEEDS = new TreeMap<>(Map.ofEntries(
            Map.entry(1200, 011), Map.entry(2400, 013), Map.entry(4800, 014), Map.entry(9600, 015),
            Map.entry(19200, 016), Map.entry(38400, 017), Map.entry(57600, 010001), Map.entry(115200, 010002),
            Map.entry(230400, 010003), Map.entry(460800, 010004), Map.entry(500000, 010005),
            Map.entry(576000, 010006), Map.entry(921600, 010007), Map.entry(1000000, 010010),
            Map.entry(1500000, 010012), Map.entry(2000000, 010013), Map.entry(3000000, 010015),
            Map.entry(4000000, 010017)));

    private final MemorySegment bytes;

    private Termios(MemorySegment bytes) {
        this.bytes = bytes;
    }

    /** The settings of the terminal open as {@code fd} ({@code what} names it in errors, e.g. "not a tty"). */
    public static Termios of(int fd, String what) {
        MemorySegment s = Arena.ofAuto().allocate(SIZE, 4);
        Posix.tcgetattr(fd, s, what);
        return new Termios(s);
    }

    /** Applies these settings to {@code fd} at once. */
    public void applyTo(int fd, String what) {
        Posix.tcsetattr(fd, TCSANOW, bytes, what);
    }

    /** A copy in raw mode ({@code cfmakeraw}: bytes pass unchanged, no echo, no signals, one byte is a read). */
    public Termios raw() {
        MemorySegment s = Arena.ofAuto().allocate(SIZE, 4);
        s.copyFrom(bytes);
        Posix.cfmakeraw(s);
        return new Termios(s);
    }

    /**
     * A raw copy for a serial line at {@code baud}: no flow control (neither XON/XOFF nor RTS/CTS, which a
     * debug cable does not wire), the receiver on, modem control lines ignored.
     */
    public Termios serialLine(int baud, String what) {
        Integer code = SPEEDS.get(baud);
        if (code == null) {
            throw new PosixException("--baud " + baud + ": not a speed a Linux serial line takes; one of "
                    + SPEEDS.keySet(), 0);
        }
        Termios t = raw();
        Posix.cfsetspeed(t.bytes, code, what);
        t.set(IFLAG, t.get(IFLAG) & ~(IXON | IXOFF | IXANY));
        t.set(CFLAG, (t.get(CFLAG) & ~CRTSCTS) | CREAD | CLOCAL);
        return t;
    }

    /** The local-mode flags (ECHO, ICANON, ...). */
    public int localFlags() {
        return get(LFLAG);
    }

    private int get(long offset) {
        return bytes.get(JAVA_INT, offset);
    }

    private void set(long offset, int value) {
        bytes.set(JAVA_INT, offset, value);
    }
}
