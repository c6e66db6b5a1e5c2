package jos.acpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RsdpTest extends SimTest {
    static final long AT = 0xf5000;

    @Test
    void version1WithItsChecksumIsAccepted() {
        map(AT, AcpiImages.rsdp(0, 0x7fe0000, 0));
        assertTrue(Rsdp.check(AT, 20, problem), () -> Problem.message(problem));
        assertEquals(0, Rsdp.revision(AT));
        assertEquals(0x7fe0000, Rsdp.rootAddress(AT));
        assertFalse(Rsdp.usesXsdt(AT));
        assertEquals('J', Signatures.packedCharAt(Rsdp.oemId(AT), 0));
        assertEquals('M', Signatures.packedCharAt(Rsdp.oemId(AT), 5));
    }

    @Test
    void version1WithABadChecksumIsRefused() {
        byte[] image = AcpiImages.rsdp(0, 0x7fe0000, 0);
        image[Rsdp.RSDT_ADDRESS]++;
        map(AT, image);
        refused(Rsdp.check(AT, 20, problem), "RSDP: checksum is wrong");
    }

    @Test
    void aWrongSignatureOrTooFewBytesAreRefused() {
        byte[] image = AcpiImages.rsdp(0, 0x7fe0000, 0);
        image[0] = 'X';
        map(AT, image);
        refused(Rsdp.check(AT, 20, problem), "RSDP: signature is not 'RSD PTR '");
        refused(Rsdp.check(AT, 19, problem), "RSDP: fewer than 20 bytes available");
    }

    @Test
    void version2UsesTheXsdt() {
        map(AT, AcpiImages.rsdp(2, 0x7fe0000, 0x1_2345_6000L));
        assertTrue(Rsdp.check(AT, 36, problem), () -> Problem.message(problem));
        assertEquals(36, Rsdp.length(AT));
        assertTrue(Rsdp.usesXsdt(AT));
        assertEquals(0x1_2345_6000L, Rsdp.rootAddress(AT));
        assertEquals(0x7fe0000, Rsdp.rsdtAddress(AT));
    }

    @Test
    void version2WithAZeroXsdtFallsBackToTheRsdt() {
        map(AT, AcpiImages.rsdp(2, 0x7fe0000, 0));
        assertTrue(Rsdp.check(AT, 36, problem), () -> Problem.message(problem));
        assertEquals(0x7fe0000, Rsdp.rootAddress(AT));
    }

    @Test
    void version2WithABadExtendedChecksumIsRefused() {
        byte[] image = AcpiImages.rsdp(2, 0x7fe0000, 0x7ff0000);
        image[Rsdp.XSDT_ADDRESS]++; // outside the first 20 bytes: only the extended checksum sees it
        map(AT, image);
        refused(Rsdp.check(AT, 36, problem), "RSDP: extended checksum is wrong");
    }

    @Test
    void version2LengthMustFitTheAvailableBytes() {
        map(AT, AcpiImages.rsdp(2, 0x7fe0000, 0x7ff0000));
        refused(Rsdp.check(AT, 20, problem), "RSDP: revision 2 but fewer than 36 bytes available");
        byte[] image = AcpiImages.rsdp(2, 0x7fe0000, 0x7ff0000);
        image[Rsdp.LENGTH] = 40;
        image[Rsdp.EXTENDED_CHECKSUM] = 0;
        image[Rsdp.EXTENDED_CHECKSUM] = AcpiImages.checksum(image, 36);
        map(0xf6000, image);
        refused(Rsdp.check(0xf6000, 36, problem), "RSDP: length is below 36 or beyond the available bytes");
        assertEquals(40, Problem.value(problem));
    }
}
