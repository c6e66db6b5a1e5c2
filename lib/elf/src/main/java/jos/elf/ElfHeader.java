package jos.elf;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** {@code Elf64_Ehdr} (System V ABI, ELF-64 Object File Format 1.5). Accessors take the file's address. */
@Struct(size = 64)
public final class ElfHeader {
    private ElfHeader() {
    }

    @Field(value = Type.U8, count = 16) public static final int E_IDENT = 0;
    @Field(Type.U16) public static final int E_TYPE = 16;
    @Field(Type.U16) public static final int E_MACHINE = 18;
    @Field(Type.U32) public static final int E_VERSION = 20;
    @Field(Type.U64) public static final int E_ENTRY = 24;
    @Field(Type.U64) public static final int E_PHOFF = 32;
    @Field(Type.U64) public static final int E_SHOFF = 40;
    @Field(Type.U32) public static final int E_FLAGS = 48;
    @Field(Type.U16) public static final int E_EHSIZE = 52;
    @Field(Type.U16) public static final int E_PHENTSIZE = 54;
    @Field(Type.U16) public static final int E_PHNUM = 56;
    @Field(Type.U16) public static final int E_SHENTSIZE = 58;
    @Field(Type.U16) public static final int E_SHNUM = 60;
    @Field(Type.U16) public static final int E_SHSTRNDX = 62;
    public static final int SIZE = 64;

    /** e_ident indexes. */
    public static final int EI_CLASS = 4, EI_DATA = 5, EI_VERSION = 6, EI_OSABI = 7;
    /** "\177ELF" read as a little-endian 32-bit word. */
    public static final int MAGIC = 0x464C457F;
    /** e_ident[EI_CLASS], e_ident[EI_DATA], e_ident[EI_VERSION] and e_version. */
    public static final int ELFCLASS32 = 1, ELFCLASS64 = 2, ELFDATA2LSB = 1, ELFDATA2MSB = 2, EV_CURRENT = 1;
    /** e_type. */
    public static final int ET_NONE = 0, ET_REL = 1, ET_EXEC = 2, ET_DYN = 3, ET_CORE = 4;
    /** e_machine. */
    public static final int EM_X86_64 = 62;

    public static int magic(long file) {
        return Memory.read32(file + E_IDENT);
    }

    public static int identByte(long file, int index) {
        return Memory.read8(file + E_IDENT + index) & 0xFF;
    }

    public static int type(long file) {
        return Memory.read16(file + E_TYPE) & 0xFFFF;
    }

    public static int machine(long file) {
        return Memory.read16(file + E_MACHINE) & 0xFFFF;
    }

    public static int version(long file) {
        return Memory.read32(file + E_VERSION);
    }

    public static long entry(long file) {
        return Memory.read64(file + E_ENTRY);
    }

    public static long phoff(long file) {
        return Memory.read64(file + E_PHOFF);
    }

    public static int phentsize(long file) {
        return Memory.read16(file + E_PHENTSIZE) & 0xFFFF;
    }

    public static int phnum(long file) {
        return Memory.read16(file + E_PHNUM) & 0xFFFF;
    }

    /** The address of program header index (e_phentsize is {@link ProgramHeader#SIZE} in a checked file). */
    public static long programHeader(long file, int index) {
        return file + phoff(file) + (long) index * ProgramHeader.SIZE;
    }
}
