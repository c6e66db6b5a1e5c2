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
        List<String> cmd = new ArrayList<>(List.of("gcc", "-o", output.toString()));
        for (Path o : objects) cmd.add(o.toString());
        if (target.linkTimeOptimization()) {
            // The code is generated now, in as many parallel parts as there are processors, with the compile flags.
            cmd.add("-flto=" + threads);
            cmd.addAll(target.cflags());
        }
        cmd.addAll(target.linkFlags());
        Path script = linkerScript != null ? linkerScript
                : target.linkerScript() != null ? runtimeC.resolve(target.linkerScript()) : null;
        if (script == null && target.needsLinkerScript()) {
            throw new CompileError("the " + target.name() + " target needs a linker script (--linker-script)");
        }
        if (script != null) cmd.addAll(List.of("-T", script.toString()));
        run(cmd, "link " + output);
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
