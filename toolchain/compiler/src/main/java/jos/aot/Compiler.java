package jos.aot;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import jos.aot.analysis.Program;
import jos.aot.cgen.ProgramEmitter;
import jos.aot.model.ClassInfo;
import jos.aot.model.MethodInfo;
import jos.aot.target.Gcc;
import jos.aot.target.Target;

/** One compilation: classes to analysis to C to an executable. */
public final class Compiler {
    /** Where the C for a program goes: next to the output, so a debugger finds it. */
    public static Path buildDirFor(Path output) {
        return output.resolveSibling(output.getFileName() + ".build");
    }

    public record Options(Target target, List<Path> classpath, String mainClass, Path output, Path runtime, Path cache,
                          boolean timings, PrintStream log) {}

    public static void compile(Options o) {
        long t0 = System.nanoTime();
        Path runtimeC = runtimeCDirectory(o.runtime(), o.cache());
        String nativesHeader = read(runtimeC.resolve("natives.h"));
        Map<String, String> files;
        try (ClassPath cp = new ClassPath(List.of(o.runtime()), o.classpath())) {
            Program program = new Program(cp);
            String mainName = o.mainClass().replace('.', '/');
            ClassInfo main = program.lookup(mainName);
            if (main == null) throw new CompileError("main class " + o.mainClass() + " is not on the classpath " + o.classpath());
            MethodInfo mainMethod = main.method("main([Ljava/lang/String;)V");
            if (mainMethod == null || !mainMethod.isStatic) {
                throw new CompileError("class " + o.mainClass() + " has no 'public static void main(String[])'");
            }
            // Roots: the entry, what the generated glue calls, and the objects that exist without 'new'.
            program.markInstantiated(program.get("java/lang/String"));
            program.markInstantiated(program.get("java/lang/Class"));
            program.addRoot(mainMethod);
            program.markInitialized(main);
            ClassInfo launcher = program.get("jos/rt/Launcher");
            for (MethodInfo m : launcher.methods.values()) if (m.isStatic && !m.isClassInit()) program.addRoot(m);
            ClassInfo thr = program.get("jos/rt/Throw");
            for (MethodInfo m : thr.methods.values()) if (m.isStatic && !m.isClassInit()) program.addRoot(m);
            program.markArrayType("[[B");
            program.markArrayType("[J");
            program.run();
            int methodFiles = Math.max(1, Math.min(2 * Runtime.getRuntime().availableProcessors(), program.reachable.size() / 150));
            files = new ProgramEmitter(program, main, mainMethod, nativesHeader).emit(methodFiles);
        }
        Path dir = buildDirFor(o.output());
        List<String> cFiles = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            if (o.output().getParent() != null) Files.createDirectories(o.output().getParent());
            for (var e : files.entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
                if (e.getKey().endsWith(".c")) cFiles.add(e.getKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long t1 = System.nanoTime();
        new Gcc(o.target(), o.cache()).build(dir, cFiles, runtimeC, o.output());
        long t2 = System.nanoTime();
        if (o.timings()) {
            o.log().println("aot: java->c " + (t1 - t0) / 1_000_000 + " ms");
            o.log().println("aot: c->binary " + (t2 - t1) / 1_000_000 + " ms");
        }
    }

    /** The runtime's C sources: a directory beside its classes, or extracted from its jar into the cache. */
    static Path runtimeCDirectory(Path runtime, Path cache) {
        if (Files.isDirectory(runtime)) {
            Path c = runtime.resolve("jos-runtime-c");
            if (!Files.isDirectory(c)) throw new CompileError("the runtime at " + runtime + " has no jos-runtime-c directory");
            return c;
        }
        try (ZipFile z = new ZipFile(runtime.toFile())) {
            Path out = cache.resolve("runtime-c-" + Long.toHexString(Files.getLastModifiedTime(runtime).toMillis()) + "-" + Files.size(runtime));
            if (Files.isDirectory(out)) return out;
            Path tmp = Files.createTempDirectory(cache, "rtc");
            for (var en = z.entries(); en.hasMoreElements(); ) {
                var e = en.nextElement();
                if (!e.getName().startsWith("jos-runtime-c/") || e.isDirectory()) continue;
                Path f = tmp.resolve(e.getName().substring("jos-runtime-c/".length()));
                Files.createDirectories(f.getParent());
                try (var in = z.getInputStream(e)) {
                    Files.copy(in, f);
                }
            }
            try {
                Files.move(tmp, out);
            } catch (IOException raced) {
                // another compilation extracted it first
            }
            return out;
        } catch (IOException e) {
            throw new CompileError("cannot read the runtime " + runtime + ": " + e.getMessage());
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new CompileError("cannot read " + p + ": " + e.getMessage());
        }
    }
}
