package jos.kernel.memory;

import jos.abi.CacheType;
import jos.abi.Errors;
import jos.abi.MemoryInfo;
import jos.abi.Protection;
import jos.hw.Atomic;
import jos.hw.Cpu;
import jos.hw.Memory;
import jos.x86.PageTableEntry;
import jos.x86.Pat;
import jos.kernel.x86.cpu.Tss;

/**
 * What a user program does to its own address space (the map, unmap, protect and memory_info calls, and
 * device memory): anonymous zeroed memory at a chosen address or a free one, address space reserved
 * without memory (protection NONE), protection changes, and physical device ranges with a cache type.
 * The page tables are the record of the mappings: every user page is a 4 KiB entry, and the bits the CPU
 * ignores say what the kernel needs beyond the hardware's view ({@link #RESERVED}, {@link #DEVICE}).
 *
 * <p>The space's {@link SpaceAccount} (quota, usage, lock) is in the frame after its PML4. The quota counts
 * anonymous frames and the lower half's page tables (so reserved address space, which needs tables, is
 * bounded too); device frames are not the allocator's and are never counted. Tables stay, charged, until
 * the space is destroyed. Every operation is all-or-nothing for pages: it checks the range and the quota
 * first, and if the quota or the frame allocator runs dry half-way it gives back the pages it took
 * (tables made on the way stay). A call's work is bounded: a range may not be larger than the quota, and
 * walks skip absent tables whole.
 * A page leaves a space in two passes: its entry is made not present, every CPU forgets it
 * ({@link TlbShootdown}: the space may be live on other CPUs), and only then is the frame freed, so no
 * CPU can write through a stale translation into a frame that has a new owner.
 *
 * <p>Results are return values: an address or 0, or a negative {@link Errors} code, with the reason in
 * this CPU's {@link Problem} record. Protections follow {@link Protection}: W^X always.
 */
public final class UserMemory {
    static final long PAGE = PageTableEntry.SIZE_4K;
    /** In a non-present 4 KiB entry: the page is reserved address space (protection NONE). */
    static final long RESERVED = PageTableEntry.AVAILABLE_9;
    /** In a present entry: device memory or borrowed frames (a module, ACPI tables), not the allocator's (never counted nor freed). */
    static final long DEVICE = PageTableEntry.AVAILABLE_10;
    /**
     * Transient, under the space's lock. In a present entry: committed by the running protect (taken back
     * if it fails). In a non-present one: the frame is freed once the TLB shootdown is done.
     */
    static final long PENDING = PageTableEntry.AVAILABLE_11;
    /**
     * In a present entry, with {@link #DEVICE}: RAM the kernel owns and lends to the space (a thread's IPC
     * buffer). Counted in the quota, but the program's unmap and protect refuse it and destroy leaves the
     * frames to their owner, who frees them once nothing in the kernel can reach them.
     */
    static final long KERNEL_OWNED = PageTableEntry.AVAILABLE_52;

    /** The quota of a space {@link UserAddressSpace#create()} makes (boot-module programs). */
    public static final long DEFAULT_QUOTA = 128L << 20;
    /** map(0, ...) searches [SEARCH_START, SEARCH_END): above the program's image, below the upper half's stack area. */
    public static final long SEARCH_START = 1L << 32, SEARCH_END = 1L << 46;
    /** Runs the search looks at, at most (each at most one table's 512 entries): a call runs with interrupts masked. */
    static final int SEARCH_STEPS = 4096;

    private UserMemory() {
    }

    /** The account of the address space root. */
    public static long account(long root) {
        return Hhdm.virt(root) + PAGE;
    }

    public static long quota(long root) {
        return Memory.read64(account(root) + SpaceAccount.QUOTA);
    }

    public static long used(long root) {
        return Memory.read64(account(root) + SpaceAccount.USED);
    }

    /** memory_info(what): the quota or the bytes used; EINVAL for another what. */
    public static long info(long root, long what) {
        if (what == MemoryInfo.QUOTA) return quota(root);
        if (what == MemoryInfo.USED) return used(root);
        Problem.report(Problem.USER_INFO_UNKNOWN, what);
        return Errors.EINVAL;
    }

