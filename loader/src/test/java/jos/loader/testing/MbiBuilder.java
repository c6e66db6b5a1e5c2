package jos.loader.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds multiboot2 boot information the way GRUB lays it out (8-byte aligned tags, end tag). */
public final class MbiBuilder {
    private final ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    public MbiBuilder() {
        b.putInt(0);
        b.putInt(0);
    }

    /** Starts a tag; returns its offset. */
    private int begin(int type) {
        int at = b.position();
        b.putInt(type);
        b.putInt(0);
        return at;
    }

    private MbiBuilder end(int at) {
        b.putInt(at + 4, b.position() - at);
        while (b.position() % 8 != 0) b.put((byte) 0);
        return this;
    }

    public MbiBuilder raw(int type, byte[] payload) {
        int at = begin(type);
        b.put(payload);
        return end(at);
    }

    public MbiBuilder string(int type, String s) {
        int at = begin(type);
        b.put(s.getBytes(StandardCharsets.US_ASCII));
        b.put((byte) 0);
        return end(at);
    }

    public MbiBuilder module(long start, long end, String string) {
        int at = begin(3);
        b.putInt((int) start);
        b.putInt((int) end);
        b.put(string.getBytes(StandardCharsets.US_ASCII));
        b.put((byte) 0);
        return end(at);
    }

    /** entries: {base, length, multiboot type} triples. */
    public MbiBuilder memoryMap(long... entries) {
        int at = begin(6);
        b.putInt(24);
        b.putInt(0);
        for (int i = 0; i < entries.length; i += 3) {
            b.putLong(entries[i]);
            b.putLong(entries[i + 1]);
            b.putInt((int) entries[i + 2]);
            b.putInt(0);
        }
        return end(at);
    }

    public MbiBuilder basicMemoryInfo(int lower, int upper) {
        int at = begin(4);
        b.putInt(lower);
        b.putInt(upper);
        return end(at);
    }

    public MbiBuilder framebuffer(long address, int pitch, int width, int height, int bpp, int type, int redPos, int redSize,
            int greenPos, int greenSize, int bluePos, int blueSize) {
        int at = begin(8);
        b.putLong(address);
        b.putInt(pitch);
        b.putInt(width);
        b.putInt(height);
        b.put((byte) bpp);
        b.put((byte) type);
        b.putShort((short) 0);
        b.put((byte) redPos).put((byte) redSize).put((byte) greenPos).put((byte) greenSize).put((byte) bluePos).put((byte) blueSize);
        b.putShort((short) 0);
        return end(at);
    }

    public MbiBuilder efi64(long systemTable) {
        int at = begin(12);
        b.putLong(systemTable);
        return end(at);
    }

    public byte[] build() {
        int at = begin(0);
        end(at);
        b.putInt(0, b.position());
        byte[] out = new byte[b.position()];
        b.get(0, out);
        return out;
    }
}
