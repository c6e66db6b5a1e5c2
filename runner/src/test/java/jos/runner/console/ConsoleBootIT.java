package jos.runner.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jos.runner.Bootloader;
import jos.runner.Image;
import jos.runner.ImageBuilder;
import jos.runner.ImageSpec;
import jos.runner.Project;
import jos.runner.QemuMonitor;
import jos.runner.QemuProcess;
import jos.runner.QemuResult;
import jos.runner.Tool;
import jos.runner.ToolRunner;
import jos.runner.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The console on QEMU's {@code -serial pty}, as on a real machine's serial line: QEMU starts paused (a pty
 * nobody has opened drops what the guest writes), the console opens the pty, QEMU continues, the console
 * shows the kernel's {@code Hello World}, and when QEMU exits (the kernel asks it to) the pty vanishes
 * under the console, which says so.
 */
class ConsoleBootIT {

    private static final Pattern PTY = Pattern.compile("char device redirected to (/dev/pts/\\d+)");
    private static final Duration BOOT = Duration.ofSeconds(90);

    @Test
    @Timeout(value = 400, unit = TimeUnit.SECONDS)
    void theConsoleShowsHelloWorldFromQemusSerialPty() throws Exception {
        Tools tools = Tools.fromEnvironment();
        tools.require(Tool.QEMU);
        Project project = Project.locate();
        Path out = Path.of(System.getProperty("jos.it.out", project.root().resolve("runner/target/qemu-it").toString()))
                .resolve("console");
        Image image = new ImageBuilder(project, tools, new ToolRunner(System.err), Bootloader.grub())
                .build(new ImageSpec("qemu-exit=0", List.of()), out.resolve("image"), false);
        Path socket = out.resolve("monitor.sock");
        Files.deleteIfExists(socket);
        List<String> command = new ArrayList<>(List.of("qemu-system-x86_64", "-machine", "q35", "-m", "256M",
                "-cdrom", image.iso().toString(), "-chardev", "pty,id=com1", "-serial", "chardev:com1", "-no-reboot",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-display", "none", "-S"));
        command.addAll(QemuMonitor.arguments(socket));
        Screen qemuErrors = new Screen();      // QEMU names the pty on stdout (qemu_printf), errors on stderr
        QemuProcess qemu = QemuProcess.start(command, false, qemuErrors, new PrintStream(qemuErrors, true),
                line -> { });
        try {
            Matcher m = PTY.matcher(qemuErrors.await("char device redirected to", Duration.ofSeconds(30)));
            assertEquals(true, m.find(), qemuErrors.text());
            try (ConsoleSession s = new ConsoleSession(m.group(1), Clock.systemDefaultZone())) {
                s.screen.await("Ctrl-] leaves", Duration.ofSeconds(10));
                try (QemuMonitor monitor = QemuMonitor.connect(socket, Duration.ofSeconds(10))) {
                    monitor.command("cont", Duration.ofSeconds(10));
                }
                String shown = s.screen.await("] Hello World\n", BOOT);
                assertFalse(shown.contains("is gone"), shown);
                QemuResult result = qemu.await(BOOT);
                assertEquals(0, result.exitCode(), s.screen.text() + "\n" + qemuErrors.text());
                s.screen.await("console: " + m.group(1) + " is gone", Duration.ofSeconds(10));
                s.leave();
                String log = s.log.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
                assertEquals(true, log.contains("Hello World\r\n") || log.contains("Hello World\n"), log);
            }
        } finally {
            qemu.kill();
        }
    }
}
