package jos.runner;

import java.nio.file.Path;

/** A built image: the ISO, the kernel ELF it carries (for gdb) and what it was built with. */
public record Image(Path out, Path iso, Path kernelElf, ImageSpec spec, Bootloader bootloader) {
}
