package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PpmTest {
    @Test
    void readsPixelsOfABinaryPpmWithAComment() throws IOException {
        byte[] header = "P6\n# screendump\n2 1\n255\n".getBytes(StandardCharsets.US_ASCII);
        byte[] data = {(byte) 0xff, 0, 0, 0x10, 0x20, 0x30};
        byte[] all = new byte[header.length + data.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(data, 0, all, header.length, data.length);
        var image = Ppm.parse(all, "t.ppm");
        assertEquals(2, image.getWidth());
        assertEquals(0xff0000, image.getRGB(0, 0) & 0xffffff);
        assertEquals(0x102030, image.getRGB(1, 0) & 0xffffff);
    }

    @Test
    void refusesOtherFormatsAndTruncation() {
        assertThrows(IOException.class, () -> Ppm.parse("P3\n1 1\n255\n0 0 0".getBytes(StandardCharsets.US_ASCII), "x"));
        assertThrows(IOException.class, () -> Ppm.parse("P6\n2 2\n255\n\0\0\0".getBytes(StandardCharsets.US_ASCII), "x"));
    }
}
