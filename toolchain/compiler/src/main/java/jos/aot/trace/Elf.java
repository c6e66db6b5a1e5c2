package jos.aot.trace;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sections and symbols of a little-endian ELF64 file: just what the trace table builder reads. */
public final class Elf {
    /** One section: its name, load address and bytes (empty for NOBITS). */
    public record Section(String name, int index, long address, long size, ByteBuffer data) {}

    /** One symbol of .symtab with the name of the section it is defined in ("" when undefined or absolute). */
    public record Symbol(String name, long value, String section) {}

    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final List<Section> byIndex = new ArrayList<>();
    private final String what;

    public Elf(byte[] image, String what) {
        this.what = what;
        ByteBuffer b = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        if (image.length < 64 || b.getInt(0) != 0x464c457f || image[4] != 2 || image[5] != 1) {
            throw new IllegalArgumentException(what + " is not a little-endian ELF64 file");
        }
        long shoff = b.getLong(0x28);
        int shentsize = Short.toUnsignedInt(b.getShort(0x3a)), shnum = Short.toUnsignedInt(b.getShort(0x3c));
        int shstrndx = Short.toUnsignedInt(b.getShort(0x3e));
        if (shoff <= 0 || shoff + (long) shnum * shentsize > image.length) throw new IllegalArgumentException(what + ": section headers lie outside the file");
        long[][] raw = new long[shnum][];
        for (int i = 0; i < shnum; i++) {
            int h = (int) (shoff + (long) i * shentsize);
            raw[i] = new long[] {Integer.toUnsignedLong(b.getInt(h)), Integer.toUnsignedLong(b.getInt(h + 4)), b.getLong(h + 0x10),
                    b.getLong(h + 0x18), b.getLong(h + 0x20)};
        }
        ByteBuffer names = slice(b, raw[shstrndx][3], raw[shstrndx][4]);
        for (int i = 0; i < shnum; i++) {
            boolean nobits = raw[i][1] == 8;
            ByteBuffer data = nobits ? ByteBuffer.allocate(0) : slice(b, raw[i][3], raw[i][4]);
            Section s = new Section(cString(names, (int) raw[i][0]), i, raw[i][2], raw[i][4], data.order(ByteOrder.LITTLE_ENDIAN));
            byIndex.add(s);
            sections.putIfAbsent(s.name(), s);
        }
    }

    private ByteBuffer slice(ByteBuffer b, long offset, long size) {
        if (offset < 0 || size < 0 || offset + size > b.capacity()) throw new IllegalArgumentException(what + ": a section lies outside the file");
        return b.slice((int) offset, (int) size).order(ByteOrder.LITTLE_ENDIAN);
    }

    static String cString(ByteBuffer b, int at) {
        int end = at;
        while (b.get(end) != 0) end++;
        byte[] s = new byte[end - at];
        b.get(at, s);
        return new String(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The section called name, or null. */
    public Section section(String name) {
        return sections.get(name);
    }

    /** The section called name; an error naming the file if it has none. */
    public Section require(String name) {
        Section s = sections.get(name);
        if (s == null) throw new IllegalArgumentException(what + " has no " + name + " section (was it compiled with -g1 or more?)");
        return s;
    }

    public List<Section> sections() {
        return byIndex;
    }

    /** Every named symbol of .symtab. */
    public List<Symbol> symbols() {
        Section symtab = require(".symtab");
        Section strtab = require(".strtab");
        List<Symbol> out = new ArrayList<>();
        ByteBuffer t = symtab.data();
        for (int at = 24; at + 24 <= t.capacity(); at += 24) {
            String name = cString(strtab.data(), t.getInt(at));
            if (name.isEmpty()) continue;
            int shndx = Short.toUnsignedInt(t.getShort(at + 6));
            String section = shndx > 0 && shndx < byIndex.size() ? byIndex.get(shndx).name() : "";
            out.add(new Symbol(name, t.getLong(at + 8), section));
        }
        return out;
    }
}
