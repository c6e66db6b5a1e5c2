package jos.kernel.testkernel;

import jos.kernel.boot.limine.BootInfo;
import jos.hw.Export;
import jos.hw.Naked;
import jos.kernel.Kernel;
import jos.kernel.scenario.Scenarios;

/**
 * The test kernel's entry on the bootstrap CPU: it boots exactly as {@link Kernel} does, through the same
 * stages, installs the scenarios' parts on the other CPUs before they start, runs the scenario the
 * command line names ({@code test=<name>}) once every CPU is up, and then ends as the product kernel
 * does (idle, or {@code qemu-exit=N}).
 */
public final class TestKernel {
    private TestKernel() {
    }

    static void main() {
        Kernel.bootToKernelStack(continuedAddress());
    }

    /** The rest of the boot, on the bootstrap CPU's guarded kernel stack (the heap is up). */
    @Export("jos_testkernel_main_continued")
    static void continued() {
        Scenarios.install();
        Kernel.startProcessors();
        Scenarios.run(BootInfo.commandLine());
        Kernel.finish();
    }

    @Naked({"lea jos_testkernel_main_continued(%rip), %rax", "ret"})
    static native long continuedAddress();
}
