package jos.kernel.console;

/**
 * Every console a line goes to, in order: the serial port, then the framebuffer. A line at a log
 * level is drawn in that level's colour on both; plain lines in the default colour. Callers hold
 * {@link LogLock} (or run before other CPUs start).
 */
final class Consoles {
    private Consoles() {
    }

    static void startLine(int level) {
        if (!LogLevel.valid(level)) return;
        Serial.startColour(level);
        FramebufferConsole.setColour(LogLevel.rgb(level));
    }

    static void put(byte b) {
        Serial.write(b);
        FramebufferConsole.write(b);
    }

    static void endLine(int level) {
        if (LogLevel.valid(level)) {
            Serial.endColour();
            FramebufferConsole.setColour(LogLevel.RGB_DEFAULT);
        }
        Serial.newline();
        FramebufferConsole.write((byte) '\n');
    }
}
