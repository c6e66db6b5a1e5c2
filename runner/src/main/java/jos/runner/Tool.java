package jos.runner;

import java.util.List;

/**
 * An external program or file the runner needs, and the Debian packages that provide it
 * ({@code scripts/install-deps} installs them all). A probe is a command name looked up on {@code PATH}, or
 * an absolute file path.
 */
public enum Tool {
    QEMU("qemu-system-x86_64", "qemu-system-x86"),
    GRUB_MKRESCUE("grub-mkrescue", "grub-common", "grub-pc-bin", "grub-efi-amd64-bin"),
    GRUB_BIOS_MODULES("/usr/lib/grub/i386-pc/multiboot2.mod", "grub-pc-bin"),
    GRUB_EFI_MODULES("/usr/lib/grub/x86_64-efi/multiboot2.mod", "grub-efi-amd64-bin"),
    XORRISO("xorriso", "xorriso"),
    MFORMAT("mformat", "mtools"),
    OVMF("OVMF firmware (OVMF_CODE_4M.fd or OVMF_CODE.fd with its VARS file)", "ovmf"),
    GDB("gdb", "gdb"),
    GCC("gcc", "gcc"),
    MAVEN("mvn", "maven"),
    /** Not packaged by Debian: built from the Limine binary release the tutorial uses. */
    LIMINE("limine");

    private final String probe;
    private final List<String> packages;

    Tool(String probe, String... packages) {
        this.probe = probe;
        this.packages = List.of(packages);
    }

    public String probe() {
        return probe;
    }

    public boolean isFile() {
        return probe.startsWith("/");
    }

    public List<String> packages() {
        return packages;
    }

    /** One line for a report of missing tools. */
    public String describeMissing() {
        if (this == LIMINE) {
            return "limine (not on PATH nor in $LIMINE_PATH: build it in the Limine binary release"
                    + " directory with 'make', or unset LIMINE_PATH to use GRUB)";
        }
        String what = isFile() ? probe + " (file)" : probe;
        return what + ": Debian package" + (packages.size() > 1 ? "s " : " ") + String.join(" ", packages);
    }
}
