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
import jos.aot.cgen.ConstantsHeader;
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
                          boolean timings, PrintStream log, List<Path> asmSources, Path linkerScript, boolean writeBarrier) {
        public Options(Target target, List<Path> classpath, String mainClass, Path output, Path runtime, Path cache,
                       boolean timings, PrintStream log, List<Path> asmSources, Path linkerScript) {
            this(target, classpath, mainClass, output, runtime, cache, timings, log, asmSources, linkerScript, true);
        }

        public Options(Target target, List<Path> classpath, String mainClass, Path output, Path runtime, Path cache,
                       boolean timings, PrintStream log) {
            this(target, classpath, mainClass, output, runtime, cache, timings, log, List.of(), null, true);
        }
    }

    public static final String EXPORT_DESCRIPTOR = "Ljos/hw/Export;";
    static final String EXPORT = EXPORT_DESCRIPTOR;

    public static void compile(Options o) {
        long t0 = System.nanoTime();
        Path runtimeC = runtimeCDirectory(o.runtime(), o.cache());
        String nativesHeader = read(runtimeC.resolve("natives.h")) + read(runtimeC.resolve("hw.h"));
        Map<String, String> files;
        try (ClassPath cp = new ClassPath(List.of(o.runtime()), o.classpath())) {
            Program program = new Program(cp);
            ClassInfo main = null;
            MethodInfo mainMethod = null;
            Target.Entry entry = o.target().entry();
            if (entry == Target.Entry.EXPORTS_ONLY) {
                if (o.mainClass() != null) {
                    throw new CompileError("the " + o.target().name() + " target has no main method: its @Export methods are its entry points (drop --main)");
                }
            } else {
                if (o.mainClass() == null) throw new CompileError("the " + o.target().name() + " target needs --main");
                main = program.lookup(o.mainClass().replace('.', '/'));
                if (main == null) throw new CompileError("main class " + o.mainClass() + " is not on the classpath " + o.classpath());
                String selector = entry == Target.Entry.MAIN ? "main()V" : "main([Ljava/lang/String;)V";
                mainMethod = main.method(selector);
                if (entry == Target.Entry.MAIN_EITHER && (mainMethod == null || !mainMethod.isStatic)) mainMethod = main.method("main()V");
                if (mainMethod == null || !mainMethod.isStatic) {
                    throw new CompileError("class " + o.mainClass() + " has no '" + switch (entry) {
                        case MAIN_WITH_ARGS -> "public static void main(String[])";
                        case MAIN_EITHER -> "public static void main(String[])' or 'static void main()";
                        default -> "static void main()";
                    } + "' (the entry on the " + o.target().name() + " target)");
                }
            }
            // Roots: the entry, what the generated glue calls, and the objects that exist without 'new'.
            program.markInstantiated(program.get("java/lang/String"));
            program.markInstantiated(program.get("java/lang/Class"));
            if (mainMethod != null) {
                program.addRoot(mainMethod);
                program.markInitialized(main);
            }
            if (mainMethod != null && mainMethod.descriptor.equals("([Ljava/lang/String;)V")) {
                ClassInfo launcher = program.get("jos/rt/Launcher");
                for (MethodInfo m : launcher.methods.values()) if (m.isStatic && !m.isClassInit()) program.addRoot(m);
            } else if (o.target().reportsUncaught() && mainMethod != null) {
                program.addRoot(program.get("jos/rt/Launcher").method("uncaught(Ljava/lang/Throwable;)I"));
            }
            // Hosted programs are entered only by main; on the machine, assembly enters through exports.
            List<MethodInfo> exports = entry == Target.Entry.MAIN_WITH_ARGS ? List.of() : exportedMethods(cp, program);
            for (MethodInfo m : exports) program.addRoot(m);
            if (entry == Target.Entry.EXPORTS_ONLY && exports.isEmpty()) {
                throw new CompileError("no @Export method on the classpath " + o.classpath() + ": the " + o.target().name() + " target has no entry point");
            }
            ClassInfo thr = program.get("jos/rt/Throw");
            for (MethodInfo m : thr.methods.values()) if (m.isStatic && !m.isClassInit()) program.addRoot(m);
            program.markArrayType("[[B");
            program.markArrayType("[J");
            program.run();
            int methodFiles = Math.max(1, Math.min(2 * Runtime.getRuntime().availableProcessors(), program.reachable.size() / 150));
            files = new java.util.LinkedHashMap<>(
                    new ProgramEmitter(program, main, mainMethod, nativesHeader, o.target(), exports, o.writeBarrier()).emit(methodFiles));
            files.put(ConstantsHeader.FILE, constantsHeader(cp, o.target()).text());
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
        new Gcc(o.target(), o.cache()).build(dir, cFiles, runtimeC, o.output(), o.asmSources(), o.linkerScript());
        long t2 = System.nanoTime();
        if (o.timings()) {
            o.log().println("aot: java->c " + (t1 - t0) / 1_000_000 + " ms");
            o.log().println("aot: c->binary " + (t2 - t1) / 1_000_000 + " ms");
        }
    }

    /**
     * The static methods marked {@code @Export} in the classes of the user classpath: entry points for
     * assembly and loaders. Each must be static with primitive parameters and result.
     */
    static List<MethodInfo> exportedMethods(ClassPath cp, Program program) {
        List<MethodInfo> out = new ArrayList<>();
        Map<String, MethodInfo> symbols = new java.util.HashMap<>();
        for (String name : cp.userClasses()) {
            byte[] bytes = cp.find(name);
            if (bytes == null) continue;
            var model = java.lang.classfile.ClassFile.of().parse(bytes);
            boolean any = model.methods().stream().anyMatch(m -> jos.aot.model.Annotations.of(m).containsKey(EXPORT));
            if (!any) continue;
            ClassInfo c = program.get(name);
            for (MethodInfo m : c.methods.values()) {
                var export = m.annotations.get(EXPORT);
                if (export == null) continue;
                String symbol = (String) export.get("value");
                if (!m.isStatic) throw m.error(0, 0, "@Export method " + m + " must be static");
                for (String p : jos.aot.cgen.CTypes.parameters(m.descriptor)) {
                    if (p.startsWith("L") || p.startsWith("[")) throw m.error(0, 0, "@Export method " + m + " may take only primitives");
                }
                String ret = jos.aot.cgen.CTypes.returnType(m.descriptor);
                if (ret.startsWith("L") || ret.startsWith("[")) throw m.error(0, 0, "@Export method " + m + " may return only a primitive");
                if (symbol == null || !symbol.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw m.error(0, 0, "@Export(\"" + symbol + "\") on " + m + " is not a C identifier");
                }
                MethodInfo clash = symbols.put(symbol, m);
                if (clash != null) throw m.error(0, 0, "@Export(\"" + symbol + "\") is used by both " + clash + " and " + m);
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The {@code #define}s of the {@code @CConstants} classes on the user classpath; a class the target's
     * runtime C takes its numbers from ({@link Target#constantsFrom}) must be among them.
     */
    static ConstantsHeader constantsHeader(ClassPath cp, Target target) {
        List<byte[]> classFiles = new ArrayList<>();
        for (String name : cp.userClasses()) {
            byte[] bytes = cp.find(name);
            if (bytes != null) classFiles.add(bytes);
        }
        ConstantsHeader header = ConstantsHeader.of(classFiles);
        for (String required : target.constantsFrom()) {
            if (!header.classes().contains(required)) {
                throw new CompileError("the " + target.name() + " target's runtime takes its constants from "
                        + required.replace('/', '.') + " (@CConstants), which is not on the classpath: add "
                        + target.constantsModule(required));
            }
        }
        return header;
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
