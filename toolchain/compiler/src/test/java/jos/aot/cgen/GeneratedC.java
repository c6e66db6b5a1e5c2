package jos.aot.cgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jos.aot.Main;
import picocli.CommandLine;

/** Reading generated C in tests: a function's body by the start of its name; a fixture compiled and run. */
public final class GeneratedC {
    private GeneratedC() {
    }

    /**
     * The text of the first definition of a function whose name starts with prefix, from its name to its
     * closing brace. A definition's line is the signature (after an inlining hint, if any) then " {"; the C of the method's first Java
     * line may follow on the same line (hosted code joins each Java line's C onto one line for the trace
     * tables), and a call to the function has a ';' before any " {". The body ends with a brace on a line
     * of its own, or at " }" before a blank line when its last line was joined too.
     */
    public static String body(String c, String prefix) {
        int at = -1;
        for (int from = 0; at < 0 && (from = c.indexOf(prefix, from)) >= 0; from++) {
            boolean lineStart = c.lastIndexOf('\n', from) + 1 == lineStartOfSignature(c, from);
            String line = c.substring(from, c.indexOf('\n', from));
            int brace = line.indexOf(") {");
            if (lineStart && brace >= 0 && !line.substring(0, brace).contains(";")) at = from;
        }
        assertTrue(at >= 0, "no definition of " + prefix);
        int end = c.indexOf("\n}\n", at), joined = c.indexOf(" }\n\n", at);
        if (end < 0 || joined >= 0 && joined < end) end = joined + 2;
        return c.substring(at, end);
    }

    /** Where the line holding the name at from starts if only a return type precedes the name there. */
    private static int lineStartOfSignature(String c, int from) {
        int start = c.lastIndexOf('\n', from) + 1;
        String before = c.substring(start, from);
        return before.matches("(__attribute__\\(\\([\\w, ]*\\)\\) )?[\\w ]*\\**\\s*") ? start : -1;
    }

    /** A hosted fixture compiled and run: all of its generated C, and what the binary printed (exit 0). */
    public record Compiled(String c, String output) {
    }

    /** Compiles main (a fixture on the test classpath) for hosted into out/name, runs it and checks it exits 0. */
    public static Compiled compileAndRun(Class<?> main, Path out, String name) throws IOException, InterruptedException {
        Path classes;
        try {
            classes = Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        Path binary = out.resolve(name);
        int rc = new CommandLine(new Main()).execute("--target", "hosted", "--classpath", classes.toString(),
                "--main", main.getName(), "-o", binary.toString());
        assertEquals(0, rc, "compiling " + main.getName());
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(out.resolve(name + ".build"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".c")).sorted().toList()) all.append(Files.readString(f));
        }
        Process p = new ProcessBuilder(binary.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        return new Compiled(all.toString(), output);
    }
}
