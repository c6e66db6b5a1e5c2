package jos.acpi;

/**
 * Table signatures as little-endian 32-bit words (the four ASCII bytes as they lie in memory, first
 * byte lowest), and their printable bytes, without allocation.
 */
public final class Signatures {
    private Signatures() {
    }

    public static final int APIC = 0x43495041, HPET = 0x54455048, SPCR = 0x52435053, FACP = 0x50434146,
            WAET = 0x54454157, MCFG = 0x4746434D, XSDT = 0x54445358, RSDT = 0x54445352, DSDT = 0x54445344,
            FACS = 0x53434146, SSDT = 0x54445353;

    /** The signature of a four-character ASCII string, or 0 if it is not four characters below 0x80. */
    public static int of(String name) {
        if (name == null || name.length() != 4) return 0;
        int value = 0;
        for (int i = 3; i >= 0; i--) {
            char c = name.charAt(i);
            if (c >= 0x80) return 0;
            value = value << 8 | c;
        }
        return value;
    }

    /** Byte i (0..3) of the signature as it lies in memory. */
    public static int byteAt(int signature, int i) {
        return signature >>> (8 * (i & 3)) & 0xFF;
    }

    /** Byte i of the signature if it is printable ASCII, else '?'. */
    public static char printableAt(int signature, int i) {
        return printable(byteAt(signature, i));
    }

    /** Byte i (0..7) of a packed little-endian ASCII field (an OEM id) if printable, else '?'. */
    public static char packedCharAt(long packed, int i) {
        return printable((int) (packed >>> (8 * (i & 7))) & 0xFF);
    }

    /** The byte as a printable character, '?' for a control or non-ASCII byte. */
    public static char printable(int b) {
        return b >= 0x20 && b < 0x7F ? (char) b : '?';
    }

    /** True if all four bytes are printable ASCII (real tables use upper-case letters and digits). */
    public static boolean isPrintable(int signature) {
        for (int i = 0; i < 4; i++) {
            int b = byteAt(signature, i);
            if (b < 0x20 || b >= 0x7F) return false;
        }
        return true;
    }
}
