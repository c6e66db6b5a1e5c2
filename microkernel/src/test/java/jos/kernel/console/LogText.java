package jos.kernel.console;

/** Captured console text as a reader sees it: the ANSI level colours of log records taken out. */
public final class LogText {
    private LogText() {
    }

    public static String plain(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "");
    }
}
