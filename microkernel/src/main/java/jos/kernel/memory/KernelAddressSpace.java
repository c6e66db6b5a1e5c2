package jos.kernel.memory;

import jos.hw.Cpu;
import jos.hw.Memory;
import jos.x86.ControlRegister;
import jos.x86.PageTableEntry;
import jos.x86.Pat;

/**
 * The kernel's own page tables, replacing the loader's. They hold, all global:
 * <ul>
 * <li>the HHDM at {@link Hhdm#offset()} over every boot region of {@link PhysicalMemory} except bad
 * memory (rounded out to 4 KiB, adjacent regions merged so the largest pages fit), read-write and
 * no-execute, write-back except framebuffer memory, which is write-combining;
 * <li>the kernel image at its link addresses with its segment permissions: text r-x, rodata r--,
 * data and bss rw- NX.
 * </ul>
 * There is no identity map and nothing in the lower half. Every PML4 entry of the higher half points
 * to a table from the start, so an address space that copies the upper half of this PML4 sees every
 * later kernel mapping. {@link #activate()} loads the tables on the calling CPU.
 */
public final class KernelAddressSpace {
    private KernelAddressSpace() {
    }

    /** The first PML4 index of the higher half (0xffff800000000000). */
    static final int HIGHER_HALF_FIRST_INDEX = 256;

    private static long root;

    /** The physical address of the kernel's PML4 (0 before build). */
    public static long root() {
        return root;
    }

    /**
     * Builds the tables from the boot regions and the kernel's ELF file (at virtual address elfFile,
     * loaded at physicalBase for virtualBase). False with a problem if memory runs out or a mapping
     * conflicts.
     */
    public static boolean build(long elfFile, long physicalBase, long virtualBase) {
        root = 0;
        if (!KernelImage.check(elfFile)) return false;
        long pml4 = PageTables.createTable();
        if (pml4 == 0) return false;
        for (int i = HIGHER_HALF_FIRST_INDEX; i < PageTableEntry.ENTRIES; i++) {
            long pdpt = PageTables.createTable();
            if (pdpt == 0) return false;
            Memory.write64(Hhdm.virt(pml4) + 8L * i, PageTableEntry.table(pdpt, false));
        }
        if (!mapHhdm(pml4) || !mapKernel(pml4, elfFile, physicalBase, virtualBase)) return false;
        root = pml4;
        return true;
    }

    private static final long HHDM_PERMISSIONS = PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE | PageTableEntry.GLOBAL;

    private static boolean mapHhdm(long pml4) {
        long spanStart = 0, spanEnd = 0;
        int spanType = Pat.WRITE_BACK;
        for (int i = 0; i < PhysicalMemory.regionCount(); i++) {
            int usage = PhysicalMemory.regionUsage(i);
            if (usage == Usage.BAD) continue;
            long start = PhysicalMemory.roundDown(PhysicalMemory.regionBase(i), PhysicalMemory.FRAME);
            long end = PhysicalMemory.roundUp(PhysicalMemory.regionBase(i) + PhysicalMemory.regionLength(i), PhysicalMemory.FRAME);
            int type = usage == Usage.FRAMEBUFFER ? Pat.WRITE_COMBINING : Pat.WRITE_BACK;
            if (spanEnd > spanStart && start <= spanEnd && type == spanType) {
                if (end > spanEnd) spanEnd = end;
                continue;
            }
            if (spanEnd > spanStart && !mapHhdmSpan(pml4, spanStart, spanEnd, spanType)) return false;
            if (start < spanEnd) start = spanEnd;      // the earlier region keeps a shared frame
            spanStart = start;
            spanEnd = end > start ? end : start;
            spanType = type;
        }
        return spanEnd <= spanStart || mapHhdmSpan(pml4, spanStart, spanEnd, spanType);
    }

    private static boolean mapHhdmSpan(long pml4, long start, long end, int type) {
        return PageTables.map(pml4, Hhdm.virt(start), start, end - start, HHDM_PERMISSIONS, type);
    }

