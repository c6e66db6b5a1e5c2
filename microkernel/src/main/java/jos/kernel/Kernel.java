package jos.kernel;

import jos.kernel.boot.limine.BootInfo;
import jos.hw.Cpu;
import jos.hw.Export;
import jos.hw.Naked;
import jos.kernel.boot.limine.CommandLine;
import jos.hw.Memory;
import jos.kernel.process.FirstProcess;
import jos.kernel.process.ModuleSignatures;
import jos.kernel.process.UserThread;
import jos.kernel.sched.SchedState;
import jos.kernel.x86.QemuExit;
import jos.kernel.boot.BootReport;
import jos.kernel.console.FramebufferConsole;
import jos.kernel.console.Log;
import jos.kernel.console.Serial;
import jos.kernel.acpi.AcpiReport;
import jos.kernel.irq.IoApics;
import jos.kernel.irq.Lines;
import jos.kernel.process.IrqBinding;
import jos.kernel.timer.ApicTimer;
import jos.kernel.timer.Rtc;
import jos.kernel.x86.apic.LocalApic;
import jos.kernel.x86.cpu.ControlRegister0;
import jos.kernel.x86.cpu.UserFloatingPoint;
import jos.kernel.x86.cpu.Meltdown;
import jos.kernel.x86.cpu.Idle;
import jos.kernel.x86.cpu.SupervisorGuards;
import jos.kernel.x86.idt.Idt;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.KernelAddressSpace;
import jos.kernel.memory.MemoryManager;
import jos.kernel.memory.Stacks;
import jos.kernel.panic.Panic;
import jos.kernel.smp.ApplicationProcessors;
import jos.kernel.sched.Scheduler;
import jos.kernel.smp.CpuTables;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.user.SyscallEntry;
import jos.kernel.timer.Calibration;
import jos.kernel.time.Clock;
import jos.x86.PageTableEntry;

/**
 * The kernel's entry on the bootstrap CPU, called by the loader through the runtime's start code with
 * interrupts off and a Limine-protocol machine state. The boot is three stages, public so that the test
 * kernel ({@code microkernel/src/testkernel}) boots exactly the same way around its scenarios:
 * {@link #bootToKernelStack} sets the kernel's CR0 (the same on every CPU), brings up the consoles, the
 * descriptor tables (so every fault from here on is reported), the clock and the logger, reports what the loader handed over, starts the memory manager
 * (the kernel's own page tables and heap), turns on SMEP, SMAP and UMIP where the CPU has them, reads the ACPI tables, enables the local APIC,
 * finds the I/O APICs and masks their lines, calibrates the
 * TSC and the APIC timer against the HPET (or the PIT), starts the timer and moves to a guarded kernel
 * stack; {@link #startProcessors} enables interrupts there, brings every other CPU into kernel Java and
 * gives every CPU a run queue (sched.Scheduler); {@link #startFirstProcess} starts the boot module
 * {@code init=path} names as the first process, with every capability the boot found; {@link #finish} runs
 * ready threads and idles, or, when the command line says {@code qemu-exit=N}, ends the QEMU run with code
 * N (once the first process has ended, if there is one).
 */
public final class Kernel {
    private Kernel() {
    }

    static void main() {
        bootToKernelStack(continuedAddress());
    }

    /** The rest of the boot, on the bootstrap CPU's guarded kernel stack. */
    @Export("jos_kernel_main_continued")
    static void continued() {
        startProcessors();
        finish(startFirstProcess());
    }

    /**
     * Boots the bootstrap CPU up to its guarded kernel stack, then calls continuation there (the address
     * of a C-ABI function taking nothing, such as an {@code @Export} method's). Never returns.
     */
    public static void bootToKernelStack(long continuation) {
        PerCpu.setCr0(ControlRegister0.setOnThisCpu());
        UserFloatingPoint.enableOnThisCpu();
        PerCpu.setMeltdownAffected(Meltdown.affectedThisCpu());
        Serial.init(Serial.COM1);
        FramebufferConsole.init();
        Log.println("Hello World");
        CpuTables.initBootstrap();
        SyscallEntry.enableOnThisCpu();
        Calibration.initClock();
        Log.init();
        BootReport.print();
        ModuleSignatures.checkAll();
        if (!MemoryManager.init()) Panic.panic("memory: the memory manager could not start");
        PerCpu.setGuards(SupervisorGuards.enableOnThisCpu());   // on the kernel's own tables: no USER page in its half
        AcpiReport.print();
        Idt.addInterruptVectors();
        if (!setUpLocalApic()) Panic.panic("apic: cannot map the local APIC");
        LocalApic.enable();
        Lines.deliverTo(LocalApic.id());
        IoApics.init(AcpiReport.madtPhysical());
        Lines.install(new IrqBinding.Delivery());   // a bound line signals its process's notification
        if (Calibration.run(AcpiReport.hpetPhysical())) {
            ApicTimer.start();
            Clock.startTicking(ApicTimer.tickNanos());
        }
        Rtc.setWallClock();
        if (!CpuTables.useGuardedInterruptStacks(CpuTables.bootstrapBlock(), 0)) {
            Panic.panic("memory: no room for the bootstrap cpu's interrupt stacks");
        }
        long stack = Stacks.allocate(Stacks.KERNEL, 0, ApplicationProcessors.KERNEL_STACK_BYTES);
        if (stack == 0) Panic.panic("memory: no room for the bootstrap cpu's kernel stack");
        PerCpu.setKernelStackTop(stack);
        switchStack(stack, continuation);
    }

