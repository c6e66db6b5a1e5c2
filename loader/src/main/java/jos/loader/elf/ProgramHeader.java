package jos.loader.elf;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** {@code Elf64_Phdr}. */
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

    public static final int PT_LOAD = 1;
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

    public static long filesz(long ph) {
        return Memory.read64(ph + P_FILESZ);
    }

    public static long memsz(long ph) {
        return Memory.read64(ph + P_MEMSZ);
    }

    public static boolean executable(long ph) {
        return (flags(ph) & PF_X) != 0;
    }

    public static boolean writable(long ph) {
        return (flags(ph) & PF_W) != 0;
    }
}
