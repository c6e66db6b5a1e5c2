package jos.runner;

import java.nio.file.Path;
import java.util.List;

/**
 * Compiles the kernel and the loader to native ELF files with the jos AOT compiler ({@code scripts/aot}):
 * the product or the test kernel ({@link KernelKind}) for the {@code kernel} target, the loader (a
 * multiboot2 ELF) for the {@code loader} target with its assembly entry and linker script.
 */
public final class NativeBuild {

    private final Project project;
    private final ToolRunner runner;

    public NativeBuild(Project project, ToolRunner runner) {
        this.project = project;
        this.runner = runner;
    }

    public Path kernel(Path out, KernelKind kind) {
        Path elf = out.resolve(kind.elfName());
        String what = kind == KernelKind.TEST ? "the test kernel" : "the kernel";
        runner.run("compiling " + what + " to " + elf, kernelCommand(project, kind, elf), project.root(), true);
        return elf;
    }

    public Path loader(Path out) {
        Path elf = out.resolve("jos-loader.elf");
        runner.run("compiling the loader to " + elf, loaderCommand(project, elf), project.root(), true);
        return elf;
    }

    static List<String> kernelCommand(Project project, KernelKind kind, Path elf) {
        StringBuilder own = new StringBuilder();
        for (Path classes : kind.classes(project)) own.append(classes).append(':');
        return List.of(project.aot().toString(), "--target", "kernel", "--classpath",
                own + libraries(project) + ":" + project.classes("lib/abi"), "--main", kind.mainClass(), "-o", elf.toString());
    }

    static List<String> loaderCommand(Project project, Path elf) {
        return List.of(project.aot().toString(), "--target", "loader", "--classpath",
                project.classes("loader") + ":" + libraries(project),
                "--asm", project.loaderEntryAsm().toString(), "--linker-script",
                project.loaderLinkerScript().toString(), "-o", elf.toString());
    }

    /** The libraries machine code may use (jos.acpi, jos.x86, jos.elf, jos.limine), and the intrinsics. */
    private static String libraries(Project project) {
        return project.classes("lib/acpi") + ":" + project.classes("lib/x86") + ":" + project.classes("lib/elf") + ":" + project.classes("lib/sign") + ":"
                + project.classes("lib/limine") + ":" + project.classes("toolchain/hw");
    }
}
