package jos.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableDirectoryTest extends SimTest {
    final long[] directory = new long[TableDirectory.SIZE], info = new long[TableInfo.SIZE];
    /** Tables are read through a direct map at this offset, as the kernel's HHDM. */
    static final long HHDM = 0xffff_8000_0000_0000L;
    static final long RSDP = 0xf5a0, RSDT = 0x7fe1000, XSDT = 0x7fe2000, FACP = 0x7fe3000, APIC = 0x7fe4000, HPET = 0x7fe5000,
            WAET = 0x7fe6000, MCFG = 0x7fe7000, LIMIT = 1 << 20;

    void mapPhysical(long physical, byte[] image) {
        map(HHDM + physical, image);
    }

    /** The tables QEMU q35 gives (bodies are stand-ins of the right sizes). */
    void qemuTables() {
        mapPhysical(FACP, AcpiImages.table("FACP", 3, new byte[244 - 36]));
        mapPhysical(APIC, new AcpiImages.Madt(0xfee00000L, 1).localApic(0, 0, 1).ioApic(0, 0xfec00000L, 0).build());
        mapPhysical(HPET, AcpiImages.hpet(0x8086a201, AcpiImages.gas(0, 64, 0, 0, 0xfed00000L), 0, 0x80));
        mapPhysical(WAET, AcpiImages.table("WAET", 1, new byte[4]));
        mapPhysical(MCFG, AcpiImages.table("MCFG", 1, new byte[8 + 16]));
    }

    /** Lists every table as the kernel would log it: "SIGN@address length rev OEMID valid". */
    List<String> listing() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < TableDirectory.count(directory); i++) {
            boolean valid = TableDirectory.read(directory, i, info, problem);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 4; k++) sb.append(Signatures.printableAt(TableInfo.signature(info), k));
            sb.append(String.format("@%x %d r%d ", TableInfo.address(info), TableInfo.length(info), TableInfo.revision(info)));
            for (int k = 0; k < 6; k++) sb.append(Signatures.packedCharAt(TableInfo.oemId(info), k));
            sb.append(valid ? " ok" : " bad: " + Problem.message(problem));
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void qemuSetThroughTheRsdt() {
        qemuTables();
        mapPhysical(RSDP, AcpiImages.rsdp(0, RSDT, 0));
        mapPhysical(RSDT, AcpiImages.rsdt(FACP, APIC, HPET, WAET, MCFG));
        assertTrue(TableDirectory.open(directory, RSDP, HHDM, LIMIT, problem), () -> Problem.message(problem));
        assertFalse(TableDirectory.isXsdt(directory));
        assertEquals(5, TableDirectory.count(directory));
        assertEquals(List.of("FACP@7fe3000 244 r3 JOSOEM ok", "APIC@7fe4000 64 r1 JOSOEM ok", "HPET@7fe5000 56 r1 JOSOEM ok",
                "WAET@7fe6000 40 r1 JOSOEM ok", "MCFG@7fe7000 60 r1 JOSOEM ok"), listing());
        assertEquals(APIC, TableDirectory.find(directory, Signatures.APIC, info, problem));
        assertEquals(HPET, TableDirectory.find(directory, Signatures.of("HPET"), info, problem));
        assertEquals(0, TableDirectory.find(directory, Signatures.SPCR, info, problem));
        assertEquals("ACPI table not found", Problem.message(problem));
        assertEquals(Signatures.SPCR, Problem.signature(problem));
    }

    @Test
    void qemuSetThroughTheXsdtWithEntriesAbove4GiB() {
        qemuTables();
        long high = 0x1_0000_0000L;
        mapPhysical(high, AcpiImages.table("SSDT", 2, new byte[10]));
        mapPhysical(RSDP, AcpiImages.rsdp(2, 0xdead000, XSDT)); // the RSDT address is bogus and must not be used
        mapPhysical(XSDT, AcpiImages.xsdt(FACP, APIC, HPET, WAET, MCFG, high));
        assertTrue(TableDirectory.open(directory, RSDP, HHDM, LIMIT, problem), () -> Problem.message(problem));
        assertTrue(TableDirectory.isXsdt(directory));
        assertEquals(6, TableDirectory.count(directory));
        assertEquals(high, TableDirectory.address(directory, 5, problem));
        assertEquals("SSDT@100000000 46 r2 JOSOEM ok", listing().get(5));
        assertEquals(MCFG, TableDirectory.find(directory, Signatures.MCFG, info, problem));
    }

    @Test
    void badTablesAreListedAsBadAndSkipped() {
        qemuTables();
        byte[] badChecksum = AcpiImages.table("APIC", 1, new byte[8]);
        badChecksum[40]++;
        long badApic = 0x7fe8000, shortTable = 0x7fe9000, hugeTable = 0x7fea000;
        mapPhysical(badApic, badChecksum);
        mapPhysical(shortTable, AcpiImages.fix(AcpiImages.withLength(AcpiImages.table("SSDT", 1, new byte[0]), 20)));
        mapPhysical(hugeTable, AcpiImages.fix(AcpiImages.withLength(AcpiImages.table("DSDT", 1, new byte[0]), (int) LIMIT + 1)));
        mapPhysical(RSDP, AcpiImages.rsdp(0, RSDT, 0));
        mapPhysical(RSDT, AcpiImages.rsdt(badApic, 0, shortTable, hugeTable, APIC));
        assertTrue(TableDirectory.open(directory, RSDP, HHDM, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(List.of("APIC@7fe8000 44 r1 JOSOEM bad: ACPI table: checksum is wrong", "????@0 0 r0 ?????? bad: root table: entry is 0; index",
                "SSDT@7fe9000 20 r1 JOSOEM bad: ACPI table: length is shorter than the header",
                "DSDT@7fea000 1048577 r1 JOSOEM bad: ACPI table: length is beyond the caller's limit", "APIC@7fe4000 64 r1 JOSOEM ok"),
                listing());
        assertEquals(APIC, TableDirectory.find(directory, Signatures.APIC, info, problem), "the valid second copy is found");
    }

    @Test
    void whenEveryCopyIsInvalidTheProblemAndInfoAreTheLastCopys() {
        qemuTables();
        byte[] badChecksum = new AcpiImages.Madt(0xfee00000L, 1).localApic(0, 0, 1).build();
        badChecksum[50] ^= 0x77;
        long badApic = 0x7fe8000;
        mapPhysical(badApic, badChecksum);
        mapPhysical(RSDP, AcpiImages.rsdp(0, RSDT, 0));
        mapPhysical(RSDT, AcpiImages.rsdt(FACP, badApic, HPET));
        assertTrue(TableDirectory.open(directory, RSDP, HHDM, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(0, TableDirectory.find(directory, Signatures.APIC, info, problem));
        assertEquals("ACPI table: checksum is wrong", Problem.message(problem));
        assertEquals(Signatures.APIC, Problem.signature(problem));
        assertEquals(badApic, TableInfo.address(info), "names the copy that was refused");
        assertEquals(Signatures.APIC, TableInfo.signature(info));
        assertFalse(TableInfo.valid(info));
        assertEquals(HPET, TableDirectory.find(directory, Signatures.HPET, info, problem));
        assertEquals(HPET, TableInfo.address(info), "describes the table found");
        assertTrue(TableInfo.valid(info));
    }

    /** An identity map of the low 4 GiB only, as a boot loader has, and the RSDP copy it was given. */
    @Test
    void tablesBeyondTheReadableEndAreRefusedNotRead() {
        long end = 0x1_0000_0000L, copy = 0x10000, straddling = end - 40;
        map(FACP, AcpiImages.table("FACP", 3, new byte[244 - 36]));
        map(straddling, java.util.Arrays.copyOf(AcpiImages.table("SSDT", 1, new byte[8]), 40)); // 44 bytes stated
        map(XSDT, AcpiImages.xsdt(FACP, end, straddling, end + 0x1000));
        map(copy, AcpiImages.rsdp(2, 0, XSDT));
        assertTrue(TableDirectory.open(directory, copy, 36, 0, end, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(4, TableDirectory.count(directory));
        assertTrue(TableDirectory.read(directory, 0, info, problem));
        refused(TableDirectory.read(directory, 1, info, problem), "ACPI table: lies beyond the memory the caller can read; address");
        assertEquals(end, Problem.value(problem));
        assertEquals(end, TableInfo.address(info));
        refused(TableDirectory.read(directory, 2, info, problem), "ACPI table: runs beyond the memory the caller can read; address");
        assertEquals(Signatures.SSDT, Problem.signature(problem));
        assertEquals(straddling, Problem.value(problem));
        assertEquals(FACP, TableDirectory.find(directory, Signatures.FACP, info, problem));
        assertEquals(0, TableDirectory.find(directory, Signatures.APIC, info, problem));
        assertEquals("ACPI table not found below the readable end; a table beyond it is at", Problem.message(problem));
        assertEquals(end, Problem.value(problem), "the first unreadable table");

        map(end - 0x1000, AcpiImages.xsdt(FACP)); // a root table that ends exactly at the end is fine
        map(0x20000, AcpiImages.rsdp(2, 0, end - 0x1000));
        assertTrue(TableDirectory.open(directory, 0x20000, 36, 0, end, LIMIT, problem), () -> Problem.message(problem));
        map(0x30000, AcpiImages.rsdp(2, 0, end));
        refused(TableDirectory.open(directory, 0x30000, 36, 0, end, LIMIT, problem), "ACPI table: lies beyond the memory the caller can read; address");
        assertEquals(Signatures.XSDT, Problem.signature(problem));
        assertEquals(end, TableDirectory.rootPhysical(directory), "names the refused root table");
        assertEquals(0, TableDirectory.count(directory));
    }

    @Test
    void theRsdpCopyIsCheckedAgainstItsAvailableBytes() {
        map(0x10000, AcpiImages.rsdp(2, RSDT, XSDT));
        refused(TableDirectory.open(directory, 0x10000, 20, 0, 0x1_0000_0000L, LIMIT, problem), "RSDP: revision 2 but fewer than 36 bytes available");
        assertEquals(0, TableDirectory.rootPhysical(directory));
        refused(TableDirectory.open(directory, 0x10000, 12, 0, 0x1_0000_0000L, LIMIT, problem), "RSDP: fewer than 20 bytes available");
        refused(TableDirectory.open(directory, 0xffff_fff0L, 36, 0, 0x1_0000_0000L, LIMIT, problem),
                "RSDP: lies beyond the memory the caller can read; address");
    }

    @Test
    void badRootTablesAreRefused() {
        mapPhysical(RSDP, AcpiImages.rsdp(0, RSDT, 0));
        byte[] rsdt = AcpiImages.rsdt(FACP, APIC);
        rsdt[40]++;
        mapPhysical(RSDT, rsdt);
        refused(TableDirectory.open(directory, RSDP, HHDM, LIMIT, problem), "ACPI table: checksum is wrong");
        assertEquals(Signatures.RSDT, Problem.signature(problem));
        assertEquals(0, TableDirectory.count(directory));
        assertEquals(0, TableDirectory.find(directory, Signatures.APIC, info, problem));
        assertEquals("table directory is not open", Problem.message(problem));

        mapPhysical(XSDT, AcpiImages.table("XSDT", 1, new byte[12])); // one and a half entries
        mapPhysical(0xf6000, AcpiImages.rsdp(2, 0, XSDT));
        refused(TableDirectory.open(directory, 0xf6000, HHDM, LIMIT, problem), "root table: body is not a whole number of entries");

        mapPhysical(0x7ff0000, AcpiImages.table("FACP", 1, new byte[8]));
        mapPhysical(0xf7000, AcpiImages.rsdp(0, 0x7ff0000, 0));
        refused(TableDirectory.open(directory, 0xf7000, HHDM, LIMIT, problem), "root table: signature is neither RSDT nor XSDT");

        mapPhysical(0x7ff1000, AcpiImages.xsdt(FACP));
        mapPhysical(0xf8000, AcpiImages.rsdp(0, 0x7ff1000, 0)); // an RSDT pointer to an XSDT
        refused(TableDirectory.open(directory, 0xf8000, HHDM, LIMIT, problem), "ACPI table: wrong signature");

        mapPhysical(0xf9000, AcpiImages.rsdp(0, 0, 0));
        refused(TableDirectory.open(directory, 0xf9000, HHDM, LIMIT, problem), "RSDP: root table address is 0");
    }

    @Test
    void rootTableDirectlyAndIndexBounds() {
        map(RSDT, AcpiImages.rsdt(FACP, APIC, 0xffffffffL));
        assertTrue(SystemDescriptionTable.check(RSDT, 0, LIMIT, problem));
        assertEquals(4, SystemDescriptionTable.entrySize(RSDT));
        assertEquals(3, SystemDescriptionTable.entryCount(RSDT));
        assertEquals(0xffffffffL, SystemDescriptionTable.entry(RSDT, 2, problem), "32-bit entries are unsigned");
        assertEquals(0, SystemDescriptionTable.entry(RSDT, 3, problem));
        assertEquals("root table: entry index out of range", Problem.message(problem));
        assertEquals(0, SystemDescriptionTable.entry(RSDT, -1, problem));
        refused(SystemDescriptionTable.check(RSDT, 0, 40, problem), "ACPI table: length is beyond the caller's limit");
    }
}
