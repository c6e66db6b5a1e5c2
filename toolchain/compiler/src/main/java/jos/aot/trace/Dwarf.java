package jos.aot.trace;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the parts of DWARF 5 (as gcc 12 emits it) that map code addresses to source: the line
 * programs of .debug_line and, from .debug_info, every function body and inlined call as a scope with
 * its address ranges, its C function name and the line of the call that inlined it.
 */
public final class Dwarf {
    /** A function body (parent null) or an inlined call inside its parent scope. */
    public static final class Scope {
        public final String function;   // the C function name, or null if gcc recorded none
        public final Scope parent;
        public final int callLine;      // inlined calls: the line of the call in the parent, else 0
        public final int depth;

        Scope(String function, Scope parent, int callLine) {
            this.function = function;
            this.parent = parent;
            this.callLine = callLine;
            this.depth = parent == null ? 0 : parent.depth + 1;
        }
    }

    /** [lo, hi) belongs to scope. */
    public record Range(long lo, long hi, Scope scope) {}

    /** A line-table row: from address on, code is for line of file; an end row closes its sequence. */
    public record Row(long address, String file, int line, boolean end) {}

    public final List<Range> ranges = new ArrayList<>();
    public final List<Row> rows = new ArrayList<>();

    private final Elf elf;
    private final String what;

    public Dwarf(Elf elf, String what) {
        this.elf = elf;
        this.what = what;
        readLines();
        readInfo();
    }

    // ------------------------------------------------------------------ primitive readers

    private static long uleb(ByteBuffer b) {
        long r = 0;
        int shift = 0;
        while (true) {
            int x = b.get() & 0xff;
            r |= (long) (x & 0x7f) << shift;
            shift += 7;
            if ((x & 0x80) == 0) return r;
        }
    }

    private static long sleb(ByteBuffer b) {
        long r = 0;
        int shift = 0, x;
        do {
            x = b.get() & 0xff;
            r |= (long) (x & 0x7f) << shift;
            shift += 7;
        } while ((x & 0x80) != 0);
        if (shift < 64 && (x & 0x40) != 0) r |= -1L << shift;
        return r;
    }

    /** Skips a block's bytes (its length already read). */
    private static Object skip(ByteBuffer b, int length) {
        b.position(b.position() + length);
        return null;
    }

    private static String cString(ByteBuffer b) {
        String s = Elf.cString(b, b.position());
        while (b.get() != 0) { }
        return s;
    }

    private String strAt(String section, long offset) {
        return Elf.cString(elf.require(section).data(), (int) offset);
    }

    private ByteBuffer unit(ByteBuffer b, String section) {
        long len = Integer.toUnsignedLong(b.getInt());
        if (len >= 0xfffffff0L) throw new IllegalArgumentException(what + ": 64-bit DWARF in " + section + " is not supported");
        ByteBuffer u = b.slice(b.position(), (int) len).order(b.order());
        b.position(b.position() + (int) len);
        return u;
    }

