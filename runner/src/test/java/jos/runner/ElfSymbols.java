package jos.runner;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The names in an ELF64 file's symbol tables (SHT_SYMTAB and SHT_DYNSYM), read from its section headers. */
final class ElfSymbols {
    private static final int SHT_SYMTAB = 2, SHT_DYNSYM = 11;
    private static final int SYMBOL_SIZE = 24;

    private ElfSymbols() {
    }

    static List<String> names(Path elf) throws IOException {
        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(elf)).order(ByteOrder.LITTLE_ENDIAN);
        if (file.getInt(0) != 0x464c457f || file.get(4) != 2) throw new IOException(elf + ": not an ELF64 file");
        long sectionHeaders = file.getLong(0x28);
        int headerSize = Short.toUnsignedInt(file.getShort(0x3a));
        int sections = Short.toUnsignedInt(file.getShort(0x3c));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sections; i++) {
            int header = Math.toIntExact(sectionHeaders + (long) i * headerSize);
            int type = file.getInt(header + 4);
            if (type != SHT_SYMTAB && type != SHT_DYNSYM) continue;
            int offset = Math.toIntExact(file.getLong(header + 24));
            int size = Math.toIntExact(file.getLong(header + 32));
            int strings = Math.toIntExact(sectionHeaders + (long) file.getInt(header + 40) * headerSize);
            int stringsOffset = Math.toIntExact(file.getLong(strings + 24));
            for (int symbol = offset; symbol + SYMBOL_SIZE <= offset + size; symbol += SYMBOL_SIZE) {
                int name = file.getInt(symbol);
                if (name != 0) names.add(cString(file, stringsOffset + name));
            }
        }
        return names;
    }

    private static String cString(ByteBuffer file, int at) {
        int end = at;
        while (file.get(end) != 0) end++;
        byte[] bytes = new byte[end - at];
        file.get(at, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
