package jos.kernel.panic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.hw.sim.SimPorts;
import jos.kernel.console.Serial;
import jos.kernel.trap.SimulatedException;
import jos.kernel.testing.SerialCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Panics end in {@link Panic#halt}, a naked cli/hlt loop: on HotSpot calling it throws
 * UnsatisfiedLinkError, which is how these tests see the CPU stop.
 */
class PanicTest {
    Machine machine;
    SerialCapture serial;
    FakeRuntime rt;
    long main;

    @BeforeEach
    void setUp() {
        Panic.STATE[0] = 0;
        Panic.STATE[1] = 0;
        machine = Machine.install();
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
        SimulatedException.setUp(machine, 2);
        rt = new FakeRuntime(machine);
        main = rt.meta("jos.kernel.Kernel", "main", "Kernel.java");
    }

    @AfterEach
    void tearDown() {
        Panic.STATE[0] = 0;
        Panic.STATE[1] = 0;
        RuntimeSymbols.forget();
        machine.close();
    }

    @Test
    void panicWithAMessage() {
        long panicMeta = rt.meta("jos.kernel.panic.Panic", "panic", "Panic.java");
        FakeRuntime.stack(machine);
        rt.code(0xffff_ffff_8000_1000L, panicMeta, 50);
        rt.code(0xffff_ffff_8000_2000L, main, 40);
        rt.install();
        machine.cpu().rip = 0xffff_ffff_8000_1010L;
        machine.cpu().rbp = FakeRuntime.record(FakeRuntime.STACK_TOP - 0x100, 0, 0xffff_ffff_8000_2010L);
        assertThrows(UnsatisfiedLinkError.class, () -> Panic.panic("no memory map"));
        assertEquals("""
                kernel panic on cpu 2: no memory map
                stack trace:
                    at jos.kernel.Kernel.main(Kernel.java:40)
                kernel panic: halting
                """, serial.text(), "the panic's own frames are left out");
    }

    @Test
    void panicForAnException() {
        machine.cpu().cr2 = 0x10;
        long frame = SimulatedException.frame(14, 2);
        rt.code(0xffff_ffff_8000_1000L, main, 40);   // the interrupted rip; its rbp is garbage
        rt.install();
        assertThrows(UnsatisfiedLinkError.class, () -> jos.kernel.trap.ExceptionHandler.panic(frame));
        assertEquals("""
                kernel panic on cpu 2: unhandled page fault
                exception: page fault (vector 14) on cpu 2 at rip 0xffffffff80001234
                page fault: address 0x0000000000000010, not present, write, kernel, data
                """ + SimulatedException.registers("0x0000000000000010") + """
                stack trace:
                    at jos.kernel.Kernel.main(Kernel.java:40)
                    (frame chain left the stack at 0x0909090909090909)
                kernel panic: halting
                """, serial.text());
    }

    @Test
    void aPanicWhilePanickingPrintsOneLineThenNothing() {
        rt.install();
        assertThrows(UnsatisfiedLinkError.class, () -> Panic.panic("first"));
        String first = serial.text();
        assertThrows(UnsatisfiedLinkError.class, () -> Panic.panic("second"));
        assertEquals("kernel panic on cpu 2: second (while panicking)\n", serial.text().substring(first.length()));
        assertThrows(UnsatisfiedLinkError.class, () -> jos.kernel.trap.ExceptionHandler.panic(SimulatedException.frame(13, 0)));
        assertEquals("kernel panic on cpu 2: second (while panicking)\n", serial.text().substring(first.length()));
    }

    @Test
    void aPanicOnAnotherCpuPrintsOneLine() {
        rt.install();
        assertThrows(UnsatisfiedLinkError.class, () -> Panic.panic("first"));
        String first = serial.text();
        Memory.write32(SimulatedException.PER_CPU + 32, 5);
        assertThrows(UnsatisfiedLinkError.class, () -> jos.kernel.trap.ExceptionHandler.panic(SimulatedException.frame(13, 0)));
        assertEquals("kernel panic on cpu 5: unhandled general protection fault (while cpu 2 panics)\n",
                serial.text().substring(first.length()));
    }

    @Test
    void underTestThePanicExitsQemuWithCode3() {
        byte[] text = "quiet qemu-exit=0\0".getBytes(StandardCharsets.US_ASCII);
        long commandLine = rt.allocate(text.length);
        for (int i = 0; i < text.length; i++) Memory.write8(commandLine + i, text[i]);
        assertThrows(UnsatisfiedLinkError.class, () -> Panic.finish(commandLine));
        assertEquals("kernel panic: exiting QEMU with code 3\nkernel panic: halting\n", serial.text());
        assertTrue(machine.ports().log().contains(new SimPorts.Access(true, 0xf4, 1, 3)));
    }

    @Test
    void withoutTheOptionThePanicOnlyHalts() {
        byte[] text = "quiet\0".getBytes(StandardCharsets.US_ASCII);
        long commandLine = rt.allocate(text.length);
        for (int i = 0; i < text.length; i++) Memory.write8(commandLine + i, text[i]);
        assertThrows(UnsatisfiedLinkError.class, () -> Panic.finish(commandLine));
        assertEquals("kernel panic: halting\n", serial.text());
        assertTrue(machine.ports().log().stream().noneMatch(a -> a.port() == 0xf4));
    }
}
