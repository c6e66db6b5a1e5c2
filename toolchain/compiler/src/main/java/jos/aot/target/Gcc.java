package jos.aot.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jos.aot.CompileError;
import jos.aot.cgen.ConstantsHeader;
import jos.aot.trace.Dwarf;
import jos.aot.trace.Elf;
import jos.aot.trace.TraceTable;

/**
 * Drives gcc: compiles the generated C files in parallel, reuses the runtime's objects from a cache
 * keyed by their sources and flags, and links; with link-time optimization the link is where gcc
 * optimizes the program and the runtime as one (docs/toolchain.md, "Inlining").
 */
public final class Gcc {
    private final Target target;
    private final Path cache;

    public Gcc(Target target, Path cache) {
        this.target = target;
        this.cache = cache;
    }

    /**
     * Compiles program C files (in dir), the runtime (C sources in runtimeC) and extra assembly sources,
     * and links output, with linkerScript if not null (else the target's own, if it has one).
     */
    public void build(Path dir, List<String> programFiles, Path runtimeC, Path output, List<Path> asmSources, Path linkerScript) {
        requireGcc();
        List<Path> objects = new ArrayList<>();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Path>> jobs = new ArrayList<>();
            for (String rt : target.runtimeSources()) {
                jobs.add(pool.submit(() -> runtimeObject(runtimeC, dir, rt)));
            }
            for (String f : programFiles) {
                Path src = dir.resolve(f);
                Path obj = dir.resolve(f.replaceAll("\\.c$", ".o"));
                jobs.add(pool.submit(() -> {
                    compile(src, obj, runtimeC, dir);
                    return obj;
                }));
            }
            for (Path asm : asmSources) {
                String base = asm.getFileName().toString().replaceAll("\\.[sS]$", "");
                Path obj = dir.resolve("asm-" + base + ".o");
                jobs.add(pool.submit(() -> {
                    compile(asm, obj, runtimeC, dir);
                    return obj;
                }));
            }
            for (Future<Path> j : jobs) objects.add(j.get());
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof CompileError ce) throw ce;
            throw new CompileError("gcc failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompileError("interrupted");
        } finally {
            pool.shutdown();
        }
        Path script = linkerScript != null ? linkerScript
                : target.linkerScript() != null ? runtimeC.resolve(target.linkerScript()) : null;
        if (script == null && target.needsLinkerScript()) {
            throw new CompileError("the " + target.name() + " target needs a linker script (--linker-script)");
        }
        // Link once with an empty trace table, build the table from that image's DWARF, link again with it.
        try {
            // A linker script of the target's own places the table itself; gcc's default script gets a fragment.
            Path fragment = script != null ? null : dir.resolve("traces.ld");
            if (fragment != null) Files.writeString(fragment, TRACES_LINKER_FRAGMENT);
            Path tableC = dir.resolve("jrt_traces.c"), tableO = dir.resolve("jrt_traces.o");
            Files.writeString(tableC, TraceTable.toC(List.of()));
            compileOutsideLto(tableC, tableO, runtimeC, dir);
            objects.add(tableO);
            link(objects, script, fragment, output);
            byte[] first = Files.readAllBytes(output);
            Elf elf = new Elf(first, output.toString());
            requireTracesLast(elf, output, script);
            java.util.Set<String> traced = new java.util.HashSet<>(), frameless = new java.util.HashSet<>();
            for (String line : Files.readAllLines(dir.resolve(TRACED_FUNCTIONS))) {
                String fn = line.endsWith(TraceTable.FRAMELESS_MARK) ? line.substring(0, line.length() - TraceTable.FRAMELESS_MARK.length()) : line;
                traced.add(fn);
                if (!fn.equals(line)) frameless.add(fn);
            }
            Files.writeString(tableC, TraceTable.toC(TraceTable.build(new Dwarf(elf, output.toString()), traced, frameless)));
            compileOutsideLto(tableC, tableO, runtimeC, dir);
            link(objects, script, fragment, output);
            requireSameLayout(elf, new Elf(Files.readAllBytes(output), output.toString()), output);
        } catch (IOException | IllegalArgumentException | java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            deleteQuietly(output);
            throw new CompileError("cannot build the trace table of " + output + ": " + e.getMessage());
        } catch (CompileError e) {
            deleteQuietly(output);   // an image without its table must not look like a finished build
            throw e;
        }
    }

    /** The section that holds the trace table. */
    static final String TRACES = ".jrt_traces";
    /**
     * Places the trace section in a segment of its own on the page after .bss, and after the data
     * segment's end in ld's default script: inside the data segment its size would move where ld starts
     * that segment (DATA_SEGMENT_ALIGN depends on the segment's size), and so every data address.
     */
    static final String TRACES_LINKER_FRAGMENT = "SECTIONS { " + TRACES + " ALIGN(ADDR(.bss) + SIZEOF(.bss), 0x1000) : { KEEP(*("
            + TRACES + ")) } } INSERT AFTER .comment;\n";
    /**
     * The file, in the build directory, that lists the C functions that stand for Java methods (one a line;
     * a function that keeps no frame record, an {@code @Naked} method, ends with TraceTable.FRAMELESS_MARK).
     */
    public static final String TRACED_FUNCTIONS = "traced-functions.txt";

    private void link(List<Path> objects, Path script, Path fragment, Path output) {
        List<String> cmd = new ArrayList<>(List.of("gcc", "-o", output.toString()));
        for (Path o : objects) cmd.add(o.toString());
        if (target.linkTimeOptimization()) {
            // The code is generated now, in as many parallel parts as there are processors, with the compile flags.
            cmd.add("-flto=" + Math.max(1, Runtime.getRuntime().availableProcessors()));
            cmd.addAll(target.cflags());
        }
        cmd.addAll(target.linkFlags());
        if (script != null) cmd.addAll(List.of("-T", script.toString()));
        if (fragment != null) cmd.addAll(List.of("-T", fragment.toString()));
        run(cmd, "link " + output);
    }

    /**
     * The second link may only add the trace table: every other symbol keeps the address the table was built
     * for. A name can stand for several symbols (a static inline function gcc kept out of line in more than
     * one file is a local symbol in each), so each name and section is compared as its sorted addresses.
     */
    static void requireSameLayout(Elf first, Elf second, Path output) {
        java.util.Map<String, List<Long>> before = addresses(first), after = addresses(second);
        for (var e : after.entrySet()) {
            List<Long> was = before.get(e.getKey());
            if (!e.getValue().equals(was)) {
                String name = e.getKey();
                int at = name.lastIndexOf('@');
                throw new CompileError("linking the trace table into " + output + " moved symbol " + name.substring(0, at)
                        + " (section " + name.substring(at + 1) + ") from " + hex(was) + " to " + hex(e.getValue())
                        + ": the table would name the wrong code");
            }
        }
        if (after.size() != before.size()) throw new CompileError("linking the trace table into " + output + " dropped symbols");
    }

    /**
     * The trace section must lie above every other loaded section, so that its size (which differs between
     * the links) moves nothing; a linker script that leaves it out gets it placed wherever ld puts orphans.
     */
    static void requireTracesLast(Elf elf, Path output, Path script) {
        Elf.Section traces = elf.section(TRACES);
        String where = script != null ? "linker script " + script : "the trace table's linker fragment";
        if (traces == null || traces.address() == 0) {
            throw new CompileError(output + " has no loaded " + TRACES + " section: " + where + " must place it after everything else");
        }
        for (Elf.Section s : elf.sections()) {
            if (s != traces && s.address() != 0 && Long.compareUnsigned(s.address(), traces.address()) >= 0) {
                throw new CompileError(where + " places section " + s.name() + " (at 0x" + Long.toHexString(s.address()) + ") after "
                        + TRACES + " (at 0x" + Long.toHexString(traces.address()) + ") in " + output
                        + ": the trace table must come last, so that its size moves no other address");
            }
        }
    }

    /** Each name@section outside the trace table and its addresses, sorted. */
    private static java.util.Map<String, List<Long>> addresses(Elf elf) {
        java.util.Map<String, List<Long>> map = new java.util.HashMap<>();
        for (Elf.Symbol s : elf.symbols()) {
            if (!s.section().equals(TRACES)) map.computeIfAbsent(s.name() + "@" + s.section(), k -> new ArrayList<>()).add(s.value());
        }
        for (List<Long> list : map.values()) list.sort(null);
        return map;
    }

    private static String hex(List<Long> addresses) {
        if (addresses == null) return "nowhere";
        StringBuilder b = new StringBuilder();
        for (long a : addresses) b.append(b.length() == 0 ? "" : ", ").append("0x").append(Long.toHexString(a));
        return b.toString();
    }

    /**
     * The runtime's object for source, from the cache when its source, the runtime's headers, the program's
     * generated constants header (dir/jos_constants.h) and the flags are the same.
     */
    private Path runtimeObject(Path runtimeC, Path dir, String source) throws IOException {
        Path src = runtimeC.resolve(source);
        StringBuilder headers = new StringBuilder();
        try (var files = Files.walk(runtimeC)) {
            for (Path h : files.filter(f -> f.toString().endsWith(".h")).sorted().toList()) headers.append(Files.readString(h));
        }
        Path constants = dir.resolve(ConstantsHeader.FILE);
        if (Files.isRegularFile(constants)) headers.append(Files.readString(constants));
        String key = hash(String.join(" ", compileFlags()) + "\n" + target.name() + "\n" + Files.readString(src) + headers);
        Path obj = cache.resolve(target.name()).resolve(key + "-" + source.replace('/', '_').replaceAll("\\.c$", ".o"));
        if (Files.isRegularFile(obj)) return obj;
        Files.createDirectories(obj.getParent());
        Path tmp = Files.createTempFile(obj.getParent(), "rt", ".o");
        compile(src, tmp, runtimeC, dir);
        Files.move(tmp, obj, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return obj;
    }

    /** Compiles one source with the runtime's C directory and the program's build directory (generated headers) included. */
    private void compile(Path src, Path obj, Path runtimeC, Path buildDir) {
        List<String> cmd = new ArrayList<>(List.of("gcc", "-c"));
        cmd.addAll(compileFlags());
        cmd.addAll(List.of("-I", runtimeC.toString(), "-I", buildDir.toString(), "-o", obj.toString(), src.toString()));
        run(cmd, "compile " + src);
    }

    /**
     * Compiles the trace table to machine code even when the target optimizes at the link: its contents differ
     * between the two links, and as intermediate form they would be optimized with the program and could
     * change the program's code and symbols (the second link must only add the table).
     */
    private void compileOutsideLto(Path src, Path obj, Path runtimeC, Path buildDir) {
        List<String> cmd = new ArrayList<>(List.of("gcc", "-c"));
        cmd.addAll(target.cflags());
        cmd.addAll(List.of("-I", runtimeC.toString(), "-I", buildDir.toString(), "-o", obj.toString(), src.toString()));
        run(cmd, "compile " + src);
    }

    /** The target's flags, and -flto when the target optimizes at the link (then objects hold gcc's intermediate form). */
    private List<String> compileFlags() {
        List<String> flags = new ArrayList<>(target.cflags());
        if (target.linkTimeOptimization()) flags.add("-flto");
        return flags;
    }

    private static void run(List<String> cmd, String what) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] log = p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                String text = new String(log, StandardCharsets.UTF_8);
                if (text.length() > 8000) text = text.substring(0, 8000) + "\n...";
                throw new CompileError("gcc failed to " + what + ":\n" + text);
            }
        } catch (IOException e) {
            throw new CompileError("cannot run gcc (" + e.getMessage() + "); install it with scripts/install-deps (Debian package gcc)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompileError("interrupted");
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the error being reported matters more
        }
    }

    private static void requireGcc() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "gcc"))) return;
        }
        throw new CompileError("gcc is not installed; run scripts/install-deps (Debian packages gcc and binutils)");
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
