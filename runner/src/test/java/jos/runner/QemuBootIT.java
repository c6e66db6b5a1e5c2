package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Boots the real image (GRUB + jos-loader + kernel) in QEMU: SeaBIOS and OVMF, 1 and 4 CPUs, and once
 * under gdb. The image is built once, with the command line {@code qemu-exit=0} and two modules. Every
 * boot has a hard timeout and must print the kernel's report of each Limine response, in order, then
 * ask QEMU to exit with code 0. A failure shows the whole serial log. The {@code test=<name>} scenarios
 * boot the test kernel ({@link KernelKind#TEST}, compiled once, when the first scenario needs it); every
 * other boot is of the product kernel, which must contain no scenario code.
 *
 * <p>Run with {@code mvn verify -Pqemu}; the reactor builds the compiler, loader and kernel classes first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QemuBootIT {

    private static final Duration SEABIOS_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration OVMF_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration GDB_TIMEOUT = Duration.ofSeconds(60);
    private static final String KERNEL_MAIN_SYMBOL = "jos_kernel_Kernel__main___V";
    /** Lines after which the guest will not reach the exit request: a fatal error or a plain halt. */
    private static final Pattern GIVING_UP = Pattern.compile("jos runtime: fatal|jos-loader: error|kernel: halting|kernel: panic");
    private static final Duration GIVE_UP_GRACE = Duration.ofSeconds(2);
    private static final List<String> MODULE_PATHS = List.of("/boot/a.txt", "/boot/data/b.bin");

    private final Tools tools = Tools.fromEnvironment();
    private Path out;
    private Image image;
    private Path testKernel;

    @BeforeAll
    void buildTheImageOnce() throws URISyntaxException {
        tools.require(Tool.QEMU, Tool.GDB);
        Project project = Project.locate();
        out = Path.of(System.getProperty("jos.it.out", project.root().resolve("runner/target/qemu-it").toString()));
        ImageSpec spec = new ImageSpec("qemu-exit=0", List.of(
                new BootModule(resource("modules/a.txt"), MODULE_PATHS.get(0)),
                new BootModule(resource("modules/b.bin"), MODULE_PATHS.get(1))));
        ImageBuilder builder = new ImageBuilder(project, tools, new ToolRunner(System.err), Bootloader.grub());
        image = builder.build(spec, out.resolve("image"), false);
    }

    /** The test kernel's ELF, compiled next to the product image's on first use. */
    private synchronized Path testKernel() {
        if (testKernel == null) {
            testKernel = new NativeBuild(Project.locate(), new ToolRunner(System.err)).kernel(image.out(), KernelKind.TEST);
        }
        return testKernel;
    }

    /**
     * The kernel users boot contains no test code: no symbol of the product kernel names a scenario, while
     * the test kernel has them (so the check looks at the right names).
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void theProductKernelHasNoScenarioCode() throws IOException {
        List<String> product = symbolNames(image.kernelElf());
        assertTrue(product.contains(KERNEL_MAIN_SYMBOL), "the product kernel's symbols are read: " + product.size());
        assertEquals(List.of(), product.stream().filter(QemuBootIT::namesAScenario).toList(), image.kernelElf().toString());
        List<String> test = symbolNames(testKernel());
        assertTrue(test.stream().anyMatch(n -> n.startsWith("jos_kernel_scenario_Scenarios__run")),
                "the test kernel has the scenarios: " + test.stream().filter(QemuBootIT::namesAScenario).toList());
    }

    private static boolean namesAScenario(String symbol) {
        return symbol.toLowerCase(java.util.Locale.ROOT).contains("scenario");
    }

    @ParameterizedTest(name = "{0}, {1} CPU(s)")
    @CsvSource({"bios, 1", "bios, 4", "uefi64, 1", "uefi64, 4", "bios, 64"})
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void bootsAndReportsEveryLimineResponse(String firmware, int cpus) {
        boolean uefi = firmware.equals("uefi64");
        String name = firmware + "-" + cpus + "cpu";
        QemuOptions options = QemuOptions.defaults(image.iso(), out.resolve(name + "-serial.log")).withCpus(cpus);
        if (cpus > 8) options = options.withExtraArgs(List.of("-cpu", "qemu64,+x2apic"));   // many CPUs: as on real machines
        if (uefi) {
            Ovmf ovmf = Ovmf.require();
            options = options.withFirmware(
                    new QemuOptions.UefiFirmware(ovmf.code(), ovmf.copyVars(out.resolve(name + "-OVMF_VARS.fd"))));
        }
        QemuResult result = bootAndStopEarlyOnGivingUp(options, uefi ? OVMF_TIMEOUT : SEABIOS_TIMEOUT);
        String transcript = name + ": " + result.transcript();
        result.firstLine("Hello World").ifPresent(hello -> {
            System.out.println("boot " + name + ": Hello World after " + hello.at().toMillis() + " ms, QEMU ended after "
                    + result.elapsed().toMillis() + " ms");
            if (!uefi && cpus == 1) {
                System.out.println("boot time to Hello World (SeaBIOS, 1 CPU): " + hello.at().toMillis() + " ms");
            }
        });

        assertFalse(result.timedOut(), transcript);
        assertInOrder(plain(result), expectedLines(firmware, cpus), transcript);
        assertEveryLineARecordFromTheFirstToTheExit(plain(result), transcript);
        List<String> messages = messages(plain(result));
        assertEquals(MODULE_PATHS.stream().map(p -> "limine: module " + p).toList(),
                messages.stream().filter(l -> l.startsWith("limine: module ")).toList(), transcript);
        assertEquals(List.of(), messages.stream().filter(l -> l.matches("limine: no .* response")).toList(),
                transcript);
        long usable = Long.parseLong(match(messages, "limine: memory map \\d+ entries, (\\d+) bytes usable",
                transcript).group(1));
        assertTrue(usable > 128L << 20 && usable < 256L << 20, "usable memory of a 256M machine: " + usable
                + "\n" + transcript);
        assertEquals(0, result.exitCode(), transcript);
    }

    /**
     * The loader's handoff, checked from the inside: loader/src/test/qemu/boot-test boots this image's
     * loader with a small C kernel that verifies the entry machine state (registers, flags, GDT, stack,
     * control registers), every response, and that each AP jumps to goto_address.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"bios", "uefi"})
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void loaderHandsOverTheMachineStateTheProtocolSpecifies(String firmware) throws Exception {
        Path script = Project.locate().root().resolve("loader/src/test/qemu/boot-test");
        ProcessBuilder pb = new ProcessBuilder("sh", script.toString(), firmware).redirectErrorStream(true);
        pb.environment().put("LOADER_ELF", image.out().resolve("jos-loader.elf").toString());
        pb.environment().put("OUT", out.resolve("conformance-" + firmware).toString());
        Process p = pb.start();
        String transcript = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int rc = p.waitFor();
        assertTrue(transcript.contains("jos-loader-test: PASS"), "conformance kernel under " + firmware + ":\n" + transcript);
        assertEquals(0, rc, transcript);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void gdbStopsAtKernelMainWithAJavaSourceLine() throws IOException {
        int port = freePort();
        QemuOptions options = QemuOptions.defaults(image.iso(), out.resolve("gdb-serial.log")).withGdbPort(port);
        QemuProcess qemu = QemuProcess.start(QemuCommand.build(options), false, OutputStream.nullOutputStream(),
                System.err, line -> { });
        String gdb;
        try {
            gdb = Gdb.runBatch(Gdb.batchCommand(image.kernelElf(), port, KERNEL_MAIN_SYMBOL), GDB_TIMEOUT);
        } finally {
            qemu.kill();
        }
        QemuResult result = qemu.await(Duration.ofSeconds(10));
        Matcher frame = Pattern.compile("(?m)^#0\\s.*$").matcher(gdb);
        String report = "gdb output:\n" + gdb + "\n" + result.transcript();
        assertTrue(frame.find(), report);
        assertTrue(frame.group().matches("#0\\s.*\\bKernel\\.java:\\d+\\s*"), "first frame: " + frame.group()
                + "\n" + report);
        System.out.println("gdb: " + frame.group());
    }

    /**
     * Boots with a hard timeout, but ends the run a little after the guest gives up (a runtime fatal error,
     * a halt instead of the requested exit), so that a broken boot fails in seconds, with its last lines.
     */
    private static QemuResult bootAndStopEarlyOnGivingUp(QemuOptions options, Duration timeout) {
        AtomicReference<QemuProcess> running = new AtomicReference<>();
        AtomicBoolean gaveUp = new AtomicBoolean();
        QemuProcess qemu = QemuProcess.start(QemuCommand.build(options), false, OutputStream.nullOutputStream(),
                System.err, line -> {
                    if (GIVING_UP.matcher(line.text()).lookingAt() && !gaveUp.getAndSet(true)
                            && running.get() != null) {
                        running.get().killAfter(GIVE_UP_GRACE);
                    }
                });
        running.set(qemu);
        if (gaveUp.get()) {
            qemu.killAfter(GIVE_UP_GRACE);
        }
        return qemu.await(timeout);
    }

    // ---------------------------------------------------------------- test scenarios (test=<name>)

    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

    /** Boots the test kernel with this image's loader and "qemu-exit=0 test=<name>" under SeaBIOS. */
    private QemuResult scenario(String name, int cpus) {
        return scenario(name, cpus, List.of());
    }

    private QemuResult scenario(String name, int cpus, List<String> qemuArgs) {
        return scenario(name, cpus, qemuArgs, List.of());
    }

    private QemuResult scenario(String name, int cpus, List<String> qemuArgs, List<BootModule> modules) {
        return scenario(name, name + "-" + cpus, cpus, qemuArgs, modules);
    }

    /** A scenario booted in its own directory, scenario-&lt;run&gt; (for a scenario several tests boot). */
    private QemuResult scenario(String name, String run, int cpus, List<String> qemuArgs, List<BootModule> modules) {
        return boot(testKernel(), new ImageSpec("qemu-exit=0 test=" + name, modules), out.resolve("scenario-" + run),
                cpus, qemuArgs);
    }

    /** Boots kernel with this image's loader and spec under SeaBIOS, its files in dir. */
    private QemuResult boot(Path kernel, ImageSpec spec, Path dir, int cpus, List<String> qemuArgs) {
        Path iso = dir.resolve("jos.iso");
        new GrubIso(new ToolRunner(System.err)).make(IsoTree.fresh(dir.resolve("iso-root")), spec, kernel,
                image.out().resolve("jos-loader.elf"), iso);
        List<String> args = new ArrayList<>(qemuArgs);
        if (cpus > 8) args.addAll(List.of("-cpu", "qemu64,+x2apic"));
        QemuOptions options = QemuOptions.defaults(iso, dir.resolve("serial.log")).withCpus(cpus).withExtraArgs(args);
        return bootAndStopEarlyOnGivingUp(options, Duration.ofSeconds(cpus > 8 ? 150 : 60));
    }

    /** A log record's header: {@code [seconds.micros] L cpu N: } (see jos.kernel.console.LogRecord). */
    private static final String RECORD = "\\[ *\\d+\\.\\d{6}\\] [EWID] cpu [0-9a-f]+: ";
    private static final Pattern RECORD_HEADER = Pattern.compile(RECORD);

    /** The pattern of an info record whose message matches regex. */
    private static String info(String regex) {
        return RECORD.replace("[EWID]", "I") + regex;
    }

    /** The lines with each record's header taken off (plain lines stay as they are). */
    private static List<String> messages(List<String> lines) {
        return lines.stream().map(l -> {
            Matcher m = RECORD_HEADER.matcher(l);
            return m.lookingAt() ? l.substring(m.end()) : l;
        }).toList();
    }

    /**
     * Once the logger is up (its first record) every line up to the exit marker is a log record: the
     * boot reports are records, not bare text between them.
     */
    private static void assertEveryLineARecordFromTheFirstToTheExit(List<String> lines, String transcript) {
        int first = -1, exit = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (first < 0 && RECORD_HEADER.matcher(lines.get(i)).lookingAt()) first = i;
            if (lines.get(i).startsWith("kernel: exiting QEMU with code ")) exit = i;
        }
        assertTrue(first >= 0 && exit > first, "a first record before the exit line\n" + transcript);
        for (int i = first; i < exit; i++) {
            assertTrue(RECORD_HEADER.matcher(lines.get(i)).lookingAt(), "line " + i + " is no log record: '" + lines.get(i)
                    + "'\n" + transcript);
        }
    }

    private static List<String> plain(QemuResult r) {
        return r.texts().stream().map(t -> ANSI.matcher(t).replaceAll("")).toList();
    }

    private static void assertPanicExit(QemuResult r, String transcript) {
        assertFalse(r.timedOut(), transcript);
        assertEquals(3, r.exitCode(), "a panic under test exits QEMU with code 3\n" + transcript);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void int3IsReportedAndExecutionContinues() {
        QemuResult r = scenario("int3", 1);
        String t = r.transcript();
        assertInOrder(plain(r), Stream.of("test int3: executing a breakpoint",
                "exception: breakpoint \\(vector 3\\) on cpu 0 at rip 0xffffffff8[0-9a-f]{7}",
                "stack trace:",
                "    at jos\\.kernel\\.scenario\\.Scenarios\\.breakpoint\\(Scenarios\\.java\\)",
                "    at jos\\.kernel\\.scenario\\.Scenarios\\.run\\(Scenarios\\.java:" + scenarioLine("breakpoint();") + "\\)",
                "exception: breakpoint, continuing",
                "test int3: execution continued after the breakpoint",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEquals(0, r.exitCode(), t);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void nullDereferenceIsAPageFaultAtAddressZero() {
        QemuResult r = scenario("null-deref", 1);
        String t = r.transcript();
        assertInOrder(plain(r), Stream.of("kernel panic on cpu 0: unhandled page fault",
                "exception: page fault \\(vector 14\\) on cpu 0 at rip 0xffffffff8[0-9a-f]{7}",
                "page fault: address 0x0000000000000000, not present, read, kernel, data",
                "stack trace:",
                "    at jos\\.kernel\\.scenario\\.Scenarios\\.run\\(Scenarios\\.java:" + scenarioLine("Memory.readVolatile64(0);") + "\\)",
                "kernel panic: exiting QEMU with code 3").map(Pattern::compile).toList(), t);
        assertPanicExit(r, t);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void writingReadOnlyDataIsAProtectionFaultAtThatAddress() {
        QemuResult r = scenario("write-rodata", 1);
        String t = r.transcript();
        String address = match(plain(r), "test write-rodata: writing to read-only kernel data at (0x[0-9a-f]+)", t).group(1);
        assertInOrder(plain(r), Stream.of("kernel panic on cpu 0: unhandled page fault",
                "exception: page fault \\(vector 14\\) on cpu 0 at rip 0x[0-9a-f]+",
                "page fault: address " + padded(address) + ", protection violation, write, kernel, data",
                "stack trace:",
                "    at jos\\.kernel\\.scenario\\.Scenarios\\.run\\(Scenarios\\.java:" + scenarioLine("Memory.writeVolatile8(address, (byte) 0);") + "\\)")
                .map(Pattern::compile).toList(), t);
        assertPanicExit(r, t);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void executingNoExecuteMemoryIsAnInstructionFetchFault() {
        QemuResult r = scenario("exec-nx", 1);
        String t = r.transcript();
        String address = match(plain(r), "test exec-nx: jumping into no-execute kernel data at (0x[0-9a-f]+)", t).group(1);
        assertInOrder(plain(r), Stream.of("kernel panic on cpu 0: unhandled page fault",
                "exception: page fault \\(vector 14\\) on cpu 0 at rip " + padded(address),
                "page fault: address " + padded(address) + ", protection violation, read, kernel, instruction fetch",
                "stack trace:",
                "    at jos\\.kernel\\.scenario\\.Scenarios\\.run\\(Scenarios\\.java:" + scenarioLine("jump(address);") + "\\)")
                .map(Pattern::compile).toList(), t);
        assertPanicExit(r, t);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"stack-overflow, 1, 0", "stack-overflow-ap, 2, 1"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void stackOverflowPanicsNamingTheStackAndCpu(String name, int cpus, int cpu) {
        QemuResult r = scenario(name, cpus);
        String t = r.transcript();
        assertInOrder(plain(r), Stream.of(
                "kernel panic on cpu " + cpu + ": stack overflow: the kernel stack of this cpu is exhausted",
                "stack trace:",
                // the innermost call's entry check, then the calls below it
                "    at jos\\.kernel\\.scenario\\.Scenarios\\.recurse\\(Scenarios\\.java:"
                        + scenarioLine("Memory.writeVolatile64(Memory.addressOf(DEPTH), depth);") + "\\)",
                "    at jos\\.kernel\\.scenario\\.Scenarios\\.recurse\\(Scenarios\\.java:" + scenarioLine("return recurse(depth + 1) + depth;") + "\\)",
                "kernel panic: exiting QEMU with code 3").map(Pattern::compile).toList(), t);
        assertPanicExit(r, t);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void invalidOpcodeWithoutItsGatesReachesTheDoubleFaultHandler() {
        QemuResult r = scenario("ud2", 1);
        String t = r.transcript();
        assertInOrder(plain(r), Stream.of("kernel panic on cpu 0: unhandled double fault",
                "exception: double fault \\(vector 8\\) on cpu 0 at rip 0x[0-9a-f]+",
                "stack trace:",
                "    at jos\\.kernel\\.scenario\\.Scenarios\\.invalidOpcode\\(Scenarios\\.java\\)",
                "    at jos\\.kernel\\.scenario\\.Scenarios\\.run\\(Scenarios\\.java:" + scenarioLine("invalidOpcode();") + "\\)",
                "kernel panic: exiting QEMU with code 3").map(Pattern::compile).toList(), t);
        assertPanicExit(r, t);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void anIpiPingIsAnsweredByEveryOtherCpu() {
        QemuResult r = scenario("ipi-ping", 4);
        String t = r.transcript();
        assertInOrder(plain(r), Stream.of("test ipi-ping: pinging 3 cpus", "test ipi-ping: 3 of 3 cpus answered",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEquals(0, r.exitCode(), t);
    }

    /** The IPC state machine compiled for the kernel: call/reply_recv round trips, a buffer message and a server's death, on the machine. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theIpcStateMachineRunsInTheKernel() {
        QemuResult r = scenario("ipc-states", 1);
        String t = r.transcript();
        assertInOrder(plain(r), Stream.of("test ipc-states: 100000 round trips, 0 errors, sums agree; \\d+ cycles a round trip",
                "test ipc-states: 4096-byte message, 0 bytes wrong; a dead server's caller gets EPIPE",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * The local APIC timer, calibrated against the HPET (or, with QEMU's HPET off, the PIT): the kernel marks each second of the bootstrap
     * CPU's ticks, and each must arrive 1 s +- 10 % of wall time after the one before (the host's arrival
     * times of the serial lines); the kernel time printed with each mark advances by 1 s too, and every
     * CPU took about as many ticks.
     */
    @ParameterizedTest(name = "calibrated against the {0}")
    @CsvSource({"HPET, ''", "PIT, hpet=off"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void oneSecondOfKernelTimeIsOneSecondOfWallTimeOnEveryCpu(String reference, String machineOption) {
        QemuResult r = machineOption.isEmpty() ? scenario("timer", 4) : scenario("timer", 4, List.of("-machine", machineOption));
        String t = r.transcript();
        assertEquals(0, r.exitCode(), t);
        assertTrue(plain(r).stream().anyMatch(l -> l.matches(".*clock: TSC \\d+\\.\\d{3} MHz, APIC timer \\d+\\.\\d{3} kHz at divide 16, over \\d+\\.\\d{3} ms of the " + reference)), t);
        Pattern mark = Pattern.compile("test timer: second (\\d), tick (\\d+), kernel time (\\d+)\\.(\\d{6}) s");
        List<long[]> marks = new ArrayList<>();   // second, tick, kernel micros, wall micros
        for (SerialLine line : r.lines()) {
            Matcher m = mark.matcher(ANSI.matcher(line.text()).replaceAll(""));
            if (m.matches()) marks.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)) * 1_000_000 + Long.parseLong(m.group(4)), line.at().toNanos() / 1000});
        }
        assertEquals(4, marks.size(), "seconds 0 to 3 marked\n" + t);
        for (int i = 1; i < marks.size(); i++) {
            long[] a = marks.get(i - 1), b = marks.get(i);
            assertEquals(100, b[1] - a[1], "100 ticks a second\n" + t);
            long kernel = b[2] - a[2], wall = b[3] - a[3];
            System.out.println("timer: second " + b[0] + ": kernel " + kernel + " us, wall " + wall + " us");
            assertTrue(Math.abs(kernel - 1_000_000) <= 10_000, "kernel time advances by the ticks (within one): " + kernel + " us\n" + t);
            assertTrue(wall >= 900_000 && wall <= 1_100_000, "1 s of kernel time is 1 s +- 10 % of wall time: " + wall + " us\n" + t);
        }
        Pattern ticks = Pattern.compile("test timer: cpu (\\d) took (\\d+) ticks");
        int cpus = 0;
        for (String line : plain(r)) {
            Matcher m = ticks.matcher(line);
            if (!m.matches()) continue;
            cpus++;
            long n = Long.parseLong(m.group(2));
            // Since its start, so at least the 3 s (ticks the APIC merged while the host did not run the CPU included).
            assertTrue(n >= 297 && n < 400, "cpu " + m.group(1) + " ticked through the 3 s: " + n + "\n" + t);
        }
        assertEquals(4, cpus, "every cpu reports its ticks\n" + t);
    }

    /**
     * Every other CPU reads a kernel page mapped to frame A; the page is unmapped (with a TLB shootdown)
     * and mapped to frame B: all must read B. Without the shootdown, QEMU's CPUs keep the stale entry.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void unmappingAKernelPageShootsItDownOnEveryCpu() {
        QemuResult r = scenario("tlb-shootdown", 4);
        String t = r.transcript();
        assertInOrder(plain(r), Stream.of("test tlb-shootdown: 3 of 3 cpus read 0x1111111111111111 at 0xffff[0-9a-f]{12}",
                "test tlb-shootdown: after the remap 3 of 3 cpus read 0x2222222222222222, 0 a stale translation",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * Capability tables compiled for the kernel and shared by 4 CPUs: each copies, mints, moves and
     * deletes in two tables at once (real locked instructions, both lock orders), then all delete their
     * copies of the same 64 objects at once: every count comes out exact, and each object's last
     * reference is reported to exactly one CPU.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void capabilityTablesSharedByFourCpusKeepExactCounts() {
        QemuResult r = scenario("capabilities", 4);
        String t = r.transcript();
        assertInOrder(plain(r), Stream.of("test capabilities: 4 cpus share two tables",
                "test capabilities: 4 cpus finished; references 1 1 1 1; used 2 2; last reference reported once for 64 of 64; failures 0",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * A panic on cpu 1 while every other CPU counts heartbeats with interrupts masked: the panic NMIs
     * them, and afterwards, through the QEMU monitor, every CPU is halted and no heartbeat moves.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aPanicOnAnApHaltsEveryCpuThroughNmis() throws Exception {
        PanicRun run = panicWithoutExit("nmi-panic", List.of("kernel panic: halting"));
        String t = run.transcript();
        assertInOrder(run.lines(), Stream.of(
                "test nmi-panic: 4 cpus count heartbeats at (0xffffffff8[0-9a-f]{7}) with interrupts masked; cpu 1 panics",
                "kernel panic on cpu 1: test nmi-panic: cpu 1 panics while the other cpus spin",
                "kernel panic: sent an NMI to 3 cpus", "kernel panic: halting").map(Pattern::compile).toList(), t);
        assertAllHalted(run.cpus(), 4, t);
        Matcher address = Pattern.compile(".*heartbeats at (0x[0-9a-f]+) .*").matcher(
                run.lines().stream().filter(l -> l.startsWith("test nmi-panic: 4 cpus")).findFirst().orElseThrow());
        assertTrue(address.matches(), t);
        assertEquals(run.memoryBefore(), run.memoryAfter(), "the heartbeats stopped\n" + t);
        Matcher beats = Pattern.compile("(?m)^[0-9a-f]+: (0x[0-9a-f]+) (0x[0-9a-f]+)").matcher(run.memoryBefore());
        int counted = 0;
        while (beats.find()) {
            for (int g = 1; g <= 2; g++) assertTrue(Long.decode(beats.group(g)) >= 10_000, "every cpu was beating: " + run.memoryBefore());
            counted += 2;
        }
        assertEquals(4, counted, "four heartbeat counters read: " + run.memoryBefore());
    }

    /**
     * cpu 1 holds off loading its IDT until cpu 0 has panicked: the panic marks it instead of sending an
     * NMI it has no handler for, and it halts by itself once its IDT is loaded. Every CPU ends halted, and
     * the machine did not reset (a triple fault would reboot it).
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aCpuThatLoadsItsIdtAfterAPanicHaltsByItself() throws Exception {
        PanicRun run = panicWithoutExit("nmi-late-ap", List.of("kernel panic: halting",
                "smp: cpu 1 loaded its IDT after the kernel panicked: halting"));
        String t = run.transcript();
        assertInOrder(run.lines(), Stream.of("test nmi-late-ap: cpu 1 waits for a panic before it loads its IDT",
                "kernel panic on cpu 0: test nmi-late-ap: panicking while cpu 1 has no NMI handler",
                "kernel panic: sent an NMI to 2 cpus; 1 cpu without an NMI handler yet \\(cpu 1\\) will halt when loading the IDT",
                "kernel panic: halting").map(Pattern::compile).toList(), t);
        assertEquals(1, run.lines().stream().filter(l -> l.equals("Hello World")).count(), "booted once\n" + t);
        assertAllHalted(run.cpus(), 4, t);
    }

    /** What a panic scenario left behind: its serial lines, every CPU's registers, and the heartbeats read twice. */
    private record PanicRun(List<String> lines, String cpus, String memoryBefore, String memoryAfter) {
        String transcript() {
            return String.join("\n", lines) + "\n--- info registers -a\n" + cpus;
        }
    }

    /**
     * Boots test=name with 4 CPUs and no qemu-exit (the panic halts), waits for every line of awaited
     * (stripped of the log header), then asks the monitor for the CPUs' state and reads the nmi-panic
     * heartbeats twice, half a second apart.
     */
    private PanicRun panicWithoutExit(String name, List<String> awaited) throws Exception {
        Path dir = out.resolve("scenario-" + name);
        Path iso = dir.resolve("jos.iso");
        new GrubIso(new ToolRunner(System.err)).make(IsoTree.fresh(dir.resolve("iso-root")), new ImageSpec("test=" + name, List.of()),
                testKernel(), image.out().resolve("jos-loader.elf"), iso);
        Path socket = dir.resolve("monitor.sock");
        java.nio.file.Files.deleteIfExists(socket);
        List<String> extra = new ArrayList<>(QemuMonitor.arguments(socket));
        QemuOptions options = QemuOptions.defaults(iso, dir.resolve("serial.log")).withCpus(4).withExtraArgs(extra);
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch seen = new java.util.concurrent.CountDownLatch(awaited.size());
        Pattern header = Pattern.compile("\\[ *\\d+\\.\\d+\\] [EWID] cpu +\\d+: ");
        QemuProcess qemu = QemuProcess.start(QemuCommand.build(options), false, OutputStream.nullOutputStream(), System.err,
                line -> {
                    String text = header.matcher(ANSI.matcher(line.text()).replaceAll("")).replaceFirst("");
                    lines.add(text);
                    if (awaited.contains(text)) seen.countDown();
                });
        try {
            boolean all = seen.await(90, TimeUnit.SECONDS);
            assertTrue(all, "the panic completes: " + awaited + "\n" + String.join("\n", lines));
            try (QemuMonitor monitor = QemuMonitor.connect(socket, Duration.ofSeconds(10))) {
                String before = "", after = "";
                Matcher address = Pattern.compile(".*heartbeats at (0x[0-9a-f]+) .*").matcher(
                        lines.stream().filter(l -> l.contains("heartbeats at")).findFirst().orElse(""));
                if (address.matches()) {
                    before = monitor.command("x /4gx " + address.group(1), Duration.ofSeconds(10));
                    Thread.sleep(500);
                    after = monitor.command("x /4gx " + address.group(1), Duration.ofSeconds(10));
                }
                // A CPU may still be finishing its last line on the framebuffer: give it a few seconds to halt.
                String cpus = monitor.command("info registers -a", Duration.ofSeconds(10));
                for (long end = System.nanoTime() + 20_000_000_000L; !allHalted(cpus) && System.nanoTime() < end; ) {
                    Thread.sleep(250);
                    cpus = monitor.command("info registers -a", Duration.ofSeconds(10));
                }
                return new PanicRun(List.copyOf(lines), cpus, before, after);
            }
        } finally {
            qemu.kill();
        }
    }

    private static boolean allHalted(String registers) {
        return registers.contains("HLT=1") && !registers.contains("HLT=0");
    }

    /** `info registers -a` shows cpus CPUs, each halted (HLT=1) with interrupts masked (IF clear in RFL). */
    private static void assertAllHalted(String registers, int cpus, String transcript) {
        List<String> listed = Stream.of(registers.split("(?m)^(?=CPU#\\d+)")).filter(c -> c.startsWith("CPU#")).toList();
        assertEquals(cpus, listed.size(), "the monitor shows every cpu\n" + transcript);
        Pattern flags = Pattern.compile("RFL=([0-9a-f]{8})");
        for (String cpu : listed) {
            String name = cpu.lines().findFirst().orElse("");
            assertTrue(cpu.contains("HLT=1"), name + " is halted\n" + transcript);
            Matcher f = flags.matcher(cpu);
            assertTrue(f.find() && (Long.parseLong(f.group(1), 16) & 0x200) == 0, name + " has interrupts masked\n" + transcript);
        }
    }

    /**
     * Every CPU logs 200 numbered records at once: all arrive, whole and in each CPU's order. The 64-CPU
     * run has no display (-vga none): under emulation the framebuffer console draws about 100 lines a
     * second, which would make 12,800 lines take minutes; serial and the lock are what is tested here.
     */
    @ParameterizedTest(name = "{0} CPUs, display {1}")
    @CsvSource({"4, true", "64, false"})
    @Timeout(value = 200, unit = TimeUnit.SECONDS)
    void concurrentLoggingLosesAndInterleavesNothing(int cpus, boolean display) {
        QemuResult r = scenario("log-storm", cpus, display ? List.of() : List.of("-vga", "none"));
        String t = r.transcript();
        assertFalse(r.timedOut(), t);
        Pattern record = Pattern.compile("\\[ *\\d+\\.\\d{6}\\] I cpu ([0-9a-f]+): log-storm cpu (\\d+) line (\\d+) of 200");
        int[] next = new int[cpus];
        int stormLines = 0;
        for (String line : plain(r)) {
            if (!line.contains("log-storm cpu")) continue;
            stormLines++;
            Matcher m = record.matcher(line);
            assertTrue(m.matches(), "a whole, uninterleaved record: '" + line + "'\n" + t);
            int cpu = Integer.parseInt(m.group(2));
            assertEquals(cpu, Integer.parseInt(m.group(1), 16), "the header names the logging cpu: " + line);
            assertEquals(next[cpu] + 1, Integer.parseInt(m.group(3)), "cpu " + cpu + " lines in order: " + line);
            next[cpu]++;
        }
        for (int cpu = 0; cpu < cpus; cpu++) assertEquals(200, next[cpu], "all 200 lines of cpu " + cpu + "\n" + t);
        assertEquals(200 * cpus, stormLines, t);
        assertTrue(plain(r).contains("test log-storm: done, " + cpus + " cpus finished"), t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * The framebuffer console after boot: a screendump through QEMU's monitor, kept as a PNG test
     * artifact (target/qemu-it/framebuffer.png), read back cell by cell with the console's own font.
     * Every cell must be a glyph, every text row on the screen a piece of a line the serial console
     * printed, and the last lines of the boot log must be there.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void framebufferConsoleShowsTheBootLog() throws Exception {
        Path dir = out.resolve("framebuffer");
        Path iso = dir.resolve("jos.iso");
        new GrubIso(new ToolRunner(System.err)).make(IsoTree.fresh(dir.resolve("iso-root")), new ImageSpec("", List.of()),
                image.kernelElf(), image.out().resolve("jos-loader.elf"), iso);
        Path socket = dir.resolve("monitor.sock");
        java.nio.file.Files.deleteIfExists(socket);
        QemuOptions options = QemuOptions.defaults(iso, dir.resolve("serial.log")).withExtraArgs(QemuMonitor.arguments(socket));
        java.util.concurrent.CountDownLatch halted = new java.util.concurrent.CountDownLatch(1);
        List<String> serial = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        QemuProcess qemu = QemuProcess.start(QemuCommand.build(options), false, OutputStream.nullOutputStream(), System.err,
                line -> {
                    serial.add(ANSI.matcher(line.text()).replaceAll(""));
                    if (line.text().equals("kernel: halting")) halted.countDown();
                });
        try {
            assertTrue(halted.await(60, TimeUnit.SECONDS), "the kernel reaches 'kernel: halting'");
            Path png = out.resolve("framebuffer.png");
            try (QemuMonitor monitor = QemuMonitor.connect(socket, Duration.ofSeconds(10))) {
                monitor.screenshot(png, Duration.ofSeconds(20));
            }
            java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(png.toFile());
            assertTrue(shot.getWidth() >= 640 && shot.getHeight() >= 480, "a framebuffer-sized screen: " + shot.getWidth() + "x" + shot.getHeight());
            int background = shot.getRGB(shot.getWidth() - 1, shot.getHeight() - 1) & 0xffffff;
            List<String> screen = ScreenText.read(shot, background);
            List<String> shown = screen.stream().filter(l -> !l.isBlank()).toList();
            String serialText = String.join("\n", serial);
            assertTrue(shown.size() >= 10, "text rows on the screen (" + png + "):\n" + String.join("\n", screen));
            for (String row : shown) {
                assertTrue(serialText.contains(row.strip()), "screen row \"" + row + "\" is no part of the serial log:\n" + serialText);
            }
            String last = shown.get(shown.size() - 1);
            assertTrue(last.endsWith("kernel: halting"), "the last row on the screen: " + last);
        } finally {
            qemu.kill();
        }
    }

    /**
     * An SPCR table injected with -acpitable names COM2 (I/O port 0x2F8, a second -serial): the console
     * says on COM1 where it goes, and the rest of the boot log arrives on COM2.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void anSpcrTableMovesTheConsoleToTheUartItNames() throws Exception {
        Path dir = out.resolve("spcr");
        java.nio.file.Files.createDirectories(dir);
        Path table = dir.resolve("spcr.bin");
        java.nio.file.Files.write(table, spcrForCom2());
        Path com2 = dir.resolve("com2.log");
        java.nio.file.Files.deleteIfExists(com2);
        QemuResult r = boot(image.kernelElf(), new ImageSpec("qemu-exit=0", List.of()), dir.resolve("boot"), 1,
                List.of("-acpitable", "file=" + table, "-serial", "file:" + com2));
        String t = r.transcript();
        assertTrue(messages(plain(r)).contains("acpi: SPCR: the console moves to the 16550 at I/O port 0x2f8"), t);
        assertFalse(plain(r).contains("kernel: exiting QEMU with code 0"), "nothing more on COM1\n" + t);
        String moved = ANSI.matcher(java.nio.file.Files.readString(com2).replace("\r", "")).replaceAll("");
        assertTrue(moved.contains(": acpi: SPCR: console now on this UART (I/O port 0x2f8, register stride 1)\n"), moved);
        assertTrue(moved.contains("kernel: exiting QEMU with code 0\n"), moved);
        assertEquals(0, r.exitCode(), t);
    }

    /** An 80-byte revision 2 SPCR: a full 16550 at I/O port 0x2F8, 115200 baud, with a valid checksum. */
    private static byte[] spcrForCom2() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(80).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(0, "SPCR".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(4, 80).put(8, (byte) 2);
        b.put(10, "JOSTST".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.put(16, "SPCRCOM2".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(24, 1);
        b.put(36, (byte) 0);                                                       // interface type: full 16550
        b.put(40, (byte) 1).put(41, (byte) 8).put(42, (byte) 0).put(43, (byte) 1).putLong(44, 0x2f8);   // GAS: I/O, 8-bit
        b.put(52, (byte) 1).put(53, (byte) 3).put(58, (byte) 7);                   // PC-AT IRQ 3, 115200 baud
        b.putShort(64, (short) 0xffff).putShort(66, (short) 0xffff);              // not a PCI device
        byte[] bytes = b.array();
        int sum = 0;
        for (byte x : bytes) sum += x;
        bytes[9] = (byte) -sum;
        return bytes;
    }

    /** An address as the fault report prints it: 16 hex digits. */
    private static String padded(String hex) {
        String digits = hex.substring(2);
        return "0x" + "0".repeat(Math.max(0, 16 - digits.length())) + digits;
    }

    /** Each line the kernel must print, as patterns, in the order it prints them. */
    private static List<Pattern> expectedLines(String firmware, int cpus) {
        List<String> regexes = new ArrayList<>(List.of(
                "Hello World",
                "limine: base revision 3 granted",
                "limine: bootloader jos-loader \\S+, firmware " + firmware,
                "limine: memory map \\d+ entries, \\d+ bytes usable",
                "limine: hhdm offset 0x[0-9a-f]+",
                "limine: cpus " + cpus + ", bsp lapic id \\d+, x2apic (on|off)",
                "limine: framebuffer \\d+x\\d+, \\d+ bpp, pitch \\d+"));
        MODULE_PATHS.forEach(p -> regexes.add(Pattern.quote("limine: module " + p)));
        regexes.addAll(List.of(
                "limine: executable /boot/kernel\\.elf, physical base 0x[0-9a-f]+, virtual base 0xffffffff80000000",
                Pattern.quote("limine: executable cmdline \"qemu-exit=0\""),
                "limine: rsdp 0x[0-9a-f]+",
                "limine: stack size \\d+",
                "acpi: RSDP revision \\d+, (RSDT|XSDT) at 0x[0-9a-f]+ with \\d+ tables",
                "acpi: table FACP at 0x[0-9a-f]+, \\d+ bytes, revision \\d+, oem .*",
                "acpi: table APIC at 0x[0-9a-f]+, \\d+ bytes, revision \\d+, oem .*",
                "acpi: MADT: " + cpus + " cpus, 1 I/O APIC \\(0xfec00000, gsi 0\\), \\d+ interrupt source overrides, NMI entries: 1",
                "acpi: MADT: apic ids( \\d+){" + Math.min(cpus, 16) + "}",
                "acpi: table HPET at 0x[0-9a-f]+, \\d+ bytes, revision \\d+, oem .*",
                "acpi: HPET at 0xfed00000, minimum tick \\d+",
                "acpi: table WAET at 0x[0-9a-f]+, \\d+ bytes, revision \\d+, oem .*"));
        // Every CPU reports the CR0 it runs with: the same value on all (NE set), whatever the loader left.
        String cr0 = Pattern.quote(String.format("cr0 0x%016x", jos.kernel.x86.cpu.ControlRegister0.KERNEL));
        // QEMU's default CPU model is an AMD one, which Meltdown does not affect; it has no SMEP, SMAP or UMIP.
        regexes.add("smp: cpu 0 \\(lapic id \\d+\\) bootstrap, " + cr0 + ", guards: none, meltdown: not affected");
        for (int id = 1; id < cpus; id++) {
            regexes.add("smp: cpu " + id + " \\(lapic id \\d+\\) online, " + cr0 + ", guards: none, meltdown: not affected");
        }
        regexes.add("smp: " + cpus + " of " + cpus + " CPUs running kernel code");
        // Hello World comes before the logger; everything after it is an info record up to the exit marker.
        regexes.replaceAll(r -> r.equals("Hello World") ? r : info(r));
        regexes.add("kernel: exiting QEMU with code 0");
        return regexes.stream().map(Pattern::compile).toList();
    }

    /** Every pattern matches a whole line, each on a later line than the one before. */
    /** The line of Scenarios.java holding code (trimmed, exactly once): panic traces name it now that every frame has its line. */
    private static int scenarioLine(String code) {
        return lineOf(Project.locate().root().resolve("microkernel/src/testkernel/java/jos/kernel/scenario/Scenarios.java"), code);
    }

    /** The line of source holding code (trimmed, exactly once). */
    private static int lineOf(Path sourceFile, String code) {
        try {
            List<String> source = java.nio.file.Files.readAllLines(sourceFile);
            int found = -1;
            for (int i = 0; i < source.size(); i++) {
                if (source.get(i).trim().equals(code)) {
                    assertEquals(-1, found, "\"" + code + "\" is on two lines of " + sourceFile);
                    found = i + 1;
                }
            }
            assertTrue(found > 0, "no line \"" + code + "\" in " + sourceFile);
            return found;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertInOrder(List<String> lines, List<Pattern> expected, String transcript) {
        int next = 0;
        for (Pattern pattern : expected) {
            int found = -1;
            for (int i = next; i < lines.size() && found < 0; i++) {
                if (pattern.matcher(lines.get(i)).matches()) {
                    found = i;
                }
            }
            if (found < 0) {
                fail("no line matching \"" + pattern + "\" after line " + next + "\n" + transcript);
            }
            next = found + 1;
        }
    }

    private static Matcher match(List<String> lines, String regex, String transcript) {
        Pattern pattern = Pattern.compile(regex);
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            if (m.matches()) {
                return m;
            }
        }
        return fail("no line matching \"" + regex + "\"\n" + transcript);
    }

    /** The names in an ELF file's symbol table, read with the compiler's ELF reader. */
    private static List<String> symbolNames(Path elf) throws IOException {
        return new jos.aot.trace.Elf(java.nio.file.Files.readAllBytes(elf), elf.toString()).symbols().stream()
                .map(jos.aot.trace.Elf.Symbol::name).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * test=irq-uart: COM1's receive interrupt (ISA IRQ 4 through the MADT's routes and the I/O APIC). The
     * test writes one byte at a time into QEMU's COM1 input and sends the next only once the kernel logged
     * the interrupt that read it acknowledged, so every byte must come through its own interrupt, read at
     * interrupt time, and no edge may be lost meanwhile (an edge line is not masked; an edge before the
     * acknowledge is delivered at it, so a delivery may find no byte: each such one is acknowledged too).
     */
    @ParameterizedTest(name = "{0} CPU(s)")
    @CsvSource({"1", "4"})
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void theUartsReceiveInterruptDeliversEveryByteInOrder(int cpus) throws Exception {
        Path dir = out.resolve("scenario-irq-uart-" + cpus);
        Path iso = dir.resolve("jos.iso");
        new GrubIso(new ToolRunner(System.err)).make(IsoTree.fresh(dir.resolve("iso-root")),
                new ImageSpec("qemu-exit=0 test=irq-uart", List.of()), testKernel(), image.out().resolve("jos-loader.elf"), iso);
        QemuOptions options = QemuOptions.defaults(iso, dir.resolve("serial.log")).withCpus(cpus);
        String text = "jos IRQ!\n";
        java.util.concurrent.BlockingQueue<String> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        QemuProcess qemu = QemuProcess.startWithSerialInput(QemuCommand.build(options), OutputStream.nullOutputStream(), System.err,
                line -> seen.add(RECORD_HEADER.matcher(ANSI.matcher(line.text()).replaceAll("")).replaceFirst("")));
        List<String> progress = new ArrayList<>();
        try {
            awaitLine(seen, progress, Pattern.compile("test irq-uart: listening on gsi 4, vector 0x[0-9a-f]{2}"), Duration.ofSeconds(120));
            for (int i = 0; i < text.length(); i++) {
                qemu.writeSerial(new byte[] {(byte) text.charAt(i)});
                String got = awaitLineMatching(seen, progress, Pattern.compile("(?:\\[[^]]*\\] \\w cpu \\d+: )?test irq-uart: interrupt (\\d+): 1 byte"),
                        Duration.ofSeconds(30));
                awaitLine(seen, progress, Pattern.compile("test irq-uart: acknowledged interrupt " + got), Duration.ofSeconds(30));
            }
        } catch (Throwable e) {
            qemu.kill();
            throw e;
        }
        QemuResult r = qemu.await(Duration.ofSeconds(120));
        String t = r.transcript();
        java.util.Set<String> empty = new java.util.HashSet<>();
        List<String> withBytes = withoutEmptyDeliveries(messages(plain(r)), "test irq-uart: ", empty, t);
        int n = text.length(), delivered = n + empty.size();
        List<String> expected = new ArrayList<>(List.of("test irq-uart: listening on gsi 4, vector 0x[0-9a-f]{2}"));
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            expected.add("test irq-uart: interrupt \\d+: byte " + String.format("0x%02x", (int) c)
                    + (c >= 0x20 && c < 0x7f ? " '" + Pattern.quote(String.valueOf(c)) + "'" : ""));
            expected.add("test irq-uart: interrupt \\d+: 1 byte");
            expected.add("test irq-uart: acknowledged interrupt \\d+");
        }
        expected.add("test irq-uart: done: " + n + " bytes in " + delivered + " interrupts, " + delivered + " acknowledged, line count (\\d+)");
        assertEquals(3 * n + 2, withBytes.size(), "exactly one byte per delivery that found one, one acknowledgement each:\n" + t);
        assertInOrder(withBytes, expected.stream().map(Pattern::compile).toList(), t);
        Matcher done = match(withBytes, "test irq-uart: done: .* line count (\\d+)", t);
        assertTrue(Integer.parseInt(done.group(1)) >= delivered, "every delivery had at least one edge\n" + t);
        assertInOrder(messages(plain(r)), Stream.of("irq: I/O APIC 0 at 0x[0-9a-f]+: gsi 0-23, 24 lines, version 0x[0-9a-f]{2}, all masked",
                "irq: ISA IRQ 0 -> gsi 2, edge, active high", "test irq-uart: listening on gsi 4, vector 0x[0-9a-f]{2}",
                "test irq-uart: done: .*", "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEquals(0, r.exitCode(), t);
    }

    /** Waits for a line matching pattern among those the listener queued (kept in progress for the report). */
    private static void awaitLine(java.util.concurrent.BlockingQueue<String> seen, List<String> progress, Pattern pattern, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        for (;;) {
            String line = seen.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) fail("no line matching \"" + pattern + "\" within " + timeout + ":\n" + String.join("\n", progress));
            progress.add(line);
            if (pattern.matcher(line).matches()) return;
        }
    }

    /**
     * The lines starting with prefix, less those of deliveries that found no byte ("interrupt k: 0 bytes"
     * and its "acknowledged interrupt k", which must be there); the numbers of those go to empty.
     */
    private static List<String> withoutEmptyDeliveries(List<String> lines, String prefix, java.util.Set<String> empty, String t) {
        List<String> ours = lines.stream().filter(l -> l.startsWith(prefix)).toList();
        Pattern none = Pattern.compile(Pattern.quote(prefix) + "interrupt (\\d+): 0 bytes");
        Pattern numbered = Pattern.compile(Pattern.quote(prefix) + "(?:interrupt|acknowledged interrupt) (\\d+)\\b.*");
        for (String l : ours) {
            Matcher m = none.matcher(l);
            if (m.matches()) empty.add(m.group(1));
        }
        for (String k : empty) assertTrue(ours.contains(prefix + "acknowledged interrupt " + k), "the empty delivery " + k + " acknowledged\n" + t);
        return ours.stream().filter(l -> {
            Matcher m = numbered.matcher(l);
            return !m.matches() || !empty.contains(m.group(1));
        }).toList();
    }

    /** As awaitLine, returning the pattern's first group in the line that matched. */
    private static String awaitLineMatching(java.util.concurrent.BlockingQueue<String> seen, List<String> progress, Pattern pattern,
            Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        for (;;) {
            String line = seen.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) fail("no line matching \"" + pattern + "\" within " + timeout + ":\n" + String.join("\n", progress));
            progress.add(line);
            Matcher m = pattern.matcher(line);
            if (m.matches()) return m.group(1);
        }
    }

    // ---------------------------------------------------------------- user programs

    /**
     * Compiles the user program test resource user/&lt;name&gt;.java (javac, then scripts/aot --target user,
     * with jos.hw, jos.abi and libsys's jos.sys on the classpath: the runtime's system-call numbers come from jos.abi) to
     * &lt;out&gt;/user/&lt;lowercase name&gt;.elf.
     */
    private Path userProgram(String name) throws Exception {
        Project project = Project.locate();
        Path dir = out.resolve("user").resolve(name);
        Path classes = dir.resolve("classes");
        java.nio.file.Files.createDirectories(classes);
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        String libraries = project.classes("toolchain/hw") + ":" + project.classes("lib/abi") + ":" + project.classes("libsys");
        int rc = javac.run(null, null, null, "--release", "25", "-g", "-cp", libraries,
                "-d", classes.toString(), resource("user/" + name + ".java").toString());
        assertEquals(0, rc, "javac " + name + ".java");
        Path elf = dir.resolve(name.toLowerCase() + ".elf");
        new ToolRunner(System.err).run("compiling the user program " + name + " to " + elf,
                List.of(project.aot().toString(), "--target", "user", "--classpath",
                        classes + ":" + libraries, "--main", name, "-o", elf.toString()),
                project.root(), true);
        return elf;
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aUserProgramRunsInRing3AndExits() throws Exception {
        Path hello = userProgram("Hello");
        QemuResult r = scenario("user-hello", 2, List.of(), List.of(new BootModule(hello, "/boot/hello.elf")));
        String t = r.transcript();
        assertInOrder(plain(r), Stream.of("process: running /boot/hello\\.elf at 0x[0-9a-f]+",
                "user: hello from user space",
                "process: /boot/hello\\.elf exited with code 7",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * Kernel IV's processes and IPC: a client and a server process (the scenario gives each a capability
     * to one endpoint, the client's SEND only, badged with the number of round trips) make call/reply_recv
     * round trips of four checksummed register words, 100,000 with both on one CPU and 100,000 with the
     * server on another (each round trip there wakes the other CPU by IPI). Both exit 0, and
     * their teardowns give back every frame and heap block (the endpoint goes with the last capability).
     */
    @ParameterizedTest
    @CsvSource({"ipc-pingpong, 100000", "ipc-pingpong-smp, 100000"})
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void pingPongProcessesMakeCallsThroughTheKernel(String name, int rounds) throws Exception {
        List<BootModule> modules = List.of(new BootModule(userProgram("PingServer"), "/boot/pingserver.elf"),
                new BootModule(userProgram("PingClient"), "/boot/pingclient.elf"));
        QemuResult r = scenario(name, 2, List.of("-vga", "none"), modules);
        String t = r.transcript();
        List<String> lines = plain(r);
        assertInOrder(lines, Stream.of("test " + name + ": server on cpu \\d, client on cpu 0, " + rounds + " round trips",
                "user: ping: " + rounds + " round trips, 0 bad replies, \\d+ ns each, checksum [0-9a-f]+",
                "user: ping: the server served " + rounds + " calls \\(stop: 0\\)",
                "process: /boot/pingclient\\.elf exited with code 0, process dead with status 0",
                "process: /boot/pingserver\\.elf exited with code 0, process dead with status 0",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        match(lines, "user: pong: served " + rounds + " calls, the last reply gave 0", t);
        assertEverythingBack(lines, name, " (processes, tables, the endpoint)", t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * A server process killed while it holds a call: its teardown fails the caller with EPIPE, the caller
     * (another process) exits normally, and everything of both comes back.
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aServerKilledDuringACallFailsTheCallerWithEpipe() throws Exception {
        List<BootModule> modules = List.of(new BootModule(userProgram("HoldServer"), "/boot/holdserver.elf"),
                new BootModule(userProgram("CallOnce"), "/boot/callonce.elf"));
        QemuResult r = scenario("ipc-kill", 2, List.of("-vga", "none"), modules);
        String t = r.transcript();
        List<String> lines = plain(r);
        // The kill may come before the server prints that it holds the call: its line is not required.
        assertInOrder(lines, Stream.of("test ipc-kill: the client waits for its reply; killing the server",
                "process: /boot/holdserver\\.elf exited with code -9, process dead with status -9",
                "user: caller: the call returned " + jos.abi.Errors.EPIPE,
                "process: /boot/callonce\\.elf exited with code 0, process dead with status 0",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEverythingBack(lines, "ipc-kill", "", t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * A process scenario's last line (ProcessScenarios.reportMemory): free memory and the kernel heap's
     * bytes in use are the same after its processes ended as before they were made; heapDetail names what
     * the heap held meanwhile.
     */
    private static void assertEverythingBack(List<String> lines, String name, String heapDetail, String t) {
        Matcher free = match(lines, ".*test " + name + ": free memory (\\d+) bytes before, (\\d+) after; heap (\\d+) bytes in use before, (\\d+) after", t);
        assertEquals(free.group(1), free.group(2), "every frame is back\n" + t);
        assertEquals(free.group(3), free.group(4), "every heap block is back" + heapDetail + "\n" + t);
    }

    /**
     * spawn, kill and process_status (2, 3, 4): the first process spawns a child that exits with 7 and
     * reads its status, spawns a spinner, kills it and reads its status, spawns Fault and reads its fault record
     * (process_fault, 12: the rip the kernel logged); a module its capability does not name and the empty
     * handle get their errors, and every frame and heap block of all three comes back.
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aProcessSpawnsAChildAndKillsAnother() throws Exception {
        List<BootModule> modules = List.of(new BootModule(userProgram("Spawner"), "/boot/spawner.elf"),
                new BootModule(userProgram("ExitSeven"), "/boot/exitseven.elf"),
                new BootModule(userProgram("Spinner"), "/boot/spinner.elf"), new BootModule(userProgram("Fault"), "/boot/fault.elf"));
        QemuResult r = scenario("process-spawn", 2, List.of("-vga", "none"), modules);
        String t = r.transcript();
        List<String> lines = plain(r);
        assertInOrder(lines, Stream.of("user: spawner: spawning a module the capability does not name: " + jos.abi.Errors.EPERM,
                "user: spawner: the status of an empty slot: " + jos.abi.Errors.EBADF,
                "user: spawner: spawned exitseven: a handle",
                "user: spawner: exitseven exited with code 7",
                "user: spawner: spawned spinner: a handle",
                "user: spawner: spinner is running",
                "user: spawner: kill returned 0",
                "user: spawner: spinner exited with code -9",
                "user: spawner: process_fault of the killed spinner: " + jos.abi.Errors.ENOENT,
                "user: spawner: fault exited with code -1014",
                "user: spawner: process_fault returned 0: vector 14, address 0xffffffff80000000, error code 0x5, rip 0x[0-9a-f]+",
                "process: /boot/spawner\\.elf exited with code 0, process dead with status 0",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        match(lines, "user: exitseven: exiting with 7", t);
        // The kernel's record of the fault comes when it happens, the spawner's lines when it flushes them.
        String logged = match(lines, ".*process: /boot/fault\\.elf killed by page fault \\(vector 14\\) at rip 0x0*([0-9a-f]+), "
                + "address 0xffffffff80000000, error code 0x5", t).group(1);
        assertEquals(logged, match(lines, "user: spawner: process_fault returned 0: .*, rip 0x([0-9a-f]+)", t).group(1), "the rip the kernel logged");
        assertEverythingBack(lines, "process-spawn", " (the children, their tables)", t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * clock_monotonic (56): Monotonic.java reads it 1000 times, never backwards, and sees it advance; its
     * first reading is kernel time: after the last log record's timestamp before the program, within QEMU's run.
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void clockMonotonicGivesAUserProgramKernelTime() throws Exception {
        Path elf = userProgram("Monotonic");
        QemuResult r = scenario("user-programs", "user-monotonic", 1, List.of("-vga", "none"),
                List.of(new BootModule(elf, "/boot/monotonic.elf")));
        String t = r.transcript();
        List<String> lines = plain(r);
        assertInOrder(lines, Stream.of("process: running /boot/monotonic\\.elf at 0x[0-9a-f]+",
                "user: clock: first reading \\d+ ns",
                "user: clock: advanced by [1-9]\\d* ns over 1000 readings, 0 went back",
                "process: /boot/monotonic\\.elf exited with code 0",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        // Kernel time: later than the last log record before the program ran, earlier than QEMU's whole run.
        Pattern record = Pattern.compile("\\[ *(\\d+)\\.(\\d{6})\\] .*");
        long before = 0;
        for (String line : lines) {
            if (line.startsWith("process: running /boot/monotonic.elf")) break;
            Matcher m = record.matcher(line);
            if (m.matches()) before = Long.parseLong(m.group(1)) * 1_000_000_000L + Long.parseLong(m.group(2)) * 1000;
        }
        long first = Long.parseLong(match(lines, "user: clock: first reading (\\d+) ns", t).group(1));
        assertTrue(before > 0 && before <= first && first < r.elapsed().toNanos(), "the reading " + first + " ns lies after the last record ("
                + before + " ns) and within QEMU's run (" + r.elapsed().toNanos() + " ns)\n" + t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * SSE and x87 in ring 3 (CR4.OSFXSR, OSXMMEXCPT; the user target compiles with them): the program's
     * console lines are what the same class prints on HotSpot, run here with this JDK's java launcher.
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void floatingPointInAUserProgramPrintsWhatHotSpotPrints() throws Exception {
        Path elf = userProgram("FloatingPoint");
        Path classes = out.resolve("user").resolve("FloatingPoint").resolve("classes");
        Process hotspotRun = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), "FloatingPoint").redirectErrorStream(true).start();
        String hotspot = new String(hotspotRun.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, hotspotRun.waitFor(), "HotSpot ran FloatingPoint:\n" + hotspot);
        List<String> expected = hotspot.lines().map(l -> "user: " + l).toList();
        assertEquals(8, expected.size(), hotspot);
        QemuResult r = scenario("user-programs", "user-floating-point", 1, List.of("-vga", "none"),
                List.of(new BootModule(elf, "/boot/floating-point.elf")));
        String t = r.transcript();
        assertEquals(expected, plain(r).stream().filter(l -> l.startsWith("user: ")).toList(), t);
        assertInOrder(plain(r), Stream.of("process: /boot/floating-point\\.elf exited with code 0",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEquals(0, r.exitCode(), t);
        // The scheduler saves a thread's FP state only when it switches threads: sound only while no other
        // kernel instruction touches it.
        for (Path kernel : List.of(image.kernelElf(), testKernel())) {
            assertEquals(List.of(), floatingPointInstructions(kernel), kernel + " touches x87/SSE state");
        }
    }

    /**
     * The instructions of an image's disassembly (objdump -d) that use x87, SSE or AVX registers or state,
     * but for the context switch's one fxsave64 and one fxrstor64 (sched.Switch), which are checked to be there.
     * Kernel addresses fill objdump's address column, so a line may start with no blank.
     */
    private static List<String> floatingPointInstructions(Path elf) throws Exception {
        Process objdump = new ProcessBuilder("objdump", "-d", "--no-show-raw-insn", elf.toString()).redirectErrorStream(true).start();
        List<String> lines = new String(objdump.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, objdump.waitFor(), "objdump -d " + elf);
        assertTrue(lines.size() > 1000, "disassembled " + elf + ": " + lines.size() + " lines");
        Pattern fp = Pattern.compile("^\\s*[0-9a-f]+:\\s+(f[a-z0-9]*\\b|ld?mxcsr|st?mxcsr|x(save|rstor)[a-z0-9]*|.*%[xyz]mm|.*%st\\b)");
        Pattern switchFp = Pattern.compile("^\\s*[0-9a-f]+:\\s+(fxsave64|fxrstor64)\\s+\\(%rdi\\)\\s*$");
        List<String> all = lines.stream().filter(l -> fp.matcher(l).find()).toList();
        assertEquals(2, all.stream().filter(l -> switchFp.matcher(l).find()).count(), "the switch's fxsave64 and fxrstor64 in " + elf + ": " + all);
        return all.stream().filter(l -> !switchFp.matcher(l).find()).limit(10).toList();
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aFaultingUserProgramIsEndedAndTheKernelGoesOn() throws Exception {
        Path fault = userProgram("Fault");
        QemuResult r = scenario("user-fault", 1, List.of(), List.of(new BootModule(fault, "/boot/fault.elf")));
        String t = r.transcript();
        assertInOrder(plain(r), Stream.of("user: about to read kernel memory",
                "\\[ *[0-9.]+\\] E cpu 0: process: /boot/fault\\.elf killed by page fault \\(vector 14\\) at rip 0x0000000000[0-9a-f]{6}, "
                        + "address 0xffffffff80000000, error code 0x5",
                "process: /boot/fault\\.elf exited with code -1014",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertFalse(t.contains("read zero") || t.contains("read something"), t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * A syscall in the last two bytes of the user half returns to 0x0000800000000000, not canonical:
     * sysretq there would #GP in ring 0 on Intel CPUs with the user's rsp and GS base. The kernel ends
     * the thread instead, and goes on, on an AMD-like and on an Intel CPU model.
     */
    @Test
    @Timeout(value = 400, unit = TimeUnit.SECONDS)
    void aUserSyscallAtTheTopOfTheUserHalfIsEndedNotSysretToANonCanonicalAddress() throws Exception {
        Path hello = userProgram("Hello");
        for (String model : List.of("qemu64", "Nehalem")) {
            QemuResult r = boot(testKernel(), new ImageSpec("qemu-exit=0 test=user-sysret-top", List.of(new BootModule(hello, "/boot/hello.elf"))),
                    out.resolve("scenario-user-sysret-top-" + model), 1, List.of("-cpu", model));
            String t = model + "\n" + r.transcript();
            assertInOrder(plain(r), Stream.of("process: running /boot/hello\\.elf at 0x[0-9a-f]+",
                    "test user-sysret-top: syscall at 0x00007ffffffffffe, its return address 0x0000800000000000 is not canonical",
                    "\\[ *[0-9.]+\\] E cpu 0: process: /boot/hello\\.elf killed by a return to a non-user address: "
                            + "rip 0x0000800000000000, rsp 0x00007ffffffff000",
                    "process: /boot/hello\\.elf exited with code -1013",
                    "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
            assertFalse(t.contains("user: hello"), t);
            assertEquals(0, r.exitCode(), t);
        }
    }

    /** A program's line of the user-programs scenario: free memory before and after, ticks and merged ticks. */
    private static final Pattern PROGRAM_ACCOUNTS = Pattern.compile(
            "test user-programs: (/boot/[a-z0-9-]+\\.elf): free memory (\\d+) bytes before, (\\d+) after; (\\d+) ticks, (\\d+) merged; at most (\\d+) at once since boot");

    /**
     * The user-programs scenario accounted for every module, in boot order, and each one's free memory
     * after equals its free memory before (what, appended to the path, the failure says).
     */
    private static void assertEveryModuleGaveBack(QemuResult r, List<BootModule> modules, String what) {
        String t = r.transcript();
        java.util.Map<String, long[]> accounts = programAccounts(plain(r));
        assertEquals(modules.stream().map(BootModule::bootPath).toList(), List.copyOf(accounts.keySet()), t);
        accounts.forEach((path, a) -> assertEquals(a[0], a[1], path + what + "\n" + t));
    }

    /** The user-programs scenario's accounting line per module path: {free before, free after, ticks, merged, longest merge since boot}. */
    private static java.util.Map<String, long[]> programAccounts(List<String> lines) {
        java.util.Map<String, long[]> accounts = new java.util.LinkedHashMap<>();
        for (String line : lines) {
            Matcher m = PROGRAM_ACCOUNTS.matcher(line);
            if (m.matches()) {
                accounts.put(m.group(1), new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                        Long.parseLong(m.group(4)), Long.parseLong(m.group(5)), Long.parseLong(m.group(6))});
            }
        }
        return accounts;
    }

    /**
     * Every exception a program can raise ends only that program, with code -1000 - vector, and gives back
     * all its memory: #DE (a real div by zero), #BP (int3: the breakpoint gate is open to ring 3), #UD,
     * int 0x80 (no gate: #GP whose error code names IDT entry 0x80 with the IDT bit: 0x402 in the SDM's
     * selector format, 0x802 from QEMU's TCG, which gives the entry's byte offset), #GP (hlt) and #PF, in one boot, and a
     * program run after them all still works.
     */
    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void everyUserFaultEndsOnlyThatProgramAndGivesBackItsMemory() throws Exception {
        record Case(String program, String path, String report, int vector) {
        }
        String rip = " at rip 0x0000000000[0-9a-f]{6}";
        List<Case> cases = List.of(
                new Case("DivideError", "/boot/divide-error.elf", "divide error \\(vector 0\\)" + rip + ", error code 0x0", 0),
                new Case("Breakpoint", "/boot/breakpoint.elf", "breakpoint \\(vector 3\\)" + rip + ", error code 0x0", 3),
                new Case("InvalidOpcode", "/boot/invalid-opcode.elf", "invalid opcode \\(vector 6\\)" + rip + ", error code 0x0", 6),
                new Case("SoftwareInterrupt", "/boot/int80.elf",
                        "general protection fault \\(vector 13\\)" + rip + ", error code 0x[48]02", 13),
                new Case("Privileged", "/boot/privileged.elf",
                        "general protection fault \\(vector 13\\)" + rip + ", error code 0x0", 13),
                new Case("Fault", "/boot/fault.elf", "page fault \\(vector 14\\)" + rip
                        + ", address 0xffffffff80000000, error code 0x5", 14));
        List<BootModule> modules = new ArrayList<>();
        for (Case c : cases) modules.add(new BootModule(userProgram(c.program()), c.path()));
        modules.add(new BootModule(userProgram("Hello"), "/boot/hello.elf"));
        QemuResult r = scenario("user-programs", "user-faults", 1, List.of("-vga", "none"), modules);
        String t = r.transcript();
        List<Pattern> expected = new ArrayList<>();
        for (Case c : cases) {
            String path = Pattern.quote(c.path());
            expected.add(Pattern.compile("process: running " + path + " at 0x[0-9a-f]+"));
            expected.add(Pattern.compile("user: about to .*"));
            expected.add(Pattern.compile("\\[ *[0-9.]+\\] E cpu 0: process: " + path + " killed by " + c.report()));
            expected.add(Pattern.compile("process: " + path + " exited with code " + (-1000 - c.vector())));
        }
        expected.add(Pattern.compile("user: hello from user space"));
        expected.add(Pattern.compile("process: /boot/hello\\.elf exited with code 7"));
        expected.add(Pattern.compile("test user-programs: 7 modules done"));
        expected.add(Pattern.compile("kernel: exiting QEMU with code 0"));
        assertInOrder(plain(r), expected, t);
        assertFalse(t.contains("returned") || t.contains("divided:"), "no faulting instruction returned\n" + t);
        assertEveryModuleGaveBack(r, modules, " gives back every frame");
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * User memory (abi.md, map/unmap/protect/memory_info): a program maps and touches 64 MiB, unmaps it,
     * is refused W+X by map and protect, and its read of the unmapped range faults (-1014); a program asking
     * for more than its quota gets ENOMEM, at once with nothing taken and a MiB at a time at the quota, and
     * exits cleanly; a program with 100,000 live objects (far over the old 1 MiB heap) runs, its
     * maxMemory the quota less what it started with; and each gives back every frame.
     */
    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void programsMapUnmapAndProtectMemoryWithinTheirQuota() throws Exception {
        List<BootModule> modules = List.of(new BootModule(userProgram("MapTouch"), "/boot/map-touch.elf"),
                new BootModule(userProgram("OverQuota"), "/boot/over-quota.elf"),
                new BootModule(userProgram("ManyObjects"), "/boot/many-objects.elf"));
        QemuResult r = scenario("user-programs", "user-memory", 1, List.of("-vga", "none"), modules);
        String t = r.transcript();
        List<String> lines = plain(r);
        assertInOrder(lines, Stream.of(
                "user: map-touch: 64 MiB mapped, every page written and read back, 0 wrong",
                "user: map-touch: unmap 0",
                "user: map-touch: map writable and executable -22",
                "user: map-touch: protect writable and executable -22, read-only and executable 0",
                "user: map-touch: about to read unmapped 0x([0-9a-f]+)",
                "\\[ *[0-9.]+\\] E cpu 0: process: /boot/map-touch\\.elf killed by page fault \\(vector 14\\) at rip 0x[0-9a-f]+, address 0x([0-9a-f]+), error code 0x4",
                "process: /boot/map-touch\\.elf exited with code -1014",
                "user: over-quota: quota 128 MiB; 129 MiB at once: -12, used unchanged",
                "user: over-quota: \\d+ MiB one by one, then -12; full true; unmapped 0",
                "user: over-quota: after unmapping, only page tables kept: true",
                "process: /boot/over-quota\\.elf exited with code 0",
                "user: many-objects: 100000 objects, sum 4999950000, 988890 name chars",
                "user: many-objects: max memory \\d+ MiB",
                "process: /boot/many-objects\\.elf exited with code 0",
                "test user-programs: 3 modules done").map(Pattern::compile).toList(), t);
        long touched = Long.parseLong(match(lines, "user: map-touch: about to read unmapped 0x([0-9a-f]+)", t).group(1), 16);
        long faulted = Long.parseLong(match(lines, ".*killed by page fault .*, address 0x([0-9a-f]+), error code 0x4", t).group(1), 16);
        assertEquals(touched, faulted, "the fault is at the unmapped address\n" + t);
        long mib = Long.parseLong(match(lines, "user: many-objects: max memory (\\d+) MiB", t).group(1));
        assertTrue(mib > 100 && mib < 128, "maxMemory is the quota less the program's own pages: " + mib + "\n" + t);
        long chunks = Long.parseLong(match(lines, "user: over-quota: (\\d+) MiB one by one.*", t).group(1));
        assertTrue(chunks > 100 && chunks < 128, "the quota was the limit: " + chunks + "\n" + t);
        assertEveryModuleGaveBack(r, modules, " gives back every frame");
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * A malformed program is refused with its path and the reason, takes no memory, and the kernel goes on
     * to run the next one: a file cut inside its program header table, and one whose first segment is in
     * the kernel half (both made from Hello's ELF here).
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aMalformedProgramIsRefusedByNameAndTheKernelGoesOn() throws Exception {
        Path hello = userProgram("Hello");
        byte[] elf = java.nio.file.Files.readAllBytes(hello);
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(elf).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int phoff = (int) header.getLong(0x20), phentsize = header.getShort(0x36) & 0xffff;
        Path dir = out.resolve("user").resolve("malformed");
        java.nio.file.Files.createDirectories(dir);
        Path truncated = dir.resolve("truncated.elf");
        java.nio.file.Files.write(truncated, java.util.Arrays.copyOf(elf, phoff + phentsize / 2));
        byte[] kernelHalf = elf.clone();
        java.nio.ByteBuffer headers = java.nio.ByteBuffer.wrap(kernelHalf).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int lastLoad = -1;
        for (int i = 0; i < (header.getShort(0x38) & 0xffff); i++) {
            if (headers.getInt(phoff + i * phentsize) == 1) lastLoad = phoff + i * phentsize;   // PT_LOAD
        }
        headers.putLong(lastLoad + 0x10, 0xffff_8000_0040_0000L);   // p_vaddr: still ascending, in the kernel half
        Path kernel = dir.resolve("kernel-half.elf");
        java.nio.file.Files.write(kernel, kernelHalf);
        List<BootModule> modules = List.of(new BootModule(truncated, "/boot/truncated.elf"),
                new BootModule(kernel, "/boot/kernel-half.elf"), new BootModule(hello, "/boot/hello.elf"));
        QemuResult r = scenario("user-programs", "user-malformed", 1, List.of("-vga", "none"), modules);
        String t = r.transcript();
        assertInOrder(plain(r), Stream.of(
                "process: cannot load /boot/truncated\\.elf: ELF program headers extend past the end of the file; e_phoff 0x40",
                "test user-programs: /boot/truncated\\.elf: .*",
                "process: cannot load /boot/kernel-half\\.elf: .*user segment outside the user half.*",
                "test user-programs: /boot/kernel-half\\.elf: .*",
                "user: hello from user space",
                "process: /boot/hello\\.elf exited with code 7",
                "test user-programs: 3 modules done",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEveryModuleGaveBack(r, modules, " takes no frame");
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * debug_write is bounded: BulkWrite hands it 1 MiB in one call, which writes 256 bytes and returns the
     * count, and the program's loop takes 4096 calls. Every console line it makes, split at 250 bytes of
     * text, begins "user: " and the lines are exactly its bytes; and no stretch with interrupts masked
     * lasted a quarter of the write (the longest merge of timer ticks into one interrupt: a host that
     * deschedules QEMU makes short ones; one call of 1 MiB with interrupts masked merges nearly all).
     */
    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void aMebibyteInOneDebugWriteIsBoundedPrefixedAndMasksNoTick() throws Exception {
        // Unbounded (one call writing the whole MiB), this boot took 586 ticks of which 583 were merged.
        // The merges counted include boot's (since boot), which can only make the check stricter.
        Path bulk = userProgram("BulkWrite");
        QemuResult r = scenario("user-programs", "user-bulk-write", 1, List.of("-vga", "none"), List.of(new BootModule(bulk, "/boot/bulk.elf")));
        String t = r.transcript();
        List<String> lines = plain(r);
        long[] a = programAccounts(lines).get("/boot/bulk.elf");
        assertTrue(a != null, tail(t));
        assertEquals(a[0], a[1], "free memory back");
        System.out.println("bulk write: " + a[2] + " ticks, " + a[3] + " merged, at most " + a[4] + " at once");
        assertTrue(a[2] >= 10, "the write took at least 10 ticks, so merging could show: " + a[2]);
        // A loaded host's descheduling of QEMU merges ticks too (182 of 770 seen), but in short stretches; one call
        // with interrupts masked for the whole MiB merges nearly all of them into one interrupt.
        assertTrue(a[4] * 4 < a[2], "the longest stretch merged " + a[4] + " of the write's " + a[2] + " ticks");
        int start = lines.indexOf("user: bulk-write: start");
        int end = lines.indexOf("user: bulk-write: end, 1048576 bytes in 4096 calls, the first wrote 256");
        assertTrue(start >= 0 && end > start, "start and end markers\n" + tail(t));
        StringBuilder bytes = new StringBuilder();
        for (int p = 0; p < 1 << 20; p++) bytes.append((p + 1) % 1000 == 0 || p == (1 << 20) - 1 ? '\n' : (char) ('a' + p % 26));
        List<String> expected = new ArrayList<>();
        for (String line : bytes.toString().split("\n")) {
            for (int at = 0; at < line.length(); at += 250) expected.add("user: " + line.substring(at, Math.min(line.length(), at + 250)));
        }
        List<String> written = lines.subList(start + 1, end);
        for (int i = 0; i < written.size(); i++) {
            if (!written.get(i).startsWith("user: ")) fail("console line " + i + " is not prefixed: " + written.get(i));
        }
        assertEquals(expected.size(), written.size(), "console lines");
        assertEquals(expected, written);
        assertEquals(0, r.exitCode(), tail(t));
    }

    /** The end of a long transcript (the bulk write's is over a megabyte). */
    private static String tail(String transcript) {
        return transcript.length() <= 20_000 ? transcript : "...\n" + transcript.substring(transcript.length() - 20_000);
    }

    private Path resource(String name) throws URISyntaxException {
        return Path.of(getClass().getClassLoader().getResource(name).toURI());
    }

    // ---------------------------------------------------------------- paranoid entries, SMEP, SMAP, UMIP

    /** QEMU's model with every feature TCG has: SMEP, SMAP and UMIP among them. */
    private static final List<String> CPU_MAX = List.of("-cpu", "max");
    /** CR4.UMIP, SMEP, SMAP. */
    private static final long CR4_GUARDS = 1L << 11 | 1L << 20 | 1L << 21;

    /**
     * cpu 1 runs a program making a million system calls or more with GS base 0 while cpu 0 sends it
     * 10,000 NMIs or more, each once the last was counted: NMIs land between syscall and swapgs too, where only the paranoid
     * entry's look at IA32_GS_BASE finds the per-CPU block. The program finishes, nothing panics.
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void nmisDuringAMillionSystemCallsAreCountedAndNothingBreaks() throws Exception {
        Path storm = userProgram("Storm");
        QemuResult r = scenario("nmi-storm", 2, CPU_MAX, List.of(new BootModule(storm, "/boot/storm.elf")));
        String t = r.transcript();
        assertInOrder(plain(r), Stream.of(
                info("smp: cpu 1 \\(lapic id \\d+\\) online, .*, guards: smep smap umip, .*"),
                "test nmi-storm: cpu 1 runs /boot/storm\\.elf while cpu 0 sends it 10000 NMIs or more",
                "user: storm: a million system calls or more, all returned 0",
                ".*process: /boot/storm\\.elf exited with code 42",
                "test nmi-storm: sent \\d+ NMIs, cpu 1 counted \\d+",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        Matcher counts = match(plain(r), "test nmi-storm: sent (\\d+) NMIs, cpu 1 counted (\\d+)", t);
        assertEquals(counts.group(1), counts.group(2), "every NMI counted, none a panic\n" + t);
        assertTrue(Long.parseLong(counts.group(2)) >= 10_000, "at least 10,000 NMIs\n" + t);
        assertFalse(t.contains("kernel panic"), t);
        assertEquals(0, r.exitCode(), t);
    }

    // ---------------------------------------------------------------- the scheduler

    /**
     * test=sched-preempt: one spinner per CPU (programs that never give up their CPU) and a counter at the
     * same priority: the counter ends only through timer preemption; the spinners end by kill, and every
     * thread is switched to more than once. Then a lower- and a higher-priority program pinned to cpu 0: the
     * higher one prints all its lines and ends before the lower one prints. Every frame comes back.
     */
    @ParameterizedTest(name = "{0} cpus")
    @ValueSource(ints = {1, 4})
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void programsThatNeverYieldArePreemptedAndPrioritiesAreKept(int cpus) throws Exception {
        List<BootModule> modules = List.of(new BootModule(userProgram("Spinner"), "/boot/spinner.elf"),
                new BootModule(userProgram("Counter"), "/boot/counter.elf"), new BootModule(userProgram("Later"), "/boot/later.elf"));
        QemuResult r = scenario("sched-preempt", cpus, List.of("-vga", "none"), modules);
        String t = r.transcript();
        List<String> lines = plain(r);
        List<Pattern> expected = new ArrayList<>();
        expected.add(Pattern.compile("test sched-preempt: " + cpus + " cpus, " + cpus + " spinners and a counter at the same priority"));
        for (int line = 1; line <= 5; line++) expected.add(Pattern.compile("user: counter: line " + line));
        expected.add(Pattern.compile(".*process: /boot/counter\\.elf exited with code 0 after \\d+ switches to it"));
        expected.add(Pattern.compile(".*test sched-preempt: the counter ended; killing the spinners"));
        for (int i = 0; i < cpus; i++) expected.add(Pattern.compile(".*process: /boot/spinner\\.elf exited with code -9 after \\d+ switches to it"));
        expected.add(Pattern.compile(".*test sched-preempt: a lower-priority program, then a higher-priority one, on cpu 0"));
        for (int line = 1; line <= 5; line++) expected.add(Pattern.compile("user: counter: line " + line));
        expected.add(Pattern.compile(".*process: /boot/counter\\.elf exited with code 0 after 1 switches to it"));
        for (int line = 1; line <= 3; line++) expected.add(Pattern.compile("user: later: line " + line));
        expected.add(Pattern.compile(".*process: /boot/later\\.elf exited with code 0 after 1 switches to it"));
        expected.add(Pattern.compile("kernel: exiting QEMU with code 0"));
        assertInOrder(lines, expected, t);
        assertEquals(cpus, lines.stream().filter(l -> l.equals("user: spinner: spinning")).count(), "every spinner ran\n" + t);
        Matcher counter = match(lines, ".*process: /boot/counter\\.elf exited with code 0 after (\\d+) switches to it", t);
        assertTrue(Integer.parseInt(counter.group(1)) > 1, "the counter was preempted and resumed\n" + t);
        Matcher free = match(lines, ".*test sched-preempt: free memory (\\d+) bytes before, (\\d+) after", t);
        assertEquals(free.group(1), free.group(2), "every frame came back\n" + t);
        assertFalse(t.contains("kernel panic") || t.contains("could not be destroyed"), t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * test=sched-fp: two programs computing with doubles on one CPU with a one-tick quantum are switched
     * many times in the middle of their arithmetic; each prints what HotSpot prints for it.
     */
    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void floatingPointStateSurvivesFrequentSwitches() throws Exception {
        List<String> expected = new ArrayList<>();
        List<BootModule> modules = new ArrayList<>();
        for (String name : List.of("FpWorker", "FpWorkerB")) {
            Path elf = userProgram(name);
            modules.add(new BootModule(elf, name.equals("FpWorker") ? "/boot/fp-worker.elf" : "/boot/fp-worker-b.elf"));
            Path classes = out.resolve("user").resolve(name).resolve("classes");
            Process hotspotRun = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classes.toString(), name).redirectErrorStream(true).start();
            String hotspot = new String(hotspotRun.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, hotspotRun.waitFor(), "HotSpot ran " + name + ":\n" + hotspot);
            hotspot.lines().map(l -> "user: " + l).forEach(expected::add);
        }
        assertEquals(2, expected.size(), expected.toString());
        QemuResult r = scenario("sched-fp", 1, List.of("-vga", "none"), modules);
        String t = r.transcript();
        List<String> lines = plain(r);
        assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(lines.stream().filter(l -> l.startsWith("user: fp")).toList()), t);
        Matcher switches = match(lines, ".*test sched-fp: cpu 0 made (\\d+) switches", t);
        assertTrue(Integer.parseInt(switches.group(1)) >= 20, "switched often\n" + t);
        Matcher free = match(lines, ".*test sched-fp: free memory (\\d+) bytes before, (\\d+) after", t);
        assertEquals(free.group(1), free.group(2), "every frame came back\n" + t);
        assertEquals(0, r.exitCode(), t);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void sidtInAUserProgramIsAGeneralProtectionFaultUnderUmip() throws Exception {
        Path sidt = userProgram("Sidt");
        QemuResult r = scenario("user-sidt", 1, CPU_MAX, List.of(new BootModule(sidt, "/boot/sidt.elf")));
        String t = r.transcript();
        assertInOrder(plain(r), Stream.of(info("smp: cpu 0 \\(lapic id \\d+\\) bootstrap, .*, guards: smep smap umip, .*"),
                "user: about to execute sidt",
                ".* process: /boot/sidt\\.elf killed by general protection fault \\(vector 13\\) at rip 0x[0-9a-f]+, error code 0x0",
                "process: /boot/sidt\\.elf exited with code -1013",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertFalse(t.contains("sidt gave"), t);
        assertEquals(0, r.exitCode(), t);
    }

    /** The kernel reading (SMAP) or jumping to (SMEP) a user page panics with a page fault naming it; CR4 shows all three guards. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"read-user, reading, data", "exec-user, jumping to, instruction fetch"})
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theKernelTouchingAUserPageIsAPageFaultNamingIt(String name, String verb, String access) {
        QemuResult r = scenario(name, 1, CPU_MAX);
        String t = r.transcript();
        String address = match(plain(r), "test " + name + ": " + verb + " the user page at (0x[0-9a-f]+), cr4 guards: smep smap umip", t).group(1);
        assertInOrder(plain(r), Stream.of("kernel panic on cpu 0: unhandled page fault",
                "exception: page fault \\(vector 14\\) on cpu 0 at rip 0x[0-9a-f]+",
                "page fault: address " + padded(address) + ", protection violation, read, kernel, " + access,
                "  cr0 0x[0-9a-f]{16}  cr2 " + padded(address) + "  cr3 0x[0-9a-f]{16}  cr4 0x[0-9a-f]{16}",
                "kernel panic: exiting QEMU with code 3").map(Pattern::compile).toList(), t);
        long cr4 = Long.parseUnsignedLong(match(plain(r), "  cr0 0x[0-9a-f]{16}  cr2 0x[0-9a-f]{16}  cr3 0x[0-9a-f]{16}  cr4 0x([0-9a-f]{16})", t).group(1), 16);
        assertEquals(CR4_GUARDS, cr4 & CR4_GUARDS, "SMEP, SMAP and UMIP in the report's cr4\n" + t);
        assertFalse(t.contains("from user memory"), t);
        assertPanicExit(r, t);
    }

    /**
     * IPC buffers in user space (ipc_buffer, 36): BufPingClient and BufPingServer map their threads' IPC
     * buffers and make call/reply_recv round trips of a full 4096-byte page, checksummed one way and
     * transformed and checksummed back, 100,000 on one CPU and 100,000 with the server on another. Both
     * exit 0, and every frame (the buffers' included) and heap block comes back.
     */
    @ParameterizedTest
    @CsvSource({"ipc-buffers, 100000", "ipc-buffers-smp, 100000"})
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void fullPageMessagesMoveBetweenTheProgramsIpcBuffers(String name, int rounds) throws Exception {
        List<BootModule> modules = List.of(new BootModule(userProgram("BufPingServer"), "/boot/bufpingserver.elf"),
                new BootModule(userProgram("BufPingClient"), "/boot/bufpingclient.elf"));
        QemuResult r = scenario(name, 2, List.of("-vga", "none"), modules);
        String t = r.transcript();
        List<String> lines = plain(r);
        assertInOrder(lines, Stream.of("test " + name + ": server on cpu \\d, client on cpu 0, " + rounds + " round trips of 4096 bytes",
                "user: ping4k: " + rounds + " round trips of 4096 bytes, 0 bad replies, \\d+ ns each, checksum [0-9a-f]+",
                "user: ping4k: the server served " + rounds + " calls \\(stop: 0\\)",
                "process: /boot/bufpingclient\\.elf exited with code 0, process dead with status 0",
                "process: /boot/bufpingserver\\.elf exited with code 0, process dead with status 0",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        match(lines, "user: pong4k: served " + rounds + " calls, the last reply gave 0", t);
        assertEverythingBack(lines, name, " (processes, tables, the endpoint)", t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * A capability passed through a server to a third process, which uses it: GrantClient sends a
     * SIGNAL-only capability to its notification and 1001 bytes with GRANT in a call to GrantServer, which
     * forwards both to GrantUser and deletes its copy; GrantUser may not wait on it (EPERM) but signals
     * 0x2a, which the client's wait returns. All three exit 0 and everything comes back.
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aCapabilityPassedThroughAServerIsUsedByAThirdProcess() throws Exception {
        List<BootModule> modules = List.of(new BootModule(userProgram("GrantServer"), "/boot/grantserver.elf"),
                new BootModule(userProgram("GrantClient"), "/boot/grantclient.elf"),
                new BootModule(userProgram("GrantUser"), "/boot/grantuser.elf"));
        QemuResult r = scenario("ipc-grant", 2, List.of("-vga", "none"), modules);
        String t = r.transcript();
        List<String> lines = plain(r);
        assertInOrder(lines, Stream.of("test ipc-grant: a client on cpu 0, a server and a third process on cpu 1",
                "user: grant: the server got label 7, 1001 bytes, 1 capability, badge 1 \\(buffer badge 1\\)",
                "user: grant: the client's notification got bits 0x2a \\(wait: 0\\)",
                "process: /boot/grantclient\\.elf exited with code 0, process dead with status 0",
                "process: /boot/grantserver\\.elf exited with code 0, process dead with status 0",
                "process: /boot/grantuser\\.elf exited with code 0, process dead with status 0",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        match(lines, "user: grant: the server forwarded it: send 0, delete 0, reply 0", t);
        match(lines, "user: grant: the client's call gave 0, the server's forward 0", t);
        match(lines, "user: grant: the third process got 1001 bytes \\(0 wrong\\) and a capability: wait " + jos.abi.Errors.EPERM
                + ", signal 0", t);
        assertEverythingBack(lines, "ipc-grant", " (processes, tables, the endpoints, the notification)", t);
        assertEquals(0, r.exitCode(), t);
    }
    /**
     * test=device-uart: a COM1 driver in user space (UartDriver) holds COM1's line and ports as
     * capabilities, binds the line to its notification, enables the receive interrupt with out and reads
     * with in. The test types one byte at a time and sends the next only after the driver acknowledged the
     * interrupt that brought it, so every byte must come through its own interrupt, notification and
     * acknowledge, in order. COM1's line is edge-triggered: an edge that comes before the acknowledge is
     * signalled again at it (Lines.PENDING), so the driver may be woken with no byte to read; such a wake
     * must be acknowledged like any other, and is counted.
     */
    @ParameterizedTest(name = "{0} CPU(s)")
    @CsvSource({"1", "4"})
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aUserSpaceUartDriverReceivesEveryByteThroughItsInterrupt(int cpus) throws Exception {
        Path dir = out.resolve("scenario-device-uart-" + cpus);
        Path iso = dir.resolve("jos.iso");
        new GrubIso(new ToolRunner(System.err)).make(IsoTree.fresh(dir.resolve("iso-root")),
                new ImageSpec("qemu-exit=0 test=device-uart", List.of(new BootModule(userProgram("UartDriver"), "/boot/uartdriver.elf"))),
                testKernel(), image.out().resolve("jos-loader.elf"), iso);
        QemuOptions options = QemuOptions.defaults(iso, dir.resolve("serial.log")).withCpus(cpus).withExtraArgs(List.of("-vga", "none"));
        String text = "jos drv!\n";
        java.util.concurrent.BlockingQueue<String> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        QemuProcess qemu = QemuProcess.startWithSerialInput(QemuCommand.build(options), OutputStream.nullOutputStream(), System.err,
                line -> seen.add(RECORD_HEADER.matcher(ANSI.matcher(line.text()).replaceAll("")).replaceFirst("")));
        List<String> progress = new ArrayList<>();
        try {
            awaitLine(seen, progress, Pattern.compile("user: uart: listening"), Duration.ofSeconds(120));
            for (int i = 0; i < text.length(); i++) {
                qemu.writeSerial(new byte[] {(byte) text.charAt(i)});
                String got = awaitLineMatching(seen, progress, Pattern.compile("user: uart: interrupt (\\d+): 1 byte"), Duration.ofSeconds(30));
                awaitLine(seen, progress, Pattern.compile("user: uart: acknowledged interrupt " + got), Duration.ofSeconds(30));
            }
        } catch (Throwable e) {
            qemu.kill();
            throw e;
        }
        QemuResult r = qemu.await(Duration.ofSeconds(120));
        String t = r.transcript();
        List<String> lines = plain(r);
        // Wakes that found no byte, each acknowledged; the rest must be one byte each, in order.
        java.util.Set<String> empty = new java.util.HashSet<>();
        List<String> withBytes = withoutEmptyDeliveries(lines, "user: uart: ", empty, t);
        int n = text.length();
        List<String> expected = new ArrayList<>(List.of("user: uart: listening"));
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            expected.add("user: uart: interrupt \\d+: byte " + String.format("0x%02x", (int) c)
                    + (c >= 0x20 && c < 0x7f ? " '" + Pattern.quote(String.valueOf(c)) + "'" : ""));
            expected.add("user: uart: interrupt \\d+: 1 byte");
            expected.add("user: uart: acknowledged interrupt \\d+");
        }
        expected.add("user: uart: done: " + n + " bytes in " + (n + empty.size()) + " interrupts");
        assertEquals(3 * n + 2, withBytes.size(), "exactly one byte per interrupt that found one, one acknowledgement each:\n" + t);
        assertInOrder(withBytes, expected.stream().map(Pattern::compile).toList(), t);
        assertInOrder(lines, Stream.of("test device-uart: the driver on cpu " + (cpus > 1 ? 1 : 0) + " holds gsi 4 and ports 0x3f8-0x3ff",
                "user: uart: listening", "user: uart: done: .*", "process: /boot/uartdriver\\.elf exited with code 0, process dead with status 0",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEverythingBack(lines, "device-uart", " (the process, its binding and I/O bitmap)", t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * test=devices: a process with COM1's ports reads one and is killed by #GP on a port it does not hold;
     * the next process on that CPU, given only the HPET's page as device memory, reads the HPET's vendor
     * and period through an uncacheable mapping, is refused writable and executable mappings, and is
     * killed by #GP on COM1's port: the I/O bitmap went with the first process.
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void portsOutsideItsCapabilitiesKillAProcessAndDeviceMemoryIsMappedUncacheable() throws Exception {
        List<BootModule> modules = List.of(new BootModule(userProgram("PortFault"), "/boot/portfault.elf"),
                new BootModule(userProgram("HpetRead"), "/boot/hpetread.elf"));
        QemuResult r = scenario("devices", 1, List.of("-vga", "none"), modules);
        String t = r.transcript();
        List<String> lines = plain(r);
        assertInOrder(lines, Stream.of("user: ports: io_ports returned 0",
                "user: ports: read COM1's line status, transmitter empty (true|false)",
                "user: ports: reading port 0x64, which this process does not hold",
                ".* process: /boot/portfault\\.elf killed by general protection fault \\(vector 13\\) at rip 0x[0-9a-f]+, error code 0x0",
                "process: /boot/portfault\\.elf exited with code -1013, process dead with status -1013",
                "test devices: the HPET's registers at 0xfed00000",
                "user: hpet: vendor 0x8086, period 10000000 fs",
                "user: hpet: main counter advances true",
                "user: hpet: writable mapping: " + jos.abi.Errors.EPERM,
                "user: hpet: executable mapping: " + jos.abi.Errors.EINVAL,
                "user: hpet: reading port 0x3fd, which this process does not hold",
                ".* process: /boot/hpetread\\.elf killed by general protection fault \\(vector 13\\) at rip 0x[0-9a-f]+, error code 0x0",
                "process: /boot/hpetread\\.elf exited with code -1013, process dead with status -1013",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertFalse(t.contains("port 0x64 gave") || t.contains("port 0x3fd gave"), t);
        assertEverythingBack(lines, "devices", " (two processes, an I/O bitmap, a device mapping)", t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * sleep, timer_set/timer_cancel, clock_realtime and process_watch (58, 59, 60, 57, 11): the supervisor
     * sleeps 100 ms (at least that, under a second, by System.nanoTime), counts a 20 ms heartbeat for 200
     * ms (at most one beat per period, loosely bounded below under TCG), reads System.currentTimeMillis
     * (QEMU's RTC runs on the host's UTC clock: the host's year, within a day of the host's time), waits on
     * a child's death notification and reads its status, and deletes a second child's handle after its
     * death without a status read: every kernel stack, frame and heap block comes back.
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void timeSleepHeartbeatWallClockAndDeathNotification() throws Exception {
        List<BootModule> modules = List.of(new BootModule(userProgram("Supervisor"), "/boot/supervisor.elf"),
                new BootModule(userProgram("ExitSeven"), "/boot/exitseven.elf"));
        long hostBefore = System.currentTimeMillis();
        QemuResult r = scenario("time-supervisor", 2, List.of("-vga", "none"), modules);
        long hostAfter = System.currentTimeMillis();
        String t = r.transcript();
        List<String> lines = plain(r);
        assertInOrder(lines, Stream.of("user: supervisor: sleep\\(100 ms\\) returned 0 after \\d+ us",
                "user: supervisor: sleep\\(-1\\) returned " + jos.abi.Errors.EINVAL,
                "user: supervisor: heartbeat: \\d+ beats in \\d+ ms, timer_set 0, timer_cancel 1, after the cancel 0",
                "user: supervisor: wall clock \\d+ ms since 1970, year \\d+",
                "user: supervisor: exitseven's death signalled bits 4 \\(watch 0\\), status: exited with code 7",
                "user: supervisor: the second child's death signalled bits 8, its handle deleted \\(0\\) without a status read",
                "process: /boot/supervisor\\.elf exited with code 0, process dead with status 0",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        long slept = Long.parseLong(match(lines, "user: supervisor: sleep\\(100 ms\\) returned 0 after (\\d+) us", t).group(1));
        assertTrue(slept >= 100_000 && slept < 1_000_000, "slept " + slept + " us\n" + t);
        Matcher heartbeat = match(lines, "user: supervisor: heartbeat: (\\d+) beats in (\\d+) ms.*", t);
        long beats = Long.parseLong(heartbeat.group(1)), ms = Long.parseLong(heartbeat.group(2));
        assertTrue(ms >= 200 && beats >= 3 && beats <= ms / 20 + 1, beats + " beats in " + ms + " ms\n" + t);
        Matcher wall = match(lines, "user: supervisor: wall clock (\\d+) ms since 1970, year (\\d+)", t);
        long millis = Long.parseLong(wall.group(1));
        long day = 86_400_000L;
        assertTrue(millis > hostBefore - day && millis < hostAfter + day, "the RTC's time " + millis + " is within a day of the host's\n" + t);
        int hostYear = java.time.Instant.ofEpochMilli(hostBefore).atZone(java.time.ZoneOffset.UTC).getYear();
        assertEquals(String.valueOf(hostYear), wall.group(2), "the year the program computed\n" + t);
        assertTrue(hostYear >= 2024, t);
        Matcher stacks = match(lines, ".*test time-supervisor: kernel stacks (\\d+) before, (\\d+) after", t);
        assertEquals(stacks.group(1), stacks.group(2), "every child's kernel stack is freed, the unasked one's too\n" + t);
        assertEverythingBack(lines, "time-supervisor", " (the supervisor, both children, their tables)", t);
        assertEquals(0, r.exitCode(), t);
    }

    // ---------------------------------------------------------------- Kernel IV under load, and the fuzzer

    /**
     * test=load: 4 servers and 4 clients, free to run on any of 4 CPUs at three priorities: each client
     * makes 50,000 calls of checksummed words to the servers in turn (badged endpoints) and signals their
     * notifications, bound to the servers' threads; servers 0-2 forward messages down a chain with send.
     * Every message is accounted for: each server's tally of each client's calls and checksums matches
     * what the client sent, the forwards each server sent are what the next one received, every client's
     * signal reached every server; every process exits 0 and every frame and heap block comes back.
     */
    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void eightProcessesOnFourCpusAccountForEveryMessage() throws Exception {
        List<BootModule> modules = List.of(new BootModule(userProgram("LoadServer"), "/boot/loadserver.elf"),
                new BootModule(userProgram("LoadClient"), "/boot/loadclient.elf"));
        QemuResult r = longScenario("load", "load-4", 4, modules, LOAD_TIMEOUT);
        String t = r.transcript();
        List<String> lines = plain(r);
        match(lines, "test load: 4 servers and 4 clients on 4 cpus", t);
        long[][] byClient = new long[4][4];
        long calls = 0;
        for (int c = 0; c < 4; c++) {
            Matcher m = match(lines, "user: load: client " + c + ": 50000 calls \\((\\d+) (\\d+) (\\d+) (\\d+)\\), 0 bad replies, (\\d+) signals, "
                    + "4 of 4 servers agree, sum [0-9a-f]+", t);
            for (int s = 0; s < 4; s++) byClient[c][s] = Long.parseLong(m.group(s + 1));
            assertTrue(Long.parseLong(m.group(5)) > 0, "client " + c + " signalled\n" + t);
        }
        String[] forwarded = new String[4], received = new String[4];
        for (int s = 0; s < 4; s++) {
            Matcher m = match(lines, "user: load: server " + s + ": served (\\d+) calls \\((\\d+) (\\d+) (\\d+) (\\d+)\\), 4 of 4 stops matched, 0 bad", t);
            long served = 0;
            for (int c = 0; c < 4; c++) {
                assertEquals(byClient[c][s], Long.parseLong(m.group(c + 2)), "server " + s + " counted client " + c + "'s calls\n" + t);
                served += byClient[c][s];
            }
            assertEquals(served, Long.parseLong(m.group(1)), t);
            calls += served;
            Matcher f = match(lines, "user: load: server " + s + ": forwarded (\\d+) sum ([0-9a-f]+), received (\\d+) sum ([0-9a-f]+), "
                    + "notified \\d+ times, bits f", t);
            forwarded[s] = f.group(1) + " " + f.group(2);
            received[s] = f.group(3) + " " + f.group(4);
        }
        assertEquals(200_000, calls, t);
        assertEquals("0 0", received[0], t);
        assertEquals("0 0", forwarded[3], t);
        for (int s = 0; s < 3; s++) assertEquals(forwarded[s], received[s + 1], "server " + s + "'s forwards all reached server " + (s + 1) + "\n" + t);
        assertTrue(!forwarded[0].startsWith("0 "), t);
        assertEquals(8, lines.stream().filter(l -> l.matches("process: /boot/load(server|client)\\.elf exited with code 0, process dead with status 0")).count(), t);
        assertEverythingBack(lines, "load", " (8 processes, their tables, 4 endpoints, 8 notifications)", t);
        assertFalse(t.contains("kernel panic"), t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * test=fuzz: 4 fuzzer processes, one per CPU, make 250,000 system calls each with random numbers (0-63
     * and far outside), handles (made, stale, garbage) and arguments (kernel, non-canonical, unmapped,
     * huge, their own buffers), from a seed this test chooses (-Dfuzz.seed=N replays one) and the kernel
     * prints. The kernel never panics, every fuzzer exits with its count, every result is a value or an
     * error abi.md names, and every frame and heap block comes back.
     */
    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void fourFuzzersMakeAMillionRandomSystemCallsAndTheKernelGivesEverythingBack() throws Exception {
        int seed = Integer.getInteger("fuzz.seed", new java.util.Random().nextInt(Integer.MAX_VALUE));
        System.err.println("fuzz: seed " + seed);
        QemuResult r = longScenario("fuzz fuzz-seed=" + seed, "fuzz-4", 4, List.of(new BootModule(userProgram("Fuzzer"), "/boot/fuzzer.elf")),
                FUZZ_TIMEOUT);
        String t = "seed " + seed + "\n" + r.transcript();
        List<String> lines = plain(r);
        match(lines, "test fuzz: seed " + seed + ", 4 fuzzers on 4 cpus", t);
        for (int i = 0; i < 4; i++) {
            Matcher m = match(lines, "user: (\\?*)fuzz " + i + ": seed " + seed + ", 250000 calls \\((\\d+) with probes\\), (\\d+) succeeded, (\\d+) failed with an error, "
                    + "0 unexpected results, (\\d+) steered", t);
            assertEquals("", m.group(1), "no bytes of a fuzzed debug_write are left on the line\n" + t);
            assertTrue(Long.parseLong(m.group(3)) > 0 && Long.parseLong(m.group(4)) > 0, "both outcomes exercised\n" + t);
        }
        assertEquals(4, lines.stream().filter(l -> l.equals("process: /boot/fuzzer.elf exited with code 250000, process dead with status 250000")).count(), t);
        assertEverythingBack(lines, "fuzz", " (4 processes, their tables and every object they made)", t);
        assertFalse(t.contains("kernel panic"), t);
        assertEquals(0, r.exitCode(), t);
    }

    /** Hard limits of the load and fuzz scenarios' boots, under TCG on a shared host. */
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(120), FUZZ_TIMEOUT = Duration.ofSeconds(420);

    /** As scenario(name, run, cpus, ...) without extra QEMU arguments, with its own hard timeout. */
    private QemuResult longScenario(String name, String run, int cpus, List<BootModule> modules, Duration timeout) {
        Path dir = out.resolve("scenario-" + run);
        Path iso = dir.resolve("jos.iso");
        new GrubIso(new ToolRunner(System.err)).make(IsoTree.fresh(dir.resolve("iso-root")), new ImageSpec("qemu-exit=0 test=" + name, modules),
                testKernel(), image.out().resolve("jos-loader.elf"), iso);
        QemuOptions options = QemuOptions.defaults(iso, dir.resolve("serial.log")).withCpus(cpus).withExtraArgs(List.of("-vga", "none"));
        return bootAndStopEarlyOnGivingUp(options, timeout);
    }

    /**
     * The IPC fast path (test=ipc-bench, scripts/bench ipc's image): IpcBenchClient on cpu 0 times the null
     * call, 10,000 call/reply round trips to a server on its own CPU (register words, then 256 bytes through
     * the IPC buffers, which take the general path) and 10,000 to one on cpu 1, and
     * signal-to-wake both ways, checking every reply. Every same-CPU round trip switched directly both ways
     * (the scenario's per-CPU count of direct switches), while the cross-CPU ones went through the queues.
     */
    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void sameCpuCallsTakeTheFastPathsDirectSwitch() throws Exception {
        List<BootModule> modules = List.of(new BootModule(userProgram("IpcBenchServer"), "/boot/ipcbenchserver.elf"),
                new BootModule(userProgram("IpcBenchClient"), "/boot/ipcbenchclient.elf"));
        QemuResult r = scenario("ipc-bench", 2, List.of("-vga", "none"), modules);
        String t = r.transcript();
        List<String> lines = plain(r);
        String number = "\\d+\\.\\d ticks \\d+\\.\\d ns";
        assertInOrder(lines, Stream.of("test ipc-bench: servers on cpu 0 and cpu 1, the client on cpu 0",
                "user: bench ipc: null-syscall " + number,
                "user: bench ipc: same-cpu-call " + number,
                "user: bench ipc: same-cpu-call-256 " + number,
                "user: bench ipc: cross-cpu-call " + number,
                "user: bench ipc: same-cpu-signal " + number,
                "user: bench ipc: cross-cpu-signal " + number,
                "user: bench ipc: done, 10000 rounds each",
                "process: /boot/ipcbenchclient\\.elf exited with code 0, process dead with status 0",
                "process: /boot/ipcbenchserver\\.elf exited with code 0, process dead with status 0",
                "process: /boot/ipcbenchserver\\.elf exited with code 0, process dead with status 0",
                "test ipc-bench: direct switches: cpu 0 \\d+, cpu 1 \\d+",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        Matcher direct = match(lines, "test ipc-bench: direct switches: cpu 0 (\\d+), cpu 1 (\\d+)", t);
        // Warm-up and timed rounds, each a switch to the server and one back; the very first call may find the server not yet waiting.
        assertTrue(Long.parseLong(direct.group(1)) >= 2 * (10_000 + 1_000) - 1, "every same-CPU round trip switched directly\n" + t);
        assertEquals(0, Long.parseLong(direct.group(2)), "cpu 1's server never has a same-CPU partner\n" + t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * thread_create (6): two threads of one process compute with doubles on one CPU with a one-tick
     * quantum; the first prints both results (the second may not allocate), which must be what HotSpot
     * computes for the same code (ThreadFpReference in ThreadFp.java).
     */
    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void twoThreadsOfOneProcessKeepTheirFloatingPointState() throws Exception {
        Path elf = userProgram("ThreadFp");
        Project project = Project.locate();
        String classpath = out.resolve("user").resolve("ThreadFp").resolve("classes") + ":" + project.classes("toolchain/hw") + ":"
                + project.classes("lib/abi") + ":" + project.classes("libsys");
        Process hotspotRun = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "ThreadFpReference").redirectErrorStream(true).start();
        String hotspot = new String(hotspotRun.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, hotspotRun.waitFor(), "HotSpot ran ThreadFpReference:\n" + hotspot);
        List<String> expected = hotspot.lines().map(l -> "user: " + l).toList();
        assertEquals(2, expected.size(), expected.toString());
        QemuResult r = scenario("threads-fp", 1, List.of("-vga", "none"), List.of(new BootModule(elf, "/boot/thread-fp.elf")));
        String t = r.transcript();
        List<String> lines = plain(r);
        assertInOrder(lines, Stream.of("user: threads-fp: the second thread: a handle",
                "process: /boot/thread-fp\\.elf ended with 2 threads, status 0",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEquals(expected, lines.stream().filter(l -> l.startsWith("user: fp-")).toList(), t);
        Matcher switches = match(lines, ".*test threads-fp: cpu 0 made (\\d+) switches", t);
        assertTrue(Integer.parseInt(switches.group(1)) >= 20, "switched often\n" + t);
        assertEverythingBack(lines, "threads-fp", " (the process, its table, the thread object)", t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * thread_priority, thread_affinity, thread_self (7-9) on one CPU: their refusals; IPC between two
     * threads of one process; a worker below the first thread's priority runs only once the first thread
     * lowers itself, and then before it goes on.
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aThreadLoweringItselfLetsAnotherRunFirst() throws Exception {
        QemuResult r = scenario("threads-priority", 1, List.of("-vga", "none"),
                List.of(new BootModule(userProgram("ThreadPriority"), "/boot/thread-priority.elf")));
        String t = r.transcript();
        List<String> lines = plain(r);
        assertInOrder(lines, Stream.of("user: threads: a thread above the ceiling: " + jos.abi.Errors.EPERM,
                "user: threads: priority 64: " + jos.abi.Errors.EINVAL,
                "user: threads: cpu 99: " + jos.abi.Errors.EINVAL,
                "user: threads: an empty slot: " + jos.abi.Errors.EBADF,
                "user: threads: raising itself above the ceiling: " + jos.abi.Errors.EPERM,
                "user: threads: ipc between two threads: received 0 word 14, replied 0, the caller got 42",
                "user: threads: a worker at 31 spun 0 times while the first thread ran at 32; lowered to 24 \\(0\\), it found the worker done: 20000000",
                "user: threads: back to 32: 0",
                "process: /boot/thread-priority\\.elf ended with 3 threads, status 0",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEverythingBack(lines, "threads-priority", " (the process, its table, endpoint and thread objects)", t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * kill (3) of a process whose four threads run on four CPUs (each pinned with thread_affinity, so three
     * migrate): every thread stops, the status is -9, and every frame and heap block comes back.
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aProcessWithThreadsOnFourCpusIsKilledWhileTheyRun() throws Exception {
        List<BootModule> modules = List.of(new BootModule(userProgram("ThreadKiller"), "/boot/thread-killer.elf"),
                new BootModule(userProgram("ThreadSpin"), "/boot/thread-spin.elf"));
        QemuResult r = scenario("threads-kill", 4, List.of("-vga", "none"), modules);
        String t = r.transcript();
        List<String> lines = plain(r);
        assertInOrder(lines, Stream.of("user: thread-killer: spawned thread-spin: a handle",
                "user: thread-spin: 3 workers pinned to cpus 1-3 are counting; the first thread spins on cpu 0",
                "user: thread-killer: thread-spin says its threads run: 0, label 1",
                "user: thread-killer: kill returned 0",
                "user: thread-killer: thread-spin exited with code -9",
                "process: /boot/thread-killer\\.elf ended with 1 threads, status 0",
                "kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEverythingBack(lines, "threads-kill", " (both processes, their tables, the endpoint, the thread objects)", t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * The product kernel starts the boot module init= names as the first process with every capability
     * the boot found (First.java): the boot record it prints says, handle by handle, what the kernel
     * logged it gave (modules, framebuffer, I/O APIC lines, COM1's ports, ACPI table pages), each matching
     * the boot's own report; it spawns ExitSeven through that module's capability, a copy without CONTROL
     * is refused with EPERM, and a child given no capabilities cannot spawn (EBADF).
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void theFirstProcessGetsEveryCapabilityTheKernelFoundAndSpawnsThroughThem() throws Exception {
        List<String> paths = List.of("/boot/first.elf", "/boot/exitseven.elf", "/boot/nospawn.elf");
        List<BootModule> modules = List.of(new BootModule(userProgram("First"), paths.get(0)),
                new BootModule(userProgram("ExitSeven"), paths.get(1)), new BootModule(userProgram("NoSpawn"), paths.get(2)));
        QemuResult r = boot(image.kernelElf(), new ImageSpec("qemu-exit=0 init=/boot/first.elf", modules), out.resolve("first-process"), 2, List.of());
        String t = r.transcript();
        List<String> messages = messages(plain(r));
        List<String> given = messages.stream().filter(l -> l.matches("init: (module|framebuffer|irq|uart|acpi) .*")).map(l -> l.substring("init: ".length())).toList();
        List<String> read = plain(r).stream().filter(l -> l.startsWith("user: first: ") && l.contains(": handle 0x"))
                .map(l -> l.substring("user: first: ".length())).toList();
        assertEquals(given, read, "the boot record says what the kernel gave\n" + t);
        match(messages, "init: starting /boot/first\\.elf as the first process with " + given.size() + " capabilities", t);

        assertEquals(paths, given.stream().filter(l -> l.startsWith("module ")).map(l -> l.split(" ")[2]).toList(), t);
        for (int i = 0; i < paths.size(); i++) assertTrue(given.get(i).startsWith("module " + i + " " + paths.get(i) + " ("), given.get(i));
        Matcher fb = match(messages, "limine: framebuffer (\\d+x\\d+), (\\d+) bpp, pitch (\\d+)", t);
        match(given, "framebuffer " + fb.group(1) + ", pitch " + fb.group(3) + ", " + fb.group(2) + " bpp at 0x[0-9a-f]+, pages 0x[0-9a-f]+000\\+0x[0-9a-f]+000: handle 0x[0-9a-f]+", t);
        Matcher lines = match(messages, "irq: I/O APIC 0 at 0x[0-9a-f]+: gsi (\\d+-\\d+), .*", t);
        assertTrue(given.stream().anyMatch(l -> l.startsWith("irq lines " + lines.group(1) + ": handle ")), given + "\n" + t);
        assertTrue(given.stream().anyMatch(l -> l.startsWith("uart ports 0x3f8-0x3ff: handle ")), "COM1, the console without an SPCR\n" + t);
        List<long[]> acpi = given.stream().filter(l -> l.startsWith("acpi tables")).map(l -> {
            Matcher m = Pattern.compile("acpi tables, pages 0x([0-9a-f]+)\\+0x([0-9a-f]+)").matcher(l);
            assertTrue(m.lookingAt(), l);
            return new long[] {Long.parseLong(m.group(1), 16), Long.parseLong(m.group(2), 16)};
        }).toList();
        List<Long> tables = messages.stream().map(Pattern.compile("acpi: (?:table \\w+ at|RSDP revision \\d, \\w+ at) 0x([0-9a-f]+).*")::matcher)
                .filter(Matcher::matches).map(m -> Long.parseLong(m.group(1), 16)).toList();
        assertTrue(tables.size() >= 4, "the boot logged its tables: " + tables + "\n" + t);
        for (long table : tables) {
            assertTrue(acpi.stream().anyMatch(a -> table >= a[0] && table < a[0] + a[1]), "table at 0x" + Long.toHexString(table) + " is given\n" + t);
        }
        long root = Long.parseLong(match(plain(r), "user: first: \\d+ capabilities, acpi root 0x([0-9a-f]+)", t).group(1), 16);
        assertEquals(root, Long.parseLong(match(messages, "acpi: RSDP revision \\d, \\w+ at 0x([0-9a-f]+) .*", t).group(1), 16), "the root table the boot read\n" + t);

        match(plain(r), "user: exitseven: exiting with 7", t);   // each program's output comes whole, when it is flushed
        match(plain(r), "user: nospawn: spawn with no capabilities: " + jos.abi.Errors.EBADF + ", " + jos.abi.Errors.EBADF, t);
        assertInOrder(plain(r), Stream.of("user: first: exitseven exited with code 7",
                "user: first: spawn through a module capability without CONTROL: " + jos.abi.Errors.EPERM,
                "user: first: nospawn exited with code 0",
                ".*init: the first process exited with code 0",
                ".*kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);

        byte[] seven = java.nio.file.Files.readAllBytes(modules.get(1).source());   // memory_map gives the module's own bytes, all of them
        match(plain(r), Pattern.quote("user: first: mapped /boot/exitseven.elf: magic 0x464c457f, " + seven.length + " bytes, last byte 0x"
                + Integer.toHexString(seven[seven.length - 1] & 0xff)), t);
        match(plain(r), Pattern.quote("user: first: module writable " + jos.abi.Errors.EPERM + ", executable " + jos.abi.Errors.EINVAL
                + ", protect writable " + jos.abi.Errors.EPERM), t);
        String signature = match(messages, "acpi: RSDP revision \\d, (\\w+) at 0x[0-9a-f]+ .*", t).group(1);
        assertTrue(signature.equals("RSDT") || signature.equals("XSDT"), signature);
        match(plain(r), Pattern.quote("user: first: acpi root signature " + signature + ", writable " + jos.abi.Errors.EPERM), t);
        assertEquals(0, r.exitCode(), t);
    }

    /** Without a module at init= (or /boot/init.elf), the product kernel says so and runs on as before. */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void withoutItsModuleTheKernelStartsNoFirstProcess() {
        QemuResult r = boot(image.kernelElf(), new ImageSpec("qemu-exit=0 init=/boot/missing.elf", List.of()), out.resolve("first-process-missing"), 1, List.of());
        String t = r.transcript();
        assertInOrder(plain(r), Stream.of(".*init: no boot module /boot/missing\\.elf, so no first process",
                ".*kernel: exiting QEMU with code 0").map(Pattern::compile).toList(), t);
        assertEquals(0, r.exitCode(), t);
    }

    /**
     * Stack traces in a user program come from its frame-pointer chain (docs/toolchain.md, "Stack traces"): a
     * caught exception lists each frame with its line, StackOverflowError is caught, and an uncaught
     * exception is reported with its trace and exit code 1, as on HotSpot.
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aUserProgramsExceptionsCarryEveryFrameWithItsLine() throws Exception {
        List<BootModule> modules = List.of(new BootModule(userProgram("Traces"), "/boot/traces.elf"));
        QemuResult r = scenario("user-programs", "user-traces", 1, List.of("-vga", "none"), modules);
        String t = r.transcript();
        Path source = resource("user/Traces.java");
        String thrower = "\\(Traces\\.java:" + lineOf(source, "if (n > 0) throw new IllegalStateException(\"thrown \" + n + \" calls down\");") + "\\)";
        // printStackTrace's tab comes out of the kernel's log as '?' (it prints no control characters).
        assertInOrder(plain(r), Stream.of(
                "user: traces: caught java\\.lang\\.IllegalStateException: thrown 3 calls down",
                "user: traces: at Traces\\.thrower" + thrower,
                "user: traces: at Traces\\.middle\\(Traces\\.java:" + lineOf(source, "int r = thrower(n) + 1;") + "\\)",
                "user: traces: at Traces\\.main\\(Traces\\.java:" + lineOf(source, "middle(3);") + "\\)",
                "user: traces: StackOverflowError caught after more than 100 calls",
                "user: Exception in thread \"main\" java\\.lang\\.UnsupportedOperationException: uncaught",
                "user: [?\\s]at Traces\\.thrower\\(Traces\\.java:" + lineOf(source, "if (n < 0) throw new UnsupportedOperationException(\"uncaught\");") + "\\)",
                "user: [?\\s]at Traces\\.main\\(Traces\\.java:" + lineOf(source, "thrower(-1);") + "\\)",
                "process: /boot/traces\\.elf exited with code 1",
                "test user-programs: 1 modules done").map(Pattern::compile).toList(), t);
        List<String> lines = plain(r);
        int caught = lines.indexOf("user: traces: caught java.lang.IllegalStateException: thrown 3 calls down");
        assertTrue(lines.get(caught + 4).startsWith("user: traces: StackOverflowError"), "exactly three frames, as on HotSpot\n" + t);
        assertEquals(0, r.exitCode(), t);
    }
}
