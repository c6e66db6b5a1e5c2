package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands of each build step, and the decisions about what is stale. */
class BuildStepsTest {

    @TempDir
    Path dir;

    private final Project project = new Project(Path.of("/src/jos"));

    @Test
    void kernelAndLoaderCompileCommands() {
        assertEquals(List.of("/src/jos/scripts/aot", "--target", "kernel", "--classpath",
                "/src/jos/microkernel/target/classes:/src/jos/lib/acpi/target/classes:/src/jos/lib/x86/target/classes:/src/jos/lib/elf/target/classes:/src/jos/lib/sign/target/classes"
                        + ":/src/jos/lib/limine/target/classes:/src/jos/toolchain/hw/target/classes:/src/jos/lib/abi/target/classes", "--main",
                "jos.kernel.Kernel", "-o", "/o/kernel.elf"),
                NativeBuild.kernelCommand(project, KernelKind.PRODUCT, Path.of("/o/kernel.elf")));
        assertEquals(List.of("/src/jos/scripts/aot", "--target", "kernel", "--classpath",
                "/src/jos/microkernel/target/testkernel-classes:/src/jos/microkernel/target/classes"
                        + ":/src/jos/lib/acpi/target/classes:/src/jos/lib/x86/target/classes:/src/jos/lib/elf/target/classes:/src/jos/lib/sign/target/classes"
                        + ":/src/jos/lib/limine/target/classes:/src/jos/toolchain/hw/target/classes:/src/jos/lib/abi/target/classes", "--main",
                "jos.kernel.testkernel.TestKernel", "-o", "/o/test-kernel.elf"),
                NativeBuild.kernelCommand(project, KernelKind.TEST, Path.of("/o/test-kernel.elf")));
        assertEquals(List.of("/src/jos/scripts/aot", "--target", "loader", "--classpath",
                "/src/jos/loader/target/classes:/src/jos/lib/acpi/target/classes:/src/jos/lib/x86/target/classes:/src/jos/lib/elf/target/classes:/src/jos/lib/sign/target/classes"
                        + ":/src/jos/lib/limine/target/classes:/src/jos/toolchain/hw/target/classes", "--asm",
                "/src/jos/loader/src/main/asm/entry.S", "--linker-script", "/src/jos/loader/src/main/ld/loader.ld",
                "-o", "/o/jos-loader.elf"), NativeBuild.loaderCommand(project, Path.of("/o/jos-loader.elf")));
    }

    @Test
    void mavenCommands() {
        assertEquals(List.of("mvn", "-B", "-q", "-o", "install", "-pl", "toolchain/hw,lib/abi,lib/acpi,lib/x86,lib/elf,lib/sign,lib/limine,loader,microkernel", "-am",
                "-DskipTests"), JavaBuild.command(true));
        assertEquals(List.of("mvn", "-B", "-q", "install", "-pl", "toolchain/hw,lib/abi,lib/acpi,lib/x86,lib/elf,lib/sign,lib/limine,loader,microkernel", "-am",
                "-DskipTests"), JavaBuild.command(false));
    }

    @Test
    void isoCommands() {
        assertEquals(List.of("grub-mkrescue", "-o", "/o/jos.iso", "/o/iso-root"),
                GrubIso.command(Path.of("/o/iso-root"), Path.of("/o/jos.iso")));
        assertEquals(List.of("xorriso", "-as", "mkisofs", "-R", "-r", "-J", "-b", "boot/limine/limine-bios-cd.bin",
                "-no-emul-boot", "-boot-load-size", "4", "-boot-info-table", "-hfsplus", "-apm-block-size", "2048",
                "--efi-boot", "boot/limine/limine-uefi-cd.bin", "-efi-boot-part", "--efi-boot-image",
                "--protective-msdos-label", "/o/iso-root", "-o", "/o/jos.iso"),
                LimineIso.xorrisoCommand(Path.of("/o/iso-root"), Path.of("/o/jos.iso")));
    }

    @Test
    void gdbCommands() {
        assertEquals(List.of("gdb", "-batch", "-nx", "-ex", "file /o/kernel.elf", "-ex", "target remote :4321", "-ex",
                "hbreak jos_kernel_Kernel__main__V", "-ex", "continue", "-ex", "bt", "-ex", "kill"),
                Gdb.batchCommand(Path.of("/o/kernel.elf"), 4321, "jos_kernel_Kernel__main__V"));
        assertEquals("gdb /o/kernel.elf -ex 'target remote :1234'", Gdb.attachHint(Path.of("/o/kernel.elf"), 1234));
    }

