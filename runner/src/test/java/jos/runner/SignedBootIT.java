package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Signed images under QEMU (SeaBIOS, GRUB, our loader): a signed image boots and the kernel reports the
 * time its module checks took (the boot benchmark); a module changed by one byte after signing is refused
 * by name while the rest boots; a kernel changed by one byte is refused by the loader, which stops; an
 * unsigned image says so in the loader and in the kernel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignedBootIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern GIVING_UP = Pattern.compile("jos runtime: fatal|jos-loader: error|kernel: halting|kernel: panic");
    private static final Pattern CHECKED = Pattern.compile(".*sign: (\\d+) of (\\d+) boot modules signed by the owner's key, (\\d+) bytes checked in (\\d+) us");

    private final Tools tools = Tools.fromEnvironment();
    private Path out;
    private Image signed;
    private ImageSpec spec;

    @BeforeAll
    void buildTheSignedImage() throws URISyntaxException {
        tools.require(Tool.QEMU);
        Project project = Project.locate();
        out = Path.of(System.getProperty("jos.it.out", project.root().resolve("runner/target/qemu-it").toString())).resolve("signed");
        spec = new ImageSpec("qemu-exit=0", List.of(new BootModule(resource("modules/a.txt"), "/boot/a.txt"),
                new BootModule(resource("modules/b.bin"), "/boot/data/b.bin")));
        OwnerKeys keys = OwnerKeys.generate(out.resolve("keys"), true, Optional.empty());
        signed = new ImageBuilder(project, tools, new ToolRunner(System.err), Bootloader.grub()).signedWith(keys)
                .build(spec, out.resolve("image"), false);
    }

    private Path resource(String name) throws URISyntaxException {
        return Path.of(getClass().getClassLoader().getResource(name).toURI());
    }

    private static QemuResult boot(Path iso, Path dir) throws java.io.IOException {
        Files.createDirectories(dir);
        AtomicReference<QemuProcess> running = new AtomicReference<>();
        AtomicBoolean gaveUp = new AtomicBoolean();
        QemuOptions options = QemuOptions.defaults(iso, dir.resolve("serial.log"));
        QemuProcess qemu = QemuProcess.start(QemuCommand.build(options), false, OutputStream.nullOutputStream(), System.err, line -> {
            if (GIVING_UP.matcher(line.text()).lookingAt() && !gaveUp.getAndSet(true) && running.get() != null) {
                running.get().killAfter(Duration.ofSeconds(2));
            }
        });
        running.set(qemu);
        if (gaveUp.get()) qemu.killAfter(Duration.ofSeconds(2));
        return qemu.await(TIMEOUT);
    }

    /** An ISO of the signed image's files, with the file at bootPath (kernel or module) changed by one byte. */
    private Path tampered(String bootPath, Path dir) throws Exception {
        Path signedDir = signed.out().resolve("signed");
        Path kernel = signedDir.resolve("kernel.elf");
        List<BootModule> modules = spec.modules().stream()
                .map(m -> new BootModule(signedDir.resolve("modules").resolve(m.relativeBootPath()), m.bootPath())).toList();
        Path copy = dir.resolve("changed-" + bootPath.substring(bootPath.lastIndexOf('/') + 1));
        Files.createDirectories(dir);
        byte[] bytes = Files.readAllBytes(bootPath.equals(ImageSpec.KERNEL_PATH) ? kernel
                : signedDir.resolve("modules").resolve(bootPath.substring(1)));
        bytes[(bytes.length - jos.sign.Trailer.SIZE) / 2] ^= 0x20; // a byte of the signed content itself
        Files.write(copy, bytes);
        if (bootPath.equals(ImageSpec.KERNEL_PATH)) kernel = copy;
        else modules = modules.stream().map(m -> m.bootPath().equals(bootPath) ? new BootModule(copy, bootPath) : m).toList();
        Path iso = dir.resolve("jos.iso");
        new GrubIso(new ToolRunner(System.err)).make(IsoTree.fresh(dir.resolve("iso-root")), new ImageSpec(spec.cmdline(), modules),
                kernel, signedDir.resolve("jos-loader.elf"), iso);
        return iso;
    }

    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

    /** The serial lines without the log's colours. */
    private static List<String> plain(QemuResult r) {
        return r.texts().stream().map(t -> ANSI.matcher(t).replaceAll("")).toList();
    }

    private static boolean has(QemuResult r, String regex) {
        Pattern p = Pattern.compile(regex);
        return plain(r).stream().anyMatch(t -> p.matcher(t).matches());
    }

    private static Matcher checked(QemuResult r) {
        for (String t : plain(r)) {
            Matcher m = CHECKED.matcher(t);
            if (m.matches()) return m;
        }
        return fail("no line saying how many modules were checked\n" + r.transcript());
    }

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void aSignedImageBootsAndReportsTheTimeOfItsChecks() throws Exception {
        QemuResult r = boot(signed.iso(), out.resolve("boot-signed"));
        String t = r.transcript();
        assertTrue(has(r, "jos-loader: kernel /boot/kernel\\.elf signed by the owner's key"), t);
        assertTrue(has(r, "Hello World"), t);
        Matcher m = checked(r);
        assertEquals("2", m.group(1), t);
        assertEquals("2", m.group(2), t);
        System.out.println("benchmark: module signatures: " + m.group(3) + " bytes of 2 modules checked in " + m.group(4) + " us (TCG)");
        assertEquals(0, r.exitCode(), t);
        assertTrue(ImageVerifier.verify(signed.out().resolve("iso-root"), Optional.empty()).failures().isEmpty());
    }

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void aModuleChangedAfterSigningIsRefusedByNameAndTheRestBoots() throws Exception {
        Path dir = out.resolve("boot-changed-module");
        QemuResult r = boot(tampered("/boot/a.txt", dir), dir);
        String t = r.transcript();
        assertTrue(has(r, ".*W cpu [0-9a-f]+: sign: module /boot/a\\.txt refused: signature does not match the message and key"), t);
        assertFalse(has(r, ".*sign: module /boot/data/b\\.bin refused.*"), t);
        assertEquals("1", checked(r).group(1), t);
        assertTrue(has(r, ".*limine: module /boot/data/b\\.bin"), t);
        assertEquals(0, r.exitCode(), "the system goes on without the module\n" + t);
        assertEquals(List.of("/boot/a.txt: signature does not match the message and key"),
                ImageVerifier.verify(dir.resolve("iso-root"), Optional.empty()).failures().stream().map(Object::toString).toList());
    }

    @Test
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void aKernelChangedAfterSigningIsRefusedByTheLoader() throws Exception {
        Path dir = out.resolve("boot-changed-kernel");
        QemuResult r = boot(tampered(ImageSpec.KERNEL_PATH, dir), dir);
        String t = r.transcript();
        assertTrue(has(r, "jos-loader: kernel /boot/kernel\\.elf refused: signature does not match the message and key"), t);
        assertTrue(has(r, "jos-loader: error: kernel: signature does not match the message and key 0x[0-9a-f]+"), t);
        assertFalse(has(r, "Hello World"), "the kernel never ran\n" + t);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void anUnsignedImageSaysSo() throws Exception {
        Image unsigned = new ImageBuilder(Project.locate(), tools, new ToolRunner(System.err), Bootloader.grub())
                .build(spec, out.resolve("unsigned"), false);
        QemuResult r = boot(unsigned.iso(), out.resolve("unsigned"));
        String t = r.transcript();
        assertTrue(has(r, "jos-loader: unsigned image: the kernel's signature is not checked"), t);
        assertTrue(has(r, ".*W cpu [0-9a-f]+: sign: unsigned image: 2 boot modules are not checked"), t);
        assertEquals(0, r.exitCode(), t);
    }

    /** A user program of the runner's test resources (user/NAME.java), compiled for the user target. */
    private Path userProgram(String name) throws Exception {
        Project project = Project.locate();
        Path dir = out.resolve("user").resolve(name), classes = dir.resolve("classes");
        Files.createDirectories(classes);
        String libraries = project.classes("toolchain/hw") + ":" + project.classes("lib/abi") + ":" + project.classes("libsys");
        int rc = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "25", "-g", "-cp", libraries,
                "-d", classes.toString(), resource("user/" + name + ".java").toString());
        assertEquals(0, rc, "javac " + name + ".java");
        Path elf = dir.resolve(name.toLowerCase() + ".elf");
        new ToolRunner(System.err).run("compiling the user program " + name, List.of(project.aot().toString(), "--target", "user",
                "--classpath", classes + ":" + libraries, "--main", name, "-o", elf.toString()), project.root(), true);
        return elf;
    }

    /**
     * Signed modules are processes as before: the first process (First) spawns ExitSeven through its
     * module capability and maps that module, whose bytes are the file as it was before signing (the
     * kernel hands modules on without their trailer).
     */
    @Test
    @Timeout(value = 400, unit = TimeUnit.SECONDS)
    void signedProgramsRunAndSeeTheirFilesWithoutTheTrailer() throws Exception {
        Path first = userProgram("First"), seven = userProgram("ExitSeven"), noSpawn = userProgram("NoSpawn");
        ImageSpec programs = new ImageSpec("qemu-exit=0 init=/boot/first.elf", List.of(new BootModule(first, "/boot/first.elf"),
                new BootModule(seven, "/boot/exitseven.elf"), new BootModule(noSpawn, "/boot/nospawn.elf")));
        Image image = new ImageBuilder(Project.locate(), tools, new ToolRunner(System.err), Bootloader.grub())
                .signedWith(OwnerKeys.load(out.resolve("keys"), Optional.empty())).build(programs, out.resolve("programs"), false);
        QemuResult r = boot(image.iso(), out.resolve("programs"));
        String t = r.transcript();
        Matcher m = checked(r);
        assertEquals("3", m.group(1), t);
        System.out.println("benchmark: module signatures: " + m.group(3) + " bytes of 3 user programs checked in " + m.group(4) + " us (TCG)");
        assertTrue(has(r, "user: first: exitseven exited with code 7"), t);
        byte[] bytes = Files.readAllBytes(seven);
        assertTrue(has(r, Pattern.quote("user: first: mapped /boot/exitseven.elf: magic 0x464c457f, " + bytes.length + " bytes, last byte 0x"
                + Integer.toHexString(bytes[bytes.length - 1] & 0xff))), t);
        assertTrue(has(r, ".*init: the first process exited with code 0"), t);
        assertEquals(0, r.exitCode(), t);
    }
}
