package jos.kernel.boot.limine;

import jos.hw.Memory;

/** Options on the kernel's command line (a NUL-terminated string in memory): words of the form name=value. */
public final class CommandLine {
    private static final int MAX_LENGTH = 4096;

    private CommandLine() {
    }

    /**
     * The non-negative decimal value of option name (for "qemu-exit=3", name "qemu-exit" gives 3), or -1
     * when the option is absent or its value is not a number below 2^31.
     */
    public static int intOption(long commandLine, String name) {
        if (commandLine == 0) return -1;
        int wordStart = 0;
        for (int i = 0; i <= MAX_LENGTH; i++) {
            byte b = i == MAX_LENGTH ? 0 : Memory.read8(commandLine + i);
            if (b == ' ' || b == 0) {
                int value = valueIfNamed(commandLine + wordStart, i - wordStart, name);
                if (value >= 0) return value;
                wordStart = i + 1;
                if (b == 0) return -1;
            }
        }
        return -1;
    }

    /** True when the command line has the word name=value (e.g. "test=int3"). */
    public static boolean has(long commandLine, String name, String value) {
        if (commandLine == 0) return false;
        int wordStart = 0;
        for (int i = 0; i <= MAX_LENGTH; i++) {
            byte b = i == MAX_LENGTH ? 0 : Memory.read8(commandLine + i);
            if (b == ' ' || b == 0) {
                if (wordEquals(commandLine + wordStart, i - wordStart, name, value)) return true;
                wordStart = i + 1;
                if (b == 0) return false;
            }
        }
        return false;
    }

    /**
     * The address of option name's value in the command line (for "init=/boot/x.elf", name "init" gives
     * the address of "/boot/x.elf"), or 0 when the option is absent or empty; {@link #valueLength} gives its length.
     */
    public static long option(long commandLine, String name) {
        if (commandLine == 0) return 0;
        int wordStart = 0;
        for (int i = 0; i <= MAX_LENGTH; i++) {
            byte b = i == MAX_LENGTH ? 0 : Memory.read8(commandLine + i);
            if (b == ' ' || b == 0) {
                long word = commandLine + wordStart;
                int n = name.length();
                if (i - wordStart > n + 1 && named(word, name) && Memory.read8(word + n) == '=') return word + n + 1;
                wordStart = i + 1;
                if (b == 0) return 0;
            }
        }
        return 0;
    }

    /** The bytes of the value at value (from {@link #option}) up to the next space or the end. */
    public static int valueLength(long value) {
        int n = 0;
        while (n < MAX_LENGTH) {
            byte b = Memory.read8(value + n);
            if (b == ' ' || b == 0) break;
            n++;
        }
        return n;
    }

    private static boolean named(long word, String name) {
        for (int k = 0; k < name.length(); k++) if (Memory.read8(word + k) != name.charAt(k)) return false;
        return true;
    }

    private static boolean wordEquals(long word, int length, String name, String value) {
        int n = name.length(), v = value.length();
        if (length != n + 1 + v || Memory.read8(word + n) != '=') return false;
        for (int k = 0; k < n; k++) if (Memory.read8(word + k) != name.charAt(k)) return false;
        for (int k = 0; k < v; k++) if (Memory.read8(word + n + 1 + k) != value.charAt(k)) return false;
        return true;
    }

    private static int valueIfNamed(long word, int length, String name) {
        int n = name.length();
        if (length <= n + 1 || Memory.read8(word + n) != '=') return -1;
        for (int k = 0; k < n; k++) if (Memory.read8(word + k) != name.charAt(k)) return -1;
        long value = 0;
        for (int k = n + 1; k < length; k++) {
            int digit = Memory.read8(word + k) - '0';
            if (digit < 0 || digit > 9) return -1;
            value = value * 10 + digit;
            if (value > Integer.MAX_VALUE) return -1;
        }
        return (int) value;
    }
}
