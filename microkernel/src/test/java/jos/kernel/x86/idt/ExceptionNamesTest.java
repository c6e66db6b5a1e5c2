package jos.kernel.x86.idt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ExceptionNamesTest {
    @Test
    void allThirtyTwoVectors() {
        List<String> expected = List.of("divide error", "debug", "NMI", "breakpoint", "overflow", "bound range exceeded",
                "invalid opcode", "device not available", "double fault", "coprocessor segment overrun", "invalid TSS",
                "segment not present", "stack-segment fault", "general protection fault", "page fault", "reserved",
                "x87 floating-point error", "alignment check", "machine check", "SIMD floating-point exception",
                "virtualization exception", "control protection exception", "reserved", "reserved", "reserved", "reserved",
                "reserved", "reserved", "hypervisor injection exception", "VMM communication exception", "security exception",
                "reserved");
        List<String> actual = new ArrayList<>();
        for (int v = 0; v < 32; v++) actual.add(ExceptionNames.name(v));
        assertEquals(expected, actual);
    }

    @Test
    void outsideTheExceptionRange() {
        assertEquals("interrupt", ExceptionNames.name(32));
        assertEquals("interrupt", ExceptionNames.name(255));
        assertEquals("interrupt", ExceptionNames.name(-1));
    }
}