    /**
     * map(address, length, protection): zeroed memory (or, with {@link Protection#NONE}, reserved address
     * space) over [address, address + length rounded up to pages), or at a free range when address is 0.
     * The address, or EINVAL (bad protection, misaligned address, length not positive), EFAULT (not in the
     * user half), EBUSY (a page of the range is mapped or reserved already: nothing is replaced), ENOMEM
     * (over the quota, no free range, or no frame left; nothing is kept).
     */
    public static long map(long root, long address, long length, long protection) {
        if (!Protection.valid(protection)) return invalidProtection(protection);
        long bytes = pages(length);
        if (bytes <= 0) return badLength(length);
        if (bytes > quota(root)) return overQuota(root, bytes);   // could never be committed; bounds the call's work
        lock(root);
        long result = mapLocked(root, address, bytes, protection == Protection.NONE ? RESERVED : entryFlags(protection), false);
        unlock(root);
        return result;
    }

    /**
     * Maps the physical device range [physical, physical + length) at address (0: a free range) with the
     * protection (not NONE) and cache type ({@link CacheType}). The frames must not be RAM (only reserved,
     * framebuffer or unlisted physical memory): they are not the allocator's, are never counted in the quota
     * and never freed. The caller has checked the program's right to the range (a device-memory capability).
     * The address, or the errors of {@link #map}, and EINVAL for a misaligned or RAM physical range or an
     * unknown cache type.
     */
    /** The space's I/O permission bitmap (SpaceAccount.IO_BITMAP), 0 if it holds no ports. */
    public static long ioBitmap(long root) {
        return Memory.read64(account(root) + SpaceAccount.IO_BITMAP);
    }

    /**
     * Allows ports [first, first + count) to the space's programs in its I/O bitmap, made on first use
     * (every port refused): the bitmap, or 0 when the heap is full. The caller checked the range (an
     * IO_PORTS capability) and loads the bitmap into its CPU's TSS.
     */
    public static long allowPorts(long root, long first, long count) {
        long account = account(root);
        lock(root);
        long bitmap = Memory.read64(account + SpaceAccount.IO_BITMAP);
        if (bitmap == 0) {
            bitmap = Heap.allocate(Tss.IO_BITMAP_BYTES);
            if (bitmap != 0) {
                Memory.fill(bitmap, (byte) 0xff, Tss.IO_BITMAP_BYTES);
                Memory.write64(account + SpaceAccount.IO_BITMAP, bitmap);
            }
        }
        if (bitmap != 0) {
            for (long port = first; port < first + count; port++) {
                long at = bitmap + (port >>> 3);
                Memory.write8(at, (byte) (Memory.read8(at) & ~(1 << (port & 7))));
            }
        }
        unlock(root);
        return bitmap;
    }

    public static long mapDevice(long root, long address, long physical, long length, long protection, int cacheType) {
        if (protection == Protection.NONE || !Protection.valid(protection)) return invalidProtection(protection);
        int pat = cacheType == CacheType.WRITE_BACK ? Pat.WRITE_BACK : cacheType == CacheType.WRITE_COMBINING ? Pat.WRITE_COMBINING
                : cacheType == CacheType.UNCACHEABLE ? Pat.UNCACHEABLE : -1;
        if (pat < 0) {
            Problem.report(Problem.USER_CACHE_TYPE_UNKNOWN, cacheType);
            return Errors.EINVAL;
        }
        long bytes = pages(length);
        if (bytes <= 0) return badLength(length);
        if (bytes > quota(root)) return overQuota(root, bytes);   // bounds the call's work (device memory itself is not counted)
        if ((physical & (PAGE - 1)) != 0 || physical < 0 || physical > PageTableEntry.ADDRESS_MASK - bytes + PAGE) {
            Problem.report(Problem.DEVICE_RANGE_NOT_DEVICE, physical, bytes);
            return Errors.EINVAL;
        }
        for (long p = physical; p < physical + bytes; p += PAGE) {
            int usage = PhysicalMemory.usageOf(p);
            if (usage != Usage.RESERVED && usage != Usage.FRAMEBUFFER && usage != Usage.HOLE) {
                Problem.report(Problem.DEVICE_RANGE_NOT_DEVICE, p, bytes);
                return Errors.EINVAL;
            }
        }
        long flags = entryFlags(protection) | DEVICE
                | PageTableEntry.leaf(0, 1, 0, MemoryType.effective(pat)) & (PageTableEntry.WRITE_THROUGH | PageTableEntry.CACHE_DISABLE | PageTableEntry.PAT_4K);
        lock(root);
        long result = mapLocked(root, address, bytes, flags | physical, true);
        unlock(root);
        return result;
    }

