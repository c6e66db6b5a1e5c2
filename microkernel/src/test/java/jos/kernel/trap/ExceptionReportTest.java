package jos.kernel.trap;

import jos.kernel.x86.idt.InterruptFrame;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.hw.Layouts;
import jos.hw.sim.Machine;
import jos.kernel.console.Serial;
import jos.kernel.panic.RuntimeSymbols;
import jos.kernel.testing.SerialCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact report text for frames written into simulated memory. */
class ExceptionReportTest {
    Machine machine;
    SerialCapture serial;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
        SimulatedException.setUp(machine, 2);
        RuntimeSymbols.use(24, 20, 0);
    }

    @AfterEach
    void tearDown() {
        RuntimeSymbols.forget();
        machine.close();
    }

    @Test
    void frameLayout() {
        Layouts.verify(InterruptFrame.class);
        assertEquals(22 * 8, InterruptFrame.SIZE);
        assertEquals(120, InterruptFrame.VECTOR);
        assertEquals(136, InterruptFrame.RIP);
    }

    @Test
    void pageFault() {
        machine.cpu().cr2 = 0;
        ExceptionReport.print(SimulatedException.frame(14, 0));
        assertEquals("""
                exception: page fault (vector 14) on cpu 2 at rip 0xffffffff80001234
                page fault: address 0x0000000000000000, not present, read, kernel, data
                """ + SimulatedException.registers("0x0000000000000000"), serial.text());
    }

    @Test
    void pageFaultOnAWriteToAReadOnlyPage() {
        machine.cpu().cr2 = 0xffff_ffff_8000_5008L;
        ExceptionReport.print(SimulatedException.frame(14, 3));
        String text = serial.text();
        assertEquals("page fault: address 0xffffffff80005008, protection violation, write, kernel, data",
                text.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void generalProtectionFault() {
        ExceptionReport.print(SimulatedException.frame(13, 0));
        assertEquals("""
                exception: general protection fault (vector 13) on cpu 2 at rip 0xffffffff80001234
                general protection fault: error code 0x0000: no selector
                """ + SimulatedException.registers("0x0000000000000000"), serial.text());
    }

    @Test
    void segmentNotPresentNamesTheVector() {
        ExceptionReport.print(SimulatedException.frame(11, 0x202));
        assertEquals("segment not present: error code 0x0202: IDT vector 64",
                serial.text().lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void doubleFaultShowsItsErrorCode() {
        ExceptionReport.print(SimulatedException.frame(8, 0));
        assertEquals("double fault: error code 0x0", serial.text().lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void invalidOpcodeHasNoSecondLine() {
        ExceptionReport.print(SimulatedException.frame(6, 0));
        assertEquals("  rax 0x0f0f0f0f0f0f0f0f  rbx 0x0e0e0e0e0e0e0e0e  rcx 0x0d0d0d0d0d0d0d0d  rdx 0x0c0c0c0c0c0c0c0c",
                serial.text().lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void breakpointIsReportedAndExecutionContinues() {
        ExceptionHandler.handle(SimulatedException.frame(3, 0));
        assertEquals("""
                exception: breakpoint (vector 3) on cpu 2 at rip 0xffffffff80001234
                """ + SimulatedException.registers("0x0000000000000000") + """
                stack trace:
                    (frame chain left the stack at 0x0909090909090909)
                exception: breakpoint, continuing
                """, serial.text());
    }
}