    /** Finds the bootstrap CPU's local APIC and maps its registers (none to map in x2APIC mode). */
    public static boolean setUpLocalApic() {
        long physical = LocalApic.setUp();
        if (physical < 0) return true;
        LocalApic.useRegisters(Hhdm.virt(physical));
        return KernelAddressSpace.mapUncacheable(physical, PageTableEntry.SIZE_4K);
    }

    /** On the guarded kernel stack: enables interrupts, sets the stack limit and starts every other CPU. */
    public static void startProcessors() {
        Cpu.sti();
        long bottom = PerCpu.kernelStackBottom(ApplicationProcessors.KERNEL_STACK_BYTES);
        PerCpu.setStackLimit(bottom + ApplicationProcessors.STACK_LIMIT_OFFSET);
        ApplicationProcessors.installIdleWork(Scheduler.idleWork());
        ApplicationProcessors.startAll();
        if (!Scheduler.init(ApplicationProcessors.running(), Scheduler.DEFAULT_QUANTUM)) Panic.panic("sched: no memory for the run queues");
    }

    /**
     * Starts the first process (FirstProcess): the boot module the command line's {@code init=path} names,
     * else FirstProcess.DEFAULT_PATH. Its thread, or 0 when there is no such module (logged) or it could
     * not be started; the kernel then runs without one.
     */
    public static long startFirstProcess() {
        long value = CommandLine.option(BootInfo.commandLine(), "init");
        long file = value != 0 ? BootInfo.moduleNamed(value, CommandLine.valueLength(value)) : BootInfo.moduleNamed(FirstProcess.DEFAULT_PATH);
        if (file == 0) {
            Log.begin(Log.INFO);
            Log.print("init: no boot module ");
            if (value == 0) Log.print(FirstProcess.DEFAULT_PATH);
            for (int i = 0; value != 0 && i < CommandLine.valueLength(value); i++) Log.print((char) Memory.read8(value + i));
            Log.println(", so no first process");
            return 0;
        }
        long thread = FirstProcess.create(file, SchedState.ANY_CPU);
        if (thread != 0) UserThread.start(thread);
        return thread;
    }

    /** Exits QEMU if the command line says {@code qemu-exit=N}, else halts in the idle loop. Never returns. */
    public static void finish() {
        finish(0);
    }

    /**
     * As {@link #finish()}; with {@code qemu-exit=N} and a first process (its thread first, 0: none), the
     * exit waits until that process has ended, and logs its exit code.
     */
    public static void finish(long first) {
        int exit = CommandLine.intOption(BootInfo.commandLine(), "qemu-exit");
        if (exit >= 0 && exit <= QemuExit.MAX_CODE && first != 0) {
            UserThread.awaitEnd(first);
            Log.begin(Log.INFO);
            Log.print("init: the first process exited with code ");
            int code = UserThread.exitCode(first);
            if (code < 0) Log.print("-");
            Log.dec(code < 0 ? -(long) code : code);
            Log.newline();
        }
        if (exit >= 0 && exit <= QemuExit.MAX_CODE) {
            Log.print("kernel: exiting QEMU with code ");
            Log.dec(exit);
            Log.newline();
            QemuExit.request(exit);
        }
        Log.println("kernel: halting");
        for (;;) {
            if (!Scheduler.runReady()) Idle.haltUntilInterrupt();
        }
    }

    /** Continues at function (a C-ABI entry taking nothing) on the stack whose top is top. Never returns. */
    @Naked({"mov %rdi, %rsp", "xor %ebp, %ebp", "call *%rsi", "ud2"})
    static native void switchStack(long top, long function);

    @Naked({"lea jos_kernel_main_continued(%rip), %rax", "ret"})
    static native long continuedAddress();
}
