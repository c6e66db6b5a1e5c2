package jos.loader.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds ACPI structures with correct checksums (tests corrupt them afterwards when they want to). */
public final class AcpiBuilder {
    private AcpiBuilder() {
    }

    public static byte[] rsdp(int revision, long rsdt, long xsdt) {
        ByteBuffer b = ByteBuffer.allocate(revision >= 2 ? 36 : 20).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RSD PTR ".getBytes(StandardCharsets.US_ASCII));
        b.put((byte) 0);
        b.put("JOSOEM".getBytes(StandardCharsets.US_ASCII));
        b.put((byte) revision);
        b.putInt((int) rsdt);
        if (revision >= 2) {
            b.putInt(36);
            b.putLong(xsdt);
            b.put((byte) 0);
        }
        byte[] out = b.array();
        out[8] = checksum(out, 0, 20);
        if (revision >= 2) out[32] = checksum(out, 0, 36);
        return out;
    }

    /** A table with a 36-byte header, the given signature and body, and a correct checksum. */
    public static byte[] table(String signature, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(36 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(signature.getBytes(StandardCharsets.US_ASCII));
        b.putInt(36 + body.length);
        b.put((byte) 1);
        b.put((byte) 0);
        b.put("JOSOEM".getBytes(StandardCharsets.US_ASCII));
        b.put("JOSTABLE".getBytes(StandardCharsets.US_ASCII));
        b.putInt(1);
        b.putInt(0x534f4a);
        b.putInt(1);
        b.put(body);
        byte[] out = b.array();
        out[9] = checksum(out, 0, out.length);
        return out;
    }

    public static byte[] rsdt(long... tables) {
        ByteBuffer b = ByteBuffer.allocate(4 * tables.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long t : tables) b.putInt((int) t);
        return table("RSDT", b.array());
    }

    public static byte[] xsdt(long... tables) {
        ByteBuffer b = ByteBuffer.allocate(8 * tables.length).order(ByteOrder.LITTLE_ENDIAN);
        for (long t : tables) b.putLong(t);
        return table("XSDT", b.array());
    }

    /** A MADT body builder. */
    public static final class Madt {
        private final ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        private int revision = 1;

        public Madt(long localApicAddress) {
            b.putInt((int) localApicAddress);
            b.putInt(1); // PCAT_COMPAT
        }

        /** The table revision (5 and later define the online-capable flag). */
        public Madt revision(int r) {
            revision = r;
            return this;
        }

        public Madt localApic(int uid, int apicId, int flags) {
            b.put((byte) 0).put((byte) 8).put((byte) uid).put((byte) apicId).putInt(flags);
            return this;
        }

        public Madt ioApic(int id, long address, int gsiBase) {
            b.put((byte) 1).put((byte) 12).put((byte) id).put((byte) 0).putInt((int) address).putInt(gsiBase);
            return this;
        }

        public Madt x2apic(int x2apicId, int flags, int uid) {
            b.put((byte) 9).put((byte) 16).putShort((short) 0).putInt(x2apicId).putInt(flags).putInt(uid);
            return this;
        }

        public Madt raw(byte... bytes) {
            b.put(bytes);
            return this;
        }

        public byte[] build() {
            byte[] body = new byte[b.position()];
            b.get(0, body);
            byte[] table = table("APIC", body);
            table[8] = (byte) revision;
            fixChecksum(table);
            return table;
        }
    }

    public static byte checksum(byte[] data, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) sum += data[i];
        return (byte) -sum;
    }

    /** Recomputes the checksum of a table (after a test changed it). */
    public static void fixChecksum(byte[] table) {
        table[9] = 0;
        table[9] = checksum(table, 0, table.length);
    }
}
