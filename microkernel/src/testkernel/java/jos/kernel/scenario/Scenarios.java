package jos.kernel.scenario;

import jos.hw.Cpu;
import jos.kernel.x86.cpu.SupervisorGuards;
import jos.kernel.memory.KernelAddressSpace;
import jos.x86.PageTableEntry;
import jos.hw.Memory;
import jos.kernel.x86.apic.LocalApic;
import jos.hw.Naked;
import jos.kernel.boot.limine.CommandLine;
import jos.kernel.boot.limine.BootInfo;
import jos.kernel.memory.FrameAllocator;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.time.Clock;
import jos.kernel.process.UserImage;
import jos.kernel.process.UserThread;
import jos.limine.File;
import jos.kernel.console.Log;
import jos.kernel.x86.idt.Idt;
import jos.kernel.trap.Interrupts;
import jos.kernel.smp.ApplicationProcessors;
import jos.kernel.x86.PerCpu;
import jos.x86.PageTableEntry;

/**
 * The scenarios the kernel can run on request ({@code test=<name>}): most provoke one fault the kernel
 * must report precisely. {@code int3} returns (the breakpoint is reported and execution continues); the
 * others end in a panic whose report the test checks. The ones that need every CPU (timer, TLB shootdown,
 * panic propagation by NMI) are in {@link SmpScenarios}.
 */
public final class Scenarios {
    /** [0]: the recursion depth reached, kept so the compiler cannot drop the frames. */
    static final long[] DEPTH = new long[1];
    /** Tasks for application processors ({@link ApTasks#runOnAll}). */
    static final int TASK_STACK_OVERFLOW = 1, TASK_LOG_STORM = 2;
    private static final long PING_WAIT_SPINS = 100_000_000L;
    /** The user address read-user and exec-user touch. */
    static final long USER_PAGE = 0x40_0000;
    /** Lines each CPU logs in the log-storm scenario. */
    public static final int LOG_STORM_LINES = 200;

    private Scenarios() {
    }

    /**
     * Why the last load was refused: programs are loaded on the bootstrap CPU only, one at a time. Not
     * taken from the heap per load, since the user-programs scenario counts every frame a load takes.
     */
    static final long[] PROBLEM = new long[jos.elf.Problem.SIZE];

    /**
     * Runs the boot module whose path ends in suffix as a user thread on this CPU (the bootstrap CPU),
     * logs its exit code ("process: /boot/hello.elf exited with code 7") and frees its address space.
     * With topPage, a test-only hook first maps the top user page executable with "mov $NOT_A_CALL,
     * %eax; syscall" in its last bytes and starts the thread there: the syscall's return address is
     * USER_END, non-canonical, where sysretq would fault in ring 0 on Intel CPUs.
     */
    static void runProgram(String suffix, boolean topPage) {
        long file = BootInfo.moduleEndingWith(suffix);
        if (file == 0) {
            Log.print("process: no boot module ending in ");
            Log.println(suffix);
            return;
        }
        runProgram(file, topPage);
    }

    /** Runs the boot module file as a user program (topPage: as above); false if it was refused. */
    static boolean runProgram(long file, boolean topPage) {
        long path = File.path(file);
        long root = UserImage.load(File.address(file), File.size(file), PROBLEM);
        if (root == 0) {
            Log.print("process: cannot load ");
            Log.cString(path);
            Log.print(": ");
            UserImage.printProblem(PROBLEM);
            Log.newline();
            return false;
        }
        long entry = UserImage.entry(File.address(file));
        Log.print("process: running ");
        Log.cString(path);
        Log.print(" at ");
        Log.hex(entry);
        Log.newline();
        if (topPage) {
            entry = mapSyscallAtTop(root);
            if (entry == 0) {
                UserAddressSpace.destroy(root);
                return false;
            }
        }
        long thread = UserThread.create(path, root, entry, UserImage.STACK_TOP);
        if (thread == 0) {
            Log.print("process: no room for a thread of ");
            Log.cString(path);
            Log.newline();
            UserAddressSpace.destroy(root);
            return false;
        }
        UserThread.run(thread);
        int code = UserThread.exitCode(thread);
        UserThread.destroy(thread);
        Log.print("process: ");
        Log.cString(path);
        Log.print(" exited with code ");
        if (code < 0) {
            Log.print('-');
            Log.dec(-(long) code);
        } else {
            Log.dec(code);
        }
        Log.newline();
        UserAddressSpace.destroy(root);
        return true;
    }

