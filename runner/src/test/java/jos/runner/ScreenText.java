package jos.runner;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jos.kernel.console.ConsoleFont;

/**
 * Reads the framebuffer console's text back from a screenshot: each 12x24 cell's lit pixels (any colour
 * but the background) must equal the lit pixels of exactly one of the font's glyphs (printable ASCII).
 * A cell that matches none is an error naming its row and column, so what was drawn is checked pixel for
 * pixel, not only that something was.
 */
final class ScreenText {
    private static final int FIRST = 0x20, LAST = 0x7e;
    private static final Map<String, Character> GLYPHS = new HashMap<>();

    static {
        for (int c = FIRST; c <= LAST; c++) {
            GLYPHS.put(key(c), (char) c);
        }
    }

    private ScreenText() {
    }

    private static String key(int c) {
        StringBuilder k = new StringBuilder();
        for (int y = 0; y < ConsoleFont.HEIGHT; y++) k.append(Integer.toHexString(ConsoleFont.row(c, y))).append(',');
        return k.toString();
    }

    /** The text rows on the screen, trailing blanks removed; background is the colour of blank pixels. */
    static List<String> read(BufferedImage shot, int background) {
        int columns = shot.getWidth() / ConsoleFont.WIDTH, rows = shot.getHeight() / ConsoleFont.HEIGHT;
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = cellKey(shot, background, c * ConsoleFont.WIDTH, r * ConsoleFont.HEIGHT);
                Character ch = GLYPHS.get(cell);
                if (ch == null) {
                    throw new AssertionError("the cell at text row " + r + ", column " + c + " (pixel "
                            + c * ConsoleFont.WIDTH + "," + r * ConsoleFont.HEIGHT + ") is no glyph of the console font"
                            + " (row so far: \"" + line + "\")");
                }
                line.append(ch);
            }
            out.add(line.toString().stripTrailing());
        }
        return out;
    }

    private static String cellKey(BufferedImage shot, int background, int x0, int y0) {
        StringBuilder k = new StringBuilder();
        for (int y = 0; y < ConsoleFont.HEIGHT; y++) {
            int bits = 0;
            for (int x = 0; x < ConsoleFont.WIDTH; x++) {
                if ((shot.getRGB(x0 + x, y0 + y) & 0xffffff) != background) bits |= 1 << (ConsoleFont.WIDTH - 1 - x);
            }
            k.append(Integer.toHexString(bits)).append(',');
        }
        return k.toString();
    }

    /** Draws text as the console does (for tests of this reader): one colour per line, top left first. */
    static BufferedImage draw(List<String> lines, int columns, int rows, int background, int colour) {
        BufferedImage img = new BufferedImage(columns * ConsoleFont.WIDTH, rows * ConsoleFont.HEIGHT, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) img.setRGB(x, y, background);
        for (int r = 0; r < lines.size(); r++) {
            String line = lines.get(r);
            for (int c = 0; c < line.length(); c++) {
                for (int y = 0; y < ConsoleFont.HEIGHT; y++) {
                    int bits = ConsoleFont.row(line.charAt(c), y);
                    for (int x = 0; x < ConsoleFont.WIDTH; x++) {
                        if ((bits >> (ConsoleFont.WIDTH - 1 - x) & 1) != 0) {
                            img.setRGB(c * ConsoleFont.WIDTH + x, r * ConsoleFont.HEIGHT + y, colour);
                        }
                    }
                }
            }
        }
        return img;
    }
}
