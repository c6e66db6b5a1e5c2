package jos.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The UEFI firmware for QEMU: an OVMF code image (read-only) and its matching variable store template,
 * of which each run gets a writable copy. Searched in the directories Debian and other distributions use;
 * the 4 MB build is preferred, and Secure Boot variants are never picked (they need SMM).
 */
public record Ovmf(Path code, Path varsTemplate) {

    public static final List<Path> DEFAULT_DIRS =
            List.of(Path.of("/usr/share/OVMF"), Path.of("/usr/share/ovmf"), Path.of("/usr/share/qemu"));

    private static final List<List<String>> PAIRS = List.of(
            List.of("OVMF_CODE_4M.fd", "OVMF_VARS_4M.fd"),
            List.of("OVMF_CODE.fd", "OVMF_VARS.fd"));

    public static Optional<Ovmf> find(List<Path> dirs) {
        for (List<String> pair : PAIRS) {
            for (Path dir : dirs) {
                Path code = dir.resolve(pair.get(0));
                Path vars = dir.resolve(pair.get(1));
                if (Files.isRegularFile(code) && Files.isRegularFile(vars)) {
                    return Optional.of(new Ovmf(code, vars));
                }
            }
        }
        return Optional.empty();
    }

    /** The firmware from the default directories, or a {@link MissingToolsException} naming package ovmf. */
    public static Ovmf require() {
        return find(DEFAULT_DIRS).orElseThrow(() -> new MissingToolsException(List.of(Tool.OVMF)));
    }

    /** Copies the variable store template to {@code target} (replacing it) and makes it writable. */
    public Path copyVars(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(varsTemplate, target, StandardCopyOption.REPLACE_EXISTING);
            target.toFile().setWritable(true, true);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + varsTemplate + " to " + target, e);
        }
    }
}