    /**
     * Maps the physical frames [physical, physical + length rounded up to pages) at address (0: a free
     * range), write-back, with the protection (READ, or READ | WRITE; never EXECUTE): frames the kernel
     * keeps but never hands out, which a capability lent the caller (boot modules' bytes, the firmware's
     * ACPI tables). They are marked {@link #DEVICE}: never counted in the quota, never freed by unmap or
     * destroy. The caller has checked the program's right to the range. The address, or the errors of
     * {@link #map}, and EINVAL for EXECUTE, a misaligned range or a page the kernel may hand out
     * ({@link #borrowable}).
     */
    public static long mapBorrowed(long root, long address, long physical, long length, long protection) {
        if (protection == Protection.NONE || !Protection.valid(protection) || (protection & Protection.EXECUTE) != 0) {
            return invalidProtection(protection);
        }
        long bytes = pages(length);
        if (bytes <= 0) return badLength(length);
        if (bytes > quota(root)) return overQuota(root, bytes);   // bounds the call's work (the frames are not counted)
        if ((physical & (PAGE - 1)) != 0 || physical < 0 || physical > PageTableEntry.ADDRESS_MASK - bytes + PAGE) {
            Problem.report(Problem.BORROWED_RANGE_NOT_FIRMWARE, physical, bytes);
            return Errors.EINVAL;
        }
        for (long p = physical; p < physical + bytes; p += PAGE) {
            if (!borrowable(PhysicalMemory.usageOf(p))) {
                Problem.report(Problem.BORROWED_RANGE_NOT_FIRMWARE, p, bytes);
                return Errors.EINVAL;
            }
        }
        lock(root);
        long result = mapLocked(root, address, bytes, entryFlags(protection) | DEVICE | physical, true);
        unlock(root);
        return result;
    }

    /** Memory a space may borrow: the kernel never allocates nor reclaims it (boot modules, ACPI, reserved, unlisted). */
    static boolean borrowable(int usage) {
        return usage == Usage.MODULES || usage == Usage.ACPI_RECLAIMABLE || usage == Usage.ACPI_NVS || usage == Usage.RESERVED
                || usage == Usage.HOLE;
    }

    /**
     * Lends the kernel-owned RAM [physical, physical + bytes) (frames the caller took from the allocator
     * as {@link Usage#USER}) to the space at address (0: a free range), user read/write and never
     * executable, charged to the quota; the frames stay the caller's: {@link #unmapKernelFrames} takes them
     * back out, destroy leaves them, and the program cannot unmap or protect them. The address, or the
     * errors of {@link #map} (nothing mapped), and EINVAL for frames that are misaligned or not user RAM.
     */
    public static long mapKernelFrames(long root, long address, long physical, long bytes) {
        if (bytes <= 0 || (bytes & (PAGE - 1)) != 0) return badLength(bytes);
        if (bytes > quota(root) - used(root)) return overQuota(root, bytes);
        if ((physical & (PAGE - 1)) != 0) {
            Problem.report(Problem.KERNEL_FRAMES_NOT_USER_RAM, physical);
            return Errors.EINVAL;
        }
        for (long p = physical; p - physical < bytes; p += PAGE) {
            if (PhysicalMemory.usageOf(p) != Usage.USER) {
                Problem.report(Problem.KERNEL_FRAMES_NOT_USER_RAM, p);
                return Errors.EINVAL;
            }
        }
        long flags = entryFlags(Protection.READ | Protection.WRITE) | DEVICE | KERNEL_OWNED;
        lock(root);
        long result = mapLocked(root, address, bytes, flags | physical, true);
        if (result > 0 && bytes > quota(root) - used(root)) {   // the tables it made took what the frames needed
            takeAway(root, result, bytes, KERNEL_OWNED, 0);
            result = overQuota(root, bytes);
        }
        if (result > 0) Memory.write64(account(root) + SpaceAccount.USED, used(root) + bytes);
        unlock(root);
        return result;
    }

