package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What is decided before any container starts (the boots themselves are ContainerBootIT's). */
class QemuContainerTest {

    @Test
    void gdbIsRefusedInAContainerSayingWhy() {
        QemuOptions options = QemuOptions.defaults(Path.of("/x/jos.iso"), Path.of("/x/serial.log")).withGdbPort(1234);
        RunnerException e = assertThrows(RunnerException.class,
                () -> QemuContainer.run(options, Duration.ofSeconds(1), OutputStream.nullOutputStream(), System.err, l -> { }));
        assertEquals("--gdb: not with --container (QEMU's gdb port would be inside the container)", e.getMessage());
    }

    @Test
    void runTakesContainer() {
        RunCommand run = (RunCommand) Main.commandLine().parseArgs("run", "--container").subcommand().commandSpec().userObject();
        assertTrue(run.container);
    }

    @Test
    void theDockerfileInstallsQemuAndOvmfOnBookworm() throws Exception {
        try (var in = QemuContainer.class.getResourceAsStream("/jos/runner/docker/Dockerfile")) {
            String dockerfile = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(dockerfile.contains("FROM debian:bookworm-slim"), dockerfile);
            assertTrue(dockerfile.contains("apt-get install -y --no-install-recommends qemu-system-x86 ovmf"), dockerfile);
        }
    }
}
