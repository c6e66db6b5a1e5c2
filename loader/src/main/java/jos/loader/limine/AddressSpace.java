package jos.loader.limine;

import jos.elf.ElfHeader;
import jos.elf.ProgramHeader;
import jos.loader.elf.KernelImage;
import jos.loader.memory.MemoryMapEntry;
import jos.loader.memory.MemoryType;
import jos.loader.memory.PageTables;
import jos.x86.PageTableEntry;
import jos.x86.Pat;
import jos.x86.Unsigned;

/**
 * The page tables the kernel is entered with:
 * <ul>
 * <li>the kernel's PT_LOAD segments at their virtual addresses, writable only if PF_W, no-execute
 * unless PF_X (when the CPU has NX);
 * <li>the HHDM: under base revision 3 only memory map entries of types usable, bootloader-reclaimable,
 * executable-and-modules and framebuffer; under revisions 0-2 all of the low 4 GiB and every entry
 * above it except reserved and bad memory. The framebuffer is write-combining when the CPU has PAT;
 * <li>an identity map of the low 4 GiB, which the protocol does not promise (revision 0 aside): the
 * loader itself, the AP trampoline and the handoff run there.
 * </ul>
 */
public final class AddressSpace {
    private AddressSpace() {
    }

    private static final long PAGE = 0x1000;
    public static final long LOW_4G = 0x1_0000_0000L;

    /**
     * Builds the tables from the preliminary memory map (count entries at map) and the kernel file.
     * fbBase/fbLength: the framebuffer (0 length if none). Returns the PML4, or 0 with a problem.
     */
    public static long build(long map, int count, boolean revision3, long fbBase, long fbLength, long kernelFile,
            boolean nx, boolean pat, long[] problem) {
        long pml4 = PageTables.create(problem);
        if (pml4 == 0) return 0;
        long rw = PageTableEntry.WRITABLE;
        if (fbLength != 0) {
            long base = Unsigned.alignDown(fbBase, PAGE), end = Unsigned.alignUp(fbBase + fbLength, PAGE);
            if (!PageTables.map(pml4, Hhdm.OFFSET + base, base, end - base, rw,
                    pat ? Pat.WRITE_COMBINING : 0, problem)) return 0;
        }
        if (!PageTables.map(pml4, 0, 0, LOW_4G, rw, 0, problem)) return 0;
        if (!revision3 && !PageTables.map(pml4, Hhdm.OFFSET, 0, LOW_4G, rw, 0, problem)) return 0;
        for (int i = 0; i < count; i++) {
            long e = MemoryMapEntry.at(map, i);
            long type = MemoryMapEntry.type(e);
            long base = Unsigned.alignDown(MemoryMapEntry.base(e), PAGE);
            long end = Unsigned.alignUp(MemoryMapEntry.end(e), PAGE);
            if (revision3) {
                if (!inNarrowHhdm(type)) continue;
            } else {
                if (type == MemoryType.RESERVED || type == MemoryType.BAD_MEMORY) continue;
                base = Unsigned.max(base, LOW_4G);
            }
            if (!Unsigned.less(base, end)) continue;
            if (!PageTables.map(pml4, Hhdm.OFFSET + base, base, end - base, rw, 0, problem)) return 0;
        }
        if (!mapKernel(pml4, kernelFile, nx, problem)) return 0;
        return pml4;
    }

    /** The types the revision 3 HHDM covers. */
    public static boolean inNarrowHhdm(long type) {
        return type == MemoryType.USABLE || type == MemoryType.BOOTLOADER_RECLAIMABLE
                || type == MemoryType.EXECUTABLE_AND_MODULES || type == MemoryType.FRAMEBUFFER;
    }

    /** Maps each PT_LOAD of the (checked, loaded) kernel file with its permissions, 4 KiB pages. */
    public static boolean mapKernel(long pml4, long file, boolean nx, long[] problem) {
        for (int i = 0; i < ElfHeader.phnum(file); i++) {
            long ph = ElfHeader.programHeader(file, i);
            if (ProgramHeader.type(ph) != ProgramHeader.PT_LOAD || ProgramHeader.memsz(ph) == 0) continue;
            long flags = 0;
            if (ProgramHeader.writable(ph)) flags |= PageTableEntry.WRITABLE;
            if (nx && !ProgramHeader.executable(ph)) flags |= PageTableEntry.NO_EXECUTE;
            long v = Unsigned.alignDown(ProgramHeader.vaddr(ph), PAGE);
            long end = Unsigned.alignUp(ProgramHeader.vaddr(ph) + ProgramHeader.memsz(ph), PAGE);
            for (; Unsigned.less(v, end); v += PAGE) {
                if (!PageTables.map4k(pml4, v, KernelImage.physical(v), flags, 0, problem)) return false;
            }
        }
        return true;
    }
}
