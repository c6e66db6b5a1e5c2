package jos.kernel.panic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import org.junit.jupiter.api.Test;

class CodeTableTest {
    @Test
    void namesTheMethodHoldingAnAddressAndNoneAtOrPastTheEndOfText() {
        try (Machine m = Machine.install()) {
            long table = m.memory().map(0x10000, 4096);
            long[][] entries = {{0x3000, 0xb3}, {0x1000, 0xb1}, {0x9000, 0}, {0x2000, 0xb2}};   // unsorted; 0x9000 = end of text
            for (int i = 0; i < entries.length; i++) {
                Memory.write64(table + i * CodeTable.ENTRY_SIZE + CodeTable.CODE, entries[i][0]);
                Memory.write64(table + i * CodeTable.ENTRY_SIZE + CodeTable.META, entries[i][1]);
            }
            assertEquals(0, CodeTable.methodAt(table, 4, 0x0fff), "below every method");
            assertEquals(0xb1, CodeTable.methodAt(table, 4, 0x1000));
            assertEquals(0xb2, CodeTable.methodAt(table, 4, 0x2abc));
            assertEquals(0xb3, CodeTable.methodAt(table, 4, 0x8fff));
            assertEquals(0, CodeTable.methodAt(table, 4, 0x9000), "the end-of-text marker");
            assertEquals(0, CodeTable.methodAt(table, 4, 0xffff_ffff_8001_0000L), "data far above the text");
        }
    }
}
