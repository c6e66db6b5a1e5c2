package jos.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The kernel, loader and user targets: images with the right layout, the jos.hw features lowered, and
 * located errors for what freestanding code may not do. Each case compiles one fixture package alone.
 */
class FreestandingTargetsTest {
    @TempDir
    Path out;

    record Result(int exitCode, String errors) {
    }

    /** Compiles the fixture package (with jos.hw and jos.abi on the classpath) for a target. */
    private Result compile(String fixturePackage, String target, String... extra) throws IOException {
        return compile(true, fixturePackage, target, extra);
    }

    private static Path classesOf(Class<?> c) {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().getPath());
    }

    private Result compile(boolean withAbi, String fixturePackage, String target, String... extra) throws IOException {
        Path classes = out.resolve("classes");
        String rel = "jos/aot/fixtures/freestanding/" + fixturePackage;
        Path from = TestPaths.testClasses().resolve(rel);
        Files.createDirectories(classes.resolve(rel));
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, classes.resolve(rel).resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String classpath = classes + ":" + classesOf(jos.hw.Memory.class) + (withAbi ? ":" + classesOf(jos.abi.Calls.class) : "");
        List<String> args = new ArrayList<>(List.of("--target", target, "--classpath", classpath,
                "-o", out.resolve("image.elf").toString()));
        args.addAll(List.of(extra));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int rc;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            rc = new CommandLine(new Main()).execute(args.toArray(String[]::new));
        } finally {
            System.setErr(saved);
        }
        return new Result(rc, err.toString(StandardCharsets.UTF_8));
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + ":\n" + text);
        return text;
    }

    /** The program headers of an ELF64 file: {type, flags, vaddr, memsz} each. */
    private static List<long[]> segments(Path elf) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(elf)).order(ByteOrder.LITTLE_ENDIAN);
        long phoff = b.getLong(32);
        int phentsize = b.getShort(54), phnum = b.getShort(56);
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            int at = (int) phoff + i * phentsize;
            out.add(new long[] {b.getInt(at), b.getInt(at + 4), b.getLong(at + 16), b.getLong(at + 40)});
        }
        return out;
    }

    private static long entry(Path elf) throws IOException {
        return ByteBuffer.wrap(Files.readAllBytes(elf)).order(ByteOrder.LITTLE_ENDIAN).getLong(24);
    }

    private static long symbol(String nm, String name) {
        for (String line : nm.lines().toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3 && f[2].equals(name)) return Long.parseUnsignedLong(f[0], 16);
        }
        throw new AssertionError("no symbol " + name + " in\n" + nm);
    }

    /**
     * The image's stack trace table: the method descriptors (MI_ symbols) its frames name, after checking that
     * .jrt_traces is the last loaded section, alone in a read-only PT_LOAD, and that every entry lies in .text.
     */
    private static java.util.Set<String> tracedMethods(Path elf) throws IOException {
        jos.aot.trace.Elf image = new jos.aot.trace.Elf(Files.readAllBytes(elf), elf.toString());
        jos.aot.trace.Elf.Section traces = image.require(".jrt_traces"), text = image.require(".text");
        for (var s : image.sections()) {
            if (s != traces && s.address() != 0) assertTrue(Long.compareUnsigned(s.address(), traces.address()) < 0, s.name() + " after .jrt_traces");
        }
        List<long[]> loads = segments(elf).stream().filter(s -> s[0] == 1).toList();
        long[] last = loads.get(loads.size() - 1);
        assertEquals(traces.address(), last[2], "the table starts its own segment");
        assertEquals(4, last[1], "the table is read-only");
        java.util.Map<Long, String> metas = new java.util.HashMap<>();
        long table = -1;
        for (var sym : image.symbols()) {
            if (sym.name().startsWith("MI_")) metas.put(sym.value(), sym.name());
            if (sym.name().equals("jrt_trace_table")) table = sym.value();
        }
        ByteBuffer t = traces.data();
        java.util.function.LongUnaryOperator word = a -> t.getLong((int) (a - traces.address()));
        long count = word.applyAsLong(table), entries = word.applyAsLong(table + 8), frames = word.applyAsLong(table + 16);
        assertTrue(count > 0, "a table with entries");
        java.util.Set<String> named = new java.util.TreeSet<>();
        for (long i = 0; i < count; i++) {
            long pc = word.applyAsLong(entries + 16 * i);
            int first = t.getInt((int) (entries + 16 * i + 8 - traces.address())), n = t.getInt((int) (entries + 16 * i + 12 - traces.address()));
            assertTrue(Long.compareUnsigned(pc, text.address()) >= 0 && Long.compareUnsigned(pc, text.address() + text.size()) <= 0,
                    "entry 0x" + Long.toHexString(pc) + " in .text");
            for (int k = 0; k < n; k++) named.add(metas.get(word.applyAsLong(frames + 16L * (first + k))));
        }
        return named;
    }

    private static boolean namesAFixtureMethod(java.util.Set<String> traced, String fixturePackage) {
        return traced.stream().anyMatch(m -> m != null && m.startsWith("MI_jos_aot_fixtures_freestanding_" + fixturePackage + "_"));
    }

    @Test
    void kernelImageIsHigherHalfWithOneSegmentPerPermission() throws Exception {
        Result r = compile("kernel", "kernel", "--main", "jos.aot.fixtures.freestanding.kernel.Hello");
        assertEquals(0, r.exitCode(), r.errors());
        Path elf = out.resolve("image.elf");
        List<long[]> loads = segments(elf).stream().filter(s -> s[0] == 1).toList();
        assertEquals(4, loads.size(), "text, rodata, data, trace table");
        assertEquals(5, loads.get(0)[1], "text is r-x");
        assertEquals(4, loads.get(1)[1], "rodata is r--");
        assertEquals(6, loads.get(2)[1], "data is rw-");
        assertTrue(namesAFixtureMethod(tracedMethods(elf), "kernel"), "the kernel's trace table names its methods");
        for (long[] s : loads) assertTrue(Long.compareUnsigned(s[2], 0xffffffff80000000L) >= 0, "segment in the higher half");
        long e = entry(elf);
        assertTrue(Long.compareUnsigned(e, loads.get(0)[2]) >= 0 && Long.compareUnsigned(e, loads.get(0)[2] + loads.get(0)[3]) < 0,
                "entry inside text");

        String nm = run("nm", elf.toString());
        long start = symbol(nm, "S_jos_aot_fixtures_freestanding_kernel_Hello__START_data");
        long request = symbol(nm, "S_jos_aot_fixtures_freestanding_kernel_Hello__REQUEST_data");
        long end = symbol(nm, "S_jos_aot_fixtures_freestanding_kernel_Hello__END_data");
        assertTrue(Long.compareUnsigned(start, request) < 0 && Long.compareUnsigned(request, end) < 0,
                "start marker, requests, end marker in that order");
        long page = symbol(nm, "S_jos_aot_fixtures_freestanding_kernel_Hello__PAGE_data");
        assertEquals(0, (page + 24 + (4096 - 24 % 4096) % 4096) % 4096, "@Align(4096): element 0 on a page boundary");
        assertTrue(nm.contains(" T hello_sum\n"), "the @Export symbol");
        assertTrue(nm.contains(" T hello_identity\n"), "the @Naked symbol");

        String sections = run("readelf", "-SW", elf.toString());
        assertTrue(sections.contains(".data"), sections);
        String disasm = run("objdump", "-d", "--no-show-raw-insn", elf.toString());
        long naked = symbol(nm, "hello_identity");
        assertEquals(naked, symbol(nm, "jos_aot_fixtures_freestanding_kernel_Hello__identity__J_J"), "the symbol labels the method");
        assertTrue(disasm.matches("(?s).*" + Long.toHexString(naked) + ":\\s+mov\\s+%rdi,%rax\\s+\\S+:\\s+ret.*"), "the naked body as written");
        assertTrue(disasm.contains("out    %al,(%dx)") || disasm.contains("out    %al,$"), "port output inlined");
        assertTrue(!disasm.matches("(?s).*\\s%xmm\\d.*"), "no SSE register anywhere in a kernel image");
    }

    @Test
    void aKernelWithoutAPerCpuLayoutIsRefused() throws Exception {
        Result r = compile("kernelnolayout", "kernel", "--main", "jos.aot.fixtures.freestanding.kernelnolayout.Bare");
        assertEquals(1, r.exitCode());
        assertTrue(r.errors().contains("a kernel declares its per-CPU layout in a class marked @jos.hw.CConstants"), r.errors());
    }

    @Test
    void everyHardwareIntrinsicHasItsInlineFunction() throws Exception {
        Path hwHeader = Path.of(System.getProperty("jos.runtime"), "jos-runtime-c", "hw.h");
        String header = Files.readString(hwHeader);
        int count = 0;
        for (Class<?> c : new Class<?>[] {jos.hw.Cpu.class, jos.hw.Memory.class, jos.hw.Atomic.class}) {
            for (var m : c.getDeclaredMethods()) {
                if (!java.lang.reflect.Modifier.isPublic(m.getModifiers())) continue;
                String fn = "jhw_" + c.getSimpleName() + "_" + m.getName() + "(";
                assertTrue(header.contains(" " + fn), hwHeader + " lacks " + fn);
                count++;
            }
        }
        assertTrue(count > 50, "found the intrinsics: " + count);
    }

    @Test
    void floatingPointInKernelCodeIsALocatedError() throws Exception {
        Result r = compile("floating", "kernel", "--main", "jos.aot.fixtures.freestanding.floating.UsesDouble");
        assertEquals(1, r.exitCode());
        assertTrue(r.errors().contains("floating point (double) is not available on the kernel target"), r.errors());
        assertTrue(r.errors().contains("jos.aot.fixtures.freestanding.floating.UsesDouble.main()V (UsesDouble.java:8, bytecode index"),
                r.errors());
    }

    @Test
    void floatingPointCompilesForUserPrograms() throws Exception {
        Result user = compile("floating", "user", "--main", "jos.aot.fixtures.freestanding.floating.UsesDouble");
        assertEquals(0, user.exitCode(), user.errors());
    }

    @Test
    void onlyKernelAndLoaderAreCompiledWithoutSseAndRedZone() {
        for (String name : List.of("kernel", "loader")) {
            List<String> flags = jos.aot.target.Target.named(name).cflags();
            assertTrue(flags.containsAll(List.of("-mgeneral-regs-only", "-mno-red-zone", "-DJRT_NO_FP")), name + ": " + flags);
        }
        List<String> user = jos.aot.target.Target.named("user").cflags();
        assertTrue(user.stream().noneMatch(f -> f.equals("-mgeneral-regs-only") || f.equals("-mno-red-zone") || f.equals("-DJRT_NO_FP")),
                "user: " + user);
        assertTrue(jos.aot.target.Target.named("user").floatingPoint());
    }

    @Test
    void synchronizedBlockInKernelCodeIsALocatedError() throws Exception {
        Result r = compile("syncblock", "kernel", "--main", "jos.aot.fixtures.freestanding.syncblock.LockedCounter");
        assertEquals(1, r.exitCode());
        assertTrue(r.errors().contains("synchronized block is not available on the kernel target"), r.errors());
        assertTrue(r.errors().contains(
                "jos.aot.fixtures.freestanding.syncblock.LockedCounter.main()V (LockedCounter.java:10, bytecode index"),
                r.errors());
    }

    @Test
    void synchronizedMethodInKernelCodeIsALocatedError() throws Exception {
        Result r = compile("syncmethod", "kernel", "--main", "jos.aot.fixtures.freestanding.syncmethod.Program");
        assertEquals(1, r.exitCode());
        assertTrue(r.errors().contains("synchronized method is not available on the kernel target"), r.errors());
        assertTrue(r.errors().contains("jos.aot.fixtures.freestanding.syncmethod.Program.bump()V (Program.java:17, bytecode index 0"),
                r.errors());
    }

    /** User programs run Java on one thread: synchronized compiles, and keeps the stack check a second thread fails. */
    @Test
    void synchronizedInAUserProgramCompilesAndKeepsItsStackCheck() throws Exception {
        Result r = compile("syncmethod", "user", "--main", "jos.aot.fixtures.freestanding.syncmethod.Program");
        assertEquals(0, r.exitCode(), r.errors());
        String c = allC(out.resolve("image.elf.build"));
        for (String m : new String[] {"bump", "locked"}) {
            String b = jos.aot.cgen.GeneratedC.body(c, "jos_aot_fixtures_freestanding_syncmethod_Program__" + m + "__");
            assertTrue(b.contains("jrt_stack_limit"), m + " keeps its stack check: " + b);
        }
        // The same leaf without synchronized keeps none, so the check is the monitor's.
        String plain = jos.aot.cgen.GeneratedC.body(c, "jos_aot_fixtures_freestanding_syncmethod_Program__plain__");
        assertFalse(plain.contains("jrt_stack_limit"), plain);
    }

    @Test
    void loaderTargetIsEnteredThroughExportsAndLinkedByItsOwnScript() throws Exception {
        Path script = lowLoaderScript("low.ld");
        Path noTraces = out.resolve("no-traces.ld");
        Files.writeString(noTraces, Files.readString(script).replace(".jrt_traces : ALIGN(4096) { KEEP(*(.jrt_traces)) }", ""));
        Result withoutTable = compile("loader", "loader", "--linker-script", noTraces.toString());
        assertEquals(1, withoutTable.exitCode());
        assertTrue(withoutTable.errors().contains("linker script " + noTraces + " places section")
                && withoutTable.errors().contains("the trace table must come last"), withoutTable.errors());

        Result noScript = compile("loader", "loader");
        assertEquals(1, noScript.exitCode());
        assertTrue(noScript.errors().contains("the loader target needs a linker script (--linker-script)"), noScript.errors());

        Result withMain = compile("loader", "loader", "--main", "jos.aot.fixtures.freestanding.loader.Entry", "--linker-script", script.toString());
        assertEquals(1, withMain.exitCode());
        assertTrue(withMain.errors().contains("has no main method: its @Export methods are its entry points"), withMain.errors());

        Result ok = compile("loader", "loader", "--linker-script", script.toString());
        assertEquals(0, ok.exitCode(), ok.errors());
        Path elf = out.resolve("image.elf");
        String nm = run("nm", elf.toString());
        assertEquals(entry(elf), symbol(nm, "fixture_loader_main"));
        assertTrue(Long.compareUnsigned(entry(elf), 0x200000) >= 0 && entry(elf) < 0x1000000, "linked low");
        assertTrue(namesAFixtureMethod(tracedMethods(elf), "loader"), "the loader's trace table names its methods");
    }

    @Test
    void anExportTestsItsClassInitializationOnlyOnTheUnlikelyPathAndOnlyIfLeftAndAPendingExceptionOnlyIfItCanThrow() throws Exception {
        Path script = lowLoaderScript("exports.ld");
        Result ok = compile("loader", "loader", "--linker-script", script.toString());
        assertEquals(0, ok.exitCode(), ok.errors());
        StringBuilder c = new StringBuilder();
        try (var files = Files.list(out.resolve("image.elf.build"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".c")).sorted().toList()) c.append(Files.readString(f));
        }
        String quiet = wrapper(c.toString(), "fixture_loader_quiet"), loud = wrapper(c.toString(), "fixture_loader_loud");
        String cls = "jos.aot.fixtures.freestanding.loader.Exports";
        for (String w : List.of(quiet, loud)) {
            assertTrue(w.contains("if (JUNLIKELY(jinit_jos_aot_fixtures_freestanding_loader_Exports != JINIT_DONE)) {"), w);
            int init = w.indexOf("the initializer of " + cls), close = w.indexOf("    }\n");
            assertTrue(init > 0 && init < close, "the initializer's exception is tested inside the branch that ran it: " + w);
        }
        assertFalse(quiet.contains("\"" + cls + ".quiet\""), "a method that cannot throw leaves nothing to test: " + quiet);
        assertFalse(c.toString().contains("jinit_jos_aot_fixtures_freestanding_loader_Tables"),
                "a class whose initializer only makes arrays of constant length (emitted as data) needs no initialization");
        assertTrue(wrapper(c.toString(), "fixture_loader_tables").contains("jos_aot_fixtures_freestanding_loader_Tables__sum__J_J(p0)"));
        assertTrue(loud.contains("if (JEXC()) jrt_fatal_exception(jrt_pending, \"" + cls + ".loud\");"), loud);
    }

    /** A linker script for the loader fixture, linked low, written to name in the output folder. */
    private Path lowLoaderScript(String name) throws IOException {
        Path script = out.resolve(name);
        Files.writeString(script, """
                ENTRY(fixture_loader_main)
                SECTIONS {
                    . = 0x200000;
                    .text : { *(.text .text.*) }
                    .rodata : { *(.rodata .rodata.*) }
                    .data : { *(.data .data.*) }
                    .bss : { *(.bss .bss.*) *(COMMON) }
                    .jrt_traces : ALIGN(4096) { KEEP(*(.jrt_traces)) }
                    /DISCARD/ : { *(.eh_frame*) *(.note .note.*) *(.comment) }
                }
                """);
        return script;
    }

    /** The C of the export wrapper named symbol. */
    private static String wrapper(String c, String symbol) {
        int at = c.indexOf(" " + symbol + "(");
        assertTrue(at > 0, symbol + " is generated");
        return c.substring(at, c.indexOf("\n}\n", at) + 3);
    }

    @Test
    void userProgramsAreStaticAndLinkedLow() throws Exception {
        Result r = compile("user", "user", "--main", "jos.aot.fixtures.freestanding.user.Program");
        assertEquals(0, r.exitCode(), r.errors());
        Path elf = out.resolve("image.elf");
        for (long[] s : segments(elf)) {
            assertTrue(s[0] != 3, "no PT_INTERP");
            if (s[0] == 1) assertTrue(s[2] >= 0x400000 && s[2] < 0x10000000, "user segments linked low");
        }
        assertEquals(symbol(run("nm", elf.toString()), "_start"), entry(elf));
        assertTrue(namesAFixtureMethod(tracedMethods(elf), "user"), "the program's trace table names its methods");
    }

    @Test
    void userProgramsTakeTheSystemCallNumbersFromJosAbi() throws Exception {
        Result r = compile("user", "user", "--main", "jos.aot.fixtures.freestanding.user.Program");
        assertEquals(0, r.exitCode(), r.errors());
        String header = Files.readString(out.resolve("image.elf.build").resolve("jos_constants.h"));
        assertTrue(header.contains("#define JOS_SYS_EXIT " + jos.abi.Calls.EXIT + "\n"), header);
        assertTrue(header.contains("#define JOS_SYS_DEBUG_WRITE " + jos.abi.Calls.DEBUG_WRITE + "\n"), header);
        assertTrue(header.contains("#define JOS_EFAULT (" + jos.abi.Errors.EFAULT + "LL)\n"), header);
        assertTrue(header.contains("#define JOS_SYS_MAP " + jos.abi.Calls.MAP + "\n"), header);
        assertTrue(header.contains("#define JOS_PROT_NONE " + jos.abi.Protection.NONE + "\n"), header);
        assertTrue(header.contains("#define JOS_MEMORY_QUOTA " + jos.abi.MemoryInfo.QUOTA + "\n"), header);
        String platform = Files.readString(Path.of(System.getProperty("jos.runtime"), "jos-runtime-c", "user", "platform.c"));
        assertTrue(platform.contains("#include \"jos_constants.h\""), "user/platform.c includes the generated header");
        assertTrue(!platform.matches("(?s).*\\bSYS_\\w+\\s*=.*"), "user/platform.c declares no system-call number itself");

        Result without = compile(false, "user", "user", "--main", "jos.aot.fixtures.freestanding.user.Program");
        assertEquals(1, without.exitCode());
        assertTrue(without.errors().contains("the user target's runtime takes its constants from jos.abi.Calls (@CConstants), "
                + "which is not on the classpath: add lib/abi's classes (lib/abi/target/classes)"), without.errors());
    }

    /** On user, main(String[]) is entered through the launcher (arguments, uncaught exceptions, exit code); main() without it. */
    @Test
    void userProgramsMayTakeTheirArguments() throws Exception {
        Result r = compile("userargs", "user", "--main", "jos.aot.fixtures.freestanding.userargs.Program");
        assertEquals(0, r.exitCode(), r.errors());
        String entry = program(out.resolve("image.elf.build"));
        assertTrue(entry.contains("jos_rt_Launcher__arguments"), "the launcher turns the words into Strings");
        assertTrue(entry.contains("jos_rt_Launcher__uncaught"), "an uncaught exception is reported as on HotSpot");

        Result none = compile("usernomain", "user", "--main", "jos.aot.fixtures.freestanding.usernomain.Program");
        assertEquals(1, none.exitCode());
        assertTrue(none.errors().contains("class jos.aot.fixtures.freestanding.usernomain.Program has no 'public static void main(String[])' "
                + "or 'static void main()' (the entry on the user target)"), none.errors());
    }

    /** All the generated C of a build directory. */
    private static String allC(Path build) throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(build)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".c")).sorted().toList()) all.append(Files.readString(f));
        }
        return all.toString();
    }

    /** The generated C that defines jprogram_main. */
    private static String program(Path build) throws IOException {
        try (var files = Files.list(build)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".c")).toList()) {
                String c = Files.readString(f);
                int at = c.indexOf("int32_t jprogram_main(");
                if (at >= 0) return c.substring(at, c.indexOf("\n}\n", at));
            }
        }
        throw new AssertionError("no jprogram_main in " + build);
    }
}
