package jos.acpi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds ACPI byte images with correct checksums; tests corrupt them afterwards when they want to. */
final class AcpiImages {
    private AcpiImages() {
    }

    static byte[] rsdp(int revision, long rsdt, long xsdt) {
        ByteBuffer b = le(revision >= 2 ? 36 : 20);
        b.put(ascii("RSD PTR ")).put((byte) 0).put(ascii("JOSOEM")).put((byte) revision).putInt((int) rsdt);
        if (revision >= 2) b.putInt(36).putLong(xsdt).put((byte) 0);
        byte[] out = b.array();
        out[Rsdp.CHECKSUM] = checksum(out, 20);
        if (revision >= 2) out[Rsdp.EXTENDED_CHECKSUM] = checksum(out, 36);
        return out;
    }

    /** A table: 36-byte header with the signature, revision and the body's length, then the body. */
    static byte[] table(String signature, int revision, byte[] body) {
        ByteBuffer b = le(36 + body.length);
        b.put(ascii(signature)).putInt(36 + body.length).put((byte) revision).put((byte) 0).put(ascii("JOSOEM"))
                .put(ascii("JOSTABLE")).putInt(1).put(ascii("JOSC")).putInt(1).put(body);
        return fix(b.array());
    }

    static byte[] rsdt(long... tables) {
        ByteBuffer b = le(4 * tables.length);
        for (long t : tables) b.putInt((int) t);
        return table("RSDT", 1, b.array());
    }

    static byte[] xsdt(long... tables) {
        ByteBuffer b = le(8 * tables.length);
        for (long t : tables) b.putLong(t);
        return table("XSDT", 1, b.array());
    }

    /** A Generic Address Structure. */
    static byte[] gas(int space, int bitWidth, int bitOffset, int accessSize, long address) {
        return le(12).put((byte) space).put((byte) bitWidth).put((byte) bitOffset).put((byte) accessSize).putLong(address).array();
    }

    static byte[] hpet(int blockId, byte[] gas, int number, int minimumTick) {
        ByteBuffer b = le(20).putInt(blockId).put(gas).put((byte) number).putShort((short) minimumTick).put((byte) 0);
        return table("HPET", 1, b.array());
    }

    /**
     * An SPCR of the given revision and total length (80 for revisions 1-3, 88 for 4): interface type,
     * base address, interrupt type/IRQ/GSI, baud byte, 8N1, and for revision 4 the precise baud rate.
     */
    static byte[] spcr(int revision, int length, int interfaceType, byte[] gas, int interruptType, int irq, int gsi, int baudByte,
            int uartClock, int preciseBaud) {
        ByteBuffer b = le(length - 36);
        b.put((byte) interfaceType).put(new byte[3]).put(gas).put((byte) interruptType).put((byte) irq).putInt(gsi)
                .put((byte) baudByte).put((byte) 0).put((byte) 1).put((byte) 0).put((byte) 3).put((byte) 0)
                .putShort((short) 0xFFFF).putShort((short) 0xFFFF).put(new byte[3]).putInt(0).put((byte) 0).putInt(uartClock);
        if (length >= 84) b.putInt(preciseBaud);
        if (length >= 88) b.putShort((short) 0).putShort((short) 0);
        return table("SPCR", revision, b.array());
    }

    /** A MADT body builder. */
    static final class Madt {
        private final ByteBuffer b = le(4096);
        private int revision = 1;

        Madt(long localApicAddress, int flags) {
            b.putInt((int) localApicAddress).putInt(flags);
        }

        Madt revision(int r) {
            revision = r;
            return this;
        }

        Madt localApic(int uid, int apicId, int flags) {
            b.put((byte) 0).put((byte) 8).put((byte) uid).put((byte) apicId).putInt(flags);
            return this;
        }

        Madt ioApic(int id, long address, int gsiBase) {
            b.put((byte) 1).put((byte) 12).put((byte) id).put((byte) 0).putInt((int) address).putInt(gsiBase);
            return this;
        }

        Madt override(int bus, int source, int gsi, int flags) {
            b.put((byte) 2).put((byte) 10).put((byte) bus).put((byte) source).putInt(gsi).putShort((short) flags);
            return this;
        }

        Madt localApicNmi(int uid, int flags, int lint) {
            b.put((byte) 4).put((byte) 6).put((byte) uid).putShort((short) flags).put((byte) lint);
            return this;
        }

        Madt addressOverride(long address) {
            b.put((byte) 5).put((byte) 12).putShort((short) 0).putLong(address);
            return this;
        }

        Madt x2apic(int x2apicId, int flags, int uid) {
            b.put((byte) 9).put((byte) 16).putShort((short) 0).putInt(x2apicId).putInt(flags).putInt(uid);
            return this;
        }

        Madt x2apicNmi(int flags, int uid, int lint) {
            b.put((byte) 0xA).put((byte) 12).putShort((short) flags).putInt(uid).put((byte) lint).put(new byte[3]);
            return this;
        }

        Madt raw(int... bytes) {
            for (int x : bytes) b.put((byte) x);
            return this;
        }

        byte[] build() {
            byte[] body = new byte[b.position()];
            b.get(0, body);
            return table("APIC", revision, body);
        }
    }

    static byte checksum(byte[] data, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) sum += data[i];
        return (byte) -sum;
    }

    /** Recomputes a table's checksum over its whole array (after a test changed it); returns it. */
    static byte[] fix(byte[] table) {
        table[SdtHeader.CHECKSUM] = 0;
        table[SdtHeader.CHECKSUM] = checksum(table, table.length);
        return table;
    }

    /** Sets the stated length field of a table (without fixing the checksum). */
    static byte[] withLength(byte[] table, int length) {
        ByteBuffer.wrap(table).order(ByteOrder.LITTLE_ENDIAN).putInt(SdtHeader.LENGTH, length);
        return table;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
