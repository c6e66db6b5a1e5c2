package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code scripts/os run} must rebuild, and what {@code build} checks before it starts. */
class ImageBuilderTest {

    private static final FileTime OLD = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    private static final FileTime NEW = FileTime.from(Instant.parse("2021-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    private Path out;
    private Path module;
    private ImageBuilder builder;
    private ImageSpec spec;

    @BeforeEach
    void layOutAProjectWithABuiltImage() throws Exception {
        Project project = new Project(dir.resolve("src"));
        for (Path sources : project.imageSources()) {
            Path file = Files.createDirectories(sources.resolve("java/jos")).resolve("A.java");
            Files.writeString(file, "");
            Files.setLastModifiedTime(file, OLD);
        }
        module = Files.writeString(dir.resolve("a.txt"), "A");
        Files.setLastModifiedTime(module, OLD);
        builder = new ImageBuilder(project, new Tools(List.of(), dir), new ToolRunner(System.err), Bootloader.grub());
        spec = new ImageSpec("qemu-exit=0", List.of(BootModule.parse(module.toString())));
        out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("jos.iso"), "ISO");
        Files.setLastModifiedTime(out.resolve("jos.iso"), NEW);
        Files.writeString(out.resolve("image.txt"), "bootloader=grub + jos-loader\nkernel=jos.kernel.Kernel\n" + spec.describe());
    }

    @Test
    void upToDate() {
        assertEquals(Optional.empty(), builder.staleness(spec, out));
    }

    @Test
    void noImage() throws Exception {
        Files.delete(out.resolve("jos.iso"));
        assertEquals(Optional.of("no image in " + out), builder.staleness(spec, out));
    }

    @Test
    void otherCmdlineModulesOrBootloader() {
        String reason = "built with another kernel, command line, modules or bootloader";
        assertEquals(Optional.of(reason), builder.staleness(new ImageSpec("", spec.modules()), out));
        assertEquals(Optional.of(reason), builder.staleness(new ImageSpec(spec.cmdline(), List.of()), out));
        ImageBuilder limine = new ImageBuilder(new Project(dir.resolve("src")), new Tools(List.of(), dir),
                new ToolRunner(System.err), Bootloader.limine(dir));
        assertEquals(Optional.of(reason), limine.staleness(spec, out));
    }

    @Test
    void theTestKernelIsAnotherImage() throws Exception {
        Project project = new Project(dir.resolve("src"));
        ImageBuilder test = new ImageBuilder(project, new Tools(List.of(), dir), new ToolRunner(System.err), Bootloader.grub(),
                KernelKind.TEST);
        assertEquals(Optional.of("built with another kernel, command line, modules or bootloader"), test.staleness(spec, out));
        Files.writeString(out.resolve("image.txt"), "bootloader=grub + jos-loader\nkernel=jos.kernel.testkernel.TestKernel\n"
                + spec.describe());
        assertEquals(Optional.empty(), test.staleness(spec, out));
        Path scenario = Files.createDirectories(project.testKernelSources().resolve("java/jos")).resolve("S.java");
        Files.writeString(scenario, "");
        Files.setLastModifiedTime(scenario, FileTime.from(Instant.parse("2022-01-01T00:00:00Z")));
        assertEquals(Optional.of("microkernel/src/testkernel/java/jos/S.java changed"), test.staleness(spec, out));
    }

    @Test
    void changedSourceOrModule() throws Exception {
        Path kernelSource = dir.resolve("src/microkernel/src/main/java/jos/A.java");
        Files.setLastModifiedTime(kernelSource, FileTime.from(Instant.parse("2022-01-01T00:00:00Z")));
        assertEquals(Optional.of("microkernel/src/main/java/jos/A.java changed"), builder.staleness(spec, out));
        Files.setLastModifiedTime(kernelSource, OLD);
        Files.setLastModifiedTime(module, FileTime.from(Instant.parse("2022-01-01T00:00:00Z")));
        assertEquals(Optional.of("../a.txt changed"), builder.staleness(spec, out));
    }

    @Test
    void buildChecksModulesAndToolsBeforeCompiling() {
        ImageSpec missingModule = new ImageSpec("", List.of(BootModule.parse(dir.resolve("nope.txt").toString())));
        RunnerException e = assertThrows(RunnerException.class, () -> builder.build(missingModule, out, false));
        assertEquals("module " + dir.resolve("nope.txt") + ": no such file", e.getMessage());
        MissingToolsException tools = assertThrows(MissingToolsException.class, () -> builder.build(spec, out, false));
        assertEquals(List.of(Tool.GCC, Tool.GRUB_MKRESCUE, Tool.GRUB_BIOS_MODULES, Tool.GRUB_EFI_MODULES, Tool.XORRISO,
                Tool.MFORMAT), tools.missing());
    }
}
