package jos.elf;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** {@code Elf64_Phdr}: one segment. Accessors take the program header's address. */
@Struct(size = 56)
public final class ProgramHeader {
    private ProgramHeader() {
    }

    @Field(Type.U32) public static final int P_TYPE = 0;
    @Field(Type.U32) public static final int P_FLAGS = 4;
    @Field(Type.U64) public static final int P_OFFSET = 8;
    @Field(Type.U64) public static final int P_VADDR = 16;
    @Field(Type.U64) public static final int P_PADDR = 24;
    @Field(Type.U64) public static final int P_FILESZ = 32;
    @Field(Type.U64) public static final int P_MEMSZ = 40;
    @Field(Type.U64) public static final int P_ALIGN = 48;
    public static final int SIZE = 56;

    /** p_type. */
    public static final int PT_NULL = 0, PT_LOAD = 1, PT_DYNAMIC = 2, PT_INTERP = 3, PT_NOTE = 4, PT_SHLIB = 5, PT_PHDR = 6,
            PT_TLS = 7;
    public static final int PT_GNU_EH_FRAME = 0x6474E550, PT_GNU_STACK = 0x6474E551, PT_GNU_RELRO = 0x6474E552;
    /** p_flags. */
    public static final int PF_X = 1, PF_W = 2, PF_R = 4;

    public static int type(long ph) {
        return Memory.read32(ph + P_TYPE);
    }

    public static int flags(long ph) {
        return Memory.read32(ph + P_FLAGS);
    }

    public static long offset(long ph) {
        return Memory.read64(ph + P_OFFSET);
    }

    public static long vaddr(long ph) {
        return Memory.read64(ph + P_VADDR);
    }

    public static long paddr(long ph) {
        return Memory.read64(ph + P_PADDR);
    }

    public static long filesz(long ph) {
        return Memory.read64(ph + P_FILESZ);
    }

    public static long memsz(long ph) {
        return Memory.read64(ph + P_MEMSZ);
    }

    public static long align(long ph) {
        return Memory.read64(ph + P_ALIGN);
    }

    public static boolean loadable(long ph) {
        return type(ph) == PT_LOAD;
    }

    public static boolean executable(long ph) {
        return (flags(ph) & PF_X) != 0;
    }

    public static boolean writable(long ph) {
        return (flags(ph) & PF_W) != 0;
    }

    public static boolean readable(long ph) {
        return (flags(ph) & PF_R) != 0;
    }
}
