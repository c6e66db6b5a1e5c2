package jos.kernel.panic;

import java.nio.charset.StandardCharsets;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.trap.SimulatedException;

/**
 * The compiled code's runtime structures laid out in simulated memory as the compiler would: String
 * objects (value field at {@link #VALUE_OFFSET}, coder at {@link #CODER_OFFSET}), method descriptors,
 * shadow frames, the code table; and GS:0 pointing at the innermost frame.
 */
final class FakeRuntime {
    static final int VALUE_OFFSET = 24, CODER_OFFSET = 20;
    static final long AREA = 0xffff_8000_0050_0000L, AREA_SIZE = 0x40000;

    private long next = AREA;

    FakeRuntime(Machine machine) {
        machine.memory().map(AREA, AREA_SIZE);
    }

    long allocate(int bytes) {
        long at = next;
        next += (bytes + 15) & ~15;
        return at;
    }

    /** A String object: Latin-1 unless utf16. */
    long string(String s, boolean utf16) {
        byte[] bytes = s.getBytes(utf16 ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
        long array = allocate(24 + bytes.length);
        Memory.write32(array + 16, bytes.length);
        for (int i = 0; i < bytes.length; i++) Memory.write8(array + 24 + i, bytes[i]);
        long object = allocate(32);
        Memory.write64(object + VALUE_OFFSET, array);
        Memory.write8(object + CODER_OFFSET, (byte) (utf16 ? 1 : 0));
        return object;
    }

    long meta(String className, String method, String file) {
        long meta = allocate(24);
        Memory.write64(meta, string(className, false));
        Memory.write64(meta + 8, string(method, false));
        Memory.write64(meta + 16, file == null ? 0 : string(file, false));
        return meta;
    }

    /** Writes a shadow frame at the given address. */
    static long frameAt(long at, long prev, long meta, int line) {
        Memory.write64(at, prev);
        Memory.write64(at + 8, meta);
        Memory.write32(at + 16, line);
        return at;
    }

    long frame(long prev, long meta, int line) {
        return frameAt(allocate(24), prev, meta, line);
    }

    /** A code table of (start, meta) pairs; installs the runtime symbols. */
    void install(long top, long... codeAndMeta) {
        long table = allocate(Math.max(16, codeAndMeta.length * 8));
        for (int i = 0; i < codeAndMeta.length; i++) Memory.write64(table + 8L * i, codeAndMeta[i]);
        RuntimeSymbols.use(VALUE_OFFSET, CODER_OFFSET, table, codeAndMeta.length / 2);
        Memory.write64(SimulatedException.PER_CPU, top);
    }
}
