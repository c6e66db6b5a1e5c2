package jos.kernel.x86.idt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.x86.cpu.Selectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** IDT gates bit for bit, and the table {@link Idt#init} builds. */
class IdtTest {
    static final long STUBS = 0xffff_ffff_8001_2340L;

    Machine machine;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    @Test
    void gateEncodingByHand() {
        long handler = 0xffff_ffff_8001_2345L;
        // offset 0x2345 | selector 0x0008 << 16 | IST 3 << 32 | 0x8e (present, DPL 0, type e) << 40 | 0x8001 << 48
        assertEquals(0x8001_8E03_0008_2345L, IdtEntry.low(handler, 8, 3, IdtEntry.TYPE_INTERRUPT_GATE, 0));
        assertEquals(0xffff_ffffL, IdtEntry.high(handler));
        // a DPL 3 trap gate, no IST: 0xef
        assertEquals(0x1234_EF00_0010_5678L, IdtEntry.low(0x0000_0001_1234_5678L, 0x10, 0, IdtEntry.TYPE_TRAP_GATE, 3));
        assertEquals(1L, IdtEntry.high(0x0000_0001_1234_5678L));
    }

    @Test
    void gateDecoding() {
        long handler = 0xffff_ffff_8abc_def0L;
        long low = IdtEntry.low(handler, 0x08, 2, IdtEntry.TYPE_INTERRUPT_GATE, 0);
        assertEquals(handler, IdtEntry.handler(low, IdtEntry.high(handler)));
        assertEquals(0x08, IdtEntry.selector(low));
        assertEquals(2, IdtEntry.ist(low));
        assertEquals(IdtEntry.TYPE_INTERRUPT_GATE, IdtEntry.type(low));
        assertEquals(0, IdtEntry.dpl(low));
        assertTrue(IdtEntry.present(low));
        assertFalse(IdtEntry.present(0));
    }

    @Test
    void exceptionsUseTheirStubsAndInterruptStacks() {
        Idt.init(STUBS);
        long table = Idt.table();
        assertEquals(0, table & 0xfff, "page aligned");
        for (int v = 0; v < Idt.VECTORS; v++) {
            long low = Memory.read64(table + 16L * v), high = Memory.read64(table + 16L * v + 8);
            if (v >= Idt.EXCEPTIONS) {
                assertEquals(0, low | high, "vector " + v);
                continue;
            }
            assertEquals(STUBS + 16L * v, IdtEntry.handler(low, high), "vector " + v);
            assertEquals(Selectors.KERNEL_CODE, IdtEntry.selector(low));
            assertEquals(IdtEntry.TYPE_INTERRUPT_GATE, IdtEntry.type(low));
            assertEquals(v == 3 ? 3 : 0, IdtEntry.dpl(low), "only the breakpoint is open to int3 from ring 3: vector " + v);
            assertTrue(IdtEntry.present(low));
            int ist = v == 8 ? 1 : v == 2 ? 2 : v == 14 ? 3 : v == 1 ? 4 : v == 18 ? 5 : 0;
            assertEquals(ist, IdtEntry.ist(low), "vector " + v);
        }
        // page fault: handler 0xffffffff80012420
        assertEquals(0x8001_8E03_0008_2420L, Memory.read64(table + 16 * 14));
    }

    @Test
    void loadPointsIdtrAtTheWholeTable() {
        Idt.init(STUBS);
        Idt.load();
        long register = machine.cpu().idtr;
        assertEquals(6, register & 7);
        assertEquals(4095, Memory.read16(register) & 0xffff);
        assertEquals(Idt.table(), Memory.read64(register + 2));
    }

    @Test
    void stubsSpacingLeavesRoomForTheLongestStub() {
        // push imm8 (2) + push imm8 (2) + jmp rel32 (5)
        assertTrue(2 + 2 + 5 <= ExceptionStubs.STRIDE);
        assertEquals(1, Idt.istFor(ExceptionNames.DOUBLE_FAULT));
        assertEquals(2, Idt.istFor(ExceptionNames.NMI));
        assertEquals(3, Idt.istFor(ExceptionNames.PAGE_FAULT));
        assertEquals(4, Idt.istFor(ExceptionNames.DEBUG));
        assertEquals(5, Idt.istFor(ExceptionNames.MACHINE_CHECK));
        assertEquals(0, Idt.istFor(ExceptionNames.GENERAL_PROTECTION));
    }
}