    /**
     * The value of an attribute of the given form: a number (addresses, constants, references, section
     * offsets), a String (strings), or null for blocks and flags whose bytes are skipped.
     */
    private Object form(ByteBuffer b, int form, long implicit) {
        return switch (form) {
            case 0x01 -> b.getLong();                                  // addr (address_size 8)
            case 0x0b, 0x11 -> (long) (b.get() & 0xff);                // data1, ref1
            case 0x05, 0x12 -> (long) (b.getShort() & 0xffff);         // data2, ref2
            case 0x06, 0x13, 0x17, 0x10, 0x1c -> Integer.toUnsignedLong(b.getInt()); // data4, ref4, sec_offset, ref_addr, ref_sup4
            case 0x07, 0x14, 0x20, 0x24 -> b.getLong();                // data8, ref8, ref_sig8, ref_sup8
            case 0x0d -> sleb(b);
            case 0x0f, 0x15, 0x22, 0x23, 0x1a -> uleb(b);              // udata, ref_udata, loclistx, rnglistx, strx
            case 0x0e -> strAt(".debug_str", Integer.toUnsignedLong(b.getInt()));
            case 0x1f -> strAt(".debug_line_str", Integer.toUnsignedLong(b.getInt()));
            case 0x1d -> { b.getInt(); yield null; }                   // strp_sup
            case 0x08 -> cString(b);
            case 0x0c -> { b.get(); yield null; }                      // flag
            case 0x19 -> null;                                         // flag_present
            case 0x21 -> implicit;                                     // implicit_const
            case 0x1e -> { b.position(b.position() + 16); yield null; }  // data16
            case 0x0a -> skip(b, b.get() & 0xff);                      // block1
            case 0x03 -> skip(b, b.getShort() & 0xffff);               // block2
            case 0x04 -> skip(b, b.getInt());                          // block4
            case 0x09, 0x18 -> skip(b, (int) uleb(b));                 // block, exprloc
            case 0x25 -> { b.get(); yield null; }                      // strx1..4: no offsets table without split DWARF
            case 0x26 -> { b.getShort(); yield null; }
            case 0x27 -> { b.position(b.position() + 3); yield null; }
            case 0x28 -> { b.getInt(); yield null; }
            case 0x16 -> form(b, (int) uleb(b), 0);                    // indirect
            default -> throw new IllegalArgumentException(what + ": DWARF form 0x" + Integer.toHexString(form)
                    + " is not supported (addrx and friends come with split DWARF, which the build does not use)");
        };
    }

    // ------------------------------------------------------------------ .debug_line

    private void readLines() {
        ByteBuffer all = elf.require(".debug_line").data().duplicate().order(java.nio.ByteOrder.LITTLE_ENDIAN);
        while (all.hasRemaining()) {
            ByteBuffer u = unit(all, ".debug_line");
            int version = u.getShort() & 0xffff;
            if (version != 5) throw new IllegalArgumentException(what + ": .debug_line version " + version + " (only DWARF 5 is read)");
            int addressSize = u.get();
            u.get();                                                   // segment selector size
            long headerLength = Integer.toUnsignedLong(u.getInt());
            int programStart = u.position() + (int) headerLength;
            int minInst = u.get() & 0xff;
            u.get();                                                   // maximum operations per instruction (1 on x86)
            u.get();                                                   // default_is_stmt
            int lineBase = u.get();
            int lineRange = u.get() & 0xff;
            int opcodeBase = u.get() & 0xff;
            int[] argCounts = new int[opcodeBase];
            for (int i = 1; i < opcodeBase; i++) argCounts[i] = u.get() & 0xff;
            if (addressSize != 8) throw new IllegalArgumentException(what + ": address size " + addressSize + " in .debug_line");
            List<String> dirs = entries(u, null);
            List<String> files = entries(u, dirs);
            u.position(programStart);
            long address = 0;
            int file = 1, line = 1;
            while (u.hasRemaining()) {
                int op = u.get() & 0xff;
                if (op >= opcodeBase) {
                    int adj = op - opcodeBase;
                    address += (long) (adj / lineRange) * minInst;
                    line += lineBase + adj % lineRange;
                    rows.add(new Row(address, name(files, file), line, false));
                } else if (op == 0) {
                    int len = (int) uleb(u);
                    int end = u.position() + len;
                    int sub = u.get() & 0xff;
                    if (sub == 1) {
                        rows.add(new Row(address, name(files, file), line, true));
                        address = 0;
                        file = 1;
                        line = 1;
                    } else if (sub == 2) {
                        address = u.getLong();
                    }
                    u.position(end);
                } else {
                    switch (op) {
                        case 1 -> rows.add(new Row(address, name(files, file), line, false));
                        case 2 -> address += uleb(u) * minInst;
                        case 3 -> line += (int) sleb(u);
                        case 4 -> file = (int) uleb(u);
                        case 8 -> address += (long) ((255 - opcodeBase) / lineRange) * minInst;
                        case 9 -> address += u.getShort() & 0xffff;
                        default -> { for (int k = 0; k < argCounts[op]; k++) uleb(u); }
                    }
                }
            }
        }
    }

    private static String name(List<String> files, int index) {
        return index >= 0 && index < files.size() ? files.get(index) : "?";
    }

