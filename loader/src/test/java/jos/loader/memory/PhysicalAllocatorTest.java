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
    private Machine machine;
    private long claims;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        Tables.install(machine);
        machine.memory().map(0, 0xA0000);
        machine.memory().map(0x100000, 0xF00000);
        Problem.clear();
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
        long a = PhysicalAllocator.allocate(10, 0x1000, MemoryType.BOOTLOADER_RECLAIMABLE);
        long b = PhysicalAllocator.allocateReclaimable(0x1001);
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
        assertTrue(PhysicalAllocator.claim(0x100000, 0x40000, MemoryType.BOOTLOADER_RECLAIMABLE)); // the loader image
        assertTrue(PhysicalAllocator.reserve(0x140000, 0x800)); // the mbi
        assertTrue(PhysicalAllocator.reserve(0x142000, 0x3000)); // a module
        assertEquals(0x141000, PhysicalAllocator.allocate(0x1000, 0x1000, MemoryType.BOOTLOADER_RECLAIMABLE));
        assertEquals(0x145000, PhysicalAllocator.allocate(0x2000, 0x1000, MemoryType.BOOTLOADER_RECLAIMABLE),
                "a two-page allocation does not fit in front of the module");
        assertEquals(0x200000, PhysicalAllocator.allocate(0x5000, 0x200000, MemoryType.EXECUTABLE_AND_MODULES));
        assertEquals(0x205000, PhysicalAllocator.allocateReclaimable(1), "the bump pointer moved past the aligned allocation");
    }

    @Test
    void skipsFirmwareRangesThatAreNotUsableEvenWhenTheyOverlapUsableOnes() {
        init(new long[][] {e(0x100000, 0x1000000, 0), e(0x100000, 0x180000, MemoryType.RESERVED)});
        assertEquals(0x180000, PhysicalAllocator.allocateReclaimable(0x1000));
    }

    @Test
    void usesOnlyMemoryBelowFourGigabytes() {
        init(new long[][] {e(0x100000000L, 0x200000000L, 0), e(0xfff00000L, 0x100000000L, 0)});
        assertEquals(0, PhysicalAllocator.allocateReclaimable(0x200000));
        assertEquals("out of physical memory below 4 GiB; bytes wanted", Problem.message);
        assertEquals(0x200000, Problem.value);
    }

    @Test
    void lowAllocationsAreBelowOneMegabyteAndAboveTheFirstPage() {
        init(new long[][] {e(0, 0x9fc00, 0), e(0x100000, 0x1000000, 0)});
        PhysicalAllocator.allocateReclaimable(0x1000);
        assertTrue(PhysicalAllocator.reserve(0x1000, 0x1000));
        long low = PhysicalAllocator.allocateLow(0x200, MemoryType.BOOTLOADER_RECLAIMABLE);
        assertEquals(0x2000, low);
        assertEquals(0x101000, PhysicalAllocator.allocateReclaimable(1), "the low allocation did not move the bump pointer");
    }

    @Test
    void noLowMemoryIsAnError() {
        init(new long[][] {e(0x100000, 0x1000000, 0)});
        assertEquals(0, PhysicalAllocator.allocateLow(0x1000, MemoryType.BOOTLOADER_RECLAIMABLE));
        assertEquals("no free usable page below 1 MiB; bytes wanted", Problem.message);
    }

    @Test
    void overlappingClaimsAreRefused() {
        init(new long[][] {e(0x100000, 0x1000000, 0)});
        assertTrue(PhysicalAllocator.claim(0x400000, 0x1000, MemoryType.EXECUTABLE_AND_MODULES));
        assertFalse(PhysicalAllocator.claim(0x400800, 0x1000, MemoryType.EXECUTABLE_AND_MODULES));
        assertEquals("claimed range overlaps memory already claimed", Problem.message);
        assertEquals(0x400800, Problem.value);
    }

    @Test
    void fullClaimTableIsAnError() {
        long fw = Tables.write(new long[][] {e(0x100000, 0x1000000, 0)}, 1);
        PhysicalAllocator.init(fw, 1, Tables.take(0x1000), 2, Tables.take(0x1000), 1);
        assertTrue(PhysicalAllocator.claim(0x800000, 0x1000, MemoryType.FRAMEBUFFER));
        assertTrue(PhysicalAllocator.claim(0x900000, 0x1000, MemoryType.FRAMEBUFFER));
        assertEquals(0, PhysicalAllocator.allocateReclaimable(1));
        assertEquals("too many claimed memory ranges", Problem.message);
        assertTrue(PhysicalAllocator.reserve(0x10000, 1));
        assertFalse(PhysicalAllocator.reserve(0x20000, 1));
    }

    @Test
    void allocationsAgreeWithTheMemoryMap() {
        long[][] firmware = {e(0, 0x9fc00, 0), e(0x100000, 0x1000000, 0), e(0x9fc00, 0xa0000, MemoryType.RESERVED)};
        init(firmware);
        PhysicalAllocator.claim(0x100000, 0x23000, MemoryType.BOOTLOADER_RECLAIMABLE);
        PhysicalAllocator.allocate(0x12345, 0x200000, MemoryType.EXECUTABLE_AND_MODULES);
        PhysicalAllocator.allocateLow(0x100, MemoryType.BOOTLOADER_RECLAIMABLE);
        for (int i = 0; i < 5; i++) PhysicalAllocator.allocateReclaimable(0x1000 * (i + 1));
        long[][] claimArray = claims().toArray(new long[0][]);
        List<long[]> map = Tables.build(firmware, claimArray);
        MemoryMapBuilderTest.checkInvariants(firmware, claimArray, map);
        for (long[] c : claimArray) {
            boolean found = false;
            for (long[] m : map) found |= m[2] == c[2] && m[0] <= c[0] && c[0] + c[1] <= m[0] + m[1];
            assertTrue(found, String.format("claim %#x+%#x is in the map%n%s", c[0], c[1], Tables.format(map)));
        }
    }
}
