package jos.runner;

import java.util.regex.Pattern;

/**
 * {@code /boot/grub/grub.cfg} for the GRUB image: boots at once, GRUB's own messages on COM1, our loader
 * as the multiboot2 image and the kernel as its first module, whose string is
 * {@code /boot/kernel.elf <kernel cmdline>}. Every other module's string is its path. The loader relies on
 * both: the first module is the kernel, and a module string's first word is its path.
 */
public final class GrubConfig {

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./:=,+@%^-]+");

    private GrubConfig() {
    }

    public static String render(ImageSpec spec) {
        StringBuilder kernelLine = new StringBuilder("  module2 ").append(ImageSpec.KERNEL_PATH)
                .append(' ').append(ImageSpec.KERNEL_PATH);
        for (String word : spec.cmdlineWords()) {
            kernelLine.append(' ').append(quote(word));
        }
        StringBuilder cfg = new StringBuilder();
        cfg.append("set timeout=0\n");
        cfg.append("set default=0\n");
        cfg.append("insmod all_video\n");
        cfg.append("serial --unit=0 --speed=115200\n");
        cfg.append("terminal_output serial\n");
        cfg.append("menuentry \"jos\" {\n");
        cfg.append("  multiboot2 ").append(ImageSpec.LOADER_PATH).append('\n');
        cfg.append(kernelLine).append('\n');
        for (BootModule module : spec.modules()) {
            cfg.append("  module2 ").append(module.bootPath()).append(' ').append(module.bootPath()).append('\n');
        }
        cfg.append("  boot\n");
        cfg.append("}\n");
        return cfg.toString();
    }

    /** A word as GRUB's script lexer must see it to pass it through unchanged. */
    static String quote(String word) {
        if (PLAIN_WORD.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
