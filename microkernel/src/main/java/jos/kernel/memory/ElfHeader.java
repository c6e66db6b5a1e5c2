package jos.kernel.memory;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** {@code Elf64_Ehdr}: the members the kernel reads to find its own program headers. */
@Struct(size = 64)
public final class ElfHeader {
    private ElfHeader() {
    }

    @Field(value = Type.U8, count = 16) static final int E_IDENT = 0;
    @Field(Type.U16) static final int E_TYPE = 16;
    @Field(Type.U16) static final int E_MACHINE = 18;
    @Field(Type.U32) static final int E_VERSION = 20;
    @Field(Type.U64) static final int E_ENTRY = 24;
    @Field(Type.U64) static final int E_PHOFF = 32;
    @Field(Type.U64) static final int E_SHOFF = 40;
    @Field(Type.U32) static final int E_FLAGS = 48;
    @Field(Type.U16) static final int E_EHSIZE = 52;
    @Field(Type.U16) static final int E_PHENTSIZE = 54;
    @Field(Type.U16) static final int E_PHNUM = 56;
    @Field(Type.U16) static final int E_SHENTSIZE = 58;
    @Field(Type.U16) static final int E_SHNUM = 60;
    @Field(Type.U16) static final int E_SHSTRNDX = 62;

    /** "\177ELF" read as a little-endian 32-bit word. */
    static final int MAGIC = 0x464c457f;

    static int magic(long file) {
        return Memory.read32(file + E_IDENT);
    }

    static long phoff(long file) {
        return Memory.read64(file + E_PHOFF);
    }

    static int phentsize(long file) {
        return Memory.read16(file + E_PHENTSIZE) & 0xffff;
    }

    static int phnum(long file) {
        return Memory.read16(file + E_PHNUM) & 0xffff;
    }
}
