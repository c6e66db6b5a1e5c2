package jos.aot.target;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jos.aot.CompileError;
import jos.aot.trace.Elf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second link may add the trace section but must not move anything else. */
class TraceLinkTest {
    private static Elf link(Path dir, String name, String extra, String table) throws Exception {
        return link(dir, name, extra, table, "");
    }

    /** With other non-empty, a second file other.c (compiled and linked with the first). */
    private static Elf link(Path dir, String name, String extra, String table, String other) throws Exception {
        Path sub = Files.createDirectories(dir.resolve(name));   // the same file name in both links
        Path c = sub.resolve("image.c"), exe = sub.resolve("image"), second = sub.resolve("other.c");
        Path ld = dir.resolve("traces.ld");
        Files.writeString(ld, Gcc.TRACES_LINKER_FRAGMENT);
        Files.writeString(c, extra + "int data_word = 7;\nint bss_word;\n__attribute__((section(\".jrt_traces\"))) const long table[] = {"
                + table + "};\nvoid _start(void) { bss_word = data_word + (int)table[0]; for (;;) { } }\n");
        List<String> cmd = new java.util.ArrayList<>(List.of("gcc", "-O2", "-static", "-nostdlib", "-no-pie", "-o", exe.toString(), c.toString()));
        if (!other.isEmpty()) {
            Files.writeString(second, other);
            cmd.add(second.toString());
        }
        cmd.addAll(List.of("-T", ld.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new AssertionError(log);
        return new Elf(Files.readAllBytes(exe), name);
    }

    @Test
    void aBiggerTableMovesNothing(@TempDir Path dir) throws Exception {
        Elf small = link(dir, "a", "", "1");
        // Pages more: inside the data segment, this would move where ld starts that segment.
        Elf big = link(dir, "b", "", String.join(", ", java.util.Collections.nCopies(5000, "9")));
        assertDoesNotThrow(() -> Gcc.requireSameLayout(small, big, Path.of("b")));
    }

    @Test
    void anyOtherMoveFailsTheBuild(@TempDir Path dir) throws Exception {
        Elf before = link(dir, "a", "", "1");
        Elf moved = link(dir, "b", "int pad_word = 1;\n", "1");
        CompileError e = assertThrows(CompileError.class, () -> Gcc.requireSameLayout(before, moved, Path.of("b")));
        assertTrue(e.getMessage().contains("moved symbol"), e.getMessage());
    }

    /** A static function gcc keeps out of line in two files is two local symbols of one name: no move. */
    @Test
    void twoLocalSymbolsOfOneNameAreComparedAsAPair(@TempDir Path dir) throws Exception {
        String twin = "__attribute__((noinline, used)) static int twin(int x) { return x * 3; }\n";
        String other = twin + "int other_entry(int x) { return twin(x) + 1; }\n";
        String extra = twin + "int image_entry(int x) { return twin(x) + 2; }\n";
        Elf small = link(dir, "a", extra, "1", other);
        Elf big = link(dir, "b", extra, String.join(", ", java.util.Collections.nCopies(3000, "9")), other);
        assertTrue(small.symbols().stream().filter(x -> x.name().equals("twin")).count() == 2, "two local twins");
        assertDoesNotThrow(() -> Gcc.requireSameLayout(small, big, Path.of("b")));
    }
}
