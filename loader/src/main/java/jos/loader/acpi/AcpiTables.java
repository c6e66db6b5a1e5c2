package jos.loader.acpi;

import jos.hw.Memory;
import jos.loader.Problem;
import jos.loader.Unsigned;

/**
 * Finds a table by signature from the RSDP: through the XSDT when the RSDP is revision 2 or later and
 * has one, else through the RSDT. Checks the RSDP checksums and every table it walks (signature,
 * length, checksum); the first failure is a {@link Problem} and the search returns 0.
 */
public final class AcpiTables {
    private AcpiTables() {
    }

    private static final long LIMIT = 0x1_0000_0000L;
    private static final long MAX_TABLE = 1L << 20;

    /** Checks the RSDP copy of length bytes at rsdp. */
    public static boolean checkRsdp(long rsdp, long length) {
        if (length < RsdpLayout.V1_SIZE) return Problem.report("RSDP is shorter than 20 bytes; length", length);
        if (Memory.read64(rsdp + RsdpLayout.SIGNATURE) != RsdpLayout.SIGNATURE_VALUE) {
            return Problem.report("RSDP signature is not 'RSD PTR '", Memory.read64(rsdp));
        }
        if (sum(rsdp, RsdpLayout.V1_SIZE) != 0) return Problem.report("RSDP checksum is wrong; RSDP at", rsdp);
        if (revision(rsdp) >= 2) {
            long full = Memory.read32(rsdp + RsdpLayout.LENGTH) & 0xFFFFFFFFL;
            if (full < RsdpLayout.V2_SIZE || full > length) return Problem.report("RSDP length is wrong; length", full);
            if (sum(rsdp, full) != 0) return Problem.report("RSDP extended checksum is wrong; RSDP at", rsdp);
        }
        return true;
    }

    public static int revision(long rsdp) {
        return Memory.read8(rsdp + RsdpLayout.REVISION) & 0xFF;
    }

    /** The physical address of the first valid table with the signature, or 0 (problem set if a table was bad). */
    public static long find(long rsdp, long rsdpLength, int signature) {
        if (!checkRsdp(rsdp, rsdpLength)) return 0;
        boolean xsdt = revision(rsdp) >= 2 && Memory.read64(rsdp + RsdpLayout.XSDT_ADDRESS) != 0;
        long root = xsdt ? Memory.read64(rsdp + RsdpLayout.XSDT_ADDRESS) : Memory.read32(rsdp + RsdpLayout.RSDT_ADDRESS) & 0xFFFFFFFFL;
        if (!checkTable(root, xsdt ? SdtHeader.XSDT : SdtHeader.RSDT)) return 0;
        int pointerSize = xsdt ? 8 : 4;
        long length = length(root);
        for (long p = root + SdtHeader.SIZE; p + pointerSize <= root + length; p += pointerSize) {
            long table = xsdt ? Memory.read64(p) : Memory.read32(p) & 0xFFFFFFFFL;
            if (table == 0) continue;
            if (!Unsigned.less(table, LIMIT - SdtHeader.SIZE)) {
                Problem.report("ACPI table above 4 GiB, which the loader cannot read; address", table);
                continue;
            }
            if (Memory.read32(table + SdtHeader.SIGNATURE) != signature) continue;
            if (!checkTable(table, signature)) return 0;
            return table;
        }
        Problem.report("ACPI table not found; signature", signature & 0xFFFFFFFFL);
        return 0;
    }

    /** Checks the table's signature, length (header at least, below 4 GiB) and checksum. */
    public static boolean checkTable(long table, int signature) {
        if (table == 0 || !Unsigned.less(table, LIMIT - SdtHeader.SIZE)) {
            return Problem.report("ACPI table address is 0 or above 4 GiB; address", table);
        }
        if (Memory.read32(table + SdtHeader.SIGNATURE) != signature) {
            return Problem.report("ACPI table has the wrong signature; found", Memory.read32(table) & 0xFFFFFFFFL);
        }
        long length = length(table);
        if (length < SdtHeader.SIZE || length > MAX_TABLE || !Unsigned.lessOrEqual(table + length, LIMIT)) {
            return Problem.report("ACPI table length is implausible; length", length);
        }
        if (sum(table, length) != 0) return Problem.report("ACPI table checksum is wrong; table at", table);
        return true;
    }

    public static long length(long table) {
        return Memory.read32(table + SdtHeader.LENGTH) & 0xFFFFFFFFL;
    }

    /** The byte sum of length bytes at address, modulo 256. */
    public static int sum(long address, long length) {
        int s = 0;
        for (long i = 0; i < length; i++) s += Memory.read8(address + i);
        return s & 0xFF;
    }
}
