package jos.kernel.console;

/** The framebuffer console's glyphs, for tests that read the screen back (Font is package-private). */
public final class ConsoleFont {
    public static final int WIDTH = Font.WIDTH, HEIGHT = Font.HEIGHT;

    private ConsoleFont() {
    }

    /** Pixel row y of character c's cell: bit (WIDTH - 1 - x) is set where column x is lit. */
    public static int row(int c, int y) {
        Font.init();
        return Font.row(c, y);
    }
}
