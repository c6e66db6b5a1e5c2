package jos.kernel.memory;

import jos.kernel.x86.user.UserReturn;

import jos.hw.Memory;
import jos.x86.PageTableEntry;

/**
 * A user program's address space: a PML4 whose lower half (entries 0-255) belongs to the program and
 * whose upper half is the kernel's, its entries copied (they point at the kernel's own tables, which
 * exist from the start, so later kernel mappings show here too). User pages are 4 KiB frames the space
 * owns, mapped with the USER bit and charged to the space's quota ({@link UserMemory}, which also maps
 * and unmaps for the program's system calls); {@link #destroy} returns every one of them and every table
 * of the lower half, so a program that is refused or ends loses nothing.
 */
public final class UserAddressSpace {
    /** Page 0 is never mapped, so that a null dereference faults. */
    public static final long USER_START = 0x1000;
    /** The end of the lower canonical half. */
    public static final long USER_END = UserReturn.USER_END;
    /** The last page of the user half: a return to ring 3 at or above it never uses sysretq (x86.user.UserReturn). */
    public static final long TOP_USER_PAGE = UserReturn.TOP_USER_PAGE;
    static final int FIRST_KERNEL_ENTRY = 256;
    /** The PML4 and the space's account, one run. */
    static final long ROOT_BYTES = 2 * PageTableEntry.SIZE_4K;

    private UserAddressSpace() {
    }

    /** A new address space with an empty lower half and the {@link UserMemory#DEFAULT_QUOTA}; see {@link #create(long)}. */
    public static long create() {
        return create(UserMemory.DEFAULT_QUOTA);
    }

    /**
     * A new address space with an empty lower half that may hold quota bytes of memory: its PML4's
     * physical address (its {@link SpaceAccount} is the next frame), or 0 when out of memory.
     */
    public static long create(long quota) {
        long root = FrameAllocator.allocateZeroed(ROOT_BYTES, Usage.PAGE_TABLES);
        if (root == 0) return 0;
        long kernel = Hhdm.virt(KernelAddressSpace.root()), mine = Hhdm.virt(root);
        for (int i = FIRST_KERNEL_ENTRY; i < PageTableEntry.ENTRIES; i++) Memory.write64(mine + 8L * i, Memory.read64(kernel + 8L * i));
        Memory.write64(UserMemory.account(root) + SpaceAccount.QUOTA, quota);
        return root;
    }

    /** Whether [virtual, virtual + bytes) is page-aligned, non-empty and inside the user half. */
    public static boolean userRange(long virtual, long bytes) {
        return ((virtual | bytes) & (PageTableEntry.SIZE_4K - 1)) == 0 && bytes > 0 && virtual >= USER_START
                && virtual < USER_END && bytes <= USER_END - virtual;
    }

    /**
     * Whether a program may hand the kernel [virtual, virtual + bytes): bytes > 0, no overflow, inside the
     * user half, and every page mapped with USER in the address space root (a system call's check before
     * the kernel reads the bytes through the HHDM).
     */
    public static boolean mappedForUser(long root, long virtual, long bytes) {
        if (bytes <= 0 || virtual < USER_START || virtual >= USER_END || bytes > USER_END - virtual) return false;
        long first = virtual & -PageTableEntry.SIZE_4K, last = (virtual + bytes - 1) & -PageTableEntry.SIZE_4K;
        for (long page = first; page <= last; page += PageTableEntry.SIZE_4K) {
            if ((PageTables.leafEntry(root, page) & PageTableEntry.USER) == 0) return false;     // 0 when unmapped
        }
        return true;
    }

    /**
     * As {@link #mappedForUser}, and every page also WRITABLE: a range the kernel may write a record into
     * for the program (through the HHDM, where the page's protection would not stop it).
     */
    public static boolean writableForUser(long root, long virtual, long bytes) {
        if (!mappedForUser(root, virtual, bytes)) return false;
        long first = virtual & -PageTableEntry.SIZE_4K, last = (virtual + bytes - 1) & -PageTableEntry.SIZE_4K;
        for (long page = first; page <= last; page += PageTableEntry.SIZE_4K) {
            if ((PageTables.leafEntry(root, page) & PageTableEntry.WRITABLE) == 0) return false;
        }
        return true;
    }

    /**
     * Maps a fresh zeroed frame at every page of [virtual, virtual + bytes) with permissions
     * (PageTableEntry.WRITABLE, NO_EXECUTE) plus USER, charged to the space's quota. False with a problem,
     * and nothing mapped, if the range is not free user memory or the quota or memory runs out.
     */
    public static boolean allocate(long root, long virtual, long bytes, long permissions) {
        return UserMemory.allocate(root, virtual, bytes, permissions);
    }

    /** Copies bytes bytes from the kernel address source to the user address target (mapped by this space). */
    public static boolean copyIn(long root, long target, long source, long bytes) {
        long done = 0;
        while (done < bytes) {
            long physical = PageTables.translate(root, target + done);
            if (physical == -1) return Problem.report(Problem.USER_COPY_UNMAPPED, target + done);
            long chunk = PageTableEntry.SIZE_4K - (target + done & PageTableEntry.SIZE_4K - 1);
            if (chunk > bytes - done) chunk = bytes - done;
            Memory.copy(Hhdm.virt(physical), source + done, chunk);
            done += chunk;
        }
        return true;
    }

    /**
     * Returns every frame and table of the lower half, and the PML4 with the account. Device pages are
     * left alone (their frames are not the allocator's); reserved pages have none. The space must not be live.
     */
    public static void destroy(long root) {
        long pml4 = Hhdm.virt(root);
        for (int i = 0; i < FIRST_KERNEL_ENTRY; i++) {
            long entry = Memory.read64(pml4 + 8L * i);
            if (!PageTableEntry.present(entry)) continue;
            freeTable(PageTableEntry.address(entry, 4), 3);
            Memory.write64(pml4 + 8L * i, 0);
        }
        long ports = UserMemory.ioBitmap(root);
        if (ports != 0) Heap.free(ports);
        FrameAllocator.free(root, ROOT_BYTES);
    }

    /** Frees the table at physical (of the given level) with everything below it. */
    private static void freeTable(long table, int level) {
        long t = Hhdm.virt(table);
        for (int i = 0; i < PageTableEntry.ENTRIES; i++) {
            long entry = Memory.read64(t + 8L * i);
            if (!PageTableEntry.present(entry)) continue;
            if (PageTableEntry.isLeaf(entry, level)) {
                if ((entry & UserMemory.DEVICE) == 0) FrameAllocator.free(PageTableEntry.address(entry, level), PageTableEntry.pageSize(level));
            } else {
                freeTable(PageTableEntry.address(entry, level), level - 1);
            }
        }
        FrameAllocator.free(table, PageTableEntry.SIZE_4K);
    }
}