    /**
     * Takes the kernel-owned frames at [address, address + bytes) out of the space (every CPU forgets them
     * before this returns) and gives their bytes back to the quota; the frames are not freed: they are the
     * owner's. 0, or EINVAL if a page of the range is not kernel-owned (nothing changes).
     */
    public static long unmapKernelFrames(long root, long address, long bytes) {
        if (bytes <= 0 || (bytes & (PAGE - 1)) != 0) return badLength(bytes);
        long refused = checkRange(address, bytes);
        if (refused != 0) return refused;
        lock(root);
        for (long page = address; page < address + bytes; page += PAGE) {
            long slot = PageTables.userSlot(root, page);
            long entry = slot == 0 ? 0 : Memory.read64(slot);
            if (!PageTableEntry.present(entry) || (entry & KERNEL_OWNED) == 0) {
                unlock(root);
                Problem.report(Problem.USER_RANGE_NOT_MAPPED, page);
                return Errors.EINVAL;
            }
        }
        takeAway(root, address, bytes, KERNEL_OWNED, 0);
        Memory.write64(account(root) + SpaceAccount.USED, used(root) - bytes);
        unlock(root);
        return 0;
    }

    /**
     * unmap(address, length): gives back every page of the range, mapped or reserved (device pages are only
     * unmapped). Pages not mapped are skipped. 0, or EINVAL (misaligned, length not positive), EFAULT,
     * EBUSY (a page is the kernel's, {@link #KERNEL_OWNED}: nothing changes).
     */
    public static long unmap(long root, long address, long length) {
        long bytes = pages(length);
        if (bytes <= 0) return badLength(length);
        long refused = checkRange(address, bytes);
        if (refused != 0) return refused;
        long account = account(root);
        lock(root);
        if (kernelOwned(root, address, bytes)) {
            unlock(root);
            return Errors.EBUSY;
        }
        long freed = takeAway(root, address, bytes, 0, 0);
        Memory.write64(account + SpaceAccount.USED, used(root) - freed);
        unlock(root);
        return 0;
    }

    /**
     * protect(address, length, protection): every page of the range, which must all be mapped or
     * reserved, gets the protection. NONE gives the memory back and keeps the range reserved; a reserved
     * page given another protection gets a zeroed frame (charged to the quota). 0, or EINVAL, EFAULT (a
     * page is neither mapped nor reserved, or outside the user half), ENOMEM (over the quota or out of
     * frames: nothing changes), EBUSY (a page is the kernel's: nothing changes).
     */
    public static long protect(long root, long address, long length, long protection) {
        if (!Protection.valid(protection)) return invalidProtection(protection);
        long bytes = pages(length);
        if (bytes <= 0) return badLength(length);
        long refused = checkRange(address, bytes);
        if (refused != 0) return refused;
        lock(root);
        long result = kernelOwned(root, address, bytes) ? Errors.EBUSY : protectLocked(root, address, bytes, protection);
        unlock(root);
        return result;
    }

    /**
     * Maps zeroed frames over [virtual, virtual + bytes) with the page-table flags permissions
     * (PageTableEntry.WRITABLE, NO_EXECUTE; USER is added), charged to the quota: the kernel's own use
     * (a program's segments and stack). False with a problem, and nothing mapped, if the range is not free
     * user memory or the quota or the frames run out.
     */
    static boolean allocate(long root, long virtual, long bytes, long permissions) {
        if (virtual == 0 || bytes <= 0 || (bytes & (PAGE - 1)) != 0) return Problem.report(Problem.USER_MAPPING_OUTSIDE, virtual, bytes);
        long flags = PageTableEntry.USER | permissions & (PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE);
        lock(root);
        long result = mapLocked(root, virtual, bytes, flags, false);
        unlock(root);
        return result == virtual;
    }

    // ---------------------------------------------------------------- the work, under the space's lock