    /**
     * test=user-programs: runs every boot module in turn as a user program and, for each, logs the free
     * memory before loading it and after its address space is destroyed (a program, however it ends or is
     * refused, must give back every frame) and the bootstrap CPU's timer ticks and merged ticks meanwhile
     * (a tick merged into the next means interrupts were masked for longer than a tick period), and the
     * most ticks merged into one interrupt since boot (the longest such stretch).
     */
    static void runEveryModule() {
        long count = BootInfo.moduleCount();
        for (long i = 0; i < count; i++) {
            long file = BootInfo.module(i);
            if (file == 0) continue;
            long freeBefore = FrameAllocator.freeBytes();
            long ticksBefore = Clock.ticks(), mergedBefore = Clock.lostTicks();
            runProgram(file, false);
            long ticks = Clock.ticks() - ticksBefore, merged = Clock.lostTicks() - mergedBefore;
            long freeAfter = FrameAllocator.freeBytes();
            Log.print("test user-programs: ");
            Log.cString(File.path(file));
            Log.print(": free memory ");
            Log.dec(freeBefore);
            Log.print(" bytes before, ");
            Log.dec(freeAfter);
            Log.print(" after; ");
            Log.dec(ticks);
            Log.print(" ticks, ");
            Log.dec(merged);
            Log.print(" merged; at most ");
            Log.dec(Clock.longestMerge());
            Log.println(" at once since boot");
        }
        Log.print("test user-programs: ");
        Log.dec(count);
        Log.println(" modules done");
    }

    /** A system call number no kernel serves: the call returns ENOSYS, so the kernel takes the return path. */
    static final int NOT_A_CALL = 0x7fff_ffff;
    /** mov $imm32, %eax (5 bytes) then syscall (2 bytes), ending at the end of the user half. */
    static final int TOP_CODE_BYTES = 7;

    /** Maps the top user page (read-only, executable) with the code; its address, or 0 after a report. */
    static long mapSyscallAtTop(long root) {
        if (!UserAddressSpace.allocate(root, UserAddressSpace.TOP_USER_PAGE, PageTableEntry.SIZE_4K, 0)) {
            Log.println("test user-sysret-top: cannot map the top user page");
            return 0;
        }
        byte[] code = TOP_CODE;
        code[1] = (byte) NOT_A_CALL;
        code[2] = (byte) (NOT_A_CALL >> 8);
        code[3] = (byte) (NOT_A_CALL >> 16);
        code[4] = (byte) (NOT_A_CALL >> 24);
        long start = UserAddressSpace.USER_END - TOP_CODE_BYTES;
        UserAddressSpace.copyIn(root, start, Memory.addressOf(code), TOP_CODE_BYTES);
        Log.print("test user-sysret-top: syscall at ");
        Log.hex(UserAddressSpace.USER_END - 2, 16);
        Log.print(", its return address ");
        Log.hex(UserAddressSpace.USER_END, 16);
        Log.println(" is not canonical");
        return start;
    }

    /** The code mapSyscallAtTop copies: b8 imm32 (mov to eax), 0f 05 (syscall). */
    static final byte[] TOP_CODE = {(byte) 0xb8, 0, 0, 0, 0, 0x0f, 0x05};

    /**
     * Installs the scenarios' parts on the other CPUs (the AP task mailbox, the late AP) and the ping
     * counter: after the heap is up, before the APs start.
     */
    public static void install() {
        ApplicationProcessors.install(new ApTasks());
        Interrupts.install(new Pings());
        Interrupts.installNmi(new NmiPings());
    }

