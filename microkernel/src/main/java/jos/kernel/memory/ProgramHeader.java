package jos.kernel.memory;

import jos.hw.Field;
import jos.hw.Field.Type;
import jos.hw.Memory;
import jos.hw.Struct;

/** {@code Elf64_Phdr}: one segment of the kernel's ELF file. */
@Struct(size = 56)
public final class ProgramHeader {
    private ProgramHeader() {
    }

    @Field(Type.U32) static final int P_TYPE = 0;
    @Field(Type.U32) static final int P_FLAGS = 4;
    @Field(Type.U64) static final int P_OFFSET = 8;
    @Field(Type.U64) static final int P_VADDR = 16;
    @Field(Type.U64) static final int P_PADDR = 24;
    @Field(Type.U64) static final int P_FILESZ = 32;
    @Field(Type.U64) static final int P_MEMSZ = 40;
    @Field(Type.U64) static final int P_ALIGN = 48;
    static final int SIZE = 56;

    static final int PT_LOAD = 1;
    static final int PF_X = 1, PF_W = 2, PF_R = 4;

    static int type(long ph) {
        return Memory.read32(ph + P_TYPE);
    }

    static int flags(long ph) {
        return Memory.read32(ph + P_FLAGS);
    }

    static long vaddr(long ph) {
        return Memory.read64(ph + P_VADDR);
    }

    static long memsz(long ph) {
        return Memory.read64(ph + P_MEMSZ);
    }
}
