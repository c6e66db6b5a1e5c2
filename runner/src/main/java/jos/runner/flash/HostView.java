package jos.runner.flash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the flash checks read of the host: the mount table ({@code /proc/mounts}), sysfs ({@code /sys}),
 * the device number of a block-device path, and the device that holds {@code /}. {@link #real} is this
 * machine's; tests build their own over a directory tree.
 *
 * @param blockNumber a path's {@code MAJOR:MINOR} if it is a block device (symlinks followed), else empty
 * @param rootNumber  the {@code MAJOR:MINOR} of the file system mounted at {@code /}
 */
public record HostView(Path procMounts, Path sys, Function<Path, Optional<String>> blockNumber, String rootNumber) {

    private static final int S_IFMT = 0170000;
    private static final int S_IFBLK = 0060000;

    public static HostView real() {
        return new HostView(Path.of("/proc/mounts"), Path.of("/sys"), HostView::blockNumberOf,
                number(unix(Path.of("/"), "dev")));
    }

    /** What kind of file {@code path} is, in words, for a refusal ("a regular file", "a character device"). */
    public static String kind(Path path) {
        return switch ((int) unix(path, "mode") & S_IFMT) {
            case 0100000 -> "a regular file";
            case 0040000 -> "a directory";
            case 0020000 -> "a character device";
            case 0010000 -> "a FIFO";
            case 0140000 -> "a socket";
            case S_IFBLK -> "a block device";
            default -> "not a regular file or device";
        };
    }

    private static Optional<String> blockNumberOf(Path path) {
        Map<String, Object> a;
        try {
            a = Files.readAttributes(path, "unix:mode,rdev");
        } catch (IOException e) {
            return Optional.empty();
        }
        if (((int) a.get("mode") & S_IFMT) != S_IFBLK) {
            return Optional.empty();
        }
        return Optional.of(number((long) a.get("rdev")));
    }

    private static long unix(Path path, String attribute) {
        try {
            return ((Number) Files.getAttribute(path, "unix:" + attribute)).longValue();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A Linux dev_t as {@code MAJOR:MINOR} (major in bits 8-19 and 32-43, minor in bits 0-7 and 20-31). */
    static String number(long dev) {
        long major = ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
        long minor = (dev & 0xff) | ((dev >>> 12) & 0xffffff00L);
        return major + ":" + minor;
    }
}
