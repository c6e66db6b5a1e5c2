package jos.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The declarations against the Intel SDM's numbers (vol. 3 and vol. 4) and the 8254 data sheet. */
class EncodingsTest {
    @Test
    void pageTableEntryBitsAreTheSdmBits() {
        // Vol. 3, tables 4-14 to 4-20: P, R/W, U/S, PWT, PCD, A, D, PS (or PAT in a PTE), G, PAT in a huge leaf, XD.
        assertEquals(0x1L, PageTableEntry.PRESENT);
        assertEquals(0x2L, PageTableEntry.WRITABLE);
        assertEquals(0x4L, PageTableEntry.USER);
        assertEquals(0x8L, PageTableEntry.WRITE_THROUGH);
        assertEquals(0x10L, PageTableEntry.CACHE_DISABLE);
        assertEquals(0x20L, PageTableEntry.ACCESSED);
        assertEquals(0x40L, PageTableEntry.DIRTY);
        assertEquals(0x80L, PageTableEntry.HUGE);
        assertEquals(0x80L, PageTableEntry.PAT_4K);
        assertEquals(0x100L, PageTableEntry.GLOBAL);
        assertEquals(0x1000L, PageTableEntry.PAT_HUGE);
        assertEquals(0x8000_0000_0000_0000L, PageTableEntry.NO_EXECUTE);
        // MAXPHYADDR 52: bits 51..12, 51..21 and 51..30.
        assertEquals(0x000F_FFFF_FFFF_F000L, PageTableEntry.ADDRESS_MASK);
        assertEquals(0x000F_FFFF_FFE0_0000L, PageTableEntry.ADDRESS_MASK_2M);
        assertEquals(0x000F_FFFF_C000_0000L, PageTableEntry.ADDRESS_MASK_1G);
        assertEquals(512, PageTableEntry.ENTRIES);
        assertEquals(4096L, PageTableEntry.SIZE_4K);
        assertEquals(2L << 20, PageTableEntry.SIZE_2M);
        assertEquals(1L << 30, PageTableEntry.SIZE_1G);
    }

    @Test
    void entriesEncodeAndDecode() {
        long w = PageTableEntry.WRITABLE, nx = PageTableEntry.NO_EXECUTE;
        assertEquals(0x8000_0000_0034_5003L, PageTableEntry.leaf(0x345000, 1, w | nx, Pat.WRITE_BACK));
        assertEquals(0x0000_0000_0020_0083L, PageTableEntry.leaf(0x200000, 2, w, Pat.WRITE_BACK));
        assertEquals(0x0000_0000_4000_0083L, PageTableEntry.leaf(0x4000_0000L, 3, w, Pat.WRITE_BACK));
        // PAT index 5 (write-combining) = PAT bit + PWT: bit 7 in a 4 KiB leaf, bit 12 in a huge one.
        assertEquals(0x345089L, PageTableEntry.leaf(0x345000, 1, 0, Pat.WRITE_COMBINING));
        assertEquals(0x201089L, PageTableEntry.leaf(0x200000, 2, 0, Pat.WRITE_COMBINING));
        assertEquals(Pat.WRITE_COMBINING, PageTableEntry.pat(0x201089L, 2));
        assertEquals(Pat.UNCACHEABLE, PageTableEntry.pat(PageTableEntry.leaf(0x1000, 1, 0, Pat.UNCACHEABLE), 1));
        assertEquals(0x123003L, PageTableEntry.table(0x123000, false));
        assertEquals(0x123007L, PageTableEntry.table(0x123000, true));
        // Flags outside the permissions a caller chooses are dropped.
        assertEquals(0x1001L, PageTableEntry.leaf(0x1000, 1, PageTableEntry.CACHE_DISABLE | PageTableEntry.DIRTY, 0));
        assertEquals(0x2200000L, PageTableEntry.address(PageTableEntry.leaf(0x2345000, 2, 0, 0), 2), "a 2 MiB leaf keeps bits 51..21");
        assertEquals(0x123000L, PageTableEntry.address(0x8000_0000_0012_3003L, 4));
        assertTrue(PageTableEntry.huge(0x83) && PageTableEntry.isLeaf(0x83, 2) && PageTableEntry.isLeaf(0x3, 1));
        assertFalse(PageTableEntry.isLeaf(0x83, 4) || PageTableEntry.isLeaf(0x3, 2));
        assertEquals(0x1ff, PageTableEntry.index(0xffff_ffff_8000_0000L, 4));
        assertEquals(0x1fe, PageTableEntry.index(0xffff_ffff_8000_0000L, 3));
        assertEquals(0x100, PageTableEntry.index(0xffff_8000_0000_0000L, 4));
        assertEquals(2L << 20, PageTableEntry.pageSize(2));
    }

