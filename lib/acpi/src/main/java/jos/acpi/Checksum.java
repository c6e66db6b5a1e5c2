package jos.acpi;

import jos.hw.Memory;

/** The ACPI byte checksum: every structure's bytes sum to 0 modulo 256. */
final class Checksum {
    private Checksum() {
    }

    /** The byte sum of length bytes at address, modulo 256 (0 for a valid ACPI structure). */
    static int of(long address, long length) {
        int s = 0;
        for (long i = 0; i < length; i++) s += Memory.read8(address + i);
        return s & 0xFF;
    }
}