    /** A directory or file-name table of a version 5 line program header: the paths, files joined to their directory. */
    private List<String> entries(ByteBuffer u, List<String> dirs) {
        int formats = u.get() & 0xff;
        long[][] f = new long[formats][2];
        for (int i = 0; i < formats; i++) {
            f[i][0] = uleb(u);
            f[i][1] = uleb(u);
        }
        long count = uleb(u);
        List<String> out = new ArrayList<>();
        for (long n = 0; n < count; n++) {
            String path = "";
            long dir = 0;
            for (long[] e : f) {
                Object v = form(u, (int) e[1], 0);
                if (e[0] == 1 && v instanceof String s) path = s;            // DW_LNCT_path
                if (e[0] == 2 && v instanceof Long d) dir = d;               // DW_LNCT_directory_index
            }
            if (dirs != null && !path.startsWith("/") && dir < dirs.size()) path = dirs.get((int) dir) + "/" + path;
            out.add(path);
        }
        return out;
    }

    // ------------------------------------------------------------------ .debug_info

    private record Abbrev(int tag, boolean children, int[] attrs, int[] forms, long[] implicit) {}

    private Map<Long, Abbrev> abbrevs(long offset) {
        ByteBuffer b = elf.require(".debug_abbrev").data().duplicate().order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.position((int) offset);
        Map<Long, Abbrev> out = new HashMap<>();
        while (true) {
            long code = uleb(b);
            if (code == 0) return out;
            int tag = (int) uleb(b);
            boolean children = b.get() != 0;
            List<long[]> specs = new ArrayList<>();
            while (true) {
                long attr = uleb(b), form = uleb(b);
                if (attr == 0 && form == 0) break;
                specs.add(new long[] {attr, form, form == 0x21 ? sleb(b) : 0});
            }
            int[] a = new int[specs.size()], fm = new int[specs.size()];
            long[] imp = new long[specs.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = (int) specs.get(i)[0];
                fm[i] = (int) specs.get(i)[1];
                imp[i] = specs.get(i)[2];
            }
            out.put(code, new Abbrev(tag, children, a, fm, imp));
        }
    }

    /** What a DIE says that matters here; origin is an absolute .debug_info offset or -1. */
    private static final class Die {
        String name;
        long origin = -1, lowPc, highPc, rangesOffset = -1;
        boolean hasLowPc, highIsOffset;   // a flag, not a sentinel: kernel addresses are negative as longs
        int callLine;
    }

