package jos.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HpetTest extends SimTest {
    static final long AT = 0x7fe5000, LIMIT = 1 << 20;

    @Test
    void qemuHpetIsDecoded() {
        // QEMU: Intel vendor, 3 comparators (last = 2), 64-bit counter, legacy replacement capable, revision 1
        map(AT, AcpiImages.hpet(0x8086a201, AcpiImages.gas(0, 64, 0, 0, 0xfed00000L), 0, 0x80));
        assertTrue(Hpet.check(AT, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(0x8086a201, Hpet.eventTimerBlockId(AT));
        assertEquals(1, Hpet.hardwareRevision(AT));
        assertEquals(3, Hpet.comparatorCount(AT));
        assertTrue(Hpet.counter64(AT));
        assertTrue(Hpet.legacyReplacement(AT));
        assertEquals(0x8086, Hpet.pciVendorId(AT));
        assertEquals(0xfed00000L, Hpet.baseAddress(AT));
        assertEquals(0, Hpet.hpetNumber(AT));
        assertEquals(0x80, Hpet.minimumTick(AT));
        assertEquals(0, Hpet.pageProtection(AT));
    }

    @Test
    void aSecondHpetWithA32BitCounter() {
        map(AT, AcpiImages.hpet(0x10de0401, AcpiImages.gas(0, 64, 0, 0, 0xfed01000L), 1, 0x37ee));
        assertTrue(Hpet.check(AT, LIMIT, problem), () -> Problem.message(problem));
        assertEquals(5, Hpet.comparatorCount(AT));
        assertFalse(Hpet.counter64(AT));
        assertFalse(Hpet.legacyReplacement(AT));
        assertEquals(1, Hpet.hpetNumber(AT));
        assertEquals(0x37ee, Hpet.minimumTick(AT));
    }

    @Test
    void aBaseOutsideSystemMemoryIsRefused() {
        map(AT, AcpiImages.hpet(0x8086a201, AcpiImages.gas(1, 64, 0, 0, 0xfed00000L), 0, 0x80));
        refused(Hpet.check(AT, LIMIT, problem), "HPET: base address is not in system memory; space");
        assertEquals(1, Problem.value(problem));
        assertEquals(Signatures.HPET, Problem.signature(problem));
    }

    @Test
    void aZeroBaseATruncatedTableAndABadChecksumAreRefused() {
        map(AT, AcpiImages.hpet(0x8086a201, AcpiImages.gas(0, 64, 0, 0, 0), 0, 0x80));
        refused(Hpet.check(AT, LIMIT, problem), "HPET: base address is 0");
        map(AT + 0x1000, AcpiImages.table("HPET", 1, new byte[16]));
        refused(Hpet.check(AT + 0x1000, LIMIT, problem), "ACPI table: length is shorter than the table's fixed part");
        byte[] image = AcpiImages.hpet(0x8086a201, AcpiImages.gas(0, 64, 0, 0, 0xfed00000L), 0, 0x80);
        image[Hpet.MINIMUM_TICK]++;
        map(AT + 0x2000, image);
        refused(Hpet.check(AT + 0x2000, LIMIT, problem), "ACPI table: checksum is wrong");
        map(AT + 0x3000, AcpiImages.table("WAET", 1, new byte[20]));
        refused(Hpet.check(AT + 0x3000, LIMIT, problem), "ACPI table: wrong signature");
    }
}
