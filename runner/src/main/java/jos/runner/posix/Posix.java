package jos.runner.posix;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * Linux x86_64 C library calls through FFM. Each method returns what the C function returns on success
 * and throws a {@link PosixException} (with errno, captured by the linker right after the call) when it
 * fails; {@code what} names the object in the message (a path, "the console device").
 */
public final class Posix {

    // <fcntl.h> and <poll.h> values of Linux x86_64.
    public static final int O_RDONLY = 0;
    public static final int O_RDWR = 2;
    public static final int O_NOCTTY = 0400;
    public static final int O_NONBLOCK = 04000;
    public static final int O_CLOEXEC = 02000000;
    public static final short POLLIN = 0x1;
    public static final short POLLERR = 0x8;
    public static final short POLLHUP = 0x10;
    public static final short POLLNVAL = 0x20;
    public static final int POSIX_FADV_DONTNEED = 4;
    // <errno.h>
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int EAGAIN = 11;

    /** {@code struct pollfd}: int fd; short events; short revents. */
    public static final StructLayout POLLFD = MemoryLayout.structLayout(
            JAVA_INT.withName("fd"), JAVA_SHORT.withName("events"), JAVA_SHORT.withName("revents"));

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final MethodHandle OPEN = function("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle CLOSE = function("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle READ = function("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle WRITE = function("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle POLL = function("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle ISATTY = function("isatty", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle TCGETATTR = function("tcgetattr", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle TCSETATTR = function("tcsetattr",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle CFMAKERAW = plain("cfmakeraw", FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle CFSETSPEED = function("cfsetspeed", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle POSIX_OPENPT = function("posix_openpt", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle GRANTPT = function("grantpt", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle UNLOCKPT = function("unlockpt", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle PTSNAME_R = plain("ptsname_r", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle POSIX_FADVISE = plain("posix_fadvise",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT));
    private static final MethodHandle STRERROR = plain("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));

    private Posix() {
    }

    private static MethodHandle function(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(symbol(name), descriptor, Linker.Option.captureCallState("errno"));
    }

    private static MethodHandle plain(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(symbol(name), descriptor);
    }

    private static MemorySegment symbol(String name) {
        return LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new IllegalStateException("the C library has no " + name));
    }

    /** The C library's text for an errno value ("No such file or directory"). */
    public static String strerror(int errno) {
        try {
            MemorySegment s = (MemorySegment) STRERROR.invokeExact(errno);
            return s.reinterpret(4096).getString(0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static int open(String path, int flags) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int fd = (int) OPEN.invokeExact(state, arena.allocateFrom(path), flags);
            return check(fd, state, "open " + path);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static void close(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            check((int) CLOSE.invokeExact(state, fd), state, "close fd " + fd);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Reads up to {@code length} bytes into {@code buffer}; 0 means end of file. */
    public static int read(int fd, byte[] buffer, int length, String what) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            MemorySegment native_ = arena.allocate(length);
            long n = (long) READ.invokeExact(state, fd, native_, (long) length);
            check((int) Math.min(n, 0), state, "read " + what);
            MemorySegment.copy(native_, JAVA_BYTE, 0, buffer, 0, (int) n);
            return (int) n;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Writes all of {@code bytes}, retrying short writes and EAGAIN (for a non-blocking descriptor). */
    public static void writeFully(int fd, byte[] bytes, String what) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            MemorySegment native_ = arena.allocate(Math.max(1, bytes.length));
            MemorySegment.copy(bytes, 0, native_, JAVA_BYTE, 0, bytes.length);
            long done = 0;
            while (done < bytes.length) {
                long n = (long) WRITE.invokeExact(state, fd, native_.asSlice(done), (long) bytes.length - done);
                if (n < 0 && (errno(state) == EAGAIN || errno(state) == EINTR)) {
                    waitWritable(fd);
                    continue;
                }
                check((int) Math.min(n, 0), state, "write " + what);
                done += n;
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static void waitWritable(int fd) {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PosixException("interrupted while writing to fd " + fd, EINTR);
        }
    }

    /**
     * Waits until one of {@code fds} has input, a hang-up or an error, or {@code timeoutMillis} passes;
     * returns each descriptor's {@code revents} (0 for none). A negative descriptor is ignored. EINTR is
     * an empty answer.
     */
    public static short[] poll(int[] fds, int timeoutMillis) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            MemorySegment set = arena.allocate(POLLFD, fds.length);
            for (int i = 0; i < fds.length; i++) {
                set.set(JAVA_INT, i * POLLFD.byteSize(), fds[i]);
                set.set(JAVA_SHORT, i * POLLFD.byteSize() + 4, POLLIN);
            }
            int n = (int) POLL.invokeExact(state, set, (long) fds.length, timeoutMillis);
            short[] revents = new short[fds.length];
            if (n < 0 && errno(state) == EINTR) {
                return revents;
            }
            check(n, state, "poll");
            for (int i = 0; i < fds.length; i++) {
                revents[i] = set.get(JAVA_SHORT, i * POLLFD.byteSize() + 6);
            }
            return revents;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /**
     * Tells the kernel what {@code fd}'s cached pages are for; with {@link #POSIX_FADV_DONTNEED} over the
     * whole file, clean pages are dropped, so the next read comes from the device itself.
     */
    public static void fadvise(int fd, int advice, String what) {
        try {
            int rc = (int) POSIX_FADVISE.invokeExact(fd, 0L, 0L, advice);
            if (rc != 0) {
                throw new PosixException("posix_fadvise " + what + ": " + strerror(rc), rc);
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static boolean isatty(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            return (int) ISATTY.invokeExact(state, fd) == 1;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static void tcgetattr(int fd, MemorySegment termios, String what) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            check((int) TCGETATTR.invokeExact(state, fd, termios), state, "tcgetattr " + what);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static void tcsetattr(int fd, int when, MemorySegment termios, String what) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            check((int) TCSETATTR.invokeExact(state, fd, when, termios), state, "tcsetattr " + what);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static void cfmakeraw(MemorySegment termios) {
        try {
            CFMAKERAW.invokeExact(termios);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    static void cfsetspeed(MemorySegment termios, int speed, String what) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            check((int) CFSETSPEED.invokeExact(state, termios, speed), state, "cfsetspeed " + what);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** A new pseudo-terminal master, unlocked; its slave's path is {@link #ptsname}. */
    public static int openPtyMaster() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            int fd = check((int) POSIX_OPENPT.invokeExact(state, O_RDWR | O_NOCTTY | O_CLOEXEC), state, "posix_openpt");
            check((int) GRANTPT.invokeExact(state, fd), state, "grantpt");
            check((int) UNLOCKPT.invokeExact(state, fd), state, "unlockpt");
            return fd;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    public static String ptsname(int master) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = arena.allocate(256);
            int rc = (int) PTSNAME_R.invokeExact(master, name, 256L);
            if (rc != 0) {
                throw new PosixException("ptsname fd " + master + ": " + strerror(rc), rc);
            }
            return name.getString(0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    private static int check(int result, MemorySegment state, String what) {
        if (result < 0) {
            int errno = errno(state);
            throw new PosixException(what + ": " + strerror(errno), errno);
        }
        return result;
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException(t);
    }
}