    /**
     * Takes the space's lock. A CPU waiting for it serves TLB shootdowns meanwhile: the holder may be
     * waiting, interrupts masked, for this CPU to answer one.
     */
    private static void lock(long root) {
        long word = account(root) + SpaceAccount.LOCK;
        while (Atomic.compareAndExchange64(word, 0, 1) != 0) {
            TlbShootdown.service();
            Cpu.pause();
        }
    }

    private static void unlock(long root) {
        Atomic.store64(account(root) + SpaceAccount.LOCK, 0);
    }

    /**
     * Maps [address, address + bytes) (address 0: a free range) with entry (flags, and for a device the
     * physical address of the first page): anonymous frames unless device or the entry is RESERVED.
     */
    private static long mapLocked(long root, long address, long bytes, long entry, boolean device) {
        if (address == 0) {
            address = findFree(root, bytes);
            if (address == 0) {
                Problem.report(Problem.USER_NO_FREE_RANGE, bytes);
                return Errors.ENOMEM;
            }
        } else {
            long refused = checkRange(address, bytes);
            if (refused != 0) return refused;
            for (long page = address; page < address + bytes; page += PAGE) {
                if (occupied(root, page)) {
                    Problem.report(Problem.USER_PAGE_MAPPED_TWICE, page);
                    return Errors.EBUSY;
                }
            }
        }
        boolean anonymous = !device && entry != RESERVED;
        long account = account(root);
        if (anonymous && bytes > quota(root) - used(root)) return overQuota(root, bytes);
        for (long page = address; page < address + bytes; page += PAGE) {
            long slot = chargedSlot(root, page);
            long value = entry;
            if (slot != 0 && device) {
                value = entry + (page - address);
            } else if (slot != 0 && anonymous) {
                long frame = used(root) < quota(root) ? FrameAllocator.allocateZeroed(PAGE, Usage.USER) : 0;
                if (frame == 0 && used(root) >= quota(root)) overQuota(root, PAGE);
                value = frame == 0 ? 0 : entry | frame | PageTableEntry.PRESENT;
            }
            if (slot == 0 || value == 0) {
                long freed = takeAway(root, address, page - address, 0, 0);   // every page below was free before: all ours
                Memory.write64(account + SpaceAccount.USED, used(root) - freed);
                return Errors.ENOMEM;
            }
            if (device) value |= PageTableEntry.PRESENT;
            Memory.write64(slot, value);
            if (anonymous) Memory.write64(account + SpaceAccount.USED, used(root) + PAGE);
        }
        return address;
    }

    private static long protectLocked(long root, long address, long bytes, long protection) {
        long commit = 0;
        for (long page = address; page < address + bytes; page += PAGE) {
            long slot = PageTables.userSlot(root, page);
            long entry = slot == 0 ? 0 : Memory.read64(slot);
            if (entry == 0) {
                Problem.report(Problem.USER_RANGE_NOT_MAPPED, page);
                return Errors.EFAULT;
            }
            if (widens(entry, protection)) {
                Problem.report(Problem.USER_PROTECT_WIDENS_BORROWED, page);
                return Errors.EPERM;
            }
            if (!PageTableEntry.present(entry)) commit += PAGE;
        }
        long account = account(root);
        if (protection == Protection.NONE) {
            Memory.write64(account + SpaceAccount.USED, used(root) - takeAway(root, address, bytes, 0, RESERVED));
            return 0;
        }
        if (commit > quota(root) - used(root)) return overQuota(root, commit);
        long flags = entryFlags(protection);
        boolean narrowed = false;
        for (long page = address; page < address + bytes; page += PAGE) {   // reserved pages get frames first
            long slot = PageTables.userSlot(root, page);
            if (PageTableEntry.present(Memory.read64(slot))) continue;
            long frame = FrameAllocator.allocateZeroed(PAGE, Usage.USER);
            if (frame == 0) {
                takeAway(root, address, bytes, PENDING, RESERVED);
                return Errors.ENOMEM;
            }
            Memory.write64(slot, flags | frame | PageTableEntry.PRESENT | PENDING);
        }
        long changed = PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE | PENDING;
        for (long page = address; page < address + bytes; page += PAGE) {
            long slot = PageTables.userSlot(root, page);
            long entry = Memory.read64(slot);
            long updated = entry & ~changed | flags & (PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE);
            if ((entry & PENDING) == 0 && updated != entry) narrowed = true;
            Memory.write64(slot, updated);
        }
        if (narrowed) TlbShootdown.invalidate(address, bytes);
        Memory.write64(account + SpaceAccount.USED, used(root) + commit);
        return 0;
    }

