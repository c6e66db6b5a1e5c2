package jos.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Unsupported code is refused at compile time with the class, method, bytecode index and line. */
class CompileErrorsTest {
    @TempDir
    Path out;

    private String compileExpectingFailure(String mainClass) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = new CommandLine(new Main());
        cl.setErr(new java.io.PrintWriter(err, true));
        PrintStream saved = System.err;
        int rc;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            rc = cl.execute("--target", "hosted", "--classpath", TestPaths.testClasses().toString(),
                    "--main", mainClass, "-o", out.resolve("prog").toString());
        } finally {
            System.setErr(saved);
        }
        assertEquals(1, rc, "the compiler must refuse " + mainClass);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void missingRuntimeClassIsLocated() {
        String msg = compileExpectingFailure("jos.aot.fixtures.UsesThread");
        assertTrue(msg.contains("class java.lang.Thread is not provided by the jos runtime library"), msg);
        assertTrue(msg.contains("at jos.aot.fixtures.UsesThread.main([Ljava/lang/String;)V (UsesThread.java:7, bytecode index 8)"), msg);
    }

    @Test
    void missingRuntimeMethodIsLocated() {
        String msg = compileExpectingFailure("jos.aot.fixtures.UsesReflection");
        assertTrue(msg.contains("java.lang.Class.getDeclaredFields()[Ljava/lang/reflect/Field;"), msg);
        assertTrue(msg.contains("UsesReflection.java:7, bytecode index "), msg);
    }

    @Test
    void unknownTargetIsRefused() {
        CommandLine cl = new CommandLine(new Main());
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int rc = cl.execute("--target", "mips", "--classpath", TestPaths.testClasses().toString(),
                    "--main", "jos.aot.fixtures.UsesThread", "-o", out.resolve("p").toString());
            assertEquals(1, rc);
        } finally {
            System.setErr(saved);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown target 'mips'"));
    }
}
