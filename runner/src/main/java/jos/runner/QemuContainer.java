package jos.runner;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * QEMU run inside a container through Testcontainers, for machines without a local QEMU: the image is
 * {@value #IMAGE} (made by {@code scripts/qemu-image} from Debian packages, or else built here from the
 * Dockerfile beside this class); the container has no network, gets the ISO and the firmware files
 * copied in under {@code /jos}, runs {@link QemuCommand}'s command line (headless), and gives back its
 * serial output as it comes, its serial log, and QEMU's exit status, as a {@link QemuResult} like a
 * local run's.
 */
public final class QemuContainer {

    public static final String IMAGE = "jos-qemu:bookworm";
    private static final String DIR = "/jos/";

    private QemuContainer() {
    }

    /** Boots {@code options} in a container; killed after {@code timeout}. gdb is not available there. */
    public static QemuResult run(QemuOptions options, Duration timeout, OutputStream echo, PrintStream errors,
            Consumer<SerialLine> listener) {
        if (options.gdbPort().isPresent()) {
            throw new RunnerException("--gdb: not with --container (QEMU's gdb port would be inside the container)");
        }
        QemuOptions inside = new QemuOptions(Path.of(DIR + "jos.iso"), Path.of(DIR + "serial.log"),
                options.firmware().map(f -> new QemuOptions.UefiFirmware(Path.of(DIR + "OVMF_CODE.fd"),
                        Path.of(DIR + "OVMF_VARS.fd"))),
                options.cpus(), options.memory(), true, Optional.empty(),
                options.interruptLog().map(l -> Path.of(DIR + "qemu.log")), options.extraArgs());
        List<String> command = QemuCommand.build(inside);
        long start = System.nanoTime();
        List<SerialLine> lines = Collections.synchronizedList(new ArrayList<>());
        SerialLines splitter = new SerialLines(text -> {
            SerialLine line = new SerialLine(text, Duration.ofNanos(System.nanoTime() - start));
            lines.add(line);
            listener.accept(line);
        });
        StringBuilder stderr = new StringBuilder();
        try (GenericContainer<?> c = new GenericContainer<>(image())) {
            c.withCommand(command.toArray(String[]::new))
                    .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withNetworkMode("none"))
                    .withCopyFileToContainer(MountableFile.forHostPath(options.iso()), DIR + "jos.iso")
                    .withStartupCheckStrategy(new StartedIsEnough());
            options.firmware().ifPresent(f -> c
                    .withCopyFileToContainer(MountableFile.forHostPath(f.code()), DIR + "OVMF_CODE.fd")
                    .withCopyFileToContainer(MountableFile.forHostPath(f.vars()), DIR + "OVMF_VARS.fd"));
            c.start();
            c.followOutput(frame -> take(frame, echo, errors, splitter, stderr));
            boolean timedOut = !awaitExit(c, start + timeout.toNanos());
            if (timedOut) {
                c.getDockerClient().killContainerCmd(c.getContainerId()).exec();
                awaitExit(c, System.nanoTime() + Duration.ofSeconds(10).toNanos());
            }
            InspectContainerResponse.ContainerState state = c.getDockerClient()
                    .inspectContainerCmd(c.getContainerId()).exec().getState();
            c.copyFileFromContainer(DIR + "serial.log", options.serialLog().toString());
            options.interruptLog().ifPresent(l -> c.copyFileFromContainer(DIR + "qemu.log", l.toString()));
            splitter.finish();
            String errorText;
            synchronized (stderr) {
                errorText = stderr.toString();
            }
            return new QemuResult(state.getExitCodeLong().intValue(), timedOut, new ArrayList<>(lines),
                    splitter.bytes() > 0, errorText, Duration.ofNanos(System.nanoTime() - start));
        } catch (IllegalStateException e) {
            throw new RunnerException("--container: no usable Docker engine (" + e.getMessage() + "); start one, e.g."
                    + " with scripts/docker-engine (README, 'QEMU in a container')");
        }
    }

    /** The local image if there is one (scripts/qemu-image), else one built from the Dockerfile beside this class. */
    private static DockerImageName image() {
        DockerClient docker = DockerClientFactory.instance().client();
        try {
            docker.inspectImageCmd(IMAGE).exec();
            return DockerImageName.parse(IMAGE);
        } catch (NotFoundException e) {
            String built = new ImageFromDockerfile(IMAGE, false)
                    .withFileFromClasspath("Dockerfile", "jos/runner/docker/Dockerfile").get();
            return DockerImageName.parse(built);
        }
    }

    private static void take(OutputFrame frame, OutputStream echo, PrintStream errors, SerialLines splitter,
            StringBuilder stderr) {
        byte[] bytes = frame.getBytes();
        if (bytes == null) {
            return;
        }
        if (frame.getType() == OutputFrame.OutputType.STDERR) {
            errors.write(bytes, 0, bytes.length);
            synchronized (stderr) {
                stderr.append(new String(bytes, StandardCharsets.UTF_8));
            }
            return;
        }
        try {
            echo.write(bytes);
            echo.flush();
        } catch (IOException e) {
            // The echo is for the user's eyes only; the lines are still kept.
        }
        splitter.feed(bytes, 0, bytes.length);
    }

    /** Waits for the container to stop; false if it still runs at {@code deadline} (System.nanoTime). */
    private static boolean awaitExit(GenericContainer<?> c, long deadline) {
        while (System.nanoTime() < deadline) {
            if (!Boolean.TRUE.equals(c.getDockerClient().inspectContainerCmd(c.getContainerId()).exec().getState()
                    .getRunning())) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** QEMU may finish before Testcontainers looks: a container that started is all this asks. */
    private static final class StartedIsEnough extends StartupCheckStrategy {
        @Override
        public StartupStatus checkStartupState(DockerClient docker, String id) {
            return StartupStatus.SUCCESSFUL;
        }
    }
}
