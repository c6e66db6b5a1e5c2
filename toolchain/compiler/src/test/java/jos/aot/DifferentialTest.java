package jos.aot;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

import picocli.CommandLine;

/**
 * Differential tests: every program of the corpus (package {@code corpus} under src/test/java) is run on
 * HotSpot, which is the oracle, and compiled by the AOT compiler for the hosted target and run natively.
 * Standard output must be equal byte for byte, the first line of standard error must be equal (the rest
 * is a stack trace, whose frames we do not promise to match), and so must the exit code.
 *
 * <p>The work for all programs is started when the factory runs, on a pool of
 * {@code Runtime.availableProcessors()} threads (system property {@code difftest.threads} overrides), because
 * gcc dominates; each dynamic test awaits its own program's result. System property {@code difftest.only}
 * (comma-separated simple class names) restricts the run to those programs. Outputs of both sides are kept
 * in {@code target/difftest/<Name>/} for inspection.
 *
 * <p>A program whose source starts with a line {@code // jvm: -Xmx64m} runs with that heap limit on both sides:
 * HotSpot gets the option, our executable the environment variable {@code JOS_MAX_HEAP=64m} (docs/gc.md). No
 * other option is accepted there. Native runs without such a limit have {@code JOS_GC_VERIFY=1}: after every
 * collection the heap is checked for a surviving object that points to a freed one.
 */
class DifferentialTest {
    /** Hard limit for one run of one program (HotSpot or native). */
    private static final long RUN_TIMEOUT_SECONDS = 30;
    /** How long a dynamic test waits for its program's whole pipeline (queueing, compile, both runs). */
    private static final long AWAIT_TIMEOUT_MINUTES = 15;
    /**
     * The size of the corpus: raise it with every program added, so that a program that disappears
     * (deleted, renamed, no longer compiled) is noticed.
     */
    private static final int MIN_CORPUS_SIZE = 173;
    private static final int MAX_EXCERPT_CHARS = 6000;

    private static ExecutorService pool;

    // ------------------------------------------------------------------------------------------------
    // Tests

