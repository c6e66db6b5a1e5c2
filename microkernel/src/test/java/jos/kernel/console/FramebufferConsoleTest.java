package jos.kernel.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The framebuffer console on a simulated 32-bpp framebuffer in simulated memory. */
class FramebufferConsoleTest {
    /** Where the simulated loader puts the limine_framebuffer, and the pixels (HHDM addresses). */
    static final long STRUCT = 0xffff_8000_0010_0000L, PIXELS = 0xffff_8000_fd00_0000L;
    /** 10 columns and 4 rows of 12x24 cells, with spare pixels right and below, and padding in each row. */
    static final int WIDTH = 10 * 12 + 5, HEIGHT = 4 * 24 + 7, PITCH = 128 * 4;
    static final int GREY = 0xaaaaaa;

    Machine machine;

    @BeforeEach
    void setUp() {
        ConsoleState.reset();
        machine = Machine.install();
    }

    @AfterEach
    void tearDown() {
        ConsoleState.reset();
        machine.close();
    }

    /** A limine_framebuffer (layout of limine-PROTOCOL: address, width, height, pitch, bpp, model, masks). */
    long framebuffer(int bpp, int redShift, int greenShift, int blueShift) {
        machine.memory().map(STRUCT, 80);
        Memory.write64(STRUCT, PIXELS);
        Memory.write64(STRUCT + 8, WIDTH);
        Memory.write64(STRUCT + 16, HEIGHT);
        Memory.write64(STRUCT + 24, PITCH);
        Memory.write16(STRUCT + 32, (short) bpp);
        Memory.write8(STRUCT + 34, (byte) 1);
        Memory.write8(STRUCT + 35, (byte) 8);
        Memory.write8(STRUCT + 36, (byte) redShift);
        Memory.write8(STRUCT + 37, (byte) 8);
        Memory.write8(STRUCT + 38, (byte) greenShift);
        Memory.write8(STRUCT + 39, (byte) 8);
        Memory.write8(STRUCT + 40, (byte) blueShift);
        machine.memory().map(PIXELS, (long) PITCH * HEIGHT);
        machine.memory().fill(PIXELS, (byte) 0x77, (long) PITCH * HEIGHT);   // garbage the console must clear
        return STRUCT;
    }

    long rgbFramebuffer() {
        return framebuffer(32, 16, 8, 0);
    }

    int pixel(int x, int y) {
        return Memory.read32(PIXELS + (long) y * PITCH + 4L * x);
    }

    /** The lit pixels of cell (column, row) as 24 rows of 12 bits (bit 11 = leftmost), colour must be fg or 0. */
    int[] cell(int column, int row, int fg) {
        int[] rows = new int[Font.HEIGHT];
        for (int y = 0; y < Font.HEIGHT; y++) {
            for (int x = 0; x < Font.WIDTH; x++) {
                int p = pixel(column * Font.WIDTH + x, row * Font.HEIGHT + y);
                if (p != 0 && p != fg) throw new AssertionError(String.format("pixel 0x%x in cell %d,%d", p, column, row));
                if (p == fg) rows[y] |= 1 << (Font.WIDTH - 1 - x);
            }
        }
        return rows;
    }

    int[] glyph(char c) {
        int[] rows = new int[Font.HEIGHT];
        for (int y = 0; y < Font.HEIGHT; y++) rows[y] = Font.row(c, y);
        return rows;
    }

    void write(String s) {
        for (char c : s.toCharArray()) FramebufferConsole.write((byte) c);
    }

    @Test
    void initClearsTheWholeFramebufferAndCountsCells() {
        FramebufferConsole.init(rgbFramebuffer());
        assertTrue(FramebufferConsole.enabled());
        assertEquals(10, FramebufferConsole.columns());
        assertEquals(4, FramebufferConsole.rows());
        for (int y = 0; y < HEIGHT; y++) for (int x = 0; x < PITCH / 4; x++) assertEquals(0, pixel(x, y), x + "," + y);
    }

    @Test
    void aKnownGlyphAtAKnownCell() {
        FramebufferConsole.init(rgbFramebuffer());
        write("ab\ncdH");
        int[] h = cell(2, 1, GREY);
        // 'H' is "#...#" on its grid rows 0-2 and 4-6 and "#####" on row 3; doubled, one pixel in from the
        // left and three rows down: stems at pixels 1-2 and 9-10, the bar on pixel rows 9 and 10.
        for (int y = 0; y < Font.HEIGHT; y++) {
            int expected = y < 3 || y >= 17 ? 0 : y == 9 || y == 10 ? 0b0111_1111_1110 : 0b0110_0000_0110;
            if (y == 8 || y == 11) expected = 0b0111_0000_1110;   // Scale2x rounds the inner corners
            assertEquals(expected, h[y], "row " + y);
        }
        assertArrayEquals(glyph('a'), cell(0, 0, GREY));
        assertArrayEquals(glyph('b'), cell(1, 0, GREY));
        assertArrayEquals(glyph('c'), cell(0, 1, GREY));
        assertArrayEquals(new int[Font.HEIGHT], cell(3, 1, GREY));
    }

