package jos.runner;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How to boot an image in QEMU. {@code firmware} empty means SeaBIOS; {@code gdbPort} empty means no
 * gdb stub, else QEMU waits for gdb on that port before running the first instruction;
 * {@code interruptLog} empty means no interrupt/reset tracing, else it is written there.
 */
public record QemuOptions(Path iso, Path serialLog, Optional<UefiFirmware> firmware, int cpus, String memory,
        boolean headless, Optional<Integer> gdbPort, Optional<Path> interruptLog, List<String> extraArgs) {

    /** The port {@code -s} opens, and the one the attach hint uses. */
    public static final int DEFAULT_GDB_PORT = 1234;

    /** OVMF code plus the writable copy of its variables this run uses. */
    public record UefiFirmware(Path code, Path vars) {
    }

    public QemuOptions {
        if (cpus < 1 || cpus > 255) {
            throw new RunnerException("--smp " + cpus + ": between 1 and 255 CPUs");
        }
        if (!memory.matches("[0-9]+[KMGT]?")) {
            throw new RunnerException("--memory " + memory + ": a size such as 256M or 1G");
        }
        extraArgs = List.copyOf(extraArgs);
    }

    /** SeaBIOS, 1 CPU, 256M, headless, no gdb, no tracing. */
    public static QemuOptions defaults(Path iso, Path serialLog) {
        return new QemuOptions(iso, serialLog, Optional.empty(), 1, "256M", true, Optional.empty(),
                Optional.empty(), List.of());
    }

    public QemuOptions withFirmware(UefiFirmware uefi) {
        return new QemuOptions(iso, serialLog, Optional.of(uefi), cpus, memory, headless, gdbPort, interruptLog,
                extraArgs);
    }

    public QemuOptions withCpus(int n) {
        return new QemuOptions(iso, serialLog, firmware, n, memory, headless, gdbPort, interruptLog, extraArgs);
    }

    public QemuOptions withMemory(String size) {
        return new QemuOptions(iso, serialLog, firmware, cpus, size, headless, gdbPort, interruptLog, extraArgs);
    }

    public QemuOptions withHeadless(boolean on) {
        return new QemuOptions(iso, serialLog, firmware, cpus, memory, on, gdbPort, interruptLog, extraArgs);
    }

    public QemuOptions withGdbPort(int port) {
        return new QemuOptions(iso, serialLog, firmware, cpus, memory, headless, Optional.of(port), interruptLog,
                extraArgs);
    }

    public QemuOptions withInterruptLog(Path log) {
        return new QemuOptions(iso, serialLog, firmware, cpus, memory, headless, gdbPort, Optional.of(log),
                extraArgs);
    }

    public QemuOptions withExtraArgs(List<String> args) {
        return new QemuOptions(iso, serialLog, firmware, cpus, memory, headless, gdbPort, interruptLog, args);
    }
}
