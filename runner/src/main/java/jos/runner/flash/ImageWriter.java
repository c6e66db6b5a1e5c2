package jos.runner.flash;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;
import jos.runner.RunnerException;
import jos.runner.posix.Posix;

/**
 * Writes an image to the start of a device (or, in tests, a file that stands in for one), syncs it,
 * drops the cached copy so that the read-back comes from the device itself, reads back as many bytes
 * as the image has and compares SHA-256 hashes. Progress is reported in bytes done, once for the write
 * and once for the read-back.
 */
public final class ImageWriter {

    private static final int CHUNK = 4 << 20;

    /** What a successful write did. */
    public record Result(long bytes, String sha256, long writeNanos, long verifyNanos) {
    }

    private ImageWriter() {
    }

    public static Result write(Path image, Path device, LongConsumer written, LongConsumer verified) {
        long size;
        MessageDigest imageHash = sha256();
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(image);
                FileChannel out = FileChannel.open(device, StandardOpenOption.WRITE)) {
            size = Files.size(image);
            byte[] chunk = new byte[CHUNK];
            long done = 0;
            for (int n; (n = in.readNBytes(chunk, 0, CHUNK)) > 0; ) {
                imageHash.update(chunk, 0, n);
                ByteBuffer b = ByteBuffer.wrap(chunk, 0, n);
                while (b.hasRemaining()) {
                    out.write(b, done + b.position());
                }
                done += n;
                written.accept(done);
            }
            out.force(true);
        } catch (IOException e) {
            throw new RunnerException("writing " + image + " to " + device + " failed: " + e.getMessage());
        }
        long wrote = System.nanoTime() - start;
        String expected = HexFormat.of().formatHex(imageHash.digest());
        String actual = readBack(device, size, verified);
        if (!expected.equals(actual)) {
            throw new RunnerException("read back from " + device + " differs from " + image + ": SHA-256 " + actual
                    + " instead of " + expected + "; the device may be failing or smaller than it claims");
        }
        return new Result(size, expected, wrote, System.nanoTime() - start - wrote);
    }

    private static String readBack(Path device, long size, LongConsumer verified) {
        MessageDigest hash = sha256();
        int fd = Posix.open(device.toString(), Posix.O_RDONLY | Posix.O_CLOEXEC);
        try {
            Posix.fadvise(fd, Posix.POSIX_FADV_DONTNEED, device.toString());
            byte[] chunk = new byte[CHUNK];
            long done = 0;
            while (done < size) {
                int n = Posix.read(fd, chunk, (int) Math.min(CHUNK, size - done), device.toString());
                if (n == 0) {
                    throw new RunnerException(device + " ended after " + done + " of the image's " + size
                            + " bytes: it is smaller than the image");
                }
                hash.update(chunk, 0, n);
                done += n;
                verified.accept(done);
            }
        } finally {
            Posix.close(fd);
        }
        return HexFormat.of().formatHex(hash.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
