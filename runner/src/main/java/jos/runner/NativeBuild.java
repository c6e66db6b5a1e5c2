package jos.runner;

import java.nio.file.Path;
import java.util.List;

/**
 * Compiles the kernel and the loader to native ELF files with the jos AOT compiler ({@code scripts/aot}):
 * the kernel for the {@code kernel} target from {@code jos.kernel.Kernel}, the loader (a multiboot2 ELF)
 * for the {@code loader} target with its assembly entry and linker script.
 */
public final class NativeBuild {

    public static final String KERNEL_MAIN = "jos.kernel.Kernel";

    private final Project project;
    private final ToolRunner runner;

    public NativeBuild(Project project, ToolRunner runner) {
        this.project = project;
        this.runner = runner;
    }

    public Path kernel(Path out) {
        Path elf = out.resolve("kernel.elf");
        runner.run("compiling the kernel to " + elf, kernelCommand(project, elf), project.root(), true);
        return elf;
    }

    public Path loader(Path out) {
        Path elf = out.resolve("jos-loader.elf");
        runner.run("compiling the loader to " + elf, loaderCommand(project, elf), project.root(), true);
        return elf;
    }

    static List<String> kernelCommand(Project project, Path elf) {
        return List.of(project.aot().toString(), "--target", "kernel", "--classpath",
                classpath(project, "microkernel") + ":" + project.classes("lib/abi"), "--main", KERNEL_MAIN, "-o", elf.toString());
    }

    static List<String> loaderCommand(Project project, Path elf) {
        return List.of(project.aot().toString(), "--target", "loader", "--classpath", classpath(project, "loader"),
                "--asm", project.loaderEntryAsm().toString(), "--linker-script",
                project.loaderLinkerScript().toString(), "-o", elf.toString());
    }

    /**
     * The module's classes, the libraries machine code may use (jos.acpi, jos.elf, jos.limine), and the
     * intrinsics; the kernel adds the user ABI (jos.abi).
     */
    private static String classpath(Project project, String module) {
        return project.classes(module) + ":" + project.classes("lib/acpi") + ":" + project.classes("lib/elf") + ":"
                + project.classes("lib/limine") + ":"
                + project.classes("toolchain/hw");
    }
}
