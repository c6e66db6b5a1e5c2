package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class QemuCommandTest {

    private static final Path ISO = Path.of("/o/jos.iso");
    private static final Path LOG = Path.of("/o/serial.log");
    private static final List<String> BASE = List.of("qemu-system-x86_64", "-machine", "q35", "-m", "256M", "-smp",
            "1", "-cdrom", "/o/jos.iso", "-chardev", "stdio,id=com1,logfile=/o/serial.log", "-serial",
            "chardev:com1", "-no-reboot", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04");

    private static List<String> base(String... tail) {
        List<String> all = new ArrayList<>(BASE);
        all.addAll(List.of(tail));
        return all;
    }

    @Test
    void defaultsAreSeaBiosOneCpuHeadless() {
        assertEquals(base("-display", "none"), QemuCommand.build(QemuOptions.defaults(ISO, LOG)));
    }

    @Test
    void withDisplay() {
        assertEquals(base(), QemuCommand.build(QemuOptions.defaults(ISO, LOG).withHeadless(false)));
    }

    @Test
    void cpusAndMemory() {
        List<String> cmd = QemuCommand.build(QemuOptions.defaults(ISO, LOG).withCpus(4).withMemory("1G"));
        assertEquals(List.of("-m", "1G", "-smp", "4"), cmd.subList(3, 7));
        assertThrows(RunnerException.class, () -> QemuOptions.defaults(ISO, LOG).withCpus(0));
        assertThrows(RunnerException.class, () -> QemuOptions.defaults(ISO, LOG).withMemory("lots"));
    }

    @Test
    void uefiAddsBothFlashDrivesBeforeTheCdrom() {
        QemuOptions o = QemuOptions.defaults(ISO, LOG)
                .withFirmware(new QemuOptions.UefiFirmware(Path.of("/fw/CODE.fd"), Path.of("/o/VARS.fd")));
        List<String> cmd = QemuCommand.build(o);
        assertEquals(List.of("-drive", "if=pflash,format=raw,unit=0,readonly=on,file=/fw/CODE.fd",
                "-drive", "if=pflash,format=raw,unit=1,file=/o/VARS.fd", "-cdrom"), cmd.subList(7, 12));
    }

    @Test
    void gdbOnTheDefaultPortUsesDashS() {
        assertEquals(base("-display", "none", "-s", "-S"),
                QemuCommand.build(QemuOptions.defaults(ISO, LOG).withGdbPort(1234)));
    }

    @Test
    void gdbOnAnotherPort() {
        assertEquals(base("-display", "none", "-gdb", "tcp::40123", "-S"),
                QemuCommand.build(QemuOptions.defaults(ISO, LOG).withGdbPort(40123)));
    }

    @Test
    void interruptTracingAndExtraArgsComeLast() {
        QemuOptions o = QemuOptions.defaults(ISO, LOG).withInterruptLog(Path.of("/o/qemu.log"))
                .withExtraArgs(List.of("-cpu", "max"));
        assertEquals(base("-display", "none", "-d", "int,cpu_reset", "-D", "/o/qemu.log", "-cpu", "max"),
                QemuCommand.build(o));
    }

    @Test
    void commasInPathsAreDoubled() {
        List<String> cmd = QemuCommand.build(QemuOptions.defaults(ISO, Path.of("/a,b/serial.log")));
        assertEquals("stdio,id=com1,logfile=/a,,b/serial.log", cmd.get(10));
    }

    /** {@code scripts/os run ...} options become the right QEMU options. */
    @Test
    void runOptionsMapToQemuOptions() {
        RunCommand run = parseRun("--smp", "2", "--memory", "512M", "--headless", "--gdb", "--debug-interrupts",
                "--", "-cpu", "max");
        QemuOptions o = run.qemuOptions(ISO, Path.of("/o"), Optional.empty());
        assertEquals(2, o.cpus());
        assertEquals("512M", o.memory());
        assertEquals(true, o.headless());
        assertEquals(Optional.of(1234), o.gdbPort());
        assertEquals(Optional.of(Path.of("/o/qemu.log")), o.interruptLog());
        assertEquals(Path.of("/o/serial.log"), o.serialLog());
        assertEquals(List.of("-cpu", "max"), o.extraArgs());
        assertEquals(Optional.empty(), o.firmware());
    }

    @Test
    void runDefaults() {
        QemuOptions o = parseRun().qemuOptions(ISO, Path.of("/o"), Optional.empty());
        assertEquals(base(), QemuCommand.build(o));
    }

    @Test
    void runWithUefiCopiesTheVariables(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path code = java.nio.file.Files.writeString(dir.resolve("OVMF_CODE_4M.fd"), "code");
        Path vars = java.nio.file.Files.writeString(dir.resolve("OVMF_VARS_4M.fd"), "vars");
        Path out = dir.resolve("out");
        QemuOptions o = parseRun("--uefi").qemuOptions(ISO, out, Optional.of(new Ovmf(code, vars)));
        assertEquals(Optional.of(new QemuOptions.UefiFirmware(code, out.resolve("OVMF_VARS.fd"))), o.firmware());
        assertEquals("vars", java.nio.file.Files.readString(out.resolve("OVMF_VARS.fd")));
    }

    @Test
    void imageOptionsParse() {
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs("build", "--out", "/x", "--cmdline",
                "qemu-exit=0", "--module", "/tmp/a.txt", "--module", "/tmp/b=/boot/b.elf");
        BuildCommand build = (BuildCommand) parsed.subcommand().commandSpec().userObject();
        assertEquals(Path.of("/x"), build.image.out(new Project(Path.of("/root"))));
        ImageSpec spec = build.image.spec();
        assertEquals("qemu-exit=0", spec.cmdline());
        assertEquals(List.of("/boot/a.txt", "/boot/b.elf"), spec.modules().stream().map(BootModule::bootPath).toList());
        BuildCommand plain = (BuildCommand) Main.commandLine().parseArgs("build").subcommand().commandSpec().userObject();
        assertEquals(Path.of("/root/build/os"), plain.image.out(new Project(Path.of("/root"))));
    }

    private static RunCommand parseRun(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "run";
        System.arraycopy(args, 0, all, 1, args.length);
        return (RunCommand) Main.commandLine().parseArgs(all).subcommand().commandSpec().userObject();
    }
}
