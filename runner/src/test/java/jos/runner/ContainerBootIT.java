package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The boot matrix (SeaBIOS and OVMF, 1 and 4 CPUs) with QEMU inside a container ({@link QemuContainer}),
 * run with {@code mvn verify -Pqemu -Djos.qemu=container} on a machine with a Docker engine and the
 * {@value QemuContainer#IMAGE} image ({@code scripts/qemu-image}). Each boot must print {@code Hello World}
 * and the Limine report for its firmware and CPUs, exit with code 0, and leave the serial log on the host.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "jos.qemu", matches = "container")
class ContainerBootIT {

    private Path out;
    private Image image;

    @BeforeAll
    void buildTheImage() {
        Tools tools = Tools.fromEnvironment();
        Project project = Project.locate();
        out = Path.of(System.getProperty("jos.it.out", project.root().resolve("runner/target/qemu-it").toString()))
                .resolve("container");
        image = new ImageBuilder(project, tools, new ToolRunner(System.err), Bootloader.grub())
                .build(new ImageSpec("qemu-exit=0", List.of()), out.resolve("image"), false);
    }

    @ParameterizedTest(name = "{0}, {1} CPU(s)")
    @CsvSource({"bios, 1", "bios, 4", "uefi64, 1", "uefi64, 4"})
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void bootsInAContainer(String firmware, int cpus) throws IOException {
        String name = firmware + "-" + cpus + "cpu";
        Path serialLog = out.resolve(name + "-serial.log");
        Files.deleteIfExists(serialLog);
        QemuOptions options = QemuOptions.defaults(image.iso(), serialLog).withCpus(cpus);
        if (firmware.equals("uefi64")) {
            Ovmf ovmf = Ovmf.require();
            options = options.withFirmware(
                    new QemuOptions.UefiFirmware(ovmf.code(), ovmf.copyVars(out.resolve(name + "-OVMF_VARS.fd"))));
        }
        QemuResult r = QemuContainer.run(options, Duration.ofSeconds(240), OutputStream.nullOutputStream(), System.err,
                line -> { });
        String t = name + ": " + r.transcript();
        assertFalse(r.timedOut(), t);
        List<String> texts = r.texts();
        assertTrue(texts.contains("Hello World"), t);
        assertTrue(texts.stream().anyMatch(l -> l.contains("limine: bootloader jos-loader ") && l.endsWith("firmware " + firmware)), t);
        assertTrue(texts.stream().anyMatch(l -> l.contains("limine: cpus " + cpus + ",")), t);
        assertEquals(0, r.exitCode(), t);
        assertTrue(Files.readString(serialLog).contains("Hello World"), "the serial log comes back from the container");
    }
}
