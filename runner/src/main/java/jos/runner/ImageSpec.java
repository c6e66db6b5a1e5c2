package jos.runner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an image carries besides the kernel: the kernel's command line and the extra modules, in order.
 * The kernel is always {@code /boot/kernel.elf}; under GRUB the loader is {@code /boot/jos-loader.elf}.
 */
public record ImageSpec(String cmdline, List<BootModule> modules) {

    public static final String KERNEL_PATH = "/boot/kernel.elf";
    public static final String LOADER_PATH = "/boot/jos-loader.elf";

    public ImageSpec {
        modules = List.copyOf(modules);
        if (cmdline.indexOf('\n') >= 0 || cmdline.indexOf('\r') >= 0) {
            throw new RunnerException("the kernel command line must be one line");
        }
        Set<String> seen = new HashSet<>(List.of(KERNEL_PATH, LOADER_PATH));
        for (BootModule module : modules) {
            if (module.bootPath().startsWith("/boot/grub/") || module.bootPath().startsWith("/boot/limine/")
                    || module.bootPath().startsWith("/EFI/")) {
                throw new RunnerException("module path " + module.bootPath() + " is reserved for the bootloader");
            }
            if (!seen.add(module.bootPath())) {
                throw new RunnerException("module path " + module.bootPath() + " is used twice (or by the kernel"
                        + " or loader); give one with FILE=/boot/other-name");
            }
        }
    }

    /** The kernel command line split into words, as GRUB and the kernel see them. */
    public List<String> cmdlineWords() {
        List<String> words = new ArrayList<>();
        for (String word : cmdline.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** A stable description, stored next to the image to tell whether a run needs a rebuild. */
    public String describe() {
        StringBuilder sb = new StringBuilder("cmdline=").append(cmdline).append('\n');
        for (BootModule module : modules) {
            sb.append("module=").append(module).append('\n');
        }
        return sb.toString();
    }
}