    @Test
    void limineDirectoryMustHaveTheTutorialsFiles() throws Exception {
        Files.writeString(dir.resolve("limine-bios.sys"), "");
        LimineIso iso = new LimineIso(new Tools(List.of(), dir), new ToolRunner(System.err));
        RunnerException e = assertThrows(RunnerException.class, () -> iso.limineTool(dir));
        assertTrue(e.getMessage().contains("lacks limine-bios-cd.bin, limine-uefi-cd.bin, BOOTX64.EFI"), e.getMessage());
        for (String f : List.of("limine-bios-cd.bin", "limine-uefi-cd.bin", "BOOTX64.EFI")) {
            Files.writeString(dir.resolve(f), "");
        }
        MissingToolsException missing = assertThrows(MissingToolsException.class, () -> iso.limineTool(dir));
        assertEquals(List.of(Tool.LIMINE), missing.missing());
    }

    @Test
    void isoTreePlacesKernelAndModulesByBootPath() throws Exception {
        Path kernel = Files.writeString(dir.resolve("kernel.elf"), "K");
        Path a = Files.writeString(dir.resolve("a.txt"), "A");
        ImageSpec spec = new ImageSpec("", List.of(BootModule.parse(a + "=/boot/x/a.txt")));
        Path root = dir.resolve("iso-root");
        Files.createDirectories(root.resolve("stale"));
        IsoTree tree = IsoTree.fresh(root);
        tree.addKernelAndModules(kernel, spec);
        assertEquals("K", Files.readString(root.resolve("boot/kernel.elf")));
        assertEquals("A", Files.readString(root.resolve("boot/x/a.txt")));
        assertTrue(Files.notExists(root.resolve("stale")));
    }

    @Test
    void javaModulesAreStaleWhenSourcesAreNewerThanClasses() throws Exception {
        Project p = new Project(dir);
        for (String module : Project.BOOT_MODULES) {
            Path cls = Files.createDirectories(dir.resolve(module).resolve("target/classes/jos"));
            Files.writeString(cls.resolve("A.class"), "");
            Path src = Files.createDirectories(dir.resolve(module).resolve("src/main/java/jos"));
            Files.writeString(src.resolve("A.java"), "");
            Files.setLastModifiedTime(src.resolve("A.java"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        }
        Path testKernelSource = Files.createDirectories(p.testKernelSources().resolve("java/jos")).resolve("T.java");
        Files.writeString(testKernelSource, "");
        Files.setLastModifiedTime(testKernelSource, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        JavaBuild build = new JavaBuild(p, new Tools(List.of(), dir), new ToolRunner(System.err));
        assertEquals(List.of("microkernel"), build.staleModules(), "the test kernel's classes are missing");
        Files.writeString(Files.createDirectories(p.testKernelClasses().resolve("jos")).resolve("T.class"), "");
        assertEquals(List.of(), build.staleModules());
        Files.setLastModifiedTime(dir.resolve("loader/src/main/java/jos/A.java"), FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals(List.of("loader"), build.staleModules());
        Files.setLastModifiedTime(testKernelSource, FileTime.from(Instant.now().plusSeconds(60)));
        assertEquals(List.of("loader", "microkernel"), build.staleModules());
    }

    @Test
    void toolFailureCarriesTheOutput() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ToolRunner runner = new ToolRunner(new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals("fine\n", runner.run("step one", List.of("sh", "-c", "echo fine"), dir, false));
        RunnerException e = assertThrows(RunnerException.class,
                () -> runner.run("step two", List.of("sh", "-c", "echo broken >&2; exit 3"), dir, false));
        assertEquals("step two failed (exit status 3): sh -c echo broken >&2; exit 3\nbroken", e.getMessage());
        assertEquals("os: step one\nos: step two\n", log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void limineEnrollsItsConfigHash() {
        assertEquals(List.of("/opt/limine/limine", "enroll-config", "/o/iso-root/EFI/BOOT/BOOTX64.EFI",
                        "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"),
                LimineIso.enrollCommand(Path.of("/opt/limine/limine"), Path.of("/o/iso-root"), "abc"));
    }
}
