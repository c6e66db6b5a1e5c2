package jos.kernel;

import jos.hw.Cpu;
import jos.kernel.boot.CommandLine;
import jos.kernel.boot.limine.BootReport;
import jos.kernel.console.Log;
import jos.kernel.console.Serial;
import jos.kernel.smp.ApplicationProcessors;

/**
 * The kernel's entry on the bootstrap CPU, called by the loader through the runtime's start code with
 * interrupts off and a Limine-protocol machine state. For now it reports what the loader handed over,
 * brings every other CPU into kernel Java, then halts, or, when the command line says
 * {@code qemu-exit=N}, ends the QEMU run with code N.
 */
public final class Kernel {
    /** QEMU's isa-debug-exit device (the runner adds it): writing N makes QEMU exit with (N << 1) | 1. */
    static final int QEMU_DEBUG_EXIT_PORT = 0xf4;
    /** The largest code that survives QEMU's 8-bit exit status as (N << 1) | 1. */
    static final int QEMU_EXIT_MAX = 127;

    private Kernel() {
    }

    static void main() {
        Serial.init(Serial.COM1);
        Log.println("Hello World");
        BootReport.print();
        ApplicationProcessors.startAll();
        int exit = CommandLine.intOption(BootReport.commandLine(), "qemu-exit");
        if (exit >= 0 && exit <= QEMU_EXIT_MAX) {
            Log.print("kernel: exiting QEMU with code ");
            Log.dec(exit);
            Log.newline();
            Cpu.out8(QEMU_DEBUG_EXIT_PORT, (byte) exit);
        }
        Log.println("kernel: halting");
        for (;;) {
            Cpu.cli();
            Cpu.hlt();
        }
    }
}