    /** Runs the scenario the command line names, if any (on the bootstrap CPU, every other CPU started). */
    public static void run(long commandLine) {
        if (TimeScenarios.run(commandLine)) return;
        if (CommandLine.has(commandLine, "test", "user-hello")) {
            runProgram("/hello.elf", false);
        } else if (CommandLine.has(commandLine, "test", "irq-uart")) {
            IrqUart.run();
        } else if (CommandLine.has(commandLine, "test", "user-fault")) {
            runProgram("/fault.elf", false);
        } else if (CommandLine.has(commandLine, "test", "user-sysret-top")) {
            runProgram("/hello.elf", true);
        } else if (CommandLine.has(commandLine, "test", "user-programs")) {
            runEveryModule();
        } else if (CommandLine.has(commandLine, "test", "user-sidt")) {
            runProgram("/sidt.elf", false);
        } else if (CommandLine.has(commandLine, "test", "ipc-pingpong")) {
            ProcessScenarios.pingPong("ipc-pingpong", 0, 0, 100_000);
        } else if (CommandLine.has(commandLine, "test", "ipc-pingpong-smp")) {
            ProcessScenarios.pingPong("ipc-pingpong-smp", 1, 0, ProcessScenarios.SMP_ROUNDS);
        } else if (CommandLine.has(commandLine, "test", "process-spawn")) {
            ProcessScenarios.spawnKill();
        } else if (CommandLine.has(commandLine, "test", "ipc-kill")) {
            ProcessScenarios.killDuringCall();
        } else if (BufferScenarios.run(commandLine)) {
            // an IPC-buffer scenario ran
        } else if (ThreadScenarios.run(commandLine)) {
            Log.println("test threads: done");
        } else if (CommandLine.has(commandLine, "test", "sched-preempt")) {
            SchedScenarios.preempt();
        } else if (CommandLine.has(commandLine, "test", "sched-fp")) {
            SchedScenarios.floatingPoint();
        } else if (CommandLine.has(commandLine, "test", "nmi-storm")) {
            SmpScenarios.nmiStorm();
        } else if (CommandLine.has(commandLine, "test", "read-user")) {
            touchUserPage(false);
        } else if (CommandLine.has(commandLine, "test", "exec-user")) {
            touchUserPage(true);
        } else if (CommandLine.has(commandLine, "test", "int3")) {
            Log.println("test int3: executing a breakpoint");
            breakpoint();
            Log.println("test int3: execution continued after the breakpoint");
        } else if (CommandLine.has(commandLine, "test", "write-rodata")) {
            long address = readOnlyData();
            Log.print("test write-rodata: writing to read-only kernel data at ");
            Log.hex(address);
            Log.newline();
            Memory.writeVolatile8(address, (byte) 0);
        } else if (CommandLine.has(commandLine, "test", "exec-nx")) {
            long address = Memory.addressOf(DEPTH);
            Log.print("test exec-nx: jumping into no-execute kernel data at ");
            Log.hex(address);
            Log.newline();
            jump(address);
        } else if (CommandLine.has(commandLine, "test", "stack-overflow")) {
            Log.println("test stack-overflow: unbounded recursion on the bootstrap cpu");
            recurse(1);
        } else if (CommandLine.has(commandLine, "test", "null-deref")) {
            Log.println("test null-deref: reading address 0");
            Memory.readVolatile64(0);
        } else if (CommandLine.has(commandLine, "test", "stack-overflow-ap")) {
            Log.println("test stack-overflow-ap: unbounded recursion on cpu 1");
            if (ApplicationProcessors.running() < 2) Log.println("test stack-overflow-ap: needs a second cpu");
            else ApTasks.runOnAll(TASK_STACK_OVERFLOW);
        } else if (CommandLine.has(commandLine, "test", "log-storm")) {
            int cpus = ApplicationProcessors.running();
            Log.print("test log-storm: ");
            Log.dec(cpus);
            Log.print(" cpus log ");
            Log.dec(LOG_STORM_LINES);
            Log.println(" lines each");
            ApTasks.startOnAll(TASK_LOG_STORM);
            logStorm();
            int finished = ApTasks.awaitAll();
            Log.print("test log-storm: done, ");
            Log.dec(finished + 1);
            Log.println(" cpus finished");
        } else if (CommandLine.has(commandLine, "test", "ipi-ping")) {
            int others = ApplicationProcessors.running() - 1;
            Log.print("test ipi-ping: pinging ");
            Log.dec(others);
            Log.println(" cpus");
            for (int id = 1; id <= others; id++) LocalApic.send(ApplicationProcessors.lapicIdOf(id), Pings.VECTOR);
            for (long spins = 0; Pings.received() < others && spins < PING_WAIT_SPINS; spins++) Cpu.pause();
            Log.print("test ipi-ping: ");
            Log.dec(Pings.received());
            Log.print(" of ");
            Log.dec(others);
            Log.println(" cpus answered");
        } else if (CommandLine.has(commandLine, "test", "timer")) {
            SmpScenarios.timer();
        } else if (CommandLine.has(commandLine, "test", "tlb-shootdown")) {
            SmpScenarios.tlbShootdown();
        } else if (CommandLine.has(commandLine, "test", "nmi-panic")) {
            SmpScenarios.nmiPanic();
        } else if (CommandLine.has(commandLine, "test", "nmi-late-ap")) {
            SmpScenarios.nmiLateAp();
        } else if (CommandLine.has(commandLine, "test", "capabilities")) {
            CapabilityScenario.run();
        } else if (CommandLine.has(commandLine, "test", "ipc-bench")) {
            IpcBenchScenario.run();
        } else if (CommandLine.has(commandLine, "test", "ipc-states")) {
            IpcScenario.run();
        } else if (CommandLine.has(commandLine, "test", "device-uart")) {
            DeviceScenarios.uart();
        } else if (CommandLine.has(commandLine, "test", "devices")) {
            DeviceScenarios.portsAndMemory();
        } else if (CommandLine.has(commandLine, "test", "fuzz")) {
            FuzzScenario.run(CommandLine.intOption(commandLine, "fuzz-seed"));
        } else if (CommandLine.has(commandLine, "test", "load")) {
            LoadScenario.run();
        } else if (CommandLine.has(commandLine, "test", "ud2")) {
            Log.println("test ud2: an invalid opcode whose #UD and #NP gates are missing");
            markNotPresent(6);
            markNotPresent(11);
            invalidOpcode();
        }
    }

