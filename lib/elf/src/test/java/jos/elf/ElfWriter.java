package jos.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/** Writes small ELF64 files for tests: a header, program headers, and each segment's file bytes. */
public final class ElfWriter {
    public record Segment(int type, long vaddr, int flags, byte[] data, long memsz) {
    }

    public static final int PF_X = 1, PF_W = 2, PF_R = 4;

    private final List<Segment> segments = new ArrayList<>();
    private long entry;

    public ElfWriter entry(long address) {
        entry = address;
        return this;
    }

    public ElfWriter load(long vaddr, int flags, byte[] data, long memsz) {
        segments.add(new Segment(1, vaddr, flags, data, memsz));
        return this;
    }

    public ElfWriter other(int type, long vaddr) {
        segments.add(new Segment(type, vaddr, PF_R, new byte[0], 0));
        return this;
    }

    /**
     * The file offset of segment index's data in the built file: the first page after the previous
     * segment's data, plus the segment's offset in its page (so that p_offset and p_vaddr agree modulo
     * p_align, 0x1000).
     */
    public long offset(int index) {
        long page = 0x1000;
        for (int i = 0; i < index; i++) page = align(page + pageOffset(i) + segments.get(i).data().length, 0x1000);
        return page + pageOffset(index);
    }

    private long pageOffset(int index) {
        return index < segments.size() ? segments.get(index).vaddr() & 0xfff : 0;
    }

    private static long align(long v, long a) {
        return (v + a - 1) / a * a;
    }

    public byte[] build() {
        long size = segments.isEmpty() ? 0x1000 : offset(segments.size() - 1) + segments.get(segments.size() - 1).data().length;
        ByteBuffer b = ByteBuffer.allocate((int) Math.max(size, 64 + 56L * segments.size())).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        b.position(16);
        b.putShort((short) 2); // ET_EXEC
        b.putShort((short) 62); // EM_X86_64
        b.putInt(1);
        b.putLong(entry);
        b.putLong(64); // e_phoff
        b.putLong(0); // e_shoff
        b.putInt(0);
        b.putShort((short) 64);
        b.putShort((short) 56);
        b.putShort((short) segments.size());
        b.putShort((short) 64);
        b.putShort((short) 0);
        b.putShort((short) 0);
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            b.position(64 + 56 * i);
            b.putInt(s.type());
            b.putInt(s.flags());
            b.putLong(offset(i));
            b.putLong(s.vaddr());
            b.putLong(s.vaddr() - 0xffffffff80000000L);
            b.putLong(s.data().length);
            b.putLong(s.memsz());
            b.putLong(0x1000);
            b.position((int) offset(i));
            b.put(s.data());
        }
        return b.array();
    }

    /** Little-endian helpers for patching built files. */
    public static void put16(byte[] file, int offset, int value) {
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putShort(offset, (short) value);
    }

    public static void put32(byte[] file, int offset, int value) {
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
    }

    public static void put64(byte[] file, int offset, long value) {
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putLong(offset, value);
    }
}