    /**
     * Maps the pages of [physical, physical + bytes) that the HHDM does not cover yet, write-combining
     * (for a framebuffer the memory map does not list); pages already mapped are left as they are.
     * False with a problem if a table cannot be allocated.
     */
    public static boolean mapWriteCombining(long physical, long bytes) {
        return mapMissing(physical, bytes, Pat.WRITE_COMBINING);
    }

    /** As {@link #mapWriteCombining}, uncacheable: for device registers (local APIC, an MMIO UART). */
    public static boolean mapUncacheable(long physical, long bytes) {
        return mapMissing(physical, bytes, Pat.UNCACHEABLE);
    }

    /** Maps [virtual, virtual + bytes) to physical in the kernel's tables: global, write-back, with permissions. */
    public static boolean map(long virtual, long physical, long bytes, long permissions) {
        return PageTables.map(root, virtual, physical, bytes, permissions | PageTableEntry.GLOBAL, Pat.WRITE_BACK);
    }

    /**
     * Removes [virtual, virtual + bytes) from the kernel's tables, and from every CPU's TLB before it
     * returns ({@link TlbShootdown}): only then may the memory behind it be reused.
     */
    public static boolean unmap(long virtual, long bytes) {
        boolean unmapped = PageTables.unmap(root, virtual, bytes);
        TlbShootdown.invalidate(virtual, bytes);
        return unmapped;
    }

    private static boolean mapMissing(long physical, long bytes, int memoryType) {
        long start = PhysicalMemory.roundDown(physical, PhysicalMemory.FRAME);
        long end = PhysicalMemory.roundUp(physical + bytes, PhysicalMemory.FRAME);
        for (long p = start; p < end; p += PhysicalMemory.FRAME) {
            if (PageTables.translate(root, Hhdm.virt(p)) != -1) continue;
            if (!PageTables.map(root, Hhdm.virt(p), p, PhysicalMemory.FRAME, HHDM_PERMISSIONS, memoryType)) return false;
        }
        return true;
    }

    private static boolean mapKernel(long pml4, long file, long physicalBase, long virtualBase) {
        boolean any = false;
        for (int i = 0; i < KernelImage.programHeaderCount(file); i++) {
            if (!KernelImage.loadable(file, i) || KernelImage.segmentBytes(file, i) == 0) continue;
            long vaddr = KernelImage.segmentVirtual(file, i);
            if (vaddr - virtualBase < 0 || vaddr < virtualBase) return Problem.report(Problem.KERNEL_SEGMENT_BELOW_BASE, vaddr);
            long v = PhysicalMemory.roundDown(vaddr, PhysicalMemory.FRAME);
            long end = PhysicalMemory.roundUp(vaddr + KernelImage.segmentBytes(file, i), PhysicalMemory.FRAME);
            long permissions = PageTableEntry.GLOBAL | (KernelImage.writable(file, i) ? PageTableEntry.WRITABLE : 0)
                    | (KernelImage.executable(file, i) ? 0 : PageTableEntry.NO_EXECUTE);
            if (!PageTables.map(pml4, v, physicalBase + (v - virtualBase), end - v, permissions, Pat.WRITE_BACK)) return false;
            any = true;
        }
        return any || Problem.report(Problem.KERNEL_NO_LOAD, KernelImage.programHeaderCount(file));
    }

    /**
     * Loads the kernel tables on the calling CPU (each CPU calls it once): EFER.NXE and the PAT layout
     * as the tables need, CR3, then CR4.PGE. PGE is cleared around the CR3 write so that no global
     * translation of the loader's tables survives.
     */
    public static void activate() {
        PagingFeatures.enableOnThisCpu();
        long cr4 = Cpu.readCr4();
        Cpu.writeCr4(cr4 & ~ControlRegister.CR4_PGE);
        Cpu.writeCr3(root);
        Cpu.writeCr4(PagingFeatures.globalPages() ? cr4 | ControlRegister.CR4_PGE : cr4 & ~ControlRegister.CR4_PGE);
    }
}
