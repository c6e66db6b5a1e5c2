package jos.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The jos source tree: where the scripts, the Java modules and the default output directory are.
 * The root comes from the system property {@code jos.root} (set by {@code scripts/os} and the QEMU tests),
 * else from the nearest directory above the working directory that holds {@code scripts/aot}.
 */
public record Project(Path root) {

    /** Modules whose classes are compiled into the kernel or the loader. */
    public static final List<String> BOOT_MODULES = List.of("toolchain/hw", "lib/abi", "lib/acpi", "lib/x86", "lib/elf", "lib/sign", "lib/limine",
            "loader", "microkernel");

    public Project {
        root = root.toAbsolutePath().normalize();
    }

    public static Project locate() {
        String property = System.getProperty("jos.root");
        if (property != null) {
            return new Project(Path.of(property));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scripts/aot")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return new Project(dir);
            }
        }
        throw new RunnerException("cannot find the jos source tree: set -Djos.root or run inside it");
    }

    public Path aot() {
        return root.resolve("scripts/aot");
    }

    public Path defaultOut() {
        return root.resolve("build/os");
    }

    /** Where {@code scripts/os build --test-kernel} puts its image unless told otherwise. */
    public Path defaultTestOut() {
        return root.resolve("build/os-test");
    }

    /** The test kernel's source set in the microkernel module (the test=&lt;name&gt; scenarios). */
    public Path testKernelSources() {
        return root.resolve("microkernel/src/testkernel");
    }

    /** Where Maven compiles the test kernel's source set (kept off the product kernel's classpath). */
    public Path testKernelClasses() {
        return root.resolve("microkernel/target/testkernel-classes");
    }

    public Path classes(String module) {
        return root.resolve(module).resolve("target/classes");
    }

    public Path loaderEntryAsm() {
        return root.resolve("loader/src/main/asm/entry.S");
    }

    public Path loaderLinkerScript() {
        return root.resolve("loader/src/main/ld/loader.ld");
    }

    /** Everything the image is made from: a file here newer than the image makes it stale. */
    public List<Path> imageSources() {
        return List.of(root.resolve("toolchain/hw/src/main"), root.resolve("lib/abi/src/main"), root.resolve("lib/acpi/src/main"), root.resolve("lib/x86/src/main"),
                root.resolve("lib/elf/src/main"), root.resolve("lib/sign/src/main"),
                root.resolve("lib/limine/src/main"), root.resolve("loader/src/main"), root.resolve("microkernel/src/main"),
                root.resolve("toolchain/compiler/src/main"), root.resolve("toolchain/runtime/src/main"));
    }
}
