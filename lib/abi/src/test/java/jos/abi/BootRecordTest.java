package jos.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.Layouts;
import org.junit.jupiter.api.Test;

/** The boot record's layout: well formed, entries and names inside the mapped pages, at a page-aligned user address. */
class BootRecordTest {
    @Test
    void layouts() {
        Layouts.verify(BootRecord.class);
        Layouts.verify(BootEntry.class);
        assertEquals(0, BootEntry.SIZE % 8, "entries stay 8-byte aligned one after another");
        assertEquals(0, BootRecord.FIRST_ENTRY % 8);
    }

    @Test
    void entriesAndNamesFitTheMappedPages() {
        assertEquals(BootRecord.HEADER_SIZE, BootRecord.FIRST_ENTRY);
        assertEquals(BootRecord.FIRST_ENTRY + BootRecord.MAX_ENTRIES * BootEntry.SIZE, BootRecord.NAMES);
        assertTrue(BootRecord.MAX_BYTES - BootRecord.NAMES >= 32 * 256, "room for 32 paths of 256 bytes");
        assertEquals(0, BootRecord.MAX_BYTES % Kinds.PAGE);
        assertEquals(0, BootRecord.ADDRESS % Kinds.PAGE);
        assertTrue(BootRecord.ADDRESS >= 1L << 46 && BootRecord.ADDRESS + BootRecord.MAX_BYTES < 0x0000_7fff_ffff_0000L,
                "above the free ranges map chooses from, below the stack");
    }

    @Test
    void rolesAreDistinctAndTheMagicSpellsJosb() {
        int[] roles = {BootRecord.MODULE, BootRecord.FRAMEBUFFER, BootRecord.IRQ_LINES, BootRecord.UART, BootRecord.ACPI_TABLES};
        for (int i = 0; i < roles.length; i++) assertEquals(i + 1, roles[i]);
        byte[] magic = {'J', 'O', 'S', 'B'};
        int word = 0;
        for (int i = 0; i < 4; i++) word |= (magic[i] & 0xff) << (8 * i);
        assertEquals(word, BootRecord.MAGIC_VALUE);
    }
}
