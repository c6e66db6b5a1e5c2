package jos.aot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jos.aot.target.Target;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The compiler's command line: scripts/aot runs this. Exit code 0 means an executable was written. */
@Command(name = "aot", mixinStandardHelpOptions = true,
        description = "Compiles a Java program (the main class and everything it reaches) to a native executable.")
public final class Main implements Callable<Integer> {
    @Option(names = "--target", defaultValue = "hosted", description = "hosted (a static Linux executable), kernel (higher-half "
            + "freestanding ELF for a Limine-protocol loader), loader (freestanding, linked by --linker-script, entered through "
            + "@Export methods), user (a static jos user program)")
    String target;

    @Option(names = "--classpath", required = true, split = ":", description = "directories and jars, separated by ':'")
    List<Path> classpath;

    @Option(names = "--main", description = "the class whose main method starts the program (not for the loader target)")
    String mainClass;

    @Option(names = "--asm", description = "an assembly source (.S, preprocessed) to assemble and link in; repeatable")
    List<Path> asmSources = new java.util.ArrayList<>();

    @Option(names = "--linker-script", description = "the linker script (replaces the target's own)")
    Path linkerScript;

    @Option(names = {"-o", "--output"}, required = true, description = "the executable to write")
    Path output;

    @Option(names = "--runtime", description = "the jos runtime library (classes directory or jar)")
    Path runtime;

    @Option(names = "--cache", description = "where compiled runtime objects are kept between compilations")
    Path cache;

    @Option(names = "--timings", description = "print the time of each phase")
    boolean timings;

    @Option(names = "--no-write-barrier", hidden = true, description = "omit the collector's write barrier (only to test that JOS_GC_VERIFY catches a missed one)")
    boolean noWriteBarrier;

    @Override
    public Integer call() {
        try {
            Path rt = runtime != null ? runtime : defaultRuntime();
            Path c = cache != null ? cache
                    : System.getProperty("jos.cache") != null ? Path.of(System.getProperty("jos.cache"))
                    : Path.of(System.getProperty("user.home"), ".cache", "jos-aot");
            Files.createDirectories(c);
            Compiler.compile(new Compiler.Options(Target.named(target), classpath, mainClass, output, rt, c, timings, System.err,
                    asmSources, linkerScript, !noWriteBarrier));
            return 0;
        } catch (CompileError e) {
            System.err.println("aot: error: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            System.err.println("aot: error: " + e.getMessage());
            return 1;
        }
    }

    private static Path defaultRuntime() {
        String p = System.getProperty("jos.runtime");
        if (p != null) return Path.of(p);
        throw new CompileError("no runtime given: pass --runtime or set -Djos.runtime (scripts/aot does this)");
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
