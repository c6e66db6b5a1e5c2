package jos.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The image when {@code LIMINE_PATH} is set: Limine boots the kernel itself, with no jos loader. Built as
 * Limine's USAGE document says: the BIOS and UEFI CD images, limine-bios.sys and limine.conf in
 * {@code /boot/limine}, the EFI executables in {@code /EFI/BOOT}, {@code xorriso -as mkisofs} with the
 * listed options, then {@code limine bios-install} on the ISO.
 * limine.conf names every file with its BLAKE2B hash, and its own hash is enrolled into BOOTX64.EFI
 * ({@code limine enroll-config}) before the ISO is made, so Limine refuses a changed file or config.
 */
public final class LimineIso {

    public static final List<String> REQUIRED_FILES =
            List.of("limine-bios.sys", "limine-bios-cd.bin", "limine-uefi-cd.bin", "BOOTX64.EFI");

    private final Tools tools;
    private final ToolRunner runner;

    public LimineIso(Tools tools, ToolRunner runner) {
        this.tools = tools;
        this.runner = runner;
    }

    /** Checks that {@code dir} has the Limine files and that the {@code limine} tool can be found. */
    public Path limineTool(Path dir) {
        List<String> missing = REQUIRED_FILES.stream().filter(f -> !Files.isRegularFile(dir.resolve(f))).toList();
        if (!missing.isEmpty()) {
            throw new RunnerException("LIMINE_PATH=" + dir + " lacks " + String.join(", ", missing)
                    + " (a Limine binary release, e.g. the v8.x-binary branch); unset LIMINE_PATH to use GRUB");
        }
        return tools.findCommand("limine").or(() -> {
            Path local = dir.resolve("limine");
            return Files.isExecutable(local) ? Optional.of(local) : Optional.<Path>empty();
        }).orElseThrow(() -> new MissingToolsException(List.of(Tool.LIMINE)));
    }

    public void make(IsoTree tree, ImageSpec spec, Path kernelElf, Path limineDir, Path iso) {
        Path limine = limineTool(limineDir);
        tree.addKernelAndModules(kernelElf, spec);
        for (String file : List.of("limine-bios.sys", "limine-bios-cd.bin", "limine-uefi-cd.bin")) {
            tree.copy(limineDir.resolve(file), "/boot/limine/" + file);
        }
        tree.copy(limineDir.resolve("BOOTX64.EFI"), "/EFI/BOOT/BOOTX64.EFI");
        if (Files.isRegularFile(limineDir.resolve("BOOTIA32.EFI"))) {
            tree.copy(limineDir.resolve("BOOTIA32.EFI"), "/EFI/BOOT/BOOTIA32.EFI");
        }
        String config = LimineConfig.render(spec, kernelElf);
        tree.write("/boot/limine/limine.conf", config);
        Path dir = tree.root().getParent();
        runner.run("enrolling limine.conf's BLAKE2B hash into BOOTX64.EFI", enrollCommand(limine, tree.root(), config), dir, false);
        runner.run("making " + iso + " with xorriso", xorrisoCommand(tree.root(), iso), dir, false);
        runner.run("installing Limine's BIOS stages into " + iso, List.of(limine.toString(), "bios-install",
                iso.toString()), dir, false);
    }

    /** limine enroll-config: Limine's EFI binary then refuses a limine.conf with another hash. */
    static List<String> enrollCommand(Path limine, Path root, String config) {
        return List.of(limine.toString(), "enroll-config", root.resolve("EFI/BOOT/BOOTX64.EFI").toString(),
                LimineConfig.blake2b(config.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    static List<String> xorrisoCommand(Path root, Path iso) {
        List<String> cmd = new ArrayList<>(List.of("xorriso", "-as", "mkisofs", "-R", "-r", "-J",
                "-b", "boot/limine/limine-bios-cd.bin", "-no-emul-boot", "-boot-load-size", "4", "-boot-info-table",
                "-hfsplus", "-apm-block-size", "2048", "--efi-boot", "boot/limine/limine-uefi-cd.bin",
                "-efi-boot-part", "--efi-boot-image", "--protective-msdos-label"));
        cmd.addAll(List.of(root.toString(), "-o", iso.toString()));
        return cmd;
    }
}
