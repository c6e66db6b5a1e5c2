package jos.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import jos.abi.CacheType;
import jos.abi.Errors;
import jos.abi.MemoryInfo;
import jos.abi.Protection;
import jos.hw.Memory;
import jos.x86.PageTableEntry;
import jos.x86.Pat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A program's own memory on the simulated machine: map at a chosen or a free address, W^X, EBUSY rather
 * than replacing, the quota, which counts pages and page tables (ENOMEM with no page kept, also when
 * frames run out half-way), unmap and
 * protect with their TLB invalidation, reserved address space, device memory with its cache type and
 * never freed, and destroy giving back every frame whatever the space holds.
 */
class UserMemoryTest {
    static final long PAGE = 0x1000;
    static final long AT = 0x1000_0000L;
    static final long RW = Protection.READ | Protection.WRITE, RX = Protection.READ | Protection.EXECUTE;
    /** bigMap's framebuffer: device memory (not the allocator's). */
    static final long FRAMEBUFFER = 0xfd00_0000L;
    /** The tables a fresh space makes for its first page (PDPT, PD, PT), charged to its quota. */
    static final long TABLES = 3 * PAGE;
    SimulatedRam ram;
    long root;
    long freeAtStart;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
        freeAtStart = FrameAllocator.freeBytes();
        root = UserAddressSpace.create(64 * PAGE);
        assertNotEquals(0, root);
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    /** Destroys the space and checks that every frame came back. */
    void destroyGivesBackEverything() {
        Problem.clear();
        UserAddressSpace.destroy(root);
        assertEquals(Problem.NONE, Problem.reason(), "destroy freed only what the allocator handed out: " + Problem.message());
        assertEquals(freeAtStart, FrameAllocator.freeBytes(), "every frame and table back");
    }

    long entry(long virtual) {
        long slot = PageTables.userSlot(root, virtual);
        return slot == 0 ? 0 : Memory.read64(slot);
    }

    @Test
    void mapGivesZeroedUserPagesWithTheProtectionAndChargesTheQuota() {
        assertEquals(AT, UserMemory.map(root, AT, 2 * PAGE, RW));
        assertEquals(AT + 2 * PAGE, UserMemory.map(root, AT + 2 * PAGE, 1, RX), "a length rounds up to whole pages");
        long rw = PageTables.leafEntry(root, AT), rx = PageTables.leafEntry(root, AT + 2 * PAGE);
        assertEquals(PageTableEntry.USER | PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE,
                rw & (PageTableEntry.USER | PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE));
        assertEquals(PageTableEntry.USER, rx & (PageTableEntry.USER | PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE));
        for (long i = 0; i < PAGE; i += 8) assertEquals(0, Memory.read64(Hhdm.virt(PageTables.translate(root, AT + PAGE)) + i));
        assertEquals(3 * PAGE + TABLES, UserMemory.info(root, MemoryInfo.USED), "three pages and their tables");
        assertEquals(64 * PAGE, UserMemory.info(root, MemoryInfo.QUOTA));
        assertEquals(Errors.EINVAL, UserMemory.info(root, 7));
        destroyGivesBackEverything();
    }

    @Test
    void writableAndExecutableAtOnceOrWithoutReadIsRefused() {
        long free = FrameAllocator.freeBytes();
        for (long p : new long[] {Protection.ALL, Protection.WRITE | Protection.EXECUTE, Protection.WRITE, Protection.EXECUTE, 8, -1}) {
            assertEquals(Errors.EINVAL, UserMemory.map(root, AT, PAGE, p), "map " + p);
            assertEquals(Problem.USER_PROTECTION_INVALID, Problem.reason());
        }
        assertEquals(AT, UserMemory.map(root, AT, PAGE, RW));
        assertEquals(Errors.EINVAL, UserMemory.protect(root, AT, PAGE, Protection.ALL), "protect keeps W^X too");
        assertEquals(PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE,
                PageTables.leafEntry(root, AT) & (PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE), "unchanged");
        assertTrue(FrameAllocator.freeBytes() < free);
        destroyGivesBackEverything();
    }