    @Test
    void coloursFollowTheMasks() {
        FramebufferConsole.init(framebuffer(32, 0, 8, 16));     // blue in the high byte
        FramebufferConsole.setColour(0xff5511);
        write("#");
        int lit = 0;
        for (int y = 0; y < Font.HEIGHT; y++) {
            for (int x = 0; x < Font.WIDTH; x++) {
                int p = pixel(x, y);
                if (p != 0) {
                    assertEquals(0x1155ff, p);
                    lit++;
                }
            }
        }
        assertTrue(lit > 20);
    }

    @Test
    void textWrapsAtTheRightEdgeWithoutABlankLine() {
        FramebufferConsole.init(rgbFramebuffer());
        write("0123456789AB");
        assertArrayEquals(glyph('9'), cell(9, 0, GREY));
        assertArrayEquals(glyph('A'), cell(0, 1, GREY));
        assertArrayEquals(glyph('B'), cell(1, 1, GREY));
        write("CDEFGHIJ\nK");                  // exactly fills row 1; the newline then starts row 2
        assertArrayEquals(glyph('K'), cell(0, 2, GREY));
    }

    @Test
    void scrollingMovesPixelRowsUpAndClearsTheLastLine() {
        FramebufferConsole.init(rgbFramebuffer());
        write("row0\nrow1\nrow2\nrow3 long");
        int[][] before = new int[4][];
        for (int r = 0; r < 4; r++) before[r] = cell(1, r, GREY);
        byte[] spare = machine.memory().bytes(PIXELS + 4L * Font.HEIGHT * PITCH, 7 * PITCH);
        write("\nX");
        assertArrayEquals(before[1], cell(1, 0, GREY));
        assertArrayEquals(before[2], cell(1, 1, GREY));
        assertArrayEquals(before[3], cell(1, 2, GREY));
        assertArrayEquals(glyph('X'), cell(0, 3, GREY));
        for (int y = 3 * Font.HEIGHT; y < 4 * Font.HEIGHT; y++) {
            for (int x = Font.WIDTH; x < PITCH / 4; x++) assertEquals(0, pixel(x, y), x + "," + y);
        }
        assertArrayEquals(spare, machine.memory().bytes(PIXELS + 4L * Font.HEIGHT * PITCH, 7 * PITCH), "below the text rows");
    }

    @Test
    void controlCharactersAndUnknownBytes() {
        FramebufferConsole.init(rgbFramebuffer());
        write("ab\rc");
        assertArrayEquals(glyph('c'), cell(0, 0, GREY));
        assertArrayEquals(glyph('b'), cell(1, 0, GREY));
        write("\td");                            // blanks to the next multiple of 8
        assertArrayEquals(new int[Font.HEIGHT], cell(1, 0, GREY));
        assertArrayEquals(glyph('d'), cell(8, 0, GREY));
        FramebufferConsole.write((byte) 0xe9);
        assertArrayEquals(glyph((char) 0x7f), cell(9, 0, GREY));
        FramebufferConsole.clear();
        assertArrayEquals(new int[Font.HEIGHT], cell(0, 0, GREY));
        write("z");
        assertArrayEquals(glyph('z'), cell(0, 0, GREY));
    }

    @Test
    void withoutAFramebufferNothingIsWritten() {
        FramebufferConsole.init(0);             // nothing is mapped: any access would fault
        write("hello\nworld");
        FramebufferConsole.setColour(0xff0000);
        FramebufferConsole.clear();
        assertFalse(FramebufferConsole.enabled());
        assertEquals(0, FramebufferConsole.columns());
    }

    @Test
    void anUnusableFramebufferIsLeftAlone() {
        long fb = framebuffer(16, 11, 5, 0);
        byte[] before = machine.memory().bytes(PIXELS, PITCH * HEIGHT);
        FramebufferConsole.init(fb);
        write("hello");
        assertFalse(FramebufferConsole.enabled());
        assertArrayEquals(before, machine.memory().bytes(PIXELS, PITCH * HEIGHT));
    }

    @Test
    void fontCoversPrintableAsciiAndDrawsSomethingForEach() {
        Font.init();
        for (char c = 0x21; c < 0x7f; c++) {
            int lit = 0;
            for (int y = 0; y < Font.HEIGHT; y++) {
                lit |= Font.row(c, y);
                assertEquals(0, Font.row(c, y) & 0b1000_0000_0001, "margin of " + c);
            }
            assertTrue(lit != 0, "glyph for " + c);
        }
        for (int y = 0; y < Font.HEIGHT; y++) assertEquals(0, Font.row(' ', y));
    }
}
