package jos.loader.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.sim.Machine;
import jos.loader.Problem;
import jos.loader.testing.AcpiBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AcpiTest {
    static final long RSDP = 0xf5000, RSDT = 0x1ffe0000L, FACP = 0x1ffe1000L, MADT = 0x1ffe2000L, XSDT = 0x1ffe3000L;
    static final long CPUS = 0x500000, IO_APICS = 0x501000;
    private Machine machine;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        machine.memory().map(0x500000, 0x10000);
        Problem.clear();
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    /** QEMU q35 under SeaBIOS: ACPI 1.0 RSDP, RSDT with FACP and APIC, 4 CPUs, 1 I/O APIC. */
    static byte[] qemuMadt() {
        return new AcpiBuilder.Madt(0xfee00000L).localApic(0, 0, 1).localApic(1, 1, 1).localApic(2, 2, 1).localApic(3, 3, 1)
                .ioApic(0, 0xfec00000L, 0).raw((byte) 2, (byte) 10, (byte) 0, (byte) 0, (byte) 2, (byte) 0, (byte) 0, (byte) 0,
                        (byte) 0, (byte) 0) // interrupt source override
                .localApic(4, 4, 0) // a possible but absent CPU
                .build();
    }

    private void installSeaBios(byte[] madt) {
        machine.memory().map(RSDP, AcpiBuilder.rsdp(0, RSDT, 0));
        machine.memory().map(RSDT, AcpiBuilder.rsdt(FACP, MADT));
        machine.memory().map(FACP, AcpiBuilder.table("FACP", new byte[80]));
        machine.memory().map(MADT, madt);
    }

    @Test
    void findsTheMadtThroughTheRsdt() {
        installSeaBios(qemuMadt());
        assertEquals(MADT, AcpiTables.find(RSDP, 20, SdtHeader.APIC), () -> Problem.message);
        assertTrue(Madt.parse(MADT, CPUS, 16, IO_APICS, 4));
        assertEquals(4, Madt.cpuCount, "the disabled entry is left out");
        for (int i = 0; i < 4; i++) {
            assertEquals(i, Madt.processorId(CPUS, i));
            assertEquals(i, Madt.lapicId(CPUS, i));
        }
        assertEquals(1, Madt.ioApicCount);
        assertEquals(0xfec00000L, Madt.ioApicAddress(IO_APICS, 0));
        assertEquals(0xfee00000L, Madt.localApicAddress);
    }

    @Test
    void findsTheMadtThroughTheXsdtWhenRevisionTwo() {
        installSeaBios(qemuMadt());
        machine.memory().map(XSDT, AcpiBuilder.xsdt(MADT));
        long rsdp = 0xf6000;
        machine.memory().map(rsdp, AcpiBuilder.rsdp(2, 0xdead0000L, XSDT)); // a bogus RSDT must not be used
        assertEquals(MADT, AcpiTables.find(rsdp, 36, SdtHeader.APIC), () -> Problem.message);
    }

    @Test
    void x2apicEntriesAndOnlineCapableCpus() {
        byte[] madt = new AcpiBuilder.Madt(0xfee00000L).localApic(0, 0, 1).x2apic(0, 1, 0).x2apic(300, 1, 7).x2apic(301, 2, 8)
                .x2apic(302, 0, 9).build();
        machine.memory().map(MADT, madt);
        assertTrue(Madt.parse(MADT, CPUS, 16, IO_APICS, 4));
        assertEquals(3, Madt.cpuCount, "duplicate APIC ID 0 skipped, online-capable 301 kept, disabled 302 left out");
        assertEquals(300, Madt.lapicId(CPUS, 1));
        assertEquals(7, Madt.processorId(CPUS, 1));
        assertEquals(301, Madt.lapicId(CPUS, 2));
    }

    @Test
    void badTableChecksumIsReported() {
        byte[] madt = qemuMadt();
        madt[40] ^= 1;
        installSeaBios(madt);
        assertEquals(0, AcpiTables.find(RSDP, 20, SdtHeader.APIC));
        assertEquals("ACPI table checksum is wrong; table at", Problem.message);
        assertEquals(MADT, Problem.value);
    }

    @Test
    void badRsdpChecksumIsReported() {
        byte[] rsdp = AcpiBuilder.rsdp(0, RSDT, 0);
        rsdp[8] ^= 1;
        machine.memory().map(RSDP, rsdp);
        assertFalse(AcpiTables.checkRsdp(RSDP, 20));
        assertEquals("RSDP checksum is wrong; RSDP at", Problem.message);
        byte[] v2 = AcpiBuilder.rsdp(2, RSDT, XSDT);
        v2[32] ^= 1;
        machine.memory().map(0xf6000, v2);
        assertFalse(AcpiTables.checkRsdp(0xf6000, 36));
        assertEquals("RSDP extended checksum is wrong; RSDP at", Problem.message);
        assertFalse(AcpiTables.checkRsdp(0xf6000, 12));
        assertEquals("RSDP is shorter than 20 bytes; length", Problem.message);
    }

    @Test
    void truncatedEntryIsReported() {
        byte[] madt = new AcpiBuilder.Madt(0xfee00000L).localApic(0, 0, 1).raw((byte) 0, (byte) 8, (byte) 1, (byte) 1).build();
        machine.memory().map(MADT, madt);
        assertFalse(Madt.parse(MADT, CPUS, 16, IO_APICS, 4));
        assertEquals("MADT entry runs past the table end; at", Problem.message);
        assertEquals(MADT + 44 + 8, Problem.value);
    }

    @Test
    void zeroLengthEntryIsReported() {
        machine.memory().map(MADT, new AcpiBuilder.Madt(0xfee00000L).raw((byte) 0, (byte) 0).build());
        assertFalse(Madt.parse(MADT, CPUS, 16, IO_APICS, 4));
        assertEquals("MADT entry length is below 2; at", Problem.message);
    }

    @Test
    void tableLengthShorterThanTheFixedPartIsReported() {
        byte[] madt = java.util.Arrays.copyOf(qemuMadt(), 40);
        jos.loader.testing.ElfWriter.put32(madt, 4, 40);
        AcpiBuilder.fixChecksum(madt);
        installSeaBios(madt);
        assertEquals(MADT, AcpiTables.find(RSDP, 20, SdtHeader.APIC));
        assertFalse(Madt.parse(MADT, CPUS, 16, IO_APICS, 4));
        assertEquals("MADT is shorter than its fixed part; length", Problem.message);
        assertEquals(40, Problem.value);
    }

    @Test
    void implausibleTableLengthIsReported() {
        byte[] madt = qemuMadt();
        jos.loader.testing.ElfWriter.put32(madt, 4, 12);
        AcpiBuilder.fixChecksum(madt);
        installSeaBios(madt);
        assertEquals(0, AcpiTables.find(RSDP, 20, SdtHeader.APIC));
        assertEquals("ACPI table length is implausible; length", Problem.message);
    }

    @Test
    void missingTableIsReported() {
        machine.memory().map(RSDP, AcpiBuilder.rsdp(0, RSDT, 0));
        machine.memory().map(RSDT, AcpiBuilder.rsdt(FACP));
        machine.memory().map(FACP, AcpiBuilder.table("FACP", new byte[80]));
        assertEquals(0, AcpiTables.find(RSDP, 20, SdtHeader.APIC));
        assertEquals("ACPI table not found; signature", Problem.message);
    }

    @Test
    void tooManyCpusIsReported() {
        installSeaBios(qemuMadt());
        assertFalse(Madt.parse(MADT, CPUS, 2, IO_APICS, 4));
        assertEquals("too many processors in the MADT; capacity", Problem.message);
    }
}