    @Test
    void badRangesAreEinvalOrEfault() {
        assertEquals(Errors.EINVAL, UserMemory.map(root, AT + 8, PAGE, RW), "misaligned");
        assertEquals(Errors.EINVAL, UserMemory.map(root, AT, 0, RW), "empty");
        assertEquals(Errors.EINVAL, UserMemory.map(root, AT, -PAGE, RW), "negative");
        assertEquals(Errors.EFAULT, UserMemory.map(root, UserAddressSpace.USER_END - PAGE, 2 * PAGE, RW), "into the kernel half");
        assertEquals(Errors.EFAULT, UserMemory.map(root, 0xffff_8000_0000_0000L, PAGE, RW), "the kernel half");
        assertEquals(Errors.EFAULT, UserMemory.unmap(root, 0xffff_8000_0000_0000L, PAGE));
        assertEquals(Errors.EINVAL, UserMemory.unmap(root, AT + 1, PAGE));
        assertEquals(Errors.EFAULT, UserMemory.protect(root, AT, PAGE, RW), "nothing mapped there");
        assertEquals(0, UserMemory.used(root));
        destroyGivesBackEverything();
    }

    @Test
    void anOccupiedRangeIsEbusyAndNothingIsReplaced() {
        assertEquals(AT + PAGE, UserMemory.map(root, AT + PAGE, PAGE, RW));
        long frame = PageTables.translate(root, AT + PAGE), free = FrameAllocator.freeBytes();
        assertEquals(Errors.EBUSY, UserMemory.map(root, AT, 3 * PAGE, RW));
        assertEquals(Problem.USER_PAGE_MAPPED_TWICE, Problem.reason());
        assertEquals(AT + PAGE, Problem.value());
        assertEquals(-1, PageTables.translate(root, AT), "nothing mapped below");
        assertEquals(frame, PageTables.translate(root, AT + PAGE));
        assertEquals(free, FrameAllocator.freeBytes());
        assertEquals(PAGE + TABLES, UserMemory.used(root));
        destroyGivesBackEverything();
    }

    @Test
    void addressZeroFindsAFreeRangeInTheSearchWindow() {
        long first = UserMemory.map(root, 0, 4 * PAGE, RW);
        assertEquals(UserMemory.SEARCH_START, first);
        long second = UserMemory.map(root, 0, 2 * PAGE, RW);
        assertEquals(first + 4 * PAGE, second, "the first fit after the first range");
        assertEquals(0, UserMemory.unmap(root, first + PAGE, PAGE));
        assertEquals(first + PAGE, UserMemory.map(root, 0, PAGE, RW), "a one-page hole is reused");
        assertEquals(second + 2 * PAGE, UserMemory.map(root, 0, 2 * PAGE, RW), "a hole too small is skipped");
        assertEquals(0, UserMemory.findFree(root, UserMemory.SEARCH_END), "no range that large");
        assertEquals(Errors.ENOMEM, UserMemory.map(root, 0, 65 * PAGE, Protection.NONE), "a range larger than the quota, even reserved");
        assertEquals(Problem.USER_OVER_QUOTA, Problem.reason());
        destroyGivesBackEverything();
    }