    /**
     * Whether protection would give a borrowed page (device memory, a module, firmware tables: {@link #DEVICE})
     * more than its mapping call checked the capability for: writing where it was read-only, or executing.
     */
    private static boolean widens(long entry, long protection) {
        if (!PageTableEntry.present(entry) || (entry & DEVICE) == 0 || protection == Protection.NONE) return false;
        return (protection & Protection.EXECUTE) != 0 || (protection & Protection.WRITE) != 0 && (entry & PageTableEntry.WRITABLE) == 0;
    }

    /**
     * Takes away the present pages of [address, address + bytes) (only those whose entry has the bit
     * onlyWith, if it is not 0), leaving after (0 or RESERVED) in their entries; reserved pages become
     * after too when onlyWith is 0. Returns the bytes of anonymous frames freed (for USED).
     */
    private static long takeAway(long root, long address, long bytes, long onlyWith, long after) {
        boolean removed = false;
        for (long page = address; page < address + bytes; page += PAGE) {
            long free = run(root, page);
            if (free > 0) {     // nothing there: skip the run (less the loop's own step)
                page += free - PAGE;
                continue;
            }
            long slot = PageTables.userSlot(root, page);
            long entry = slot == 0 ? 0 : Memory.read64(slot);
            if (PageTableEntry.present(entry)) {
                if (onlyWith != 0 && (entry & onlyWith) == 0) continue;
                Memory.write64(slot, (entry & DEVICE) != 0 ? after : entry & ~(PageTableEntry.PRESENT | PENDING) | PENDING);
                removed = true;
            } else if (entry != 0 && onlyWith == 0) {
                Memory.write64(slot, after);
            }
        }
        if (!removed) return 0;
        TlbShootdown.invalidate(address, bytes);
        long freed = 0;
        for (long page = address; page < address + bytes; page += PAGE) {
            long free = run(root, page);
            if (free > 0) {
                page += free - PAGE;
                continue;
            }
            long slot = PageTables.userSlot(root, page);
            long entry = slot == 0 ? 0 : Memory.read64(slot);
            if (PageTableEntry.present(entry) || (entry & PENDING) == 0) continue;
            FrameAllocator.free(entry & PageTableEntry.ADDRESS_MASK, PAGE);
            Memory.write64(slot, after);
            freed += PAGE;
        }
        return freed;
    }

    // ---------------------------------------------------------------- checks and the search

    /** length rounded up to whole pages; 0 if it is not positive or rounding overflows. */
    static long pages(long length) {
        if (length <= 0 || length > Long.MAX_VALUE - PAGE) return 0;
        return length + PAGE - 1 & -PAGE;
    }

    private static long overQuota(long root, long bytes) {
        Problem.report(Problem.USER_OVER_QUOTA, bytes, quota(root) - used(root));
        return Errors.ENOMEM;
    }

    /**
     * The kernel address of page's 4 KiB entry, making the missing tables above it, each charged to the
     * quota; 0 with a problem if the quota or the frames run out (or a huge page is in the way).
     */
    private static long chargedSlot(long root, long page) {
        long table = root;
        for (int level = 4; level > 1; level--) {
            long slot = Hhdm.virt(table) + 8L * PageTableEntry.index(page, level);
            long entry = Memory.read64(slot);
            if (PageTableEntry.present(entry) && PageTableEntry.isLeaf(entry, level)) {
                Problem.report(Problem.LARGER_PAGE_IN_THE_WAY, page);
                return 0;
            }
            if (!PageTableEntry.present(entry)) {
                if (quota(root) - used(root) < PAGE) {
                    overQuota(root, PAGE);
                    return 0;
                }
                long next = PageTables.createTable();
                if (next == 0) return 0;
                Memory.write64(slot, PageTableEntry.table(next, true));
                Memory.write64(account(root) + SpaceAccount.USED, used(root) + PAGE);
                entry = Memory.read64(slot);
            }
            table = PageTableEntry.address(entry, level);
        }
        return Hhdm.virt(table) + 8L * PageTableEntry.index(page, 1);
    }

