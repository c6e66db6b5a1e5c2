package jos.aot.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The table a stack walk searches: sorted start addresses, each with the Java frames (method, line),
 * innermost first, that code from there up to the next start belongs to. Several frames stand for
 * methods gcc inlined. Addresses that belong to no traced method (the runtime's C) have no frames.
 */
public final class TraceTable {
    /**
     * One Java frame: the traced C function (a translated method) and the line; frameless for an assembly
     * method that keeps no frame record of its own (its return address is at rsp while it runs; no line).
     */
    public record Frame(String function, int line, boolean frameless) {
        public Frame(String function, int line) {
            this(function, line, false);
        }
    }

    /** jrt.h's JTRACE_FRAMELESS, in a frame's flags. */
    public static final int FRAMELESS = 1;
    /** How the list of traced functions marks a frameless one (after its name). */
    public static final String FRAMELESS_MARK = " frameless";

    /** From address on (up to the next entry), the frames. */
    public record Entry(long address, List<Frame> frames) {}

    private TraceTable() {}

    /**
     * Builds the table from what dwarf read: traced holds the C names of the functions that stand for
     * Java methods (others, such as runtime helpers gcc inlined into them, only pass on their call line).
     */
    public static List<Entry> build(Dwarf dwarf, Set<String> traced) {
        return build(dwarf, traced, Set.of());
    }

    /** As {@link #build(Dwarf, Set)}; frameless functions (among traced) give frameless frames without a line. */
    public static List<Entry> build(Dwarf dwarf, Set<String> traced, Set<String> frameless) {
        // Addresses in unsigned order, as the runtime searches them: a kernel's are negative as longs.
        TreeMap<Long, Dwarf.Row> rows = new TreeMap<>(Long::compareUnsigned);
        for (Dwarf.Row r : dwarf.rows) {
            Dwarf.Row old = rows.get(r.address());
            // Where an end row meets the next sequence's first row, the row that opens code wins.
            if (old == null || old.end()) rows.put(r.address(), r);
        }
        java.util.TreeSet<Long> points = new java.util.TreeSet<>(Long::compareUnsigned);
        for (Dwarf.Row r : dwarf.rows) points.add(r.address());
        List<Dwarf.Range> ranges = new ArrayList<>(dwarf.ranges);
        for (Dwarf.Range r : ranges) {
            points.add(r.lo());
            points.add(r.hi());
        }
        ranges.sort((a, b) -> Long.compareUnsigned(a.lo(), b.lo()));
        List<Dwarf.Range> active = new ArrayList<>();
        int next = 0;
        List<Entry> out = new ArrayList<>();
        List<Frame> previous = null;
        for (long p : points) {
            while (next < ranges.size() && Long.compareUnsigned(ranges.get(next).lo(), p) <= 0) active.add(ranges.get(next++));
            active.removeIf(r -> Long.compareUnsigned(r.hi(), p) <= 0);
            Dwarf.Scope inner = null;
            for (Dwarf.Range r : active) if (inner == null || r.scope().depth > inner.depth) inner = r.scope();
            var row = rows.floorEntry(p);
            int line = row == null || row.getValue().end() ? 0 : row.getValue().line();
            List<Frame> frames = new ArrayList<>();
            for (Dwarf.Scope s = inner; s != null; s = s.parent) {
                if (s.function != null && traced.contains(s.function)) {
                    boolean none = frameless.contains(s.function);
                    frames.add(new Frame(s.function, none ? 0 : line, none));
                }
                line = s.callLine;
            }
            if (!frames.equals(previous)) {
                out.add(new Entry(p, List.copyOf(frames)));
                previous = frames;
            }
        }
        return out;
    }

    /** The frames for code address pc (the table's own search), or an empty list. */
    public static List<Frame> lookup(List<Entry> table, long pc) {
        int lo = 0, hi = table.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(table.get(mid).address(), pc) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? List.of() : table.get(found).frames();
    }

    /**
     * The table as C for jrt.h's jrt_trace_table, in section .jrt_traces: each traced function's
     * metadata is the symbol "MI_" + its name (the compiler's naming). Identical frame lists are shared.
     */
    public static String toC(List<Entry> table) {
        StringBuilder c = new StringBuilder("/* Generated from the image's DWARF: code address -> Java frames. */\n#include \"jrt.h\"\n");
        Map<String, Boolean> metas = new java.util.TreeMap<>();
        for (Entry e : table) for (Frame f : e.frames()) metas.put(f.function(), true);
        for (String fn : metas.keySet()) c.append("extern const jmethod_meta MI_").append(fn).append(";\n");
        Map<List<Frame>, Integer> shared = new HashMap<>();
        StringBuilder frames = new StringBuilder("static const jtrace_frame frames[] __attribute__((section(\".jrt_traces\"))) = {\n");
        StringBuilder entries = new StringBuilder("static const jtrace_entry entries[] __attribute__((section(\".jrt_traces\"))) = {\n");
        int n = 0;
        for (Entry e : table) {
            Integer first = shared.get(e.frames());
            if (first == null) {
                first = n;
                shared.put(e.frames(), first);
                for (Frame f : e.frames()) {
                    frames.append("    { &MI_").append(f.function()).append(", ").append(f.line()).append(", ")
                            .append(f.frameless() ? FRAMELESS : 0).append(" },\n");
                    n++;
                }
            }
            entries.append("    { 0x").append(Long.toHexString(e.address())).append("ul, ").append(first).append(", ")
                    .append(e.frames().size()).append(" },\n");
        }
        if (n == 0) frames.append("    { NULL, 0, 0 },\n");
        if (table.isEmpty()) entries.append("    { 0, 0, 0 },\n");
        c.append(frames).append("};\n").append(entries).append("};\n");
        c.append("const jtrace_table jrt_trace_table __attribute__((section(\".jrt_traces\"))) = { ").append(table.size())
                .append(", entries, frames };\n");
        return c.toString();
    }
}
