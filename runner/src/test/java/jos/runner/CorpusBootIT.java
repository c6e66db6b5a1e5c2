package jos.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * The differential corpus (toolchain/compiler/src/test/java/corpus, DifferentialTest) as user programs: every
 * program runs on HotSpot and, compiled with the others into one user ELF whose dispatcher runs the program its
 * command line names, as a child of the first process (resources corpus/CorpusDriver.java) on the product
 * kernel under QEMU, one boot for all. Per program, stdout byte for byte, the first line of stderr and the exit
 * code must be HotSpot's, as in DifferentialTest; a program's System.out and System.err reach the serial log
 * as CorpusStreams' records, which the host decodes. The programs that cannot pass are listed in
 * {@link #EXCLUDED} with the reason; a listed program that passes fails the test, as does an unlisted one that fails.
 */
class CorpusBootIT {
    /**
     * The start of the reason of a program that does not compile for the user target: it stays out of the corpus
     * ELF, and the test compiles it alone and expects the compiler's error.
     */
    static final String NO_COMPILE = "no user build: ";

    /** Programs that cannot run as user programs yet, each with the reason. */
    static final Map<String, String> EXCLUDED = new TreeMap<>(Map.ofEntries(
            Map.entry("MathFunctions", "Math.fma needs the FMA instruction and the AVX state, which the kernel does not enable "
                    + "(CR4.OSXSAVE, XCR0): 'jos runtime: fatal: Math.fma: the operating system has not enabled the AVX state the FMA "
                    + "instruction needs' (under -cpu max; before the runtime checked it, #UD ended the program with -1006)"),
            Map.entry("SystemProperties", "os.name, os.version, user.* and the encodings are the freestanding targets' (docs/runtime.md)")));

    /** Hard limits: one HotSpot run, one program under QEMU (the driver kills it), the whole boot. */
    private static final long HOTSPOT_SECONDS = 30;
    private static final long PROGRAM_SECONDS = 120;
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(25);
    /** The command line of the arguments check: environment words, then the program and its arguments. */
    private static final String ECHO_LINE = "CORPUS_ECHO=set  ArgsEcho  one   two=2 ";

    record Run(byte[] stdout, byte[] stderr, String exit) {
        String firstStderrLine() {
            String s = new String(stderr, StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            String line = nl < 0 ? s : s.substring(0, nl);
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        }
    }

    @TestFactory
    @Timeout(value = 40, unit = TimeUnit.MINUTES)
    Stream<DynamicTest> theCorpusRunsAsUserProgramsAsOnHotSpot() throws Exception {
        Project project = Project.locate();
        Path out = Path.of(System.getProperty("jos.it.out", project.root().resolve("runner/target/qemu-it").toString())).resolve("corpus");
        Path sources = project.root().resolve("toolchain/compiler/src/test/java/corpus");
        Path classes = out.resolve("classes");
        List<String> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(sources)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".java")).sorted()
                    .forEach(f -> programs.add(f.substring(0, f.length() - ".java".length())));
        }
        assertTrue(programs.size() >= 168, "the corpus in " + sources + ": " + programs.size() + " programs");
        for (String name : EXCLUDED.keySet()) assertTrue(programs.contains(name), "EXCLUDED names no corpus program: " + name);

        // javac: the corpus, then the driver, the dispatcher and its helpers (resources corpus/).
        String libraries = project.classes("toolchain/hw") + ":" + project.classes("lib/abi") + ":" + project.classes("libsys");
        List<String> javacArgs = new ArrayList<>(List.of("--release", "25", "-g", "-d", classes.toString()));
        try (Stream<Path> files = Files.list(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> javacArgs.add(f.toString()));
        }
        javac(javacArgs);
        Path resources = resource("corpus");
        Path dispatcher = out.resolve("dispatcher/CorpusMain.java");
        Files.createDirectories(dispatcher.getParent());
        Files.writeString(dispatcher, dispatcherSource(programs));
        javac(List.of("--release", "25", "-g", "-cp", classes.toString(), "-d", classes.toString(), dispatcher.toString(),
                resources.resolve("CorpusStreams.java").toString(), resources.resolve("ArgsEcho.java").toString()));
        Path driverClasses = out.resolve("driver-classes");
        javac(List.of("--release", "25", "-g", "-cp", libraries, "-d", driverClasses.toString(),
                resources.resolve("CorpusDriver.java").toString()));

        // HotSpot runs and the two user builds, in parallel.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Path corpusElf = out.resolve("corpus.elf"), driverElf = out.resolve("driver.elf");
            Future<?> corpusBuild = pool.submit(() -> aot(project, classes + ":" + libraries, "CorpusMain", corpusElf));
            Future<?> driverBuild = pool.submit(() -> aot(project, driverClasses + ":" + libraries, "CorpusDriver", driverElf));
            Map<String, Future<Run>> hotspot = new LinkedHashMap<>();
            Map<String, String> lines = new LinkedHashMap<>();
            Map<String, Future<String>> refused = new LinkedHashMap<>();
            for (String name : programs) {
                if (EXCLUDED.getOrDefault(name, "").startsWith(NO_COMPILE)) {
                    refused.put(name, pool.submit(() -> compileError(project, classes + ":" + libraries, name, out.resolve("alone"))));
                    continue;
                }
                String heap = maxHeap(sources.resolve(name + ".java"));
                lines.put(name, (heap == null ? "JOS_GC_VERIFY=1 " : "JOS_MAX_HEAP=" + heap + " ") + name);
                hotspot.put(name, pool.submit(() -> hotspot(classes, out.resolve("hotspot").resolve(name), heap, "corpus." + name, List.of(), Map.of())));
            }
            hotspot.put("ArgsEcho", pool.submit(() -> hotspot(classes, out.resolve("hotspot/ArgsEcho"), null, "ArgsEcho",
                    List.of("one", "two=2"), Map.of("CORPUS_ECHO", "set"))));
            lines.put("ArgsEcho", ECHO_LINE);
            corpusBuild.get();
            driverBuild.get();

            // One boot: the driver runs the list's lines in order.
            Path list = out.resolve("corpus.list");
            Files.writeString(list, "limit " + PROGRAM_SECONDS + "\n" + String.join("\n", lines.values()) + "\n");
            ImageSpec spec = new ImageSpec("qemu-exit=0 init=/boot/driver.elf", List.of(new BootModule(driverElf, "/boot/driver.elf"),
                    new BootModule(corpusElf, "/boot/corpus.elf"), new BootModule(list, "/boot/corpus.list")));
            Image image = new ImageBuilder(project, Tools.fromEnvironment(), new ToolRunner(System.err), Bootloader.grub())
                    .build(spec, out.resolve("image"), false);
            Path serial = out.resolve("serial.log");
            // 1G: a program's heap may grow to its 128 MiB quota beside the kernel's own memory.
            QemuOptions options = QemuOptions.defaults(image.iso(), serial).withMemory("1G").withExtraArgs(List.of("-vga", "none", "-cpu", "max"));   // max: FMA for Math.fma
            long t0 = System.nanoTime();
            QemuResult result = QemuProcess.start(QemuCommand.build(options), false, java.io.OutputStream.nullOutputStream(), System.err, line -> { })
                    .await(BOOT_TIMEOUT);
            System.out.println("corpus under QEMU: " + lines.size() + " programs in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            String where = " (serial log " + serial + ")";
            assertFalse(result.timedOut(), "the corpus boot ran out of its " + BOOT_TIMEOUT + where);
            Map<String, Duration> took = new LinkedHashMap<>();
            Map<String, Run> user = runs(result.lines(), new ArrayList<>(lines.keySet()), took, where);
            System.out.println("corpus under QEMU, the slowest: " + took.entrySet().stream()
                    .sorted(Map.Entry.<String, Duration>comparingByValue().reversed()).limit(8)
                    .map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms").toList());
            assertEquals(0, result.exitCode(), "QEMU's exit code" + where);

            List<DynamicTest> tests = new ArrayList<>();
            for (var e : refused.entrySet()) {
                String log = e.getValue().get();
                tests.add(DynamicTest.dynamicTest(e.getKey() + " (no user build)", () -> assertTrue(log.contains("is not available on the user target"),
                        e.getKey() + " is listed in EXCLUDED (" + EXCLUDED.get(e.getKey()) + ") but now compiles for the user target, "
                                + "or fails otherwise: put it in the corpus ELF\n" + log)));
            }
            for (String name : lines.keySet()) {
                Run expected = hotspot.get(name).get();
                Run actual = user.get(name);
                tests.add(DynamicTest.dynamicTest(name, () -> verdict(name, expected, actual, out)));
            }
            return tests.stream();
        } finally {
            pool.shutdownNow();
        }
    }

    /** main(String[]): streams to records, then corpus.&lt;args[0]&gt;.main with the other words. */
    static String dispatcherSource(List<String> programs) {
        StringBuilder s = new StringBuilder("""
                /** Generated by CorpusBootIT: runs the corpus program named by the first word. */
                public final class CorpusMain {
                    public static void main(String[] args) throws Throwable {
                        CorpusStreams.install();
                        String[] rest = java.util.Arrays.copyOfRange(args, args.length > 0 ? 1 : 0, args.length);
                        switch (args.length > 0 ? args[0] : "") {
                """);
        for (String p : programs) if (!EXCLUDED.getOrDefault(p, "").startsWith(NO_COMPILE)) s.append("            case \"").append(p).append("\" -> corpus.").append(p).append(".main(rest);\n");
        s.append("""
                            case "ArgsEcho" -> ArgsEcho.main(rest);
                            default -> {
                                System.err.println("CorpusMain: no corpus program " + java.util.Arrays.toString(args));
                                System.exit(2);
                            }
                        }
                    }
                }
                """);
        return s.toString();
    }

    /** The heap limit of a {@code // jvm: -Xmx<size>} first line (DifferentialTest's rule), or null. */
    static String maxHeap(Path source) throws IOException {
        String first = Files.readAllLines(source, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        if (!first.startsWith("// jvm:")) return null;
        String option = first.substring("// jvm:".length()).trim();
        if (!option.matches("-Xmx[0-9]+[kmg]")) {
            throw new IllegalArgumentException(source + ": the header '// jvm:' accepts only -Xmx<number>[k|m|g], not '" + option + "'");
        }
        return option.substring("-Xmx".length());
    }

    private static void javac(List<String> args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, err, err, args.toArray(String[]::new));
        assertEquals(0, rc, "javac " + args + "\n" + err.toString(StandardCharsets.UTF_8));
    }

    private static Void aot(Project project, String classpath, String main, Path elf) {
        new ToolRunner(System.err).run("compiling " + main + " for the user target to " + elf,
                List.of(project.aot().toString(), "--target", "user", "--classpath", classpath, "--main", main, "-o", elf.toString()),
                project.root(), true);
        return null;
    }

    /** Compiles corpus.name alone for the user target: the compiler's output, or "compiled" if it succeeds. */
    private static String compileError(Project project, String classpath, String name, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Process p = new ProcessBuilder(project.aot().toString(), "--target", "user", "--classpath", classpath, "--main", "corpus." + name,
                "-o", dir.resolve(name + ".elf").toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return p.exitValue() == 0 ? "compiled" : log;
    }

    /** The program on HotSpot with DifferentialTest's options, in its own directory. */
    private static Run hotspot(Path classes, Path dir, String heap, String main, List<String> args, Map<String, String> env)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-Xshare:auto", "-XX:-OmitStackTraceInFastThrow"));
        if (heap != null) command.add("-Xmx" + heap);
        command.addAll(List.of("-cp", classes.toString(), main));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(HOTSPOT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Run(new byte[0], new byte[0], "HotSpot timeout");
        }
        return new Run(Files.readAllBytes(dir.resolve("stdout")), Files.readAllBytes(dir.resolve("stderr")), "exit " + p.exitValue());
    }

    private static final Pattern BEGIN = Pattern.compile("user: corpus-run: begin (\\d+)");
    private static final Pattern END = Pattern.compile("user: corpus-run: end (\\d+) (.*)");
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");

    /**
     * Cuts the serial log into each program's output: between its begin and end markers, the "user: " lines
     * are CorpusStreams' records (a record a kernel line cut goes on on the next user line); any other
     * user line (the runtime's own fatal message) counts as stderr.
     */
    static Map<String, Run> runs(List<SerialLine> serial, List<String> names, Map<String, Duration> took, String where) {
        Map<String, Run> runs = new LinkedHashMap<>();
        int current = -1;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream(), stderr = new ByteArrayOutputStream();
        StringBuilder record = null;
        Duration began = Duration.ZERO;
        for (SerialLine serialLine : serial) {
            String line = ANSI.matcher(serialLine.text()).replaceAll("");
            if (!line.startsWith("user: ")) continue;
            Matcher begin = BEGIN.matcher(line), end = END.matcher(line);
            if (current < 0) {
                if (begin.matches()) {
                    current = Integer.parseInt(begin.group(1));
                    began = serialLine.at();
                    assertEquals(runs.size(), current, "the programs run in order" + where);
                    stdout.reset();
                    stderr.reset();
                    record = null;
                }
                continue;
            }
            if (record == null && end.matches()) {
                assertEquals(current, Integer.parseInt(end.group(1)), "the end of program " + current + where);
                runs.put(names.get(current), new Run(stdout.toByteArray(), stderr.toByteArray(), end.group(2)));
                took.put(names.get(current), serialLine.at().minus(began));
                current = -1;
                continue;
            }
            String text = line.substring("user: ".length());
            if (record == null && !(text.startsWith("=o") || text.startsWith("=e"))) {
                stderr.writeBytes((text + "\n").getBytes(StandardCharsets.UTF_8));
                continue;
            }
            record = record == null ? new StringBuilder(text) : record.append(text);
            if (text.endsWith("|")) {
                decode(record, record.charAt(1) == 'o' ? stdout : stderr);
                record = null;
            }
        }
        assertEquals(names.size(), runs.size(), "every program began and ended: the last was "
                + (runs.isEmpty() ? "none" : names.get(runs.size() - 1)) + where);
        return runs;
    }

    /** A record =x&lt;data&gt;| with ~hh escapes, into its bytes. */
    static void decode(CharSequence record, ByteArrayOutputStream to) {
        for (int i = 2; i < record.length() - 1; i++) {
            char c = record.charAt(i);
            if (c == '~') {
                to.write(Integer.parseInt(record.subSequence(i + 1, i + 3).toString(), 16));
                i += 2;
            } else {
                to.write(c);
            }
        }
    }

    private static void verdict(String name, Run hotspot, Run user, Path out) throws IOException {
        Path dir = out.resolve("user").resolve(name);
        Files.createDirectories(dir);
        Files.write(dir.resolve("stdout"), user.stdout());
        Files.write(dir.resolve("stderr"), user.stderr());
        Files.writeString(dir.resolve("exit"), user.exit() + "\n");
        List<String> problems = new ArrayList<>();
        if (!java.util.Arrays.equals(hotspot.stdout(), user.stdout())) {
            problems.add("stdout differs (HotSpot " + hotspot.stdout().length + " bytes, user " + user.stdout().length + ")");
        }
        if (!hotspot.firstStderrLine().equals(user.firstStderrLine())) {
            problems.add("first line of stderr differs: HotSpot '" + hotspot.firstStderrLine() + "', user '" + user.firstStderrLine() + "'");
        }
        if (!hotspot.exit().equals(user.exit())) problems.add("HotSpot " + hotspot.exit() + ", user " + user.exit());
        String reason = EXCLUDED.get(name);
        if (reason != null) {
            assertFalse(problems.isEmpty(), name + " is listed in EXCLUDED (" + reason + ") but now runs as on HotSpot: take it off the list");
            return;
        }
        if (!problems.isEmpty()) {
            String message = name + " as a user program differs from HotSpot (outputs in " + dir + " and " + out.resolve("hotspot").resolve(name)
                    + "):\n  " + String.join("\n  ", problems);
            if (!java.util.Arrays.equals(hotspot.stdout(), user.stdout())) {
                assertEquals(new String(hotspot.stdout(), StandardCharsets.UTF_8), new String(user.stdout(), StandardCharsets.UTF_8), message);
            }
            fail(message);
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CorpusBootIT.class.getClassLoader().getResource(name).toURI());
    }
}
