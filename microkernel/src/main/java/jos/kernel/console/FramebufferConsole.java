package jos.kernel.console;

import jos.hw.Memory;
import jos.kernel.boot.limine.FramebufferInfo;
import jos.limine.Framebuffer;

/**
 * A text console on the loader's linear framebuffer (32 bits per pixel, RGB masks as the loader
 * reports them): {@link Font}'s 12x24 cells, a foreground colour per line, light grey on black by
 * default. The cursor (the cell the next character goes to) wraps at the right edge before a
 * character that does not fit; a newline on the last row scrolls the pixel rows up and clears the freed
 * rows with 64-bit fills. It jump-scrolls by a quarter of the screen at a time: moving the pixels is the
 * expensive part (framebuffer memory is slow to read), so it is done a quarter as often. Without a usable framebuffer every call does
 * nothing. Not locked: {@link Log} serializes its callers.
 */
public final class FramebufferConsole {
    private static final int BITS_PER_PIXEL = 32, BYTES_PER_PIXEL = 4;
    private static final int TAB = 8;
    private static final int RGB_BACKGROUND = 0x000000;
    /** Larger sizes are taken for a corrupt response. */
    private static final long MAX_SIDE = 1 << 16;

    private static boolean enabled;
    private static long base, pitch, height;
    private static int columns, rows, column, row;
    private static int redSize, redShift, greenSize, greenShift, blueSize, blueShift;
    private static int foreground, background;

    private FramebufferConsole() {
    }

    /** Takes the loader's first framebuffer, if any, and clears it. */
    public static void init() {
        init(FramebufferInfo.first());
    }

    /**
     * Takes the framebuffer described by the limine_framebuffer at fb (0 = none) and clears it. A
     * framebuffer that is not 32-bit RGB, or too small for one cell, leaves the console off.
     */
    public static void init(long fb) {
        enabled = false;
        if (fb == 0 || Framebuffer.address(fb) == 0) return;
        if (Framebuffer.bpp(fb) != BITS_PER_PIXEL || Framebuffer.memoryModel(fb) != Framebuffer.MEMORY_MODEL_RGB) return;
        long width = Framebuffer.width(fb);
        height = Framebuffer.height(fb);
        pitch = Framebuffer.pitch(fb);
        if (width <= 0 || width > MAX_SIDE || height <= 0 || height > MAX_SIDE) return;
        if (pitch < width * BYTES_PER_PIXEL || pitch > MAX_SIDE * BYTES_PER_PIXEL || pitch % BYTES_PER_PIXEL != 0) return;
        redSize = Framebuffer.redMaskSize(fb);
        redShift = Framebuffer.redMaskShift(fb);
        greenSize = Framebuffer.greenMaskSize(fb);
        greenShift = Framebuffer.greenMaskShift(fb);
        blueSize = Framebuffer.blueMaskSize(fb);
        blueShift = Framebuffer.blueMaskShift(fb);
        if (!fits(redSize, redShift) || !fits(greenSize, greenShift) || !fits(blueSize, blueShift)) return;
        columns = (int) (width / Font.WIDTH);
        rows = (int) (height / Font.HEIGHT);
        if (columns == 0 || rows == 0) return;
        base = Framebuffer.address(fb);
        Font.init();
        foreground = pixel(LogLevel.RGB_DEFAULT);
        background = pixel(RGB_BACKGROUND);
        enabled = true;
        clear();
    }

    public static boolean enabled() {
        return enabled;
    }

    public static int columns() {
        return enabled ? columns : 0;
    }

    public static int rows() {
        return enabled ? rows : 0;
    }

    /** The colour (0xRRGGBB) of the characters written from now on. */
    public static void setColour(int rgb) {
        if (enabled) foreground = pixel(rgb);
    }

    /** Writes one character: printable ASCII, or a box for other bytes; handles \n, \r and \t. */
    public static void write(byte b) {
        if (!enabled) return;
        int c = b & 0xff;
        if (c == '\n') {
            newline();
        } else if (c == '\r') {
            column = 0;
        } else if (c == '\t') {
            do put(' '); while (column % TAB != 0 && column < columns);
        } else {
            put(c);
        }
    }

    /** Clears the screen to the background and puts the cursor top left. */
    public static void clear() {
        if (!enabled) return;
        fill(base, height * pitch);
        column = 0;
        row = 0;
    }

    private static void put(int c) {
        if (column >= columns) newline();                // wrap before the character that does not fit
        draw(c, column, row);
        column++;
    }

    private static void newline() {
        column = 0;
        if (row + 1 < rows) {
            row++;
        } else {
            scroll();   // leaves the cursor on the first freed row
        }
    }

    /** Moves the text up by a quarter of the rows (at least one) and clears the rows freed at the bottom. */
    private static void scroll() {
        int by = rows >= 4 ? rows / 4 : 1;
        long textRow = Font.HEIGHT * pitch;
        Memory.copy(base, base + by * textRow, (rows - by) * textRow);
        fill(base + (rows - by) * textRow, by * textRow);
        row = rows - by;
    }

    /** The cell's pixels, two at a time (Font.WIDTH is even). */
    private static void draw(int c, int cellColumn, int cellRow) {
        long cell = base + (long) cellRow * Font.HEIGHT * pitch + (long) cellColumn * Font.WIDTH * BYTES_PER_PIXEL;
        for (int y = 0; y < Font.HEIGHT; y++) {
            int bits = Font.row(c, y);
            long at = cell + y * pitch;
            for (int x = 0; x < Font.WIDTH; x += 2) {
                long left = (bits >>> (Font.WIDTH - 1 - x) & 1) != 0 ? foreground : background;
                long right = (bits >>> (Font.WIDTH - 2 - x) & 1) != 0 ? foreground : background;
                Memory.write64(at + (long) x * BYTES_PER_PIXEL, left & 0xffffffffL | right << 32);
            }
        }
    }

    /** Sets bytes bytes at at to the background, a 64-bit word (two pixels) at a time. */
    private static void fill(long at, long bytes) {
        long pair = background & 0xffffffffL | (long) background << 32;
        long end = at + bytes;
        for (; at + 8 <= end; at += 8) Memory.write64(at, pair);
        if (at < end) Memory.write32(at, background);
    }

    private static boolean fits(int size, int shift) {
        return size > 0 && size <= 16 && shift + size <= BITS_PER_PIXEL;
    }

    /** The pixel value of 0xRRGGBB under the framebuffer's masks. */
    private static int pixel(int rgb) {
        return channel(rgb >>> 16 & 0xff, redSize, redShift) | channel(rgb >>> 8 & 0xff, greenSize, greenShift)
                | channel(rgb & 0xff, blueSize, blueShift);
    }

    private static int channel(int value, int size, int shift) {
        int scaled = size >= 8 ? value << (size - 8) | value >>> (16 - size) : value >>> (8 - size);
        return scaled << shift;
    }
}
