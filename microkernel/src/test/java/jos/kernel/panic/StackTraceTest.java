package jos.kernel.panic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.hw.Layouts;
import jos.hw.sim.Machine;
import jos.kernel.console.Serial;
import jos.kernel.trap.SimulatedException;
import jos.kernel.testing.SerialCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Java stack walker on fake frame chains, descriptors and Strings in simulated memory. */
class StackTraceTest {
    Machine machine;
    SerialCapture serial;
    FakeRuntime rt;
    long main, crash, leaf, handle, panic;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
        SimulatedException.setUp(machine, 0);
        rt = new FakeRuntime(machine);
        main = rt.meta("jos.kernel.Kernel", "main", "Kernel.java");
        crash = rt.meta("jos.kernel.memory.Frames", "clear", "Frames.java");
        leaf = rt.meta("jos.kernel.memory.Frames", "zero", "Frames.java");
        handle = rt.meta("jos.kernel.trap.ExceptionHandler", "handle", "ExceptionHandler.java");
        panic = rt.meta("jos.kernel.panic.Panic", "exception", "Panic.java");
    }

    @AfterEach
    void tearDown() {
        RuntimeSymbols.forget();
        machine.close();
    }

    @Test
    void layouts() {
        Layouts.verify(ShadowFrame.class);
        Layouts.verify(MethodMeta.class);
        Layouts.verify(CodeTable.class);
    }

    @Test
    void chainInnermostFirst() {
        long outer = rt.frame(0, main, 31);
        rt.install(rt.frame(outer, crash, 112));
        StackTrace.print(0);
        assertEquals("""
                stack trace:
                    at jos.kernel.memory.Frames.clear(Frames.java:112)
                    at jos.kernel.Kernel.main(Kernel.java:31)
                """, serial.text());
    }

    @Test
    void utf16NamesUnknownSourceAndNoLine() {
        long meta = rt.allocate(24);
        jos.hw.Memory.write64(meta, rt.string("jos.kernel.Ünïcode", true));
        jos.hw.Memory.write64(meta + 8, rt.string("run", true));
        jos.hw.Memory.write64(meta + 16, 0);
        rt.install(rt.frame(0, meta, 0));
        StackTrace.print(0);
        assertEquals("""
                stack trace:
                    at jos.kernel.?n?code.run(Unknown Source)
                """, serial.text());
    }

    @Test
    void emptyChain() {
        rt.install(0);
        StackTrace.print(0);
        assertEquals("stack trace: no Java frames\n", serial.text());
    }

    /** Handler frames below the interrupt frame are left out; the leaf holding RIP comes first. */
    @Test
    void exceptionNamesTheLeafAndSkipsTheHandler() {
        long interrupted = rt.frame(rt.frame(0, main, 31), crash, 112);
        long frame = SimulatedException.frame(14, 0);
        long handlerFrame = FakeRuntime.frameAt(frame - 0x200, interrupted, handle, 20);
        long panicFrame = FakeRuntime.frameAt(frame - 0x400, handlerFrame, panic, 60);
        rt.install(panicFrame,
                0xffff_ffff_8000_2000L, main,
                0xffff_ffff_8000_1200L, leaf,        // RIP 0xffffffff80001234 is in here
                0xffff_ffff_8000_1000L, crash,
                0xffff_ffff_8000_4000L, handle);
        StackTrace.print(frame);
        assertEquals("""
                stack trace:
                    at jos.kernel.memory.Frames.zero(Frames.java)
                    at jos.kernel.memory.Frames.clear(Frames.java:112)
                    at jos.kernel.Kernel.main(Kernel.java:31)
                """, serial.text());
    }

    /** A RIP in a method that keeps a frame (or one gcc inlined into its caller) is not listed twice. */
    @Test
    void ripMethodAlreadyOnTheChainIsNotRepeated() {
        long inlined = rt.meta("jos.kernel.memory.Frames", "peek", "Frames.java");
        long interrupted = rt.frame(rt.frame(rt.frame(0, main, 31), crash, 112), inlined, 7);
        long frame = SimulatedException.frame(13, 0);
        rt.install(FakeRuntime.frameAt(frame - 0x300, interrupted, handle, 20),
                0xffff_ffff_8000_1000L, crash);
        StackTrace.print(frame);
        assertEquals("""
                stack trace:
                    at jos.kernel.memory.Frames.peek(Frames.java:7)
                    at jos.kernel.memory.Frames.clear(Frames.java:112)
                    at jos.kernel.Kernel.main(Kernel.java:31)
                """, serial.text());
    }

    @Test
    void ripBelowEveryMethodNamesNone() {
        long frame = SimulatedException.frame(6, 0);
        rt.install(rt.frame(0, main, 31), 0xffff_ffff_8000_5000L, crash);
        StackTrace.print(frame);
        assertEquals("""
                stack trace:
                    at jos.kernel.Kernel.main(Kernel.java:31)
                """, serial.text());
    }

    @Test
    void brokenChainEndsTheWalk() {
        rt.install(rt.frame(0x1234_5671L, crash, 3));
        StackTrace.print(0);
        assertEquals("""
                stack trace:
                    at jos.kernel.memory.Frames.clear(Frames.java:3)
                    (frame chain broken at 0x0000000012345671)
                """, serial.text());
    }

    @Test
    void aCycleIsCutAfterTheLimit() {
        long self = rt.allocate(24);
        FakeRuntime.frameAt(self, self, crash, 9);
        rt.install(self);
        StackTrace.print(0);
        String[] lines = serial.text().split("\n");
        assertEquals(1 + StackTrace.MAX_FRAMES + 1, lines.length);
        assertEquals("    at jos.kernel.memory.Frames.clear(Frames.java:9)", lines[StackTrace.MAX_FRAMES]);
        assertEquals("    ... (more frames)", lines[lines.length - 1]);
    }

    @Test
    void codeTableLookupIgnoresOrder() {
        long table = rt.allocate(64);
        long[] entries = {0x3000, 30, 0x1000, 10, 0x4000, 40, 0x2000, 20};
        for (int i = 0; i < entries.length; i++) jos.hw.Memory.write64(table + 8L * i, entries[i]);
        assertEquals(0, CodeTable.methodAt(table, 4, 0xfff));
        assertEquals(10, CodeTable.methodAt(table, 4, 0x1000));
        assertEquals(20, CodeTable.methodAt(table, 4, 0x2fff));
        assertEquals(30, CodeTable.methodAt(table, 4, 0x3000));
        assertEquals(40, CodeTable.methodAt(table, 4, 0xffff_ffff_ffffL));
        // kernel addresses are negative as signed longs
        long[] high = {0xffff_ffff_8000_2000L, 2, 0x1000, 1, 0xffff_ffff_8000_1000L, 3};
        for (int i = 0; i < high.length; i++) jos.hw.Memory.write64(table + 8L * i, high[i]);
        assertEquals(3, CodeTable.methodAt(table, 3, 0xffff_ffff_8000_1fffL));
        assertEquals(2, CodeTable.methodAt(table, 3, 0xffff_ffff_9000_0000L));
        assertEquals(1, CodeTable.methodAt(table, 3, 0x7fff_0000_0000L));
    }
}