    @Test
    void patEncodingsAndTheLimineLayout() {
        // Vol. 3, table 11-10.
        assertEquals(0x00, Pat.UC);
        assertEquals(0x01, Pat.WC);
        assertEquals(0x04, Pat.WT);
        assertEquals(0x05, Pat.WP);
        assertEquals(0x06, Pat.WB);
        assertEquals(0x07, Pat.UC_MINUS);
        // Limine protocol: PAT0 WB, PAT1 WT, PAT2 UC-, PAT3 UC, PAT4 WP, PAT5 WC, PAT6 UC-, PAT7 UC.
        assertEquals(0x0007_0105_0007_0406L, Pat.LIMINE_LAYOUT);
        int[] indexes = {Pat.WRITE_BACK, Pat.WRITE_THROUGH, Pat.UNCACHED_MINUS, Pat.UNCACHEABLE, Pat.WRITE_PROTECT, Pat.WRITE_COMBINING};
        int[] encodings = {Pat.WB, Pat.WT, Pat.UC_MINUS, Pat.UC, Pat.WP, Pat.WC};
        for (int i = 0; i < indexes.length; i++) {
            assertEquals(encodings[i], (int) (Pat.LIMINE_LAYOUT >>> 8 * indexes[i]) & 0xff, "PAT entry " + indexes[i]);
        }
        // The power-on layout (WB, WT, UC-, UC) agrees on indexes 0..3, so they mean the same without a PAT.
        assertEquals(0x0007_0406L, Pat.LIMINE_LAYOUT & 0xffff_ffffL);
    }

    @Test
    void msrNumbersAreTheSdmNumbers() {
        // Vol. 4, table 2-2.
        assertEquals(0x1B, Msr.IA32_APIC_BASE);
        assertEquals(0x10A, Msr.IA32_ARCH_CAPABILITIES);
        assertEquals(0x277, Msr.IA32_PAT);
        assertEquals(0x800, Msr.X2APIC_BASE);
        assertEquals(0xC0000080, Msr.IA32_EFER);
        assertEquals(0xC0000081, Msr.IA32_STAR);
        assertEquals(0xC0000082, Msr.IA32_LSTAR);
        assertEquals(0xC0000084, Msr.IA32_FMASK);
        assertEquals(0xC0000100, Msr.IA32_FS_BASE);
        assertEquals(0xC0000101, Msr.IA32_GS_BASE);
        assertEquals(0xC0000102, Msr.IA32_KERNEL_GS_BASE);
        assertEquals(0x1L, Msr.EFER_SCE);
        assertEquals(0x100L, Msr.EFER_LME);
        assertEquals(0x800L, Msr.EFER_NXE);
    }

    @Test
    void controlRegisterBits() {
        // Vol. 3, 2.5.
        assertEquals(0x8000_0001L, ControlRegister.CR0_PG | ControlRegister.CR0_PE);
        assertEquals(0x2L, ControlRegister.CR0_MP);
        assertEquals(0x10L, ControlRegister.CR0_ET);
        assertEquals(0x20L, ControlRegister.CR0_NE);
        assertEquals(0x4L, ControlRegister.CR0_EM);
        assertEquals(0x8L, ControlRegister.CR0_TS);
        assertEquals(0x1_0000L, ControlRegister.CR0_WP);
        assertEquals(0x4_0000L, ControlRegister.CR0_AM);
        assertEquals(0x6000_0000L, ControlRegister.CR0_NW | ControlRegister.CR0_CD);
        assertEquals(0x20L, ControlRegister.CR4_PAE);
        assertEquals(0x80L, ControlRegister.CR4_PGE);
    }

