package jos.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jos.aot.fixtures.gc.Pinned;
import jos.aot.trace.Elf;
import picocli.CommandLine;

/**
 * JOS_GC_ROOTS=1 (docs/gc.md) names each root word and the object it pins: a static field's object is
 * pinned from a data segment, a live local's from the stack, and no root lies in the collector's own
 * frames (jrt_gc_enter pushes the registers and the scan starts there).
 */
class GcRootsTest {
    @TempDir
    static Path out;
    static List<String> roots;
    static TreeMap<Long, String> text = new TreeMap<>();

    private static final Pattern STACK = Pattern.compile("\\[gc\\] root stack 0x\\p{XDigit}+ (?:\\(a callee-saved register\\)|in the frame of code 0x(\\p{XDigit}+)) -> 0x\\p{XDigit}+ (\\S+) \\d+ bytes");

    @BeforeAll
    static void run() throws Exception {
        Path classes = Path.of(Pinned.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path exe = out.resolve("pinned");
        int rc = new CommandLine(new Main()).execute("--target", "hosted", "--classpath", classes.toString(),
                "--main", Pinned.class.getName(), "-o", exe.toString());
        assertEquals(0, rc, "compiling " + Pinned.class.getName());
        ProcessBuilder pb = new ProcessBuilder(exe.toString());
        pb.environment().put("JOS_GC_ROOTS", "1");
        pb.redirectError(out.resolve("stderr").toFile()).redirectOutput(out.resolve("stdout").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pinned timed out");
        assertEquals(0, p.exitValue());
        assertEquals("20\n", Files.readString(out.resolve("stdout"), StandardCharsets.UTF_8));
        roots = Files.readAllLines(out.resolve("stderr"));
        for (Elf.Symbol s : new Elf(Files.readAllBytes(exe), exe.toString()).symbols())
            if (s.section().equals(".text") && !s.name().isEmpty()) text.put(s.value(), s.name());
    }

    @Test
    void aStaticFieldsObjectIsPinnedFromData() {
        String held = Pinned.class.getName() + "$Held";
        assertTrue(roots.stream().anyMatch(l -> l.matches("\\[gc\\] root data 0x\\p{XDigit}+ -> 0x\\p{XDigit}+ " + Pattern.quote(held) + " \\d+ bytes")),
                "no data root names " + held + ":\n" + String.join("\n", roots));
    }

    @Test
    void aLiveLocalIsPinnedFromTheStack() {
        String local = Pinned.class.getName() + "$Local";
        assertTrue(roots.stream().map(STACK::matcher).anyMatch(m -> m.matches() && m.group(2).equals(local)),
                "no stack root names " + local + ":\n" + String.join("\n", roots));
    }

    @Test
    void noRootLiesInTheCollectorsFrames() {
        Set<String> collector = Set.of("jrt_gc_collect_from", "scan_range", "scan_words", "mark", "drain", "log_root");
        for (String line : roots) {
            if (!line.startsWith("[gc] root stack")) continue;
            Matcher m = STACK.matcher(line);
            assertTrue(m.matches(), "unexpected root line: " + line);
            if (m.group(1) == null) continue;
            var f = text.floorEntry(Long.parseUnsignedLong(m.group(1), 16));
            assertTrue(f != null, "code address outside .text: " + line);
            assertFalse(collector.contains(f.getValue().split("\\.")[0]), "a root in the collector's own frame (" + f.getValue() + "): " + line);
        }
    }
}
