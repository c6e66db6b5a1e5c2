package jos.kernel;

import jos.kernel.boot.limine.BootInfo;
import jos.hw.Cpu;
import jos.hw.Export;
import jos.hw.Naked;
import jos.kernel.boot.limine.CommandLine;
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
 * gives every CPU a run queue (sched.Scheduler); {@link #finish} runs ready threads and idles, or, when the command line says {@code qemu-exit=N}, ends the QEMU run with code N.
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
        finish();
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

    /** Exits QEMU if the command line says {@code qemu-exit=N}, else halts in the idle loop. Never returns. */
    public static void finish() {
        int exit = CommandLine.intOption(BootInfo.commandLine(), "qemu-exit");
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
