package jos.aot.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user runtime's command-line words (user/command_line.c, abi.md "Programs"), run on the host: a small C
 * program links the runtime's file and prints what it makes of each line it is given.
 */
class UserCommandLineTest {
    private static final String HARNESS = """
            #include <stdio.h>
            #include <string.h>
            int jrt_command_line_split(const char *line, long len, char *text, char **words, int *environment_words);
            long jrt_command_line_lookup(char *const *environment, int count, const char *name, long name_len, char *out, long cap);
            /* argv[1]: the line; argv[2...]: names to look up. Prints the environment, the arguments, then each lookup. */
            int main(int argc, char **argv) {
                long len = (long)strlen(argv[1]);
                char text[len + 1];
                char *words[(len + 1) / 2 + 1];
                int env;
                int n = jrt_command_line_split(argv[1], len, text, words, &env);
                for (int i = 0; i < n; i++) printf("%s[%s]\\n", i < env ? "env" : "arg", words[i]);
                for (int i = 2; i < argc; i++) {
                    char out[8];
                    long r = jrt_command_line_lookup(words, env, argv[i], (long)strlen(argv[i]), out, sizeof out);
                    if (r < 0) printf("%s: unset\\n", argv[i]);
                    else printf("%s: %ld [%.*s]\\n", argv[i], r, (int)(r < 8 ? r : 8), out);
                }
                return 0;
            }
            """;

    private static Path exe;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        Path runtime = Path.of(System.getProperty("jos.runtime"), "jos-runtime-c");
        Path harness = dir.resolve("harness.c");
        Files.writeString(harness, HARNESS);
        exe = dir.resolve("harness");
        run(List.of("gcc", "-O2", "-ffreestanding", "-c", "-o", dir.resolve("command_line.o").toString(),
                runtime.resolve("user/command_line.c").toString()));
        run(List.of("gcc", "-O2", "-o", exe.toString(), harness.toString(), dir.resolve("command_line.o").toString()));
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
        assertEquals(0, p.exitValue(), command + "\n" + out);
        return out;
    }

    private static String split(String line, String... names) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(exe.toString(), line));
        command.addAll(List.of(names));
        return run(command);
    }

    @Test
    void wordsAreSeparatedByRunsOfSpaces() throws Exception {
        assertEquals("arg[Name]\narg[two]\narg[x]\n", split("  Name two   x  "));
        assertEquals("arg[one]\n", split("one"));
        assertEquals("", split(""));
        assertEquals("", split("    "));
        assertEquals("arg[a\tb]\narg[ü]\n", split("a\tb ü"), "only the space separates; bytes stay as they are");
    }

    @Test
    void leadingAssignmentsAreTheEnvironment() throws Exception {
        assertEquals("env[JOS_MAX_HEAP=64m]\nenv[A_1=]\narg[Prog]\narg[B=2]\n", split("JOS_MAX_HEAP=64m A_1= Prog B=2"),
                "an assignment after the first argument is an argument");
        assertEquals("arg[=x]\narg[1A=y]\n", split("=x 1A=y"), "no name, or one starting with a digit: arguments");
    }

    @Test
    void lookupFindsTheLastAssignmentOfAName() throws Exception {
        assertEquals("env[X=1]\nenv[XY=2]\nenv[X=345678901]\narg[P]\nX: 9 [34567890]\nXY: 1 [2]\nY: unset\nP: unset\nX=1: unset\n",
                split("X=1 XY=2 X=345678901 P", "X", "XY", "Y", "P", "X=1"),
                "the full length is returned when the value does not fit; arguments are no variables");
    }
}
