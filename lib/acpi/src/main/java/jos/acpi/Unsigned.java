package jos.acpi;

/** Unsigned 64-bit comparisons and the ACPI byte checksum, without library calls. */
final class Unsigned {
    private Unsigned() {
    }

    static boolean less(long a, long b) {
        return (a ^ Long.MIN_VALUE) < (b ^ Long.MIN_VALUE);
    }

    static boolean lessOrEqual(long a, long b) {
        return (a ^ Long.MIN_VALUE) <= (b ^ Long.MIN_VALUE);
    }

    /** The byte sum of length bytes at address, modulo 256 (0 for a valid ACPI structure). */
    static int checksum(long address, long length) {
        int s = 0;
        for (long i = 0; i < length; i++) s += jos.hw.Memory.read8(address + i);
        return s & 0xFF;
    }
}