    private void readInfo() {
        ByteBuffer all = elf.require(".debug_info").data().duplicate().order(java.nio.ByteOrder.LITTLE_ENDIAN);
        Map<Long, Die> dies = new HashMap<>();                         // every DIE with a name or origin, by offset
        record Pending(Die die, Scope parentScope, int tag, long cuBase) {}
        List<Pending> scopes = new ArrayList<>();
        List<Scope> made = new ArrayList<>();
        while (all.hasRemaining()) {
            int unitStart = all.position();
            ByteBuffer u = unit(all, ".debug_info");
            int version = u.getShort() & 0xffff;
            if (version != 5) throw new IllegalArgumentException(what + ": .debug_info version " + version + " (only DWARF 5 is read)");
            int unitType = u.get();
            int addressSize = u.get();
            long abbrevOffset = Integer.toUnsignedLong(u.getInt());
            if (unitType != 1 || addressSize != 8) continue;          // only full compilation units carry code
            Map<Long, Abbrev> table = abbrevs(abbrevOffset);
            long cuBase = 0;
            // Stack of the innermost enclosing scope per nesting level (null where the DIE is no scope).
            List<Object[]> stack = new ArrayList<>();                  // {Abbrev, scopeOrNull}
            while (u.hasRemaining()) {
                long offset = unitStart + 4 + u.position();           // absolute .debug_info offset of this DIE
                long code = uleb(u);
                if (code == 0) {
                    if (!stack.isEmpty()) stack.remove(stack.size() - 1);
                    continue;
                }
                Abbrev a = table.get(code);
                if (a == null) throw new IllegalArgumentException(what + ": abbreviation " + code + " missing at .debug_info+0x" + Long.toHexString(offset));
                Die d = new Die();
                for (int i = 0; i < a.attrs.length; i++) {
                    Object v = form(u, a.forms[i], a.implicit[i]);
                    switch (a.attrs[i]) {
                        case 0x03 -> d.name = v instanceof String s ? s : null;
                        case 0x11 -> { d.lowPc = (Long) v; d.hasLowPc = true; }
                        case 0x12 -> { d.highPc = (Long) v; d.highIsOffset = a.forms[i] != 0x01; }
                        case 0x55 -> d.rangesOffset = (Long) v;
                        case 0x31 -> d.origin = isCuRelative(a.forms[i]) ? unitStart + (Long) v : (Long) v;
                        case 0x59 -> d.callLine = ((Long) v).intValue();
                        default -> { }
                    }
                }
                if (a.tag == 0x11 && d.hasLowPc) cuBase = d.lowPc;
                if (d.name != null || d.origin >= 0) dies.put(offset, d);
                Scope parent = null;
                for (int k = stack.size() - 1; k >= 0 && parent == null; k--) parent = (Scope) stack.get(k)[1];
                Scope mine = null;
                boolean hasCode = d.hasLowPc || d.rangesOffset >= 0;
                if ((a.tag == 0x2e || a.tag == 0x1d) && hasCode && (a.tag == 0x1d) == (parent != null)) {
                    scopes.add(new Pending(d, parent, a.tag, cuBase));
                    mine = new Scope(null, parent, d.callLine);       // name resolved below
                    made.add(mine);
                }
                if (a.children) stack.add(new Object[] {a, mine});
            }
        }
        // Names go through abstract_origin (concrete copies of inline functions, inlined calls).
        List<Scope> named = new ArrayList<>();
        Map<Scope, Scope> renamed = new HashMap<>();
        for (int i = 0; i < scopes.size(); i++) {
            Pending p = scopes.get(i);
            Scope old = made.get(i);
            Scope parent = p.parentScope == null ? null : renamed.get(p.parentScope);
            Scope s = new Scope(functionName(p.die, dies), parent, old.callLine);
            renamed.put(old, s);
            named.add(s);
            if (p.die.rangesOffset >= 0) {
                readRanges(p.die.rangesOffset, p.cuBase, s);
            } else {
                long hi = p.die.highIsOffset ? p.die.lowPc + p.die.highPc : p.die.highPc;
                if (Long.compareUnsigned(hi, p.die.lowPc) > 0) ranges.add(new Range(p.die.lowPc, hi, s));
            }
        }
    }

    private static boolean isCuRelative(int form) {
        return form == 0x11 || form == 0x12 || form == 0x13 || form == 0x14 || form == 0x15;
    }

    private static String functionName(Die d, Map<Long, Die> dies) {
        for (int hops = 0; d != null && hops < 8; hops++) {
            if (d.name != null) return d.name;
            d = d.origin >= 0 ? dies.get(d.origin) : null;
        }
        return null;
    }

    private void readRanges(long offset, long base, Scope s) {
        ByteBuffer b = elf.require(".debug_rnglists").data().duplicate().order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.position((int) offset);
        while (true) {
            int kind = b.get() & 0xff;
            switch (kind) {
                case 0 -> { return; }                                  // end_of_list
                case 4 -> { long lo = uleb(b), hi = uleb(b); add(base + lo, base + hi, s); }  // offset_pair
                case 5 -> base = b.getLong();                          // base_address
                case 6 -> { long lo = b.getLong(), hi = b.getLong(); add(lo, hi, s); }       // start_end
                case 7 -> { long lo = b.getLong(); add(lo, lo + uleb(b), s); }              // start_length
                default -> throw new IllegalArgumentException(what + ": range list entry kind " + kind
                        + " at .debug_rnglists+0x" + Long.toHexString(offset) + " is not supported (indexed addresses)");
            }
        }
    }

    private void add(long lo, long hi, Scope s) {
        if (Long.compareUnsigned(hi, lo) > 0) ranges.add(new Range(lo, hi, s));
    }
}
