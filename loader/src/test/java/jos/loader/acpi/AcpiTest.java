package jos.loader.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.acpi.Madt;
import jos.acpi.Problem;
import jos.acpi.Signatures;
import jos.hw.sim.Machine;
import jos.loader.testing.AcpiBuilder;
import jos.loader.testing.Sim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The loader's way to the MADT (through jos.acpi, within its 4 GiB identity map) and its CPU and I/O APIC tables. */
class AcpiTest {
    static final long RSDP = 0xf5000, RSDT = 0x1ffe0000L, FACP = 0x1ffe1000L, MADT = 0x1ffe2000L, XSDT = 0x1ffe3000L;
    static final long CPUS = 0x500000, IO_APICS = 0x501000, HIGH = 0x1_0000_0000L;
    private Machine machine;
    /** The loader's record and the ACPI parsers' record, as Loader keeps them. */
    private final long[] problem = new long[jos.loader.Problem.SIZE], acpiProblem = new long[Problem.SIZE];

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        machine.memory().map(0x500000, 0x10000);
        machine.memory().map(0xf0000, 0x10000);
        machine.memory().map(RSDT, 0x10000);
        machine.memory().map(HIGH - 0x1000, 0x1000);
        Problem.clear(acpiProblem);
        jos.loader.Problem.clear(problem);
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
        Sim.put(RSDP, AcpiBuilder.rsdp(0, RSDT, 0));
        Sim.put(RSDT, AcpiBuilder.rsdt(FACP, MADT));
        Sim.put(FACP, AcpiBuilder.table("FACP", new byte[80]));
        Sim.put(MADT, madt);
    }

    /** findMadt refused the tables with this message, about this table (0: the RSDP) at refused. */
    private void refused(long found, String message, int signature, long refused) {
        assertEquals(0, found);
        assertEquals(message, Problem.message(acpiProblem));
        assertEquals(signature, Problem.signature(acpiProblem));
        assertEquals(refused, Problem.table(acpiProblem));
    }

    @Test
    void findsTheMadtThroughTheRsdt() {
        installSeaBios(qemuMadt());
        assertEquals(MADT, AcpiTables.findMadt(RSDP, 20, acpiProblem), () -> Problem.message(acpiProblem));
        assertEquals(4, CpuList.collect(MADT, CPUS, 16, problem, acpiProblem), "the disabled entry is left out");
        for (int i = 0; i < 4; i++) {
            assertEquals(i, CpuList.processorId(CPUS, i));
            assertEquals(i, CpuList.lapicId(CPUS, i));
        }
        assertEquals(1, IoApicList.collect(MADT, IO_APICS, 4, problem, acpiProblem));
        assertEquals(0xfec00000L, IoApicList.address(IO_APICS, 0));
        assertEquals(0, IoApicList.gsiBase(IO_APICS, 0));
        assertEquals(0xfee00000L, Madt.localApicAddress(MADT, acpiProblem));
    }

    @Test
    void findsTheMadtThroughTheXsdtWhenRevisionTwo() {
        installSeaBios(qemuMadt());
        Sim.put(XSDT, AcpiBuilder.xsdt(MADT));
        long rsdp = 0xf6000;
        Sim.put(rsdp, AcpiBuilder.rsdp(2, 0xdead0000L, XSDT)); // a bogus RSDT must not be used
        assertEquals(MADT, AcpiTables.findMadt(rsdp, 36, acpiProblem), () -> Problem.message(acpiProblem));
    }

    @Test
    void x2apicEntriesAndOnlineCapableCpus() {
        AcpiBuilder.Madt madt = new AcpiBuilder.Madt(0xfee00000L).localApic(0, 0, 1).x2apic(0, 1, 0).x2apic(300, 1, 7)
                .x2apic(301, 2, 8).x2apic(302, 0, 9);
        installSeaBios(madt.revision(5).build());
        assertEquals(MADT, AcpiTables.findMadt(RSDP, 20, acpiProblem), () -> Problem.message(acpiProblem));
        assertEquals(3, CpuList.collect(MADT, CPUS, 16, problem, acpiProblem), "duplicate APIC ID 0 skipped, online-capable 301 kept, disabled 302 left out");
        assertEquals(300, CpuList.lapicId(CPUS, 1));
        assertEquals(7, CpuList.processorId(CPUS, 1));
        assertEquals(301, CpuList.lapicId(CPUS, 2));
        assertEquals(8, CpuList.processorId(CPUS, 2));

        installSeaBios(madt.revision(4).build());
        assertEquals(MADT, AcpiTables.findMadt(RSDP, 20, acpiProblem), () -> Problem.message(acpiProblem));
        assertEquals(2, CpuList.collect(MADT, CPUS, 16, problem, acpiProblem), "before revision 5 the online-capable bit is reserved");
    }

    @Test
    void badTableChecksumIsReported() {
        byte[] madt = qemuMadt();
        madt[40] ^= 1;
        installSeaBios(madt);
        refused(AcpiTables.findMadt(RSDP, 20, acpiProblem), "ACPI table: checksum is wrong", Signatures.APIC, MADT);
    }

    @Test
    void badRsdpIsReported() {
        byte[] rsdp = AcpiBuilder.rsdp(0, RSDT, 0);
        rsdp[8] ^= 1;
        Sim.put(RSDP, rsdp);
        refused(AcpiTables.findMadt(RSDP, 20, acpiProblem), "RSDP: checksum is wrong", 0, 0);
        byte[] v2 = AcpiBuilder.rsdp(2, RSDT, XSDT);
        v2[32] ^= 1;
        Sim.put(0xf6000, v2);
        refused(AcpiTables.findMadt(0xf6000, 36, acpiProblem), "RSDP: extended checksum is wrong", 0, 0);
        refused(AcpiTables.findMadt(0xf6000, 12, acpiProblem), "RSDP: fewer than 20 bytes available", 0, 0);
        refused(AcpiTables.findMadt(0xf6000, 20, acpiProblem), "RSDP: revision 2 but fewer than 36 bytes available", 0, 0);
        Sim.put(0xf7000, new byte[36]);
        refused(AcpiTables.findMadt(0xf7000, 36, acpiProblem), "RSDP: signature is not 'RSD PTR '", 0, 0);
    }

    @Test
    void badRootTableIsReported() {
        installSeaBios(qemuMadt());
        byte[] rsdt = AcpiBuilder.rsdt(FACP, MADT);
        rsdt[36] ^= 1;
        Sim.put(RSDT, rsdt);
        refused(AcpiTables.findMadt(RSDP, 20, acpiProblem), "ACPI table: checksum is wrong", Signatures.RSDT, RSDT);
    }

    @Test
    void truncatedEntryIsReported() {
        installSeaBios(new AcpiBuilder.Madt(0xfee00000L).localApic(0, 0, 1).raw((byte) 0, (byte) 8, (byte) 1, (byte) 1).build());
        refused(AcpiTables.findMadt(RSDP, 20, acpiProblem), "MADT: entry runs past the table end; offset", Signatures.APIC, MADT);
        assertEquals(44 + 8, Problem.value(acpiProblem));
    }

    @Test
    void zeroLengthEntryIsReported() {
        installSeaBios(new AcpiBuilder.Madt(0xfee00000L).raw((byte) 0, (byte) 0).build());
        refused(AcpiTables.findMadt(RSDP, 20, acpiProblem), "MADT: entry length is below 2; offset", Signatures.APIC, MADT);
    }

    @Test
    void shortLocalApicEntryIsReported() {
        installSeaBios(new AcpiBuilder.Madt(0xfee00000L).raw((byte) 0, (byte) 4, (byte) 1, (byte) 1).build());
        refused(AcpiTables.findMadt(RSDP, 20, acpiProblem), "MADT: entry is shorter than its type requires; offset", Signatures.APIC, MADT);
    }

    @Test
    void tableLengthShorterThanTheFixedPartIsReported() {
        byte[] madt = java.util.Arrays.copyOf(qemuMadt(), 40);
        jos.elf.ElfWriter.put32(madt, 4, 40);
        AcpiBuilder.fixChecksum(madt);
        installSeaBios(madt);
        refused(AcpiTables.findMadt(RSDP, 20, acpiProblem), "ACPI table: length is shorter than the table's fixed part", Signatures.APIC, MADT);
        assertEquals(40, Problem.value(acpiProblem));
    }

    @Test
    void implausibleTableLengthIsReported() {
        byte[] madt = qemuMadt();
        jos.elf.ElfWriter.put32(madt, 4, 12);
        AcpiBuilder.fixChecksum(madt);
        installSeaBios(madt);
        refused(AcpiTables.findMadt(RSDP, 20, acpiProblem), "ACPI table: length is shorter than the header", Signatures.APIC, MADT);
        jos.elf.ElfWriter.put32(madt, 4, (int) AcpiTables.MAX_TABLE + 1);
        AcpiBuilder.fixChecksum(madt);
        installSeaBios(madt);
        refused(AcpiTables.findMadt(RSDP, 20, acpiProblem), "ACPI table: length is beyond the caller's limit", Signatures.APIC, MADT);
    }

    @Test
    void missingTableIsReported() {
        Sim.put(RSDP, AcpiBuilder.rsdp(0, RSDT, 0));
        Sim.put(RSDT, AcpiBuilder.rsdt(FACP));
        Sim.put(FACP, AcpiBuilder.table("FACP", new byte[80]));
        refused(AcpiTables.findMadt(RSDP, 20, acpiProblem), "ACPI table not found", Signatures.APIC, 0);
    }

    @Test
    void aGoodSecondCopyIsUsed() {
        byte[] bad = qemuMadt();
        bad[40] ^= 1;
        installSeaBios(bad);
        long second = 0x1ffe4000L;
        Sim.put(second, qemuMadt());
        Sim.put(RSDT, AcpiBuilder.rsdt(FACP, MADT, second));
        assertEquals(second, AcpiTables.findMadt(RSDP, 20, acpiProblem), () -> Problem.message(acpiProblem));
    }

    /** The loader reads through its identity map of the low 4 GiB: tables above it are refused, never read. */
    @Test
    void tablesAbove4GiBAreRefused() {
        machine.memory().map(HIGH, qemuMadt()); // valid, but the loader cannot reach it
        Sim.put(XSDT, AcpiBuilder.xsdt(FACP, HIGH));
        Sim.put(FACP, AcpiBuilder.table("FACP", new byte[80]));
        Sim.put(RSDP, AcpiBuilder.rsdp(2, 0, XSDT));
        refused(AcpiTables.findMadt(RSDP, 36, acpiProblem), "ACPI table not found below the readable end; a table beyond it is at", Signatures.APIC, 0);
        assertEquals(HIGH, Problem.value(acpiProblem));

        long straddling = HIGH - 40; // its header is below 4 GiB, its body is not
        Sim.put(straddling, java.util.Arrays.copyOf(qemuMadt(), 40));
        Sim.put(XSDT, AcpiBuilder.xsdt(FACP, straddling));
        refused(AcpiTables.findMadt(RSDP, 36, acpiProblem), "ACPI table: runs beyond the memory the caller can read; address", Signatures.APIC,
                straddling);

        Sim.put(RSDP, AcpiBuilder.rsdp(2, 0, HIGH + 0x1000)); // not mapped: reading it would fault
        refused(AcpiTables.findMadt(RSDP, 36, acpiProblem), "ACPI table: lies beyond the memory the caller can read; address", Signatures.XSDT,
                HIGH + 0x1000);
    }

    @Test
    void tooManyCpusOrIoApicsIsReported() {
        installSeaBios(qemuMadt());
        assertEquals(MADT, AcpiTables.findMadt(RSDP, 20, acpiProblem), () -> Problem.message(acpiProblem));
        assertEquals(-1, CpuList.collect(MADT, CPUS, 2, problem, acpiProblem));
        assertEquals("too many processors in the MADT; capacity", jos.loader.Problem.message(problem));
        assertEquals(4, CpuList.collect(MADT, CPUS, 4, problem, acpiProblem), "exactly full is fine");
        assertEquals(-1, IoApicList.collect(MADT, IO_APICS, 0, problem, acpiProblem));
        assertEquals("too many I/O APICs in the MADT; capacity", jos.loader.Problem.message(problem));
        assertTrue(IoApicList.collect(MADT, IO_APICS, 1, problem, acpiProblem) == 1);
    }
}
