package jos.runner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code qemu-system-x86_64} command line for a {@link QemuOptions}: a q35 machine booting the ISO
 * from CD, COM1 on stdio and logged to a file at the same time, no reboot (a reset ends the run), and the
 * isa-debug-exit device at port 0xf4 through which the kernel ends the run (see {@link ExitStatus}).
 */
public final class QemuCommand {

    public static final String EXECUTABLE = "qemu-system-x86_64";

    private QemuCommand() {
    }

    public static List<String> build(QemuOptions o) {
        List<String> cmd = new ArrayList<>();
        cmd.add(EXECUTABLE);
        cmd.addAll(List.of("-machine", "q35", "-m", o.memory(), "-smp", Integer.toString(o.cpus())));
        o.firmware().ifPresent(f -> {
            cmd.addAll(List.of("-drive", "if=pflash,format=raw,unit=0,readonly=on,file=" + escape(f.code())));
            cmd.addAll(List.of("-drive", "if=pflash,format=raw,unit=1,file=" + escape(f.vars())));
        });
        cmd.addAll(List.of("-cdrom", o.iso().toString()));
        cmd.addAll(List.of("-chardev", "stdio,id=com1,logfile=" + escape(o.serialLog())));
        cmd.addAll(List.of("-serial", "chardev:com1"));
        cmd.add("-no-reboot");
        cmd.addAll(List.of("-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"));
        if (o.headless()) {
            cmd.addAll(List.of("-display", "none"));
        }
        o.gdbPort().ifPresent(port -> {
            if (port == QemuOptions.DEFAULT_GDB_PORT) {
                cmd.addAll(List.of("-s", "-S"));
            } else {
                cmd.addAll(List.of("-gdb", "tcp::" + port, "-S"));
            }
        });
        o.interruptLog().ifPresent(log -> cmd.addAll(List.of("-d", "int,cpu_reset", "-D", log.toString())));
        cmd.addAll(o.extraArgs());
        return cmd;
    }

    /** A path as a value inside a QEMU option list, where a comma is written twice. */
    static String escape(Path path) {
        return path.toString().replace(",", ",,");
    }
}
