package jos.runner;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which bootloader the image uses: GRUB chain-loading our Limine-protocol loader (the default), or Limine
 * itself when {@code LIMINE_PATH} names a directory laid out as in the Limine tutorial (limine-bios.sys,
 * limine-bios-cd.bin, limine-uefi-cd.bin, BOOTX64.EFI; the {@code limine} tool on PATH or in that
 * directory).
 */
public record Bootloader(Optional<Path> limineDir) {

    public static Bootloader grub() {
        return new Bootloader(Optional.empty());
    }

    public static Bootloader limine(Path dir) {
        return new Bootloader(Optional.of(dir.toAbsolutePath().normalize()));
    }

    public static Bootloader fromEnvironment() {
        String path = System.getenv("LIMINE_PATH");
        return path == null || path.isBlank() ? grub() : limine(Path.of(path));
    }

    public boolean isLimine() {
        return limineDir.isPresent();
    }

    public String describe() {
        return limineDir.map(d -> "limine " + d).orElse("grub + jos-loader");
    }
}
