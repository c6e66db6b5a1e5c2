package jos.runner;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * One extra file on the image: {@code source} on the host, {@code bootPath} on the ISO (absolute, e.g.
 * {@code /boot/a.txt}). The boot path is also the module's string (GRUB) or path (Limine), so it may only
 * use characters that need no quoting in either configuration.
 */
public record BootModule(Path source, String bootPath) {

    private static final Pattern BOOT_PATH = Pattern.compile("(/[A-Za-z0-9._+=-]+)+");

    public BootModule {
        source = source.toAbsolutePath().normalize();
        if (!BOOT_PATH.matcher(bootPath).matches() || bootPath.contains("/./") || bootPath.contains("/../")
                || bootPath.endsWith("/.") || bootPath.endsWith("/..")) {
            throw new RunnerException("module path " + bootPath
                    + ": must be absolute and use only letters, digits and . _ + - = (e.g. /boot/a.txt)");
        }
    }

    /** Parses {@code FILE} (boot path {@code /boot/<file name>}) or {@code FILE=/boot/path}. */
    public static BootModule parse(String argument) {
        int eq = argument.lastIndexOf("=/");
        if (eq > 0) {
            return new BootModule(Path.of(argument.substring(0, eq)), argument.substring(eq + 1));
        }
        Path source = Path.of(argument);
        return new BootModule(source, "/boot/" + source.getFileName());
    }

    /** The path inside the ISO root directory, without the leading slash. */
    public String relativeBootPath() {
        return bootPath.substring(1);
    }

    @Override
    public String toString() {
        return source + "=" + bootPath;
    }
}
