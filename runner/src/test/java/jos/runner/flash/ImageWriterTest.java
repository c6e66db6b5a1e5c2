package jos.runner.flash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import jos.runner.RunnerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer on a regular file standing in for the stick (the loop-device test is {@link FlashCommandTest}). */
class ImageWriterTest {

    @TempDir
    Path dir;

    @Test
    void theImageIsWrittenOverTheStartAndCheckedWithProgress() throws Exception {
        byte[] image = new byte[9 << 20 | 123];                       // more than two chunks, not a multiple of them
        new Random(16).nextBytes(image);
        Path iso = Files.write(dir.resolve("jos.iso"), image);
        byte[] old = new byte[12 << 20];
        Arrays.fill(old, (byte) 0x5a);
        Path stick = Files.write(dir.resolve("stick"), old);
        List<Long> written = new ArrayList<>();
        List<Long> verified = new ArrayList<>();
        ImageWriter.Result r = ImageWriter.write(iso, stick, written::add, verified::add);
        assertEquals(image.length, r.bytes());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(image)), r.sha256());
        byte[] after = Files.readAllBytes(stick);
        assertEquals(old.length, after.length, "the device keeps its size");
        assertArrayEquals(image, Arrays.copyOf(after, image.length));
        assertEquals(0x5a, after[image.length], "bytes past the image stay");
        assertEquals(List.of(4L << 20, 8L << 20, (long) image.length), written);
        assertEquals(image.length, verified.getLast());
        assertTrue(verified.size() >= 3, verified.toString());
    }

    @Test
    void aMissingDeviceIsNamed() throws Exception {
        Path iso = Files.write(dir.resolve("jos.iso"), new byte[10]);
        RunnerException e = assertThrows(RunnerException.class,
                () -> ImageWriter.write(iso, dir.resolve("gone"), n -> { }, n -> { }));
        assertEquals("writing " + iso + " to " + dir.resolve("gone") + " failed: " + dir.resolve("gone"), e.getMessage());
    }
}
