package jos.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The I/O APIC declarations against the 82093AA datasheet's register descriptions (sections 3.0 to 3.2.4). */
class IoApicRegistersTest {
    @Test
    void theWindowAndIndicesAreTheDatasheets() {
        assertEquals(0x00, IoApicRegisters.IOREGSEL);            // FEC0_0000h
        assertEquals(0x10, IoApicRegisters.IOWIN);               // FEC0_0010h
        assertEquals(0x00, IoApicRegisters.ID);
        assertEquals(0x01, IoApicRegisters.VERSION);
        assertEquals(0x02, IoApicRegisters.ARBITRATION);
        assertEquals(0x10, IoApicRegisters.redirectionLow(0));    // IOREDTBL0: 10h-11h
        assertEquals(0x11, IoApicRegisters.redirectionHigh(0));
        assertEquals(0x3E, IoApicRegisters.redirectionLow(23));   // IOREDTBL23: 3Eh-3Fh
        assertEquals(0x3F, IoApicRegisters.redirectionHigh(23));
    }

    @Test
    void theVersionRegisterGivesTheLines() {
        // The 82093AA: version 11h, maximum redirection entry 17h (24 pins); QEMU reports version 20h.
        assertEquals(24, IoApicRegisters.lines(0x0017_0011));
        assertEquals(0x11, IoApicRegisters.version(0x0017_0011));
        assertEquals(24, IoApicRegisters.lines(0x0017_0020));
        assertEquals(256, IoApicRegisters.lines(0x00FF_0020));
        assertEquals(1, IoApicRegisters.lines(0));
        assertEquals(0xA, IoApicRegisters.id(0x0A00_0000));
        assertEquals(0x2, IoApicRegisters.id(0xF200_0000));       // bits 31:28 are reserved
    }

    @Test
    void redirectionEntryBitsAreTheDatasheets() {
        // 3.2.4: vector 7:0, delivery mode 10:8 (000 fixed, 001 lowest priority, 010 SMI, 100 NMI, 101 INIT, 111 ExtINT),
        // destination mode 11, delivery status 12, polarity 13 (1 low), remote IRR 14, trigger 15 (1 level), mask 16,
        // destination 63:56.
        assertEquals(0x000, IoApicRegisters.DELIVERY_FIXED);
        assertEquals(0x100, IoApicRegisters.DELIVERY_LOWEST_PRIORITY);
        assertEquals(0x200, IoApicRegisters.DELIVERY_SMI);
        assertEquals(0x400, IoApicRegisters.DELIVERY_NMI);
        assertEquals(0x500, IoApicRegisters.DELIVERY_INIT);
        assertEquals(0x700, IoApicRegisters.DELIVERY_EXTINT);
        assertEquals(0x800, IoApicRegisters.DESTINATION_LOGICAL);
        assertEquals(0x1000, IoApicRegisters.DELIVERY_PENDING);
        assertEquals(0x2000, IoApicRegisters.ACTIVE_LOW);
        assertEquals(0x4000, IoApicRegisters.REMOTE_IRR);
        assertEquals(0x8000, IoApicRegisters.LEVEL_TRIGGERED);
        assertEquals(0x10000, IoApicRegisters.MASKED);
    }

    @Test
    void entriesEncode() {
        // ISA IRQ 4 (COM1): edge, active high, vector 0x41, to APIC 0, masked.
        assertEquals(0x0001_0041, IoApicRegisters.low(0x41, false, false, true));
        // An ACPI SCI: level, active low, vector 0x49, unmasked, to APIC 3.
        assertEquals(0x0000_A049, IoApicRegisters.low(0x49, true, true, false));
        assertEquals(0x0300_0000, IoApicRegisters.high(3));
        assertEquals(0x0300_0000_0000_A049L, IoApicRegisters.entry(0x0000_A049, IoApicRegisters.high(3)));
        assertEquals(0xFF00_0000_0001_0041L, IoApicRegisters.entry(0x0001_0041, IoApicRegisters.high(0xFF)));
    }
}