    @Test
    void overTheQuotaIsEnomemWithNothingTaken() {
        assertEquals(AT, UserMemory.map(root, AT, 60 * PAGE, RW));
        assertEquals(60 * PAGE + TABLES, UserMemory.used(root));
        long free = FrameAllocator.freeBytes();
        assertEquals(Errors.ENOMEM, UserMemory.map(root, AT + 60 * PAGE, 2 * PAGE, RW));
        assertEquals(Problem.USER_OVER_QUOTA, Problem.reason());
        assertEquals(PAGE, Problem.detailValue(), "the bytes left");
        assertEquals(free, FrameAllocator.freeBytes(), "no frame, no table");
        assertEquals(0, entry(AT + 60 * PAGE));
        assertEquals(60 * PAGE + TABLES, UserMemory.used(root));
        assertEquals(AT + 60 * PAGE, UserMemory.map(root, AT + 60 * PAGE, PAGE, RW), "exactly the quota");
        assertEquals(Errors.ENOMEM, UserMemory.map(root, 0, PAGE, RW));
        assertEquals(Errors.ENOMEM, UserMemory.map(root, AT + 2 * PAGE * 512, PAGE, Protection.NONE), "a new table is over the quota too");
        assertEquals(0, UserMemory.unmap(root, AT, PAGE));
        assertEquals(63 * PAGE, UserMemory.used(root));
        assertEquals(AT, UserMemory.map(root, AT, PAGE, RW), "unmapping gave quota back");
        destroyGivesBackEverything();
    }

    @Test
    void tablesRunningOverTheQuotaHalfWayLeaveNoPage() {
        long near = AT + 2 * 0x20_0000 - 2 * PAGE;   // the last two pages of a page table's reach
        assertEquals(near, UserMemory.map(root, near, 2 * PAGE, RW));
        assertEquals(AT + 0x80_0000, UserMemory.map(root, AT + 0x80_0000, 56 * PAGE, RW));
        assertEquals(2 * PAGE + TABLES + 56 * PAGE + PAGE, UserMemory.used(root), "a second page table");
        long free = FrameAllocator.freeBytes();
        assertEquals(Errors.ENOMEM, UserMemory.map(root, near + 2 * PAGE, 2 * PAGE, RW), "two pages fit the quota, not with their new table");
        assertEquals(Problem.USER_OVER_QUOTA, Problem.reason());
        assertEquals(0, entry(near + 2 * PAGE), "no page kept");
        assertEquals(0, entry(near + 3 * PAGE));
        assertEquals(63 * PAGE, UserMemory.used(root), "the table made on the way stays, charged");
        assertEquals(free - PAGE, FrameAllocator.freeBytes());
        destroyGivesBackEverything();
    }

