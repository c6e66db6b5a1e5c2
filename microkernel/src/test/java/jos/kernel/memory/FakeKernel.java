package jos.kernel.memory;

import jos.elf.ElfHeader;
import jos.elf.ProgramHeader;
import jos.hw.Memory;

/** Writes a kernel ELF header and program headers, as the linker script lays the kernel out, into memory. */
final class FakeKernel {
    static final long VIRTUAL_BASE = 0xffff_ffff_8000_0000L;
    static final long PHYSICAL_BASE = 0x200_0000;
    /** Where the executable file lies (physical); inside the modules region of SimulatedRam.bigMap. */
    static final long FILE = 0x210_0000;

    /** {offset from the virtual base, memsz, flags}: text r-x, rodata r--, data rw-, a 4 MiB bss rw-. */
    static final long[][] SEGMENTS = {
            {0, 0x18f73, ProgramHeader.PF_R | ProgramHeader.PF_X},
            {0x19000, 0x5500, ProgramHeader.PF_R},
            {0x1f000, 0x32081, ProgramHeader.PF_R | ProgramHeader.PF_W},
            {0x200000, 0x400000, ProgramHeader.PF_R | ProgramHeader.PF_W},
    };

    private FakeKernel() {
    }

    /** Writes the file at HHDM + FILE; returns its virtual address. A PT_NOTE header comes first. */
    static long write() {
        long file = Hhdm.virt(FILE);
        Memory.write32(file + ElfHeader.E_IDENT, ElfHeader.MAGIC);
        Memory.write8(file + ElfHeader.E_IDENT + ElfHeader.EI_CLASS, (byte) ElfHeader.ELFCLASS64);
        Memory.write8(file + ElfHeader.E_IDENT + ElfHeader.EI_DATA, (byte) ElfHeader.ELFDATA2LSB);
        Memory.write16(file + ElfHeader.E_TYPE, (short) ElfHeader.ET_EXEC);
        Memory.write16(file + ElfHeader.E_MACHINE, (short) ElfHeader.EM_X86_64);
        Memory.write64(file + ElfHeader.E_PHOFF, 64);
        Memory.write16(file + ElfHeader.E_PHENTSIZE, (short) ProgramHeader.SIZE);
        Memory.write16(file + ElfHeader.E_PHNUM, (short) (SEGMENTS.length + 1));
        long ph = file + 64;
        Memory.write32(ph + ProgramHeader.P_TYPE, ProgramHeader.PT_NOTE);
        Memory.write64(ph + ProgramHeader.P_VADDR, 0x1234_5000L);
        Memory.write64(ph + ProgramHeader.P_MEMSZ, 0x1000);
        for (long[] s : SEGMENTS) {
            ph += ProgramHeader.SIZE;
            Memory.write32(ph + ProgramHeader.P_TYPE, ProgramHeader.PT_LOAD);
            Memory.write32(ph + ProgramHeader.P_FLAGS, (int) s[2]);
            Memory.write64(ph + ProgramHeader.P_VADDR, VIRTUAL_BASE + s[0]);
            Memory.write64(ph + ProgramHeader.P_MEMSZ, s[1]);
        }
        return file;
    }
}
