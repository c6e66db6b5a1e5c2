package jos.kernel.panic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.Layouts;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.console.Serial;
import jos.kernel.trap.SimulatedException;
import jos.kernel.testing.SerialCapture;
import jos.kernel.x86.PerCpu;
import jos.kernel.x86.idt.InterruptFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The frame-pointer walker on fake stacks of frame records, a fake trace table, descriptors and Strings in simulated memory. */
class StackTraceTest {
    static final long PANIC_CODE = 0xffff_ffff_8000_1000L, CLEAR_CODE = 0xffff_ffff_8000_2000L,
            MAIN_CODE = 0xffff_ffff_8000_3000L, RUNTIME_C = 0xffff_ffff_8000_4000L, HANDLER_CODE = 0xffff_ffff_8000_5000L,
            ASSEMBLY_CODE = 0xffff_ffff_8000_6000L, END_OF_CODE = 0xffff_ffff_8000_7000L;
    static final long TOP = FakeRuntime.STACK_TOP;

    Machine machine;
    SerialCapture serial;
    FakeRuntime rt;
    long main, crash, leaf, print, panic, handle;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
        SimulatedException.setUp(machine, 0);
        FakeRuntime.stack(machine);
        rt = new FakeRuntime(machine);
        main = rt.meta("jos.kernel.Kernel", "main", "Kernel.java");
        crash = rt.meta("jos.kernel.memory.Frames", "clear", "Frames.java");
        leaf = rt.meta("jos.kernel.memory.Frames", "zero", "Frames.java");
        print = rt.meta("jos.kernel.panic.StackTrace", "print", "StackTrace.java");
        panic = rt.meta("jos.kernel.panic.Panic", "panic", "Panic.java");
        handle = rt.meta("jos.kernel.trap.ExceptionHandler", "handle", "ExceptionHandler.java");
        rt.code(PANIC_CODE, print, 50, panic, 60);          // print inlined into Panic.panic
        rt.code(CLEAR_CODE, crash, 112);
        rt.code(CLEAR_CODE + 0x80, leaf, 7, crash, 113);    // zero inlined into clear
        rt.code(MAIN_CODE, main, 31);
        rt.code(RUNTIME_C);                                 // the runtime's C: no Java frames
        rt.code(HANDLER_CODE, handle, 20);
    }

    @AfterEach
    void tearDown() {
        RuntimeSymbols.forget();
        machine.close();
    }

    /** A panic from Java at PANIC_CODE: Panic.panic's frame (fp) was called from clear, called from main. */
    private void panicFromJava(long fp) {
        machine.cpu().rip = PANIC_CODE + 4;
        machine.cpu().rbp = fp;
    }

    @Test
    void layouts() {
        Layouts.verify(MethodMeta.class);
        Layouts.verify(TraceTable.class);
        Layouts.verify(TraceEntry.class);
        Layouts.verify(TraceFrame.class);
    }

    @Test
    void noKernelStackIsLargerThanTheWalkAllows() {
        assertTrue(jos.kernel.smp.ApplicationProcessors.KERNEL_STACK_BYTES <= StackTrace.MAX_STACK_BYTES);
        assertTrue(jos.kernel.process.UserThread.STACK_BYTES <= StackTrace.MAX_STACK_BYTES);
    }

    @Test
    void panicFromJavaLeavesOutItsOwnFramesAndEndsAtRbpZero() {
        long outer = FakeRuntime.record(TOP - 0x100, 0, MAIN_CODE + 0x11);
        long inner = FakeRuntime.record(TOP - 0x200, outer, CLEAR_CODE + 0x21);
        rt.install();
        panicFromJava(inner);
        StackTrace.print(0);
        assertEquals("""
                stack trace:
                    at jos.kernel.memory.Frames.clear(Frames.java:112)
                    at jos.kernel.Kernel.main(Kernel.java:31)
                """, serial.text());
    }

    /** The return address less one is in the call: a call that ends its range still maps to the call's line. */
    @Test
    void theReturnAddressLessOneNamesTheCall() {
        long outer = FakeRuntime.record(TOP - 0x100, 0, MAIN_CODE + 0x11);
        long inner = FakeRuntime.record(TOP - 0x200, outer, CLEAR_CODE + 0x80);   // returns to the first byte of the next range
        rt.install();
        panicFromJava(inner);
        StackTrace.print(0);
        assertEquals("""
                stack trace:
                    at jos.kernel.memory.Frames.clear(Frames.java:112)
                    at jos.kernel.Kernel.main(Kernel.java:31)
                """, serial.text());
    }

    @Test
    void inlinedFramesEachGetALineAndRuntimeCodeShowsNone() {
        long outer = FakeRuntime.record(TOP - 0x100, 0, MAIN_CODE + 0x11);
        long runtime = FakeRuntime.record(TOP - 0x180, outer, RUNTIME_C + 0x40);
        long inner = FakeRuntime.record(TOP - 0x200, runtime, CLEAR_CODE + 0x91);
        rt.install();
        panicFromJava(inner);
        StackTrace.print(0);
        assertEquals("""
                stack trace:
                    at jos.kernel.memory.Frames.zero(Frames.java:7)
                    at jos.kernel.memory.Frames.clear(Frames.java:113)
                    at jos.kernel.Kernel.main(Kernel.java:31)
                """, serial.text());
    }

    /** After an exception: the faulting method with its line first, the handler's frames never. */
    @Test
    void exceptionStartsAtTheInterruptedRipAndRbp() {
        long outer = FakeRuntime.record(TOP - 0x100, 0, MAIN_CODE + 0x11);
        long frame = SimulatedException.frame(14, 0);
        Memory.write64(frame + InterruptFrame.RIP, CLEAR_CODE + 0x84);
        Memory.write64(frame + InterruptFrame.RBP, outer);
        rt.install();
        machine.cpu().rip = HANDLER_CODE;   // where the handler is: not part of the trace
        machine.cpu().rbp = TOP - 0x400;
        StackTrace.print(frame);
        assertEquals("""
                stack trace:
                    at jos.kernel.memory.Frames.zero(Frames.java:7)
                    at jos.kernel.memory.Frames.clear(Frames.java:113)
                    at jos.kernel.Kernel.main(Kernel.java:31)
                """, serial.text());
    }

    /** In an assembly method (no frame record, no line) the caller's return address is at the interrupted rsp, and rbp is the caller's. */
    @Test
    void exceptionInAnAssemblyMethodFindsItsCallerAtRsp() {
        long breakpoint = rt.meta("jos.kernel.scenario.Scenarios", "breakpoint", "Scenarios.java");
        rt.assembly(ASSEMBLY_CODE, breakpoint);
        long outer = FakeRuntime.record(TOP - 0x100, 0, RUNTIME_C + 1);   // main's record: called by the start code
        long clearFrame = FakeRuntime.record(TOP - 0x200, outer, MAIN_CODE + 0x11);
        long rsp = TOP - 0x300;
        Memory.write64(rsp, CLEAR_CODE + 0x21);   // the call into the assembly method
        long frame = SimulatedException.frame(3, 0);
        Memory.write64(frame + InterruptFrame.RIP, ASSEMBLY_CODE + 1);
        Memory.write64(frame + InterruptFrame.RBP, clearFrame);
        Memory.write64(frame + InterruptFrame.RSP, rsp);
        rt.install();
        StackTrace.print(frame);
        assertEquals("""
                stack trace:
                    at jos.kernel.scenario.Scenarios.breakpoint(Scenarios.java)
                    at jos.kernel.memory.Frames.clear(Frames.java:112)
                    at jos.kernel.Kernel.main(Kernel.java:31)
                """, serial.text());
    }

    /** A jump to an address past all code (into data): the caller's return address is at rsp too. */
    @Test
    void exceptionOutsideAllCodeFindsTheCallerAtRsp() {
        long outer = FakeRuntime.record(TOP - 0x100, 0, RUNTIME_C + 1);
        long clearFrame = FakeRuntime.record(TOP - 0x200, outer, MAIN_CODE + 0x11);
        long rsp = TOP - 0x300;
        Memory.write64(rsp, CLEAR_CODE + 0x21);
        rt.code(END_OF_CODE);   // the last entry: past all code
        long frame = SimulatedException.frame(14, 0x11);
        Memory.write64(frame + InterruptFrame.RIP, END_OF_CODE + 0x1_0000);
        Memory.write64(frame + InterruptFrame.RBP, clearFrame);
        Memory.write64(frame + InterruptFrame.RSP, rsp);
        rt.install();
        StackTrace.print(frame);
        assertEquals("""
                stack trace:
                    at jos.kernel.memory.Frames.clear(Frames.java:112)
                    at jos.kernel.Kernel.main(Kernel.java:31)
                """, serial.text());
    }

    /** In the runtime's C (which keeps frame records), rsp is not a return address: the walk goes by rbp alone. */
    @Test
    void exceptionInRuntimeCodeFollowsRbpOnly() {
        long outer = FakeRuntime.record(TOP - 0x100, 0, MAIN_CODE + 0x11);
        long runtimeFrame = FakeRuntime.record(TOP - 0x200, outer, CLEAR_CODE + 0x21);
        long rsp = TOP - 0x300;
        Memory.write64(rsp, HANDLER_CODE + 1);   // a code address among the locals: not a return address
        long frame = SimulatedException.frame(14, 0);
        Memory.write64(frame + InterruptFrame.RIP, RUNTIME_C + 0x10);
        Memory.write64(frame + InterruptFrame.RBP, runtimeFrame);
        Memory.write64(frame + InterruptFrame.RSP, rsp);
        rt.install();
        StackTrace.print(frame);
        assertEquals("""
                stack trace:
                    at jos.kernel.memory.Frames.clear(Frames.java:112)
                    at jos.kernel.Kernel.main(Kernel.java:31)
                """, serial.text());
    }

    @Test
    void aChainThatLeavesTheStackEndsWithANote() {
        long user = 0x7fff_0000_1000L;   // a ring-3 rbp the entry code did not clear
        long outer = FakeRuntime.record(TOP - 0x100, user, MAIN_CODE + 0x11);
        rt.install();
        panicFromJava(FakeRuntime.record(TOP - 0x200, outer, CLEAR_CODE + 0x21));
        StackTrace.print(0);
        assertEquals("""
                stack trace:
                    at jos.kernel.memory.Frames.clear(Frames.java:112)
                    at jos.kernel.Kernel.main(Kernel.java:31)
                    (frame chain left the stack at 0x00007fff00001000)
                """, serial.text());
    }

    @Test
    void aChainThatGoesDownEndsWithANote() {
        long lower = TOP - 0x300;
        long inner = FakeRuntime.record(TOP - 0x200, lower, CLEAR_CODE + 0x21);
        FakeRuntime.record(lower, inner, MAIN_CODE + 0x11);
        rt.install();
        panicFromJava(inner);
        StackTrace.print(0);
        assertEquals("""
                stack trace:
                    at jos.kernel.memory.Frames.clear(Frames.java:112)
                    (frame chain left the stack at 0xffff8000006ffd00)
                """, serial.text());
    }

    @Test
    void aRecordAtTheTopOfTheStackIsOutside() {
        rt.install();
        panicFromJava(FakeRuntime.record(TOP - 0x200, TOP - 8, CLEAR_CODE + 0x21));
        StackTrace.print(0);
        assertEquals("""
                stack trace:
                    at jos.kernel.memory.Frames.clear(Frames.java:112)
                    (frame chain left the stack at 0xffff8000006ffff8)
                """, serial.text());
    }

    @Test
    void theCurrentThreadsStackIsAStackToo() {
        long thread = 0xffff_8000_0090_0000L;   // the block sits just above its stack
        machine.memory().map(thread - 0x2000, 0x2000);
        Memory.write64(SimulatedException.PER_CPU + PerCpu.CURRENT_THREAD, thread);
        long outer = FakeRuntime.record(thread - 0x100, 0, MAIN_CODE + 0x11);
        rt.install();
        panicFromJava(FakeRuntime.record(thread - 0x200, outer, CLEAR_CODE + 0x21));
        StackTrace.print(0);
        assertEquals("""
                stack trace:
                    at jos.kernel.memory.Frames.clear(Frames.java:112)
                    at jos.kernel.Kernel.main(Kernel.java:31)
                """, serial.text());
    }

    @Test
    void aStartOnNoKnownStackPrintsOnlyTheNote() {
        rt.install();
        panicFromJava(0xffff_8000_0050_0000L);
        StackTrace.print(0);
        assertEquals("""
                stack trace:
                    (frame chain left the stack at 0xffff800000500000)
                """, serial.text());
    }

    @Test
    void utf16NamesUnknownSourceAndNoLine() {
        long meta = rt.allocate(24);
        Memory.write64(meta, rt.string("jos.kernel.Ünïcode", true));
        Memory.write64(meta + 8, rt.string("run", true));
        Memory.write64(meta + 16, 0);
        rt.code(MAIN_CODE + 0x400, meta, 0);
        rt.install();
        panicFromJava(FakeRuntime.record(TOP - 0x200, 0, MAIN_CODE + 0x401));
        StackTrace.print(0);
        assertEquals("""
                stack trace:
                    at jos.kernel.?n?code.run(Unknown Source)
                """, serial.text());
    }

    @Test
    void noJavaFrames() {
        rt.install();
        panicFromJava(FakeRuntime.record(TOP - 0x200, 0, RUNTIME_C + 1));
        StackTrace.print(0);
        assertEquals("stack trace: no Java frames\n", serial.text());
    }

    @Test
    void anExceptionInRing3HasNoKernelFrames() {
        long frame = SimulatedException.frame(14, 0);
        Memory.write64(frame + InterruptFrame.CS, 0x23);
        rt.install();
        StackTrace.print(frame);
        assertEquals("stack trace: no Java frames (interrupted in ring 3)\n", serial.text());
    }

    @Test
    void aLongChainIsCutAfterTheLimit() {
        long up = 0;
        for (int i = 0; i < StackTrace.MAX_FRAMES + 10; i++) up = FakeRuntime.record(TOP - 0x100 - 16L * i, up, CLEAR_CODE + 0x21);
        rt.install();
        panicFromJava(up);
        StackTrace.print(0);
        String[] lines = serial.text().split("\n");
        assertEquals(1 + StackTrace.MAX_FRAMES + 1, lines.length);
        assertEquals("    at jos.kernel.memory.Frames.clear(Frames.java:112)", lines[StackTrace.MAX_FRAMES]);
        assertEquals("    ... (more frames)", lines[lines.length - 1]);
    }

    @Test
    void tableLookupIsUnsignedAndBelowTheFirstEntryFindsNone() {
        rt.code(0x1000, main, 1);
        rt.install();
        long table = RuntimeSymbols.traceTable();
        assertEquals(0, TraceTable.entryAt(table, 0xfff));
        assertEquals(0x1000, TraceEntry.pc(TraceTable.entryAt(table, 0x7fff_0000_0000L)));
        assertEquals(CLEAR_CODE, TraceEntry.pc(TraceTable.entryAt(table, CLEAR_CODE + 0x7f)));
        assertEquals(CLEAR_CODE + 0x80, TraceEntry.pc(TraceTable.entryAt(table, CLEAR_CODE + 0x80)));
        assertEquals(HANDLER_CODE, TraceEntry.pc(TraceTable.entryAt(table, ASSEMBLY_CODE - 1)));
        assertEquals(0x1000, TraceEntry.pc(TraceTable.entryAt(table, PANIC_CODE - 1)), "kernel addresses are negative as signed longs");
    }
}
