package jos.kernel.console;

/**
 * The log levels and how each one looks: its letter in a record, its ANSI colour on the serial
 * console and the same colour (as 0xRRGGBB) on the framebuffer. Declared once here so the two
 * consoles cannot drift apart. Lower is more severe; {@link #NONE} marks plain lines.
 */
final class LogLevel {
    /** Plain lines of the print/println API: no header, default colour. */
    static final int NONE = 0;
    static final int ERROR = 1, WARN = 2, INFO = 3, DEBUG = 4;

    /** SGR sequences: bold red, bold yellow, white, bright black (grey); and back to the default. */
    static final String ANSI_ERROR = "\u001b[1;31m", ANSI_WARN = "\u001b[1;33m", ANSI_INFO = "\u001b[37m",
            ANSI_DEBUG = "\u001b[90m", ANSI_RESET = "\u001b[0m";
    /** The same colours as the VGA/xterm palette draws them. */
    static final int RGB_ERROR = 0xff5555, RGB_WARN = 0xffff55, RGB_INFO = 0xaaaaaa, RGB_DEBUG = 0x808080;
    static final int RGB_DEFAULT = RGB_INFO;

    private LogLevel() {
    }

    static boolean valid(int level) {
        return level >= ERROR && level <= DEBUG;
    }

    static byte letter(int level) {
        switch (level) {
            case ERROR: return 'E';
            case WARN: return 'W';
            case INFO: return 'I';
            case DEBUG: return 'D';
            default: return '?';
        }
    }

    static String ansi(int level) {
        switch (level) {
            case ERROR: return ANSI_ERROR;
            case WARN: return ANSI_WARN;
            case INFO: return ANSI_INFO;
            case DEBUG: return ANSI_DEBUG;
            default: return ANSI_RESET;
        }
    }

    static int rgb(int level) {
        switch (level) {
            case ERROR: return RGB_ERROR;
            case WARN: return RGB_WARN;
            case DEBUG: return RGB_DEBUG;
            default: return RGB_DEFAULT;
        }
    }
}