    /** Takes every free frame but the lowest count (which are backed): the allocator runs dry after them. */
    List<long[]> leaveOnly(int count) {
        List<Long> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) kept.add(FrameAllocator.allocate(PAGE, Usage.HEAP));
        List<long[]> hoard = new ArrayList<>();
        for (long size = 1L << 34; size >= PAGE; size >>= 1) {
            for (long p; (p = FrameAllocator.allocate(size, Usage.HEAP)) != 0; ) hoard.add(new long[] {p, size});
        }
        for (long p : kept) assertTrue(FrameAllocator.free(p, PAGE));
        assertEquals(count * PAGE, FrameAllocator.freeBytes());
        return hoard;
    }

    @Test
    void framesRunningOutHalfWayLeaveNothingMapped() {
        UserAddressSpace.destroy(root);
        long free = FrameAllocator.freeBytes();
        root = UserAddressSpace.create(1L << 30);
        List<long[]> hoard = leaveOnly(6);     // 3 tables, then 3 of the 8 pages
        assertEquals(Errors.ENOMEM, UserMemory.map(root, AT, 8 * PAGE, RW));
        assertEquals(Problem.OUT_OF_PHYSICAL_MEMORY, Problem.reason());
        assertEquals(TABLES, UserMemory.used(root), "the tables made stay, charged");
        for (long page = AT; page < AT + 8 * PAGE; page += PAGE) assertEquals(0, entry(page), "page " + Long.toHexString(page));
        assertEquals(3 * PAGE, FrameAllocator.freeBytes(), "the pages' frames back; the tables stay with the space");
        for (long[] h : hoard) FrameAllocator.free(h[0], h[1]);
        UserAddressSpace.destroy(root);
        assertEquals(free, FrameAllocator.freeBytes(), "the kept tables go with the space");
        root = UserAddressSpace.create(64 * PAGE);
        destroyGivesBackEverything();
    }

    @Test
    void aProtectThatRunsOutOfFramesCommitsNothing() {
        UserAddressSpace.destroy(root);
        long free = FrameAllocator.freeBytes();
        root = UserAddressSpace.create(1L << 30);
        assertEquals(AT, UserMemory.map(root, AT, 4 * PAGE, Protection.NONE));   // tables made now
        List<long[]> hoard = leaveOnly(2);
        assertEquals(Errors.ENOMEM, UserMemory.protect(root, AT, 4 * PAGE, RW));
        for (long page = AT; page < AT + 4 * PAGE; page += PAGE) {
            assertEquals(UserMemory.RESERVED, entry(page), "still reserved, no frame: " + Long.toHexString(page));
        }
        assertEquals(2 * PAGE, FrameAllocator.freeBytes());
        assertEquals(TABLES, UserMemory.used(root));
        for (long[] h : hoard) FrameAllocator.free(h[0], h[1]);
        UserAddressSpace.destroy(root);
        assertEquals(free, FrameAllocator.freeBytes());
        root = UserAddressSpace.create(64 * PAGE);
        destroyGivesBackEverything();
    }

    @Test
    void unmapFreesTheFramesAfterInvalidatingThem() {
        assertEquals(AT, UserMemory.map(root, AT, 4 * PAGE, RW));
        long free = FrameAllocator.freeBytes();
        ram.machine.cpu().invalidatedPages().clear();
        assertEquals(0, UserMemory.unmap(root, AT + PAGE, 8 * PAGE), "pages not mapped are skipped");
        assertEquals(List.of(AT + PAGE, AT + 2 * PAGE, AT + 3 * PAGE, AT + 4 * PAGE, AT + 5 * PAGE, AT + 6 * PAGE, AT + 7 * PAGE,
                AT + 8 * PAGE), ram.machine.cpu().invalidatedPages());
        assertEquals(free + 3 * PAGE, FrameAllocator.freeBytes());
        assertEquals(PAGE + TABLES, UserMemory.used(root));
        assertEquals(-1, PageTables.translate(root, AT + PAGE));
        assertEquals(0, entry(AT + 3 * PAGE));
        assertNotEquals(-1, PageTables.translate(root, AT));
        destroyGivesBackEverything();
    }

    @Test
    void protectChangesPermissionsAndNoneGivesTheMemoryBack() {
        assertEquals(AT, UserMemory.map(root, AT, 2 * PAGE, RW));
        Memory.write64(Hhdm.virt(PageTables.translate(root, AT)), 42);
        ram.machine.cpu().invalidatedPages().clear();
        assertEquals(0, UserMemory.protect(root, AT, 2 * PAGE, Protection.READ));
        assertEquals(0, PageTables.leafEntry(root, AT) & PageTableEntry.WRITABLE);
        assertEquals(List.of(AT, AT + PAGE), ram.machine.cpu().invalidatedPages(), "narrowed: invalidated");
        assertEquals(42, Memory.read64(Hhdm.virt(PageTables.translate(root, AT))), "the same frame");
        assertEquals(0, UserMemory.protect(root, AT, PAGE, RX));
        assertEquals(0, PageTables.leafEntry(root, AT) & PageTableEntry.NO_EXECUTE);
        long free = FrameAllocator.freeBytes();
        assertEquals(0, UserMemory.protect(root, AT, 2 * PAGE, Protection.NONE));
        assertEquals(free + 2 * PAGE, FrameAllocator.freeBytes());
        assertEquals(UserMemory.RESERVED, entry(AT));
        assertEquals(TABLES, UserMemory.used(root));
        assertEquals(Errors.EBUSY, UserMemory.map(root, AT, PAGE, RW), "reserved is occupied");
        assertEquals(0, UserMemory.protect(root, AT, 2 * PAGE, RW));
        assertEquals(0, Memory.read64(Hhdm.virt(PageTables.translate(root, AT))), "a fresh zeroed frame");
        assertEquals(2 * PAGE + TABLES, UserMemory.used(root));
        destroyGivesBackEverything();
    }

    @Test
    void reservedSpaceTakesNoQuotaUntilCommitted() {
        long at = UserMemory.map(root, 0, 62 * PAGE, Protection.NONE);
        assertEquals(UserMemory.SEARCH_START, at);
        assertEquals(TABLES, UserMemory.used(root), "only the tables");
        assertEquals(Errors.ENOMEM, UserMemory.protect(root, at, 62 * PAGE, RW), "62 pages over the 61 left");
        assertEquals(UserMemory.RESERVED, entry(at));
        assertEquals(0, UserMemory.protect(root, at + 61 * PAGE, PAGE, RW));
        assertEquals(PAGE + TABLES, UserMemory.used(root));
        assertTrue(UserAddressSpace.mappedForUser(root, at + 61 * PAGE, PAGE));
        assertTrue(!UserAddressSpace.mappedForUser(root, at, PAGE), "reserved is not the program's memory");
        assertEquals(at + 62 * PAGE, UserMemory.map(root, 0, PAGE, RW), "the search skips reserved space");
        assertEquals(0, UserMemory.unmap(root, at, 62 * PAGE));
        assertEquals(0, entry(at));
        assertEquals(PAGE + TABLES, UserMemory.used(root));
        destroyGivesBackEverything();
    }

    @Test
    void theSearchCrossesALargeReservationByTablesNotPages() {
        UserAddressSpace.destroy(root);
        root = UserAddressSpace.create(512L << 20);
        long big = 256L << 20;
        long at = UserMemory.map(root, 0, big, Protection.NONE);
        assertEquals(UserMemory.SEARCH_START, at);
        assertEquals(at + big, UserMemory.map(root, 0, PAGE, RW), "past 128 full page tables (65536 pages), within the step bound");
        assertEquals(0, UserMemory.unmap(root, 0x1000, (1L << 46) - 0x1000), "a huge unmap skips absent tables");
        assertEquals(-1, PageTables.translate(root, at + big));
        assertEquals(0, entry(at));
        destroyGivesBackEverything();
    }

    @Test
    void deviceMemoryHasItsCacheTypeAndIsNeverCountedNorFreed() {
        long free = FrameAllocator.freeBytes();
        long at = UserMemory.mapDevice(root, 0, FRAMEBUFFER, 3 * PAGE, RW, CacheType.WRITE_COMBINING);
        assertEquals(UserMemory.SEARCH_START, at);
        assertEquals(FRAMEBUFFER + PAGE, PageTables.translate(root, at + PAGE));
        long e = PageTables.leafEntry(root, at + 2 * PAGE);
        assertEquals(Pat.WRITE_COMBINING, PageTableEntry.pat(e, 1));
        long bits = PageTableEntry.PRESENT | PageTableEntry.USER | PageTableEntry.WRITABLE | UserMemory.DEVICE;
        assertEquals(bits, e & bits);
        assertTrue((e & PageTableEntry.NO_EXECUTE) != 0, "not executable");
        assertEquals(TABLES, UserMemory.used(root), "the tables, not the device's frames");
        assertEquals(Pat.UNCACHEABLE, PageTableEntry.pat(PageTables.leafEntry(root,
                UserMemory.mapDevice(root, AT, FRAMEBUFFER, PAGE, Protection.READ, CacheType.UNCACHEABLE)), 1));
        assertEquals(Errors.EINVAL, UserMemory.mapDevice(root, 0, 0x10_0000, PAGE, RW, CacheType.UNCACHEABLE), "RAM is not device memory");
        assertEquals(Problem.DEVICE_RANGE_NOT_DEVICE, Problem.reason());
        assertEquals(Errors.EINVAL, UserMemory.mapDevice(root, 0, FRAMEBUFFER + 1, PAGE, RW, CacheType.UNCACHEABLE));
        assertEquals(Errors.EINVAL, UserMemory.mapDevice(root, 0, FRAMEBUFFER, PAGE, RW, 3), "cache type");
        assertEquals(Errors.EINVAL, UserMemory.mapDevice(root, 0, FRAMEBUFFER, PAGE, Protection.NONE, CacheType.UNCACHEABLE));
        assertEquals(Errors.EBUSY, UserMemory.mapDevice(root, at, FRAMEBUFFER, PAGE, RW, CacheType.UNCACHEABLE));
        long mapped = FrameAllocator.freeBytes();
        assertTrue(mapped < free, "tables were made");
        Problem.clear();
        assertEquals(0, UserMemory.unmap(root, at, 3 * PAGE));
        assertEquals(Problem.NONE, Problem.reason(), "no free of a frame the allocator does not own: " + Problem.message());
        assertEquals(mapped, FrameAllocator.freeBytes(), "unmapping device memory frees nothing");
        assertEquals(-1, PageTables.translate(root, at));
        destroyGivesBackEverything();
    }

    @Test
    void destroyGivesBackMappedReservedAndDeviceMemoryAndTheTables() {
        assertEquals(AT, UserMemory.map(root, AT, 5 * PAGE, RW));
        assertNotEquals(0, UserMemory.map(root, 0, 32 * PAGE, Protection.NONE));
        assertNotEquals(0, UserMemory.mapDevice(root, 0, FRAMEBUFFER, 2 * PAGE, RW, CacheType.WRITE_BACK));
        assertEquals(0x7f00_0000_0000L, UserMemory.map(root, 0x7f00_0000_0000L, PAGE, RX));
        destroyGivesBackEverything();
    }

    /** Kernel-owned frames (a thread's IPC buffer) lent to the space: counted, read/write, never executable; the program cannot unmap or protect them; destroy leaves them to their owner. */
    @Test
    void kernelFramesAreLentCountedAndNeitherUnmappedNorProtectedByTheProgram() {
        long frames = FrameAllocator.allocateZeroed(2 * PAGE, Usage.USER);
        long at = UserMemory.mapKernelFrames(root, 0, frames, 2 * PAGE);
        assertEquals(UserMemory.SEARCH_START, at);
        assertEquals(frames + PAGE, PageTables.translate(root, at + PAGE), "the owner's frames, in order");
        long e = PageTables.leafEntry(root, at);
        long bits = PageTableEntry.PRESENT | PageTableEntry.USER | PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE;
        assertEquals(bits, e & bits, "user read/write, never executable");
        assertEquals(2 * PAGE + TABLES, UserMemory.used(root), "counted in the quota");
        assertEquals(Errors.EBUSY, UserMemory.unmap(root, at - PAGE, 4 * PAGE), "the program cannot unmap them");
        assertEquals(Problem.USER_PAGE_KERNEL_OWNED, Problem.reason());
        assertEquals(at, Problem.value(), "the problem names the page");
        assertEquals(Errors.EBUSY, UserMemory.protect(root, at + PAGE, PAGE, Protection.READ), "nor protect them");
        assertEquals(Errors.EBUSY, UserMemory.protect(root, at, 2 * PAGE, Protection.NONE));
        assertEquals(frames, PageTables.translate(root, at), "still mapped");
        assertEquals(Errors.EBUSY, UserMemory.mapKernelFrames(root, at + PAGE, frames, PAGE), "an occupied range");
        Problem.clear();
        UserAddressSpace.destroy(root);
        assertEquals(Problem.NONE, Problem.reason(), "destroy frees only the space's own frames: " + Problem.message());
        assertEquals(freeAtStart - 2 * PAGE, FrameAllocator.freeBytes(), "the lent frames are the owner's");
        assertTrue(FrameAllocator.free(frames, 2 * PAGE));
        assertEquals(freeAtStart, FrameAllocator.freeBytes());
        root = UserAddressSpace.create(64 * PAGE);
        destroyGivesBackEverything();
    }

    @Test
    void unmappingKernelFramesInvalidatesThemGivesTheQuotaBackAndFreesNothing() {
        long frames = FrameAllocator.allocateZeroed(2 * PAGE, Usage.USER);
        assertEquals(AT, UserMemory.mapKernelFrames(root, AT, frames, 2 * PAGE));
        assertEquals(AT + 2 * PAGE, UserMemory.map(root, AT + 2 * PAGE, PAGE, RW));
        assertEquals(Errors.EINVAL, UserMemory.unmapKernelFrames(root, AT, 3 * PAGE), "the third page is the program's own");
        assertEquals(frames, PageTables.translate(root, AT), "nothing changed");
        long free = FrameAllocator.freeBytes();
        ram.machine.cpu().invalidatedPages().clear();
        assertEquals(0, UserMemory.unmapKernelFrames(root, AT, 2 * PAGE));
        assertEquals(List.of(AT, AT + PAGE), ram.machine.cpu().invalidatedPages(), "every CPU forgets them");
        assertEquals(-1, PageTables.translate(root, AT));
        assertEquals(0, entry(AT + PAGE));
        assertEquals(free, FrameAllocator.freeBytes(), "the frames stay the owner's");
        assertEquals(PAGE + TABLES, UserMemory.used(root), "their bytes back in the quota");
        assertEquals(0, UserMemory.unmap(root, AT, 3 * PAGE), "the range is the program's again");
        assertTrue(FrameAllocator.free(frames, 2 * PAGE));
        destroyGivesBackEverything();
    }

    @Test
    void lendingRefusesFramesThatAreNotUserRamAndRespectsTheQuota() {
        assertEquals(Errors.EINVAL, UserMemory.mapKernelFrames(root, 0, FRAMEBUFFER, PAGE), "device memory is not RAM to lend");
        assertEquals(Problem.KERNEL_FRAMES_NOT_USER_RAM, Problem.reason());
        long table = PageTables.createTable();
        assertEquals(Errors.EINVAL, UserMemory.mapKernelFrames(root, 0, table, PAGE), "a frame of another usage");
        assertEquals(Errors.EINVAL, UserMemory.mapKernelFrames(root, 0, table + 8, PAGE), "misaligned");
        assertEquals(Errors.EINVAL, UserMemory.mapKernelFrames(root, 0, table, PAGE + 1), "whole pages only");
        assertTrue(FrameAllocator.free(table, PAGE));
        long frames = FrameAllocator.allocateZeroed(2 * PAGE, Usage.USER);
        assertEquals(AT, UserMemory.map(root, AT, 59 * PAGE, RW));
        assertEquals(59 * PAGE + TABLES, UserMemory.used(root));
        assertEquals(Errors.ENOMEM, UserMemory.mapKernelFrames(root, AT + 0x20_0000, frames, 2 * PAGE),
                "the page table a new 2 MiB needs takes one of the two pages left");
        assertEquals(Problem.USER_OVER_QUOTA, Problem.reason());
        assertEquals(-1, PageTables.translate(root, AT + 0x20_0000), "nothing kept mapped");
        assertEquals(60 * PAGE + TABLES, UserMemory.used(root), "only the table, which stays");
        assertEquals(Errors.ENOMEM, UserMemory.mapKernelFrames(root, 0, frames, 2 * PAGE), "two pages over the one left");
        assertTrue(FrameAllocator.free(frames, 2 * PAGE));
        destroyGivesBackEverything();
    }

    /** Firmware tables and module bytes lent by a capability: read-only write-back, never counted, never freed, never widened by protect. */
    @Test
    void borrowedFramesAreNotTheSpacesAndProtectNeverWidensThem() {
        long acpi = 0x7fe0000, module = 0x2600000;
        long at = UserMemory.mapBorrowed(root, 0, acpi, 2 * PAGE, Protection.READ);
        assertEquals(UserMemory.SEARCH_START, at);
        assertEquals(acpi + PAGE, PageTables.translate(root, at + PAGE), "the firmware's frames, in order, not copies");
        long e = entry(at);
        long bits = PageTableEntry.PRESENT | PageTableEntry.USER | UserMemory.DEVICE;
        assertEquals(bits, e & bits);
        assertEquals(0, e & (PageTableEntry.WRITABLE | PageTableEntry.WRITE_THROUGH | PageTableEntry.CACHE_DISABLE | PageTableEntry.PAT_4K),
                "read-only, write-back");
        assertTrue((e & PageTableEntry.NO_EXECUTE) != 0, "never executable");
        assertEquals(TABLES, UserMemory.used(root), "the tables, not the borrowed frames");
        assertEquals(AT, UserMemory.mapBorrowed(root, AT, module, PAGE + 1, Protection.READ), "a module's frames; a length rounds up");
        assertEquals(module + PAGE, PageTables.translate(root, AT + PAGE));

        assertEquals(Errors.EINVAL, UserMemory.mapBorrowed(root, 0, acpi, PAGE, Protection.READ | Protection.EXECUTE), "never executable");
        assertEquals(Errors.EINVAL, UserMemory.mapBorrowed(root, 0, acpi, PAGE, Protection.NONE));
        assertEquals(Errors.EINVAL, UserMemory.mapBorrowed(root, 0, acpi + 8, PAGE, Protection.READ), "misaligned");
        for (long ram : new long[] {0x10_0000, 0x280_0000, 0x7fdf000}) {
            Problem.clear();
            assertEquals(Errors.EINVAL, UserMemory.mapBorrowed(root, 0, ram, PAGE, Protection.READ), "memory the kernel hands out or reclaims: " + ram);
            assertEquals(Problem.BORROWED_RANGE_NOT_FIRMWARE, Problem.reason());
        }
        assertEquals(Errors.EINVAL, UserMemory.mapBorrowed(root, 0, acpi + 0x1f000, 2 * PAGE, Protection.READ), "the second page is RAM");
        assertEquals(Errors.EBUSY, UserMemory.mapBorrowed(root, at + PAGE, acpi, PAGE, Protection.READ));

        assertEquals(Errors.EPERM, UserMemory.protect(root, at, 2 * PAGE, RW), "not writable by protect");
        assertEquals(Problem.USER_PROTECT_WIDENS_BORROWED, Problem.reason());
        assertEquals(Errors.EPERM, UserMemory.protect(root, at, PAGE, RX), "nor executable");
        assertEquals(e, entry(at), "a refused protect changes nothing");
        assertEquals(0, UserMemory.protect(root, at, PAGE, Protection.READ), "keeping it read-only is fine");
        long device = UserMemory.mapDevice(root, 0, FRAMEBUFFER, PAGE, Protection.READ, CacheType.UNCACHEABLE);
        assertEquals(Errors.EPERM, UserMemory.protect(root, device, PAGE, RW), "device memory mapped read-only stays so");

        long free = FrameAllocator.freeBytes();
        Problem.clear();
        assertEquals(0, UserMemory.unmap(root, at, 2 * PAGE));
        assertEquals(Problem.NONE, Problem.reason(), "no free of a frame the allocator does not own: " + Problem.message());
        assertEquals(free, FrameAllocator.freeBytes(), "unmapping borrowed frames frees nothing");
        assertEquals(-1, PageTables.translate(root, at));
        destroyGivesBackEverything();
    }
}