    private static long badLength(long length) {
        Problem.report(Problem.USER_LENGTH_INVALID, length);
        return Errors.EINVAL;
    }

    private static long invalidProtection(long protection) {
        Problem.report(Problem.USER_PROTECTION_INVALID, protection);
        return Errors.EINVAL;
    }

    /** 0 if [address, address + bytes) is page-aligned and in the user half; else EINVAL or EFAULT. */
    private static long checkRange(long address, long bytes) {
        if ((address & (PAGE - 1)) != 0) {
            Problem.report(Problem.USER_ADDRESS_MISALIGNED, address);
            return Errors.EINVAL;
        }
        if (!UserAddressSpace.userRange(address, bytes)) {
            Problem.report(Problem.USER_MAPPING_OUTSIDE, address, bytes);
            return Errors.EFAULT;
        }
        return 0;
    }

    /** The page-table flags of a protection other than NONE (NX dropped where the CPU lacks it). */
    static long entryFlags(long protection) {
        return PageTables.supported(PageTableEntry.USER | ((protection & Protection.WRITE) != 0 ? PageTableEntry.WRITABLE : 0)
                | ((protection & Protection.EXECUTE) != 0 ? 0 : PageTableEntry.NO_EXECUTE));
    }

    /** Whether a page of [address, address + bytes) is the kernel's (a problem names the first); absent tables are skipped whole. */
    private static boolean kernelOwned(long root, long address, long bytes) {
        for (long page = address; page < address + bytes; page += PAGE) {
            long free = run(root, page);
            if (free > 0) {
                page += free - PAGE;
                continue;
            }
            long slot = PageTables.userSlot(root, page);
            if (slot != 0 && (Memory.read64(slot) & KERNEL_OWNED) != 0 && PageTableEntry.present(Memory.read64(slot))) {
                Problem.report(Problem.USER_PAGE_KERNEL_OWNED, page);
                return true;
            }
        }
        return false;
    }

    /** Whether page is mapped (at any page size) or reserved. */
    static boolean occupied(long root, long page) {
        if (PageTables.leafLevel(root, page) != 0) return true;
        long slot = PageTables.userSlot(root, page);
        return slot != 0 && Memory.read64(slot) != 0;
    }

    /**
     * The lowest address of [SEARCH_START, SEARCH_END) that starts bytes of unmapped, unreserved pages, or 0.
     * It goes by runs: an absent upper-level entry is skipped whole (512 GiB, 1 GiB, 2 MiB at a time) and a
     * page table's run of free or taken entries in one step, so a search costs steps in proportion to the
     * tables it crosses, and it gives up after {@link #SEARCH_STEPS}.
     */
    static long findFree(long root, long bytes) {
        long candidate = SEARCH_START, at = SEARCH_START;
        for (int step = 0; step < SEARCH_STEPS; step++) {
            if (SEARCH_END - candidate < bytes) return 0;
            if (at - candidate >= bytes) return candidate;
            long run = run(root, at);
            if (run > 0) {
                at += run;
            } else {
                at -= run;
                candidate = at;
            }
        }
        return 0;
    }

    /**
     * From virtual on, up to the end of the table that decides: the bytes of free address space (positive)
     * or of taken pages (negative).
     */
    private static long run(long root, long virtual) {
        long table = root;
        for (int level = 4; level > 1; level--) {
            long entry = Memory.read64(Hhdm.virt(table) + 8L * PageTableEntry.index(virtual, level));
            long reach = 1L << (12 + 9 * (level - 1)), rest = (virtual & -reach) + reach - virtual;
            if (entry == 0) return rest;
            if (!PageTableEntry.present(entry) || PageTableEntry.isLeaf(entry, level)) return -rest;
            table = PageTableEntry.address(entry, level);
        }
        long entries = Hhdm.virt(table);
        int first = PageTableEntry.index(virtual, 1), end = first;
        boolean free = Memory.read64(entries + 8L * first) == 0;
        while (end < PageTableEntry.ENTRIES && (Memory.read64(entries + 8L * end) == 0) == free) end++;
        long bytes = (end - first) * PAGE;
        return free ? bytes : -bytes;
    }
}
