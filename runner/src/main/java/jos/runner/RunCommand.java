package jos.runner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scripts/os run}: builds the image if it is missing or stale, boots it in QEMU with COM1 on the
 * terminal and in {@code serial.log}, and exits with the code the kernel asked for (see {@link ExitStatus}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Boots the image in QEMU (building it first if needed). Arguments after -- go to QEMU."})
public final class RunCommand implements Callable<Integer> {

    @Mixin
    ImageOptions image = new ImageOptions();

    @Option(names = "--uefi", description = "boot with OVMF instead of SeaBIOS")
    boolean uefi;

    @Option(names = "--smp", paramLabel = "N", description = "number of CPUs (default: 1)")
    int cpus = 1;

    @Option(names = "--memory", paramLabel = "M", description = "memory size (default: 256M)")
    String memory = "256M";

    @Option(names = "--headless", description = "no display window")
    boolean headless;

    @Option(names = "--gdb", description = "wait for gdb on port 1234 before the first instruction")
    boolean gdb;

    @Option(names = "--debug-interrupts", description = "log interrupts and CPU resets to qemu.log in the output directory")
    boolean debugInterrupts;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "kill QEMU after this long (exit code 124)")
    Integer timeoutSeconds;

    @Option(names = "--container", description = "run QEMU in a container (Testcontainers, image jos-qemu:bookworm; no local QEMU needed)")
    boolean container;

    @Parameters(paramLabel = "QEMU-ARG", description = "extra QEMU arguments (after --)")
    List<String> extraArgs = new ArrayList<>();

    @Override
    public Integer call() {
        Project project = Project.locate();
        Tools tools = Tools.fromEnvironment();
        List<Tool> missing = new ArrayList<>(gdb ? tools.missing(Tool.QEMU, Tool.GDB) : tools.missing(Tool.QEMU));
        if (container) {
            missing.remove(Tool.QEMU);     // QEMU runs in the container
        }
        Optional<Ovmf> ovmf = uefi ? Ovmf.find(Ovmf.DEFAULT_DIRS) : Optional.empty();
        if (uefi && ovmf.isEmpty()) {
            missing.add(Tool.OVMF);
        }
        if (!missing.isEmpty()) {
            throw new MissingToolsException(missing);
        }
        if (timeoutSeconds != null && timeoutSeconds <= 0) {
            throw new RunnerException("--timeout " + timeoutSeconds + ": a positive number of seconds");
        }
        ImageBuilder builder = new ImageBuilder(project, tools, new ToolRunner(System.err), Bootloader.fromEnvironment(),
                image.kernel());
        image.signing(builder);
        Image built = builder.buildIfStale(image.spec(), image.out(project));
        QemuOptions options = qemuOptions(built.iso(), built.out(), ovmf);
        List<String> command = QemuCommand.build(options);
        System.err.println("os: " + String.join(" ", command));
        if (gdb) {
            System.err.println("os: QEMU waits for gdb; attach with: "
                    + Gdb.attachHint(built.kernelElf(), QemuOptions.DEFAULT_GDB_PORT)
                    + "  (use hbreak: the kernel is loaded after gdb connects)");
        }
        Duration limit = timeoutSeconds == null ? Duration.ofDays(36500) : Duration.ofSeconds(timeoutSeconds);
        QemuResult result = container ? QemuContainer.run(options, limit, System.out, System.err, line -> { })
                : QemuProcess.start(command, true, System.out, System.err, line -> { }).await(limit);
        if (result.timedOut()) {
            System.err.println("os: QEMU killed after the --timeout of " + timeoutSeconds + " s (exit code "
                    + ExitStatus.TIMED_OUT + ")");
        } else {
            System.err.println("os: " + ExitStatus.describe(result.status(), result.guestRan()) + "; serial log in "
                    + options.serialLog());
        }
        return result.exitCode();
    }

    /** The QEMU options these command-line options ask for, booting {@code iso} with logs in {@code out}. */
    QemuOptions qemuOptions(Path iso, Path out, Optional<Ovmf> ovmf) {
        QemuOptions options = QemuOptions.defaults(iso, out.resolve("serial.log"))
                .withCpus(cpus).withMemory(memory).withHeadless(headless).withExtraArgs(extraArgs);
        if (ovmf.isPresent()) {
            Path vars = ovmf.get().copyVars(out.resolve("OVMF_VARS.fd"));
            options = options.withFirmware(new QemuOptions.UefiFirmware(ovmf.get().code(), vars));
        }
        if (gdb) {
            options = options.withGdbPort(QemuOptions.DEFAULT_GDB_PORT);
        }
        if (debugInterrupts) {
            options = options.withInterruptLog(out.resolve("qemu.log"));
        }
        return options;
    }
}
