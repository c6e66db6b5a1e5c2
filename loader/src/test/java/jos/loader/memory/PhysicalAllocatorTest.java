package jos.loader.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jos.hw.sim.Machine;
import jos.loader.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PhysicalAllocatorTest {
    /** The record the loader's checks report into, as Loader passes its own. */
    final long[] problem = new long[jos.loader.Problem.SIZE];
    private Machine machine;
    private long claims;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        Tables.install(machine);
        machine.memory().map(0, 0xA0000);
        machine.memory().map(0x100000, 0xF00000);
        Problem.clear(problem);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    private void init(long[][] firmware) {
        long fw = Tables.write(firmware, firmware.length);
        claims = Tables.take(64 * 24);
        PhysicalAllocator.init(fw, firmware.length, claims, 64, Tables.take(16 * 24), 16);
    }

    private static long[] e(long base, long end, long type) {
        return new long[] {base, end - base, type};
    }

    private List<long[]> claims() {
        return Tables.read(claims, PhysicalAllocator.claimCount());
    }

    @Test
    void allocatesFromOneMegabyteUpPageAlignedZeroedAndClaimed() {
        init(new long[][] {e(0, 0x9fc00, 0), e(0x100000, 0x1000000, 0)});
        machine.memory().fill(0x100000, (byte) 0xAA, 0x3000);
        long a = PhysicalAllocator.allocate(10, 0x1000, MemoryType.BOOTLOADER_RECLAIMABLE, problem);
        long b = PhysicalAllocator.allocateReclaimable(0x1001, problem);
        assertEquals(0x100000, a);
        assertEquals(0x101000, b);
        for (long x = 0x100000; x < 0x103000; x++) assertEquals(0, machine.memory().read8(x), "zeroed");
        List<long[]> c = claims();
        assertEquals(1, c.size(), "consecutive allocations of one type merge into one claim");
        assertEquals(0x100000, c.get(0)[0]);
        assertEquals(0x3000, c.get(0)[1]);
    }

    @Test
    void neverOverlapsClaimsOrBusyRanges() {
        init(new long[][] {e(0x100000, 0x1000000, 0)});
        assertTrue(PhysicalAllocator.claim(0x100000, 0x40000, MemoryType.BOOTLOADER_RECLAIMABLE, problem)); // the loader image
        assertTrue(PhysicalAllocator.reserve(0x140000, 0x800, problem)); // the mbi
        assertTrue(PhysicalAllocator.reserve(0x142000, 0x3000, problem)); // a module
        assertEquals(0x141000, PhysicalAllocator.allocate(0x1000, 0x1000, MemoryType.BOOTLOADER_RECLAIMABLE, problem));
        assertEquals(0x145000, PhysicalAllocator.allocate(0x2000, 0x1000, MemoryType.BOOTLOADER_RECLAIMABLE, problem),
                "a two-page allocation does not fit in front of the module");
        assertEquals(0x200000, PhysicalAllocator.allocate(0x5000, 0x200000, MemoryType.EXECUTABLE_AND_MODULES, problem));
        assertEquals(0x205000, PhysicalAllocator.allocateReclaimable(1, problem), "the bump pointer moved past the aligned allocation");
    }

    @Test
    void skipsFirmwareRangesThatAreNotUsableEvenWhenTheyOverlapUsableOnes() {
        init(new long[][] {e(0x100000, 0x1000000, 0), e(0x100000, 0x180000, MemoryType.RESERVED)});
        assertEquals(0x180000, PhysicalAllocator.allocateReclaimable(0x1000, problem));
    }

    @Test
    void usesOnlyMemoryBelowFourGigabytes() {
        init(new long[][] {e(0x100000000L, 0x200000000L, 0), e(0xfff00000L, 0x100000000L, 0)});
        assertEquals(0, PhysicalAllocator.allocateReclaimable(0x200000, problem));
        assertEquals("out of physical memory below 4 GiB; bytes wanted", Problem.message(problem));
        assertEquals(0x200000, Problem.value(problem));
    }

    @Test
    void lowAllocationsAreBelowOneMegabyteAndAboveTheFirstPage() {
        init(new long[][] {e(0, 0x9fc00, 0), e(0x100000, 0x1000000, 0)});
        PhysicalAllocator.allocateReclaimable(0x1000, problem);
        assertTrue(PhysicalAllocator.reserve(0x1000, 0x1000, problem));
        long low = PhysicalAllocator.allocateLow(0x200, MemoryType.BOOTLOADER_RECLAIMABLE, problem);
        assertEquals(0x2000, low);
        assertEquals(0x101000, PhysicalAllocator.allocateReclaimable(1, problem), "the low allocation did not move the bump pointer");
    }

    @Test
    void noLowMemoryIsAnError() {
        init(new long[][] {e(0x100000, 0x1000000, 0)});
        assertEquals(0, PhysicalAllocator.allocateLow(0x1000, MemoryType.BOOTLOADER_RECLAIMABLE, problem));
        assertEquals("no free usable page below 1 MiB; bytes wanted", Problem.message(problem));
    }

    @Test
    void overlappingClaimsAreRefused() {
        init(new long[][] {e(0x100000, 0x1000000, 0)});
        assertTrue(PhysicalAllocator.claim(0x400000, 0x1000, MemoryType.EXECUTABLE_AND_MODULES, problem));
        assertFalse(PhysicalAllocator.claim(0x400800, 0x1000, MemoryType.EXECUTABLE_AND_MODULES, problem));
        assertEquals("claimed range overlaps memory already claimed", Problem.message(problem));
        assertEquals(0x400800, Problem.value(problem));
    }

    @Test
    void fullClaimTableIsAnError() {
        long fw = Tables.write(new long[][] {e(0x100000, 0x1000000, 0)}, 1);
        PhysicalAllocator.init(fw, 1, Tables.take(0x1000), 2, Tables.take(0x1000), 1);
        assertTrue(PhysicalAllocator.claim(0x800000, 0x1000, MemoryType.FRAMEBUFFER, problem));
        assertTrue(PhysicalAllocator.claim(0x900000, 0x1000, MemoryType.FRAMEBUFFER, problem));
        assertEquals(0, PhysicalAllocator.allocateReclaimable(1, problem));
        assertEquals("too many claimed memory ranges", Problem.message(problem));
        assertTrue(PhysicalAllocator.reserve(0x10000, 1, problem));
        assertFalse(PhysicalAllocator.reserve(0x20000, 1, problem));
    }

    @Test
    void allocationsAgreeWithTheMemoryMap() {
        long[][] firmware = {e(0, 0x9fc00, 0), e(0x100000, 0x1000000, 0), e(0x9fc00, 0xa0000, MemoryType.RESERVED)};
        init(firmware);
        PhysicalAllocator.claim(0x100000, 0x23000, MemoryType.BOOTLOADER_RECLAIMABLE, problem);
        PhysicalAllocator.allocate(0x12345, 0x200000, MemoryType.EXECUTABLE_AND_MODULES, problem);
        PhysicalAllocator.allocateLow(0x100, MemoryType.BOOTLOADER_RECLAIMABLE, problem);
        for (int i = 0; i < 5; i++) PhysicalAllocator.allocateReclaimable(0x1000 * (i + 1), problem);
        long[][] claimArray = claims().toArray(new long[0][]);
        List<long[]> map = Tables.build(firmware, claimArray, problem);
        MemoryMapBuilderTest.checkInvariants(firmware, claimArray, map);
        for (long[] c : claimArray) {
            boolean found = false;
            for (long[] m : map) found |= m[2] == c[2] && m[0] <= c[0] && c[0] + c[1] <= m[0] + m[1];
            assertTrue(found, String.format("claim %#x+%#x is in the map%n%s", c[0], c[1], Tables.format(map)));
        }
    }
}