    @Test
    void localApicRegisterMap() {
        // Vol. 3, table 10-1 (xAPIC offsets) and table 10-6 (x2APIC MSRs: 0x802 ID, 0x80B EOI, 0x830 ICR).
        assertEquals(0x802, Msr.X2APIC_BASE + LocalApicRegisters.ID / 16);
        assertEquals(0x80B, Msr.X2APIC_BASE + LocalApicRegisters.EOI / 16);
        assertEquals(0x830, Msr.X2APIC_BASE + LocalApicRegisters.ICR_LOW / 16);
        assertEquals(0x808, Msr.X2APIC_BASE + LocalApicRegisters.TASK_PRIORITY / 16);
        assertEquals(0x80F, Msr.X2APIC_BASE + LocalApicRegisters.SPURIOUS / 16);
        assertEquals(0x828, Msr.X2APIC_BASE + LocalApicRegisters.ERROR_STATUS / 16);
        assertEquals(0x832, Msr.X2APIC_BASE + LocalApicRegisters.LVT_TIMER / 16);
        assertEquals(0x837, Msr.X2APIC_BASE + LocalApicRegisters.LVT_ERROR / 16);
        assertEquals(0x838, Msr.X2APIC_BASE + LocalApicRegisters.TIMER_INITIAL_COUNT / 16);
        assertEquals(0x839, Msr.X2APIC_BASE + LocalApicRegisters.TIMER_CURRENT_COUNT / 16);
        assertEquals(0x83E, Msr.X2APIC_BASE + LocalApicRegisters.TIMER_DIVIDE / 16);
        assertEquals(0x310, LocalApicRegisters.ICR_HIGH);
        // The INIT and start-up IPIs the MP initialisation protocol sends (vol. 3, 8.4.4.1): 0x4500 and 0x46vv.
        assertEquals(0x4500, LocalApicRegisters.ICR_INIT | LocalApicRegisters.ICR_ASSERT);
        assertEquals(0x4600, LocalApicRegisters.ICR_STARTUP | LocalApicRegisters.ICR_ASSERT);
        assertEquals(0x400, LocalApicRegisters.ICR_NMI);
        assertEquals(0x1000, LocalApicRegisters.ICR_DELIVERY_PENDING);
        assertEquals(0xC0000, LocalApicRegisters.SHORTHAND_ALL_BUT_SELF);
        assertEquals(0x100, LocalApicRegisters.SPURIOUS_ENABLE);
        assertEquals(0x10000, LocalApicRegisters.LVT_MASKED);
        assertEquals(0x20000, LocalApicRegisters.LVT_TIMER_PERIODIC);
        assertEquals(0x400L, LocalApicRegisters.BASE_X2APIC);
        assertEquals(0x800L, LocalApicRegisters.BASE_ENABLE);
        assertEquals(PageTableEntry.ADDRESS_MASK, LocalApicRegisters.BASE_ADDRESS);
    }

    @Test
    void pitPortsAndCommands() {
        assertEquals(0x42, PitPorts.CHANNEL2_DATA);
        assertEquals(0x43, PitPorts.COMMAND);
        assertEquals(0x61, PitPorts.PORT_B);
        assertEquals(1_193_182, PitPorts.FREQUENCY_HZ);
        // Control word: SC = 10 (channel 2), RW = 11 (LSB then MSB) or 00 (latch), M = 000, BCD = 0.
        assertEquals(0b10_11_000_0, PitPorts.CHANNEL2_MODE0);
        assertEquals(0b10_00_000_0, PitPorts.CHANNEL2_LATCH);
    }
}
