package jos.runner;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads binary PPM images (P6, 8 bits per channel), the format of QEMU's screendump. */
final class Ppm {
    private Ppm() {
    }

    static BufferedImage read(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.toString());
    }

    static BufferedImage parse(byte[] b, String name) throws IOException {
        int[] pos = {0};
        if (!token(b, pos).equals("P6")) throw new IOException(name + " is not a binary PPM (P6)");
        int width = Integer.parseInt(token(b, pos));
        int height = Integer.parseInt(token(b, pos));
        int max = Integer.parseInt(token(b, pos));
        if (max != 255) throw new IOException(name + ": only 8-bit PPM is supported, maxval " + max);
        int at = pos[0] + 1;   // one whitespace byte after maxval
        if (b.length < at + 3L * width * height) throw new IOException(name + ": truncated (" + b.length + " bytes)");
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++, at += 3) {
                image.setRGB(x, y, (b[at] & 0xff) << 16 | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff));
            }
        }
        return image;
    }

    private static String token(byte[] b, int[] pos) throws IOException {
        int i = pos[0];
        while (i < b.length) {
            if (b[i] == '#') {
                while (i < b.length && b[i] != '\n') i++;
            } else if (Character.isWhitespace(b[i])) {
                i++;
            } else {
                break;
            }
        }
        int start = i;
        while (i < b.length && !Character.isWhitespace(b[i])) i++;
        if (start == i) throw new IOException("truncated PPM header");
        pos[0] = i;
        return new String(b, start, i - start, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
