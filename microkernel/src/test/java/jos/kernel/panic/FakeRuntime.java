package jos.kernel.panic;

import java.nio.charset.StandardCharsets;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.trap.SimulatedException;

/**
 * The compiled code's runtime structures laid out in simulated memory as the compiler would: String
 * objects (value field at {@link #VALUE_OFFSET}, coder at {@link #CODER_OFFSET}), method descriptors,
 * the trace table; and a kernel stack of frame records.
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

    /** A fake kernel stack: [STACK_TOP - StackTrace.MAX_STACK_BYTES, STACK_TOP), this CPU's (PerCpu.KERNEL_STACK_TOP). */
    static final long STACK_TOP = 0xffff_8000_0070_0000L;

    private final java.util.TreeMap<Long, long[]> code = new java.util.TreeMap<>(Long::compareUnsigned);

    private final java.util.Set<Long> frameless = new java.util.HashSet<>();

    /** From pc on (to the next pc given), code of the Java frames given as (meta, line) pairs, innermost first. */
    void code(long pc, long... metaAndLine) {
        code.put(pc, metaAndLine);
    }

    /** From pc on, an assembly method's code (meta): one frame, frameless, no line. */
    void assembly(long pc, long meta) {
        code.put(pc, new long[] {meta, 0});
        frameless.add(pc);
    }

    /** A frame record at at (on the fake stack): the caller's rbp (up) and the return address. */
    static long record(long at, long up, long returnAddress) {
        Memory.write64(at, up);
        Memory.write64(at + 8, returnAddress);
        return at;
    }

    /** Writes the trace table of every {@link #code} entry as the compiler lays it out and installs the runtime symbols. */
    void install() {
        int frames = 0;
        for (long[] f : code.values()) frames += f.length / 2;
        long entries = allocate(Math.max(1, code.size()) * TraceEntry.SIZE), frameArray = allocate(Math.max(1, frames) * TraceFrame.SIZE);
        int e = 0, n = 0;
        for (var c : code.entrySet()) {
            long entry = entries + (long) e++ * TraceEntry.SIZE;
            Memory.write64(entry + TraceEntry.PC, c.getKey());
            Memory.write32(entry + TraceEntry.FIRST, n);
            Memory.write32(entry + TraceEntry.COUNT, c.getValue().length / 2);
            for (int i = 0; i < c.getValue().length; i += 2, n++) {
                Memory.write64(frameArray + (long) n * TraceFrame.SIZE + TraceFrame.META, c.getValue()[i]);
                Memory.write32(frameArray + (long) n * TraceFrame.SIZE + TraceFrame.LINE, (int) c.getValue()[i + 1]);
                Memory.write32(frameArray + (long) n * TraceFrame.SIZE + TraceFrame.FLAGS, frameless.contains(c.getKey()) ? TraceFrame.FRAMELESS : 0);
            }
        }
        long table = allocate(24);
        Memory.write64(table + TraceTable.COUNT, code.size());
        Memory.write64(table + TraceTable.ENTRIES, entries);
        Memory.write64(table + TraceTable.FRAMES, frameArray);
        RuntimeSymbols.use(VALUE_OFFSET, CODER_OFFSET, table);
    }

    /** Maps the fake stack and makes it this CPU's kernel stack. */
    static void stack(Machine machine) {
        machine.memory().map(STACK_TOP - StackTrace.MAX_STACK_BYTES, StackTrace.MAX_STACK_BYTES);
        Memory.write64(SimulatedException.PER_CPU + jos.kernel.x86.PerCpu.KERNEL_STACK_TOP, STACK_TOP);
    }
}