    @Test
    void corpusIsNotVacuous() {
        List<String> programs = discover(testClassesDir());
        assertTrue(programs.size() >= MIN_CORPUS_SIZE,
                "found only " + programs.size() + " corpus programs in " + corpusDir(testClassesDir())
                        + " (expected at least " + MIN_CORPUS_SIZE + "): " + programs);
        // Every source in the corpus directory is a program that was compiled and found.
        Path sources = testClassesDir().getParent().getParent().resolve("src/test/java/corpus");
        if (Files.isDirectory(sources)) {
            try (Stream<Path> files = Files.list(sources)) {
                List<String> missing = files.map(f -> f.getFileName().toString())
                        .filter(f -> f.endsWith(".java"))
                        .map(f -> f.substring(0, f.length() - ".java".length()))
                        .filter(n -> !programs.contains(n))
                        .sorted().toList();
                assertTrue(missing.isEmpty(), "corpus sources without a discovered program: " + missing);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> differential() {
        Path classes = testClassesDir();
        List<String> programs = select(discover(classes));
        Path workRoot = classes.getParent().resolve("difftest");
        int threads = Integer.getInteger("difftest.threads", Runtime.getRuntime().availableProcessors());
        ExecutorService executor = newPool(Math.max(1, Math.min(threads, Math.max(1, programs.size()))));
        Map<String, Future<Outcome>> futures = new LinkedHashMap<>();
        boolean separate = "separate".equals(System.getProperty("difftest.mode"));
        Future<Path> shared = separate ? null : combined(classes, programs, workRoot);
        for (String name : programs) {
            Path dir = workRoot.resolve(name);
            futures.put(name, executor.submit(() -> runPipeline(classes, name, dir, shared)));
        }
        executor.shutdown(); // already submitted tasks still run
        Path sourceDir = classes.getParent().getParent().resolve("src/test/java/corpus");
        return programs.stream().map(name -> {
            Path source = sourceDir.resolve(name + ".java");
            URI sourceUri = Files.isRegularFile(source) ? source.toUri() : null;
            return DynamicTest.dynamicTest(name, sourceUri, () -> check(name, futures.get(name)));
        });
    }

    @AfterAll
    static void tearDown() {
        synchronized (DifferentialTest.class) {
            if (pool != null) pool.shutdownNow();
            pool = null;
        }
        OutputCapture.uninstall();
    }

    // ------------------------------------------------------------------------------------------------
    // Discovery

    static Path testClassesDir() {
        try {
            CodeSource cs = DifferentialTest.class.getProtectionDomain().getCodeSource();
            if (cs != null && cs.getLocation() != null) {
                Path p = Path.of(cs.getLocation().toURI());
                if (Files.isDirectory(corpusDir(p))) return p.toAbsolutePath().normalize();
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            // fall through to the conventional location
        }
        return Path.of("target", "test-classes").toAbsolutePath().normalize();
    }

    static Path corpusDir(Path classes) {
        return classes.resolve("corpus");
    }

    /** Simple names of the top-level classes in package {@code corpus}, sorted. */
    static List<String> discover(Path classes) {
        Path dir = corpusDir(classes);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Applies {@code difftest.only}, if set. */
    static List<String> select(List<String> all) {
        String only = System.getProperty("difftest.only", "").trim();
        if (only.isEmpty()) return all;
        Set<String> wanted = new LinkedHashSet<>();
        for (String s : only.split(",")) {
            String n = s.trim();
            if (n.startsWith("corpus.")) n = n.substring("corpus.".length());
            if (!n.isEmpty()) wanted.add(n);
        }
        List<String> unknown = new ArrayList<>();
        for (String n : wanted) if (!all.contains(n)) unknown.add(n);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("difftest.only names unknown corpus programs " + unknown
                    + "; known: " + all);
        }
        return all.stream().filter(wanted::contains).toList();
    }

    // ------------------------------------------------------------------------------------------------
    // Pipeline: HotSpot run, native compile, native run

    record RunResult(byte[] stdout, byte[] stderr, int exitCode, boolean timedOut, double seconds) {
        String firstStderrLine() {
            return firstLine(stderr);
        }
    }

    /** What happened to one program; later stages are null when an earlier one failed. */
    record Outcome(RunResult hotspot, Integer compileRc, String compileLog, double compileSeconds,
                   RunResult nativeRun, Throwable harnessError) {}

    private static synchronized ExecutorService newPool(int threads) {
        if (pool != null) pool.shutdownNow();
        AtomicInteger counter = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "difftest-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return pool;
    }

    /**
     * By default all programs are compiled into one executable whose first argument picks the program
     * (a generated dispatcher calls its main): the runtime library is then compiled once instead of once
     * per program, which keeps the suite within CI's time. -Ddifftest.mode=separate compiles each program
     * on its own. If the combined build fails, every program falls back to its own build, so a compile
     * error is reported against the program that causes it.
     */
    private static final String DISPATCH_CLASS = "jos_difftest.Dispatch";
    private static Future<Path> combinedBuild;

    private static synchronized Future<Path> combined(Path classes, List<String> programs, Path workRoot) {
        if (combinedBuild == null) {
            java.util.concurrent.FutureTask<Path> task = new java.util.concurrent.FutureTask<>(() -> buildCombined(classes, programs, workRoot));
            combinedBuild = task;
            Thread t = new Thread(task, "difftest-combined-build");
            t.setDaemon(true);
            t.start();
        }
        return combinedBuild;
    }

    private static Path buildCombined(Path classes, List<String> programs, Path workRoot) throws IOException {
        Path dir = workRoot.resolve("_combined");
        deleteRecursively(dir);
        Path dispatchClasses = dir.resolve("classes");
        Path file = dispatchClasses.resolve(DISPATCH_CLASS.replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, dispatcher(programs));
        Path exe = dir.resolve("corpus");
        Compiled c = compile(classes + ":" + dispatchClasses, DISPATCH_CLASS, exe);
        Files.writeString(dir.resolve("compile.log"), "exit code " + c.rc() + "\n" + c.log());
        if (c.rc() != 0 || !Files.isRegularFile(exe)) {
            return null;
        }
        return exe;
    }

    /** main(String[] args): runs corpus.<args[0]>.main(new String[0]). */
    static byte[] dispatcher(List<String> programs) {
        var cdString = java.lang.constant.ConstantDescs.CD_String;
        var mainType = java.lang.constant.MethodTypeDesc.of(java.lang.constant.ConstantDescs.CD_void, cdString.arrayType());
        return java.lang.classfile.ClassFile.of().build(java.lang.constant.ClassDesc.of(DISPATCH_CLASS), cb -> {
            cb.withFlags(java.lang.classfile.ClassFile.ACC_PUBLIC | java.lang.classfile.ClassFile.ACC_FINAL);
            cb.withMethodBody("main", mainType,
                    java.lang.classfile.ClassFile.ACC_PUBLIC | java.lang.classfile.ClassFile.ACC_STATIC, code -> {
                for (String p : programs) {
                    var next = code.newLabel();
                    code.aload(0).iconst_0().aaload().ldc(p)
                            .invokevirtual(cdString, "equals", java.lang.constant.MethodTypeDesc.of(
                                    java.lang.constant.ConstantDescs.CD_boolean, java.lang.constant.ConstantDescs.CD_Object))
                            .ifeq(next);
                    code.iconst_0().anewarray(cdString)
                            .invokestatic(java.lang.constant.ClassDesc.of("corpus." + p), "main", mainType)
                            .return_();
                    code.labelBinding(next);
                }
                code.return_();
            });
        });
    }

    private record Compiled(int rc, String log) {}

    private static Compiled compile(String classpath, String mainClass, Path exe) {
        StringWriter picoOut = new StringWriter();
        StringWriter picoErr = new StringWriter();
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        OutputCapture.begin(direct);
        int rc;
        try {
            CommandLine cmd = new CommandLine(new jos.aot.Main());
            cmd.setOut(new PrintWriter(picoOut, true));
            cmd.setErr(new PrintWriter(picoErr, true));
            rc = cmd.execute("--target", "hosted", "--classpath", classpath, "--main", mainClass, "-o", exe.toString());
        } finally {
            OutputCapture.end();
        }
        return new Compiled(rc, direct.toString(StandardCharsets.UTF_8) + picoOut + picoErr);
    }

    private static Outcome runPipeline(Path classes, String name, Path dir, Future<Path> combined) {
        RunResult hotspot = null;
        Integer rc = null;
        String log = null;
        double compileSeconds = 0;
        try {
            deleteRecursively(dir);
            Files.createDirectories(dir);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String maxHeap = maxHeap(classes, name);
            List<String> jvm = new ArrayList<>(List.of(java, "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-Xshare:auto",
                    "-XX:-OmitStackTraceInFastThrow"));
            if (maxHeap != null) jvm.add("-Xmx" + maxHeap);
            jvm.addAll(List.of("-cp", classes.toString(), "corpus." + name));
            hotspot = runProcess(jvm, dir, "hotspot", Map.of());
            // Native runs check the heap after each collection, so a missed write barrier stops them (docs/gc.md);
            // not those with a heap limit: GcAllocationVolume's 1,600 collections would each walk 30 MiB.
            Map<String, String> env = maxHeap == null ? Map.of("JOS_GC_VERIFY", "1") : Map.of("JOS_MAX_HEAP", maxHeap);
            if (hotspot.timedOut()) return new Outcome(hotspot, null, null, 0, null, null);

            Path shared = combined == null ? null : combined.get();
            if (shared != null) {
                RunResult nat = runProcess(List.of(shared.toString(), name), dir, "native", env);
                return new Outcome(hotspot, 0, "combined build " + shared, 0, nat, null);
            }
            Path exe = dir.resolve(name);
            long t0 = System.nanoTime();
            Compiled c = compile(classes.toString(), "corpus." + name, exe);
            rc = c.rc();
            compileSeconds = (System.nanoTime() - t0) / 1e9;
            log = (combined != null ? "[harness] the combined build failed; this program was built alone\n" : "") + c.log();
            Files.writeString(dir.resolve("compile.log"), "exit code " + rc + "\n" + log);
            if (rc != 0) return new Outcome(hotspot, rc, log, compileSeconds, null, null);
            if (!Files.isRegularFile(exe)) {
                return new Outcome(hotspot, rc, log + "\n[harness] compiler returned 0 but did not produce " + exe,
                        compileSeconds, null, null);
            }
            RunResult nat = runProcess(List.of(exe.toString()), dir, "native", env);
            return new Outcome(hotspot, rc, log, compileSeconds, nat, null);
        } catch (Throwable t) {
            return new Outcome(hotspot, rc, log, compileSeconds, null, t);
        }
    }

    /** The heap limit a program's {@code // jvm: -Xmx<size>} header line asks for, or null. */
    static String maxHeap(Path classes, String name) throws IOException {
        Path source = classes.getParent().getParent().resolve("src/test/java/corpus").resolve(name + ".java");
        if (!Files.isRegularFile(source)) return null;
        String first = Files.readAllLines(source, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        if (!first.startsWith("// jvm:")) return null;
        String option = first.substring("// jvm:".length()).trim();
        if (!option.matches("-Xmx[0-9]+[kmg]")) {
            throw new IllegalArgumentException(source + ": the header '// jvm:' accepts only -Xmx<number>[k|m|g], not '" + option + "'");
        }
        return option.substring("-Xmx".length());
    }

    private static RunResult runProcess(List<String> command, Path dir, String label, Map<String, String> env)
            throws IOException, InterruptedException {
        Path out = dir.resolve(label + ".stdout");
        Path err = dir.resolve(label + ".stderr");
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close(); // stdin at EOF
        boolean finished = p.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int exit = finished ? p.exitValue() : -1;
        Files.writeString(dir.resolve(label + ".exit"), finished ? exit + "\n" : "timeout\n");
        return new RunResult(Files.readAllBytes(out), Files.readAllBytes(err), exit, !finished, seconds);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Verdict

    private static void check(String name, Future<Outcome> future) throws InterruptedException {
        Outcome o;
        try {
            o = future.get(AWAIT_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionFailedError("corpus." + name + ": no result after " + AWAIT_TIMEOUT_MINUTES
                    + " minutes (compiler hung?)");
        } catch (ExecutionException e) {
            throw new AssertionFailedError("corpus." + name + ": harness failure", e.getCause());
        }
        String prog = "corpus." + name;
        if (o.harnessError() != null) {
            throw new AssertionFailedError(prog + ": harness or compiler threw " + o.harnessError(), o.harnessError());
        }
        RunResult hs = o.hotspot();
        if (hs.timedOut()) {
            fail(prog + ": HotSpot run timed out after " + RUN_TIMEOUT_SECONDS + " s; the corpus program is broken");
        }
        if (o.compileRc() == null || o.compileRc() != 0 || o.nativeRun() == null) {
            fail(prog + ": native compilation failed (exit code " + o.compileRc() + ", jos.runtime="
                    + System.getProperty("jos.runtime") + ")\n" + excerpt(o.compileLog()));
        }
        RunResult nat = o.nativeRun();
        if (nat.timedOut()) {
            fail(prog + ": native run timed out after " + RUN_TIMEOUT_SECONDS + " s (HotSpot took "
                    + String.format("%.2f", hs.seconds()) + " s)\n" + describeStdoutDiff(hs.stdout(), nat.stdout())
                    + nativeStderrExcerpt(nat));
        }

        List<String> problems = new ArrayList<>();
        boolean stdoutDiffers = !Arrays.equals(hs.stdout(), nat.stdout());
        if (stdoutDiffers) problems.add(describeStdoutDiff(hs.stdout(), nat.stdout()));
        if (!hs.firstStderrLine().equals(nat.firstStderrLine())) {
            problems.add("first line of stderr differs:\n  HotSpot: " + quote(hs.firstStderrLine())
                    + "\n  native : " + quote(nat.firstStderrLine()));
        }
        if (hs.exitCode() != nat.exitCode()) {
            problems.add("exit code differs: HotSpot " + hs.exitCode() + ", native " + nat.exitCode()
                    + describeSignal(nat.exitCode()));
        }
        if (problems.isEmpty()) return;
        String message = prog + ": native behaviour differs from HotSpot\n" + String.join("\n", problems)
                + nativeStderrExcerpt(nat) + "\n(outputs kept in target/difftest/" + name + "/)";
        if (stdoutDiffers) {
            throw new AssertionFailedError(message, text(hs.stdout()), text(nat.stdout()));
        }
        throw new AssertionFailedError(message);
    }

    static String describeStdoutDiff(byte[] expected, byte[] actual) {
        String e = text(expected);
        String a = text(actual);
        List<String> el = lines(e);
        List<String> al = lines(a);
        String header = "stdout differs (HotSpot " + el.size() + " lines / " + expected.length + " bytes, native "
                + al.size() + " lines / " + actual.length + " bytes)";
        int n = Math.max(el.size(), al.size());
        for (int i = 0; i < n; i++) {
            String x = i < el.size() ? el.get(i) : null;
            String y = i < al.size() ? al.get(i) : null;
            if (x != null && x.equals(y)) continue;
            StringBuilder sb = new StringBuilder(header).append(", first difference at line ").append(i + 1).append(":\n");
            if (i > 0) sb.append("  previous: ").append(quote(el.get(i - 1))).append('\n');
            sb.append("  HotSpot : ").append(x == null ? "<end of output>" : quote(x)).append('\n');
            sb.append("  native  : ").append(y == null ? "<end of output>" : quote(y));
            if (x != null && y != null) {
                int c = 0;
                while (c < x.length() && c < y.length() && x.charAt(c) == y.charAt(c)) c++;
                sb.append("\n  (lines differ from column ").append(c + 1).append(')');
            }
            return sb.toString();
        }
        // Same text after decoding: the bytes differ in an encoding detail (e.g. malformed UTF-8).
        int i = 0;
        while (i < expected.length && i < actual.length && expected[i] == actual[i]) i++;
        return header + ", first differing byte at offset " + i + " (HotSpot "
                + (i < expected.length ? String.format("0x%02x", expected[i] & 0xff) : "EOF") + ", native "
                + (i < actual.length ? String.format("0x%02x", actual[i] & 0xff) : "EOF") + ")";
    }

    /** Splits on '\n'; a final line without newline is kept and shown with a marker. */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (start < s.length()) out.add(s.substring(start) + "<no newline at end>");
        return out;
    }

    static String firstLine(byte[] bytes) {
        String s = text(bytes);
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A Java-literal-like rendering so that whitespace and control characters are visible. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length() && sb.length() < 2000; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\ufffd' || Character.isSurrogate(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String excerpt(String s) {
        if (s == null || s.isEmpty()) return "(no compiler output)";
        return s.length() <= MAX_EXCERPT_CHARS ? s
                : s.substring(0, MAX_EXCERPT_CHARS) + "\n... (" + (s.length() - MAX_EXCERPT_CHARS) + " more chars)";
    }

    private static String nativeStderrExcerpt(RunResult nat) {
        String err = text(nat.stderr());
        if (err.isEmpty()) return "";
        List<String> l = lines(err);
        String shown = String.join("\n    ", l.subList(0, Math.min(l.size(), 20)));
        return "\nnative stderr" + (l.size() > 20 ? " (first 20 of " + l.size() + " lines)" : "") + ":\n    "
                + excerpt(shown);
    }

    private static String describeSignal(int exit) {
        if (exit > 128 && exit < 160) return " (killed by signal " + (exit - 128) + ")";
        return "";
    }

    // ------------------------------------------------------------------------------------------------
    // Per-thread capture of System.out/System.err during in-process compilations running in parallel.

    static final class OutputCapture {
        private static final ThreadLocal<OutputStream> TARGET = new ThreadLocal<>();
        private static PrintStream originalOut;
        private static PrintStream originalErr;

        static synchronized void begin(OutputStream sink) {
            if (originalOut == null) {
                originalOut = System.out;
                originalErr = System.err;
                System.setOut(new PrintStream(new Router(originalOut), true, originalOut.charset()));
                System.setErr(new PrintStream(new Router(originalErr), true, originalErr.charset()));
            }
            TARGET.set(sink);
        }

        static void end() {
            TARGET.remove();
        }

        static synchronized void uninstall() {
            if (originalOut != null) {
                System.setOut(originalOut);
                System.setErr(originalErr);
                originalOut = null;
                originalErr = null;
            }
        }

        /** Sends bytes to the current thread's capture buffer, if any, else to the original stream. */
        private static final class Router extends OutputStream {
            private final PrintStream fallback;

            Router(PrintStream fallback) {
                this.fallback = fallback;
            }

            @Override public void write(int b) throws IOException {
                OutputStream t = TARGET.get();
                if (t != null) {
                    synchronized (t) {
                        t.write(b);
                    }
                } else {
                    fallback.write(b);
                }
            }

            @Override public void write(byte[] b, int off, int len) throws IOException {
                OutputStream t = TARGET.get();
                if (t != null) {
                    synchronized (t) {
                        t.write(b, off, len);
                    }
                } else {
                    fallback.write(b, off, len);
                }
            }

            @Override public void flush() throws IOException {
                OutputStream t = TARGET.get();
                if (t == null) fallback.flush();
            }
        }
    }
}
