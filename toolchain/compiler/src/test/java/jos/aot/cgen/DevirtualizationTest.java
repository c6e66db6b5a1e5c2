package jos.aot.cgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jos.aot.Main;
import jos.aot.fixtures.devirt.Calls;
import picocli.CommandLine;

/**
 * Class-hierarchy devirtualization over the reachable program, read off the generated C of one small
 * program (jos.aot.fixtures.devirt.Calls): a call with one reachable implementation is a direct call
 * that keeps the receiver's null check, one with several goes through the vtable or itable. The
 * program's output must equal HotSpot's, NullPointerException messages included.
 */
class DevirtualizationTest {
    private static final String PKG = "jos/aot/fixtures/devirt/";

    @TempDir
    static Path out;
    private static String c;
    private static String nativeOutput;

    @BeforeAll
    static void compile() throws IOException, InterruptedException, URISyntaxException {
        Path classes = Path.of(Calls.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path binary = out.resolve("calls");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        int rc;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            rc = new CommandLine(new Main()).execute("--target", "hosted", "--classpath", classes.toString(),
                    "--main", Calls.class.getName(), "-o", binary.toString());
        } finally {
            System.setErr(saved);
        }
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(out.resolve("calls.build"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h")).sorted().toList()) {
                all.append(Files.readString(f));
            }
        }
        c = all.toString();
        Process p = new ProcessBuilder(binary.toString()).redirectErrorStream(true).start();
        nativeOutput = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), nativeOutput);
    }

    /** The C body of the fixture's static method with this name. */
    private static String body(String method) {
        return GeneratedC.body(c, Names.mangle(PKG + "Calls") + "__" + method + "__");
    }

    private static String direct(String cls, String method) {
        return Names.mangle(PKG + "Calls$" + cls) + "__" + method + "__";
    }

    @Test
    void oneInstantiatedClassMakesADirectCallThoughASubclassOverrides() {
        String b = body("monomorphic");
        assertTrue(b.contains(direct("Animal", "legs")), b);
        assertFalse(b.contains("vtable["), b);
        assertFalse(c.contains(direct("Bird", "legs") + "I("), "Bird.legs is unreachable: Bird is never instantiated");
    }

    @Test
    void twoInstantiatedClassesAreTestedThenCalledDirectlyWithTheVirtualCallLast() {
        String b = body("bimorphic");
        assertTrue(b.contains("->klass == &jclass_" + Names.mangle(PKG + "Calls$Base") + " ? " + direct("Base", "id")), b);
        assertTrue(b.contains("->klass == &jclass_" + Names.mangle(PKG + "Calls$Derived") + " ? " + direct("Derived", "id")), b);
        assertTrue(b.contains("->klass->vtable["), "the fallback: " + b);
    }

    @Test
    void abstractMethodWithOneConcreteSubclassIsCalledDirectly() {
        String b = body("abstractOne");
        assertTrue(b.contains(direct("Square", "area")), b);
        assertFalse(b.contains("vtable["), b);
    }

    @Test
    void interfaceWithOneImplementorIsCalledDirectly() {
        String b = body("interfaceOne");
        assertTrue(b.contains(direct("English", "greet")), b);
        assertFalse(b.contains("jrt_itable"), b);
        String two = body("interfaceTwo");
        assertTrue(two.contains("jrt_itable_at("), two);   // two implementors: each tested, then the interface fast path
        assertTrue(two.contains("->klass == &"), two);
    }

    @Test
    void directCallsKeepTheReceiversNullCheck() {
        for (String m : List.of("monomorphic", "abstractOne", "interfaceOne")) {
            String b = body(m);
            assertTrue(b.contains("== NULL)) ") && b.contains("nullPointer"), m + " tests its receiver:\n" + b);
        }
    }

    @Test
    void outputIsHotSpots() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            Calls.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        String expected = buf.toString(StandardCharsets.UTF_8);
        assertTrue(expected.contains("because \"a\" is null"), "the fixture is compiled with local variable names: " + expected);
        assertEquals(expected, nativeOutput);
    }
}
