package jos.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.Memory;
import jos.x86.PageTableEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Guarded kernel stacks in the kernel tables, and naming the stack whose guard page was hit. */
class StacksTest {
    static final long P = 4096;
    SimulatedRam ram;
    long root;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
        root = KernelAddressSpace.root();
        ram.machine.cpu().cr3 = root;
        VirtualRanges.init(VirtualRanges.WINDOW_BASE, VirtualRanges.WINDOW_SIZE);
        Stacks.reset();
    }

    @AfterEach
    void tearDown() {
        ram.close();
    }

    @Test
    void aStackIsMappedAboveAnUnmappedGuardPage() {
        long stackBytes = PhysicalMemory.bytes(Usage.STACKS);
        long top = Stacks.allocate(Stacks.KERNEL, 0, 16 * 1024);
        assertEquals(VirtualRanges.WINDOW_BASE + P + 16 * 1024, top);
        assertEquals(0, top & 15);
        assertEquals(-1, PageTables.translate(root, top - 16 * 1024 - 1), "the guard page");
        assertEquals(-1, PageTables.translate(root, top - 16 * 1024 - P));
        for (long v = top - 16 * 1024; v < top; v += P) {
            long frame = PageTables.translate(root, v);
            assertTrue(frame > 0);
            assertEquals(1, PageTables.leafLevel(root, v));
            assertEquals(PageTableEntry.WRITABLE | PageTableEntry.NO_EXECUTE | PageTableEntry.GLOBAL,
                    PageTableEntry.permissions(PageTables.leafEntry(root, v)));
            assertEquals(Usage.STACKS, PhysicalMemory.usageOf(frame));
            assertEquals(0, Memory.read64(Hhdm.virt(frame)), "zeroed");
        }
        assertEquals(stackBytes + 16 * 1024, PhysicalMemory.bytes(Usage.STACKS));
        assertEquals(-1, PageTables.translate(root, top), "nothing above the top but the next guard");
    }

    @Test
    void guardHitsNameTheKindAndCpu() {
        long kernel0 = Stacks.allocate(Stacks.KERNEL, 0, 16 * 1024);
        long df1 = Stacks.allocate(Stacks.DOUBLE_FAULT_IST, 1, 8 * 1024);
        long nmi2 = Stacks.allocate(Stacks.NMI_IST, 2, 8 * 1024);
        long pf3 = Stacks.allocate(Stacks.PAGE_FAULT_IST, 3, 5000);
        String[] expected = {"the kernel stack of CPU 0", "the double-fault IST stack of CPU 1", "the NMI IST stack of CPU 2",
                "the page-fault IST stack of CPU 3"};
        long[] tops = {kernel0, df1, nmi2, pf3};
        long[] sizes = {16 * 1024, 8 * 1024, 8 * 1024, 8 * 1024};
        for (int i = 0; i < 4; i++) {
            long guard = tops[i] - sizes[i] - P;
            ram.serial.text();
            assertTrue(Stacks.describeGuardHit(guard + 0x10));
            assertTrue(Stacks.describeGuardHit(guard + P - 8), "the word just below the stack");
            assertEquals(expected[i] + expected[i], ram.serial.text().substring(ram.serial.text().length() - 2 * expected[i].length()));
            assertFalse(Stacks.describeGuardHit(guard + P), "the stack's lowest word is not the guard");
            assertFalse(Stacks.describeGuardHit(guard - 1));
            assertEquals(i, Stacks.guardHit(guard));
            assertEquals(guard, Stacks.guard(i));
            assertEquals(tops[i], Stacks.top(i));
        }
        assertEquals(4, Stacks.count());
    }

    @Test
    void aFreedStackGivesBackItsFramesItsRangeAndItsRecord() {
        long kernel0 = Stacks.allocate(Stacks.KERNEL, 0, 16 * 1024);
        long free = FrameAllocator.freeBytes(), range = VirtualRanges.freeBytes(), stacks = PhysicalMemory.bytes(Usage.STACKS);
        long thread = Stacks.allocate(Stacks.THREAD, 1, 32 * 1024);
        long other = Stacks.allocate(Stacks.THREAD, 2, 8 * 1024);
        long afterOther = FrameAllocator.freeBytes();
        assertEquals(3, Stacks.count());
        assertTrue(Stacks.free(thread));
        assertEquals(-1, PageTables.translate(root, thread - 8), "unmapped");
        assertEquals(afterOther + 32 * 1024, FrameAllocator.freeBytes(), "its frames are back");
        assertEquals(2, Stacks.count());
        assertFalse(Stacks.free(thread), "only once");
        assertFalse(Stacks.free(thread - 16), "only by its top");
        assertEquals(-1, Stacks.guardHit(thread - 32 * 1024 - P), "its guard page names nothing now");
        assertTrue(Stacks.describeGuardHit(other - 8 * 1024 - P), "the moved record still names its stack");
        assertTrue(ram.serial.text().endsWith("the thread stack of CPU 2"), ram.serial.text());
        assertTrue(Stacks.free(other));
        assertEquals(free, FrameAllocator.freeBytes(), "back where it was (the window's tables stay)");
        assertEquals(range, VirtualRanges.freeBytes());
        assertEquals(stacks, PhysicalMemory.bytes(Usage.STACKS));
        assertEquals(1, Stacks.count());
        assertEquals(kernel0, Stacks.top(0));
        assertEquals(thread, Stacks.allocate(Stacks.THREAD, 1, 32 * 1024), "the range is used again");
    }

    @Test
    void failureLeavesNothingBehind() {
        SimulatedRam.boot(SimulatedRam.smallMap());      // all of it backed: run it dry
        assertTrue(KernelAddressSpace.build(FakeKernel.write(), FakeKernel.PHYSICAL_BASE, FakeKernel.VIRTUAL_BASE));
        long free = FrameAllocator.freeBytes();
        VirtualRanges.init(VirtualRanges.WINDOW_BASE, 4 * P);
        assertEquals(0, Stacks.allocate(Stacks.KERNEL, 0, 4 * P), "the guard does not fit");
        assertEquals("virtual window exhausted: no free range fits; bytes asked", Problem.message());
        VirtualRanges.init(VirtualRanges.WINDOW_BASE, VirtualRanges.WINDOW_SIZE);
        long held = 0;
        while (FrameAllocator.freeBytes() > 8 * P && FrameAllocator.allocate(P, Usage.USER) != 0) held++;
        long left = FrameAllocator.freeBytes(), tables = PhysicalMemory.bytes(Usage.PAGE_TABLES);
        assertEquals(0, Stacks.allocate(Stacks.KERNEL, 0, 64 * P));
        assertEquals("out of physical memory: no free aligned run; bytes asked", Problem.message());
        long newTables = PhysicalMemory.bytes(Usage.PAGE_TABLES) - tables;
        assertEquals(2 * P, newTables, "a page directory and a page table for the window, kept");
        assertEquals(left - newTables, FrameAllocator.freeBytes(), "the stack frames taken before the failure were returned");
        assertEquals(0, PhysicalMemory.bytes(Usage.STACKS));
        assertEquals(VirtualRanges.WINDOW_SIZE, VirtualRanges.freeBytes(), "and the virtual range");
        assertEquals(0, Stacks.count());
        assertTrue(held > 0 && free > left);
    }

    @Test
    void aStackFreedUnderAnotherAddressSpaceIsForgottenBeforeItsAddressesAreReused() {
        long top = Stacks.allocate(Stacks.KERNEL, 0, 8 * 1024);
        ram.machine.cpu().cr3 = 0x1234_5000L;     // a process's tables: the kernel half is shared, CR3 is not the kernel root
        ram.machine.cpu().invalidatedPages().clear();
        assertTrue(Stacks.free(top));
        assertEquals(java.util.List.of(top - 8 * 1024, top - 4 * 1024), ram.machine.cpu().invalidatedPages(),
                "each page invalidated, though CR3 is not the kernel's");
        assertEquals(top, Stacks.allocate(Stacks.KERNEL, 0, 8 * 1024), "the addresses come back for the next stack");
    }
}
