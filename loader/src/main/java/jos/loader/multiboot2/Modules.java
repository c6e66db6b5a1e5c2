package jos.loader.multiboot2;

import jos.hw.Memory;

/**
 * The modules GRUB loaded, in order. The loader's GRUB configuration passes each module's path as the
 * first word of its multiboot2 string ({@code module2 /boot/x /boot/x args}), so a module's path is
 * that word and its command line is the rest, after the spaces that follow. Module 0 is the kernel.
 */
public final class Modules {
    private Modules() {
    }

    /** Strings longer than this are cut (a string without a NUL would otherwise run on). */
    public static final int STRING_LIMIT = 4096;

    public static int count() {
        return BootInformation.moduleCount;
    }

    /** The tag of module index (0-based), or 0. */
    public static long tag(int index) {
        long tag = BootInformation.firstModule;
        int seen = 0;
        while (tag != 0) {
            int type = BootInformation.type(tag);
            if (type == Tags.END) return 0;
            if (type == Tags.MODULE) {
                if (seen == index) return tag;
                seen++;
            }
            tag = BootInformation.next(tag);
        }
        return 0;
    }

    public static long start(long tag) {
        return Memory.read32(tag + Tags.Module.MOD_START) & 0xFFFFFFFFL;
    }

    public static long end(long tag) {
        return Memory.read32(tag + Tags.Module.MOD_END) & 0xFFFFFFFFL;
    }

    public static long size(long tag) {
        return end(tag) - start(tag);
    }

    /** The module's string: its path, then its command line. */
    public static long string(long tag) {
        return tag + Tags.Module.STRING;
    }

    /** The bytes the string may occupy inside the tag. */
    private static long stringRoom(long tag) {
        long room = BootInformation.size(tag) - Tags.Module.STRING;
        return room < STRING_LIMIT ? room : STRING_LIMIT;
    }

    /** The length of the path (the first word). */
    public static long pathLength(long tag) {
        long s = string(tag), room = stringRoom(tag);
        long n = 0;
        while (n < room) {
            int c = Memory.read8(s + n) & 0xFF;
            if (c == 0 || c == ' ' || c == '\t') break;
            n++;
        }
        return n;
    }

    /** Where the command line starts (after the path and the blanks that follow it). */
    public static long commandLine(long tag) {
        long s = string(tag), room = stringRoom(tag);
        long n = pathLength(tag);
        while (n < room) {
            int c = Memory.read8(s + n) & 0xFF;
            if (c != ' ' && c != '\t') break;
            n++;
        }
        return s + n;
    }

    /** The length of the command line (up to the NUL or the end of the tag). */
    public static long commandLineLength(long tag) {
        long s = string(tag), room = stringRoom(tag);
        long start = commandLine(tag) - s, n = start;
        while (n < room && (Memory.read8(s + n) & 0xFF) != 0) n++;
        return n - start;
    }
}