    /** What an application processor does for a task. */
    static void runOnApplicationProcessor(int task) {
        if (task == TASK_STACK_OVERFLOW && PerCpu.cpuId() == 1) recurse(1);
        if (task == TASK_LOG_STORM) logStorm();
        if (task == SmpScenarios.TASK_TLB_READ) SmpScenarios.readTlbPage();
        if (task == SmpScenarios.TASK_HEARTBEAT) SmpScenarios.heartbeat();
        if (task == SmpScenarios.TASK_NMI_STORM && PerCpu.cpuId() == SmpScenarios.STORM_CPU) SmpScenarios.runStormProgram();
        if (task == CapabilityScenario.TASK) CapabilityScenario.onThisCpu();
    }

    /** LOG_STORM_LINES numbered records from this CPU. */
    static void logStorm() {
        for (int i = 1; i <= LOG_STORM_LINES; i++) {
            Log.begin(Log.INFO);
            Log.print("log-storm cpu ");
            Log.dec(PerCpu.cpuId());
            Log.print(" line ");
            Log.dec(i);
            Log.print(" of ");
            Log.dec(LOG_STORM_LINES);
            Log.end();
        }
    }

    /**
     * test=read-user and test=exec-user: maps one user page in a fresh user address space, switches to it
     * and reads it, or jumps to it, from ring 0. With SMAP (SMEP) on, that is a page fault naming the page.
     */
    static void touchUserPage(boolean execute) {
        String name = execute ? "test exec-user: " : "test read-user: ";
        long root = UserAddressSpace.create();
        long permissions = execute ? PageTableEntry.WRITABLE : PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE;
        if (root == 0 || !UserAddressSpace.allocate(root, USER_PAGE, PageTableEntry.SIZE_4K, permissions)) {
            Log.print(name);
            Log.println("cannot map a user page");
            return;
        }
        Log.print(name);
        Log.print(execute ? "jumping to the user page at " : "reading the user page at ");
        Log.hex(USER_PAGE);
        Log.print(", cr4 guards: ");
        Log.println(SupervisorGuards.names(Cpu.readCr4()));
        Cpu.writeCr3(root);
        if (execute) jump(USER_PAGE);
        long value = Memory.readVolatile64(USER_PAGE);
        Cpu.writeCr3(KernelAddressSpace.root());
        UserAddressSpace.destroy(root);
        Log.print(name);
        Log.print("read ");
        Log.hex(value);
        Log.println(" from user memory");
    }

    /** Calls itself forever; every frame is live (the recursive call is not a tail call: the sum needs its result). */
    static long recurse(long depth) {
        Memory.writeVolatile64(Memory.addressOf(DEPTH), depth);
        return recurse(depth + 1) + depth;
    }

    /** Clears the present bit of a vector's gate: delivering that vector then faults (#NP). */
    static void markNotPresent(int vector) {
        Idt.setPresent(vector, false);
    }

    /** An address in the kernel image's read-only data: the runtime's constant jglue_string_value_offset. */
    @Naked({"lea jglue_string_value_offset(%rip), %rax", "ret"})
    static native long readOnlyData();

    @Naked({"int3", "ret"})
    static native void breakpoint();

    @Naked({"ud2"})
    static native void invalidOpcode();

    @Naked({"jmp *%rdi"})
    static native void jump(long address);
}
