package jos.loader.memory;

import static jos.loader.memory.MemoryType.ACPI_NVS;
import static jos.loader.memory.MemoryType.ACPI_RECLAIMABLE;
import static jos.loader.memory.MemoryType.BAD_MEMORY;
import static jos.loader.memory.MemoryType.BOOTLOADER_RECLAIMABLE;
import static jos.loader.memory.MemoryType.EXECUTABLE_AND_MODULES;
import static jos.loader.memory.MemoryType.FRAMEBUFFER;
import static jos.loader.memory.MemoryType.RESERVED;
import static jos.loader.memory.MemoryType.USABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import jos.hw.sim.Machine;
import jos.loader.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemoryMapBuilderTest {
    /** The record the loader's checks report into, as Loader passes its own. */
    final long[] problem = new long[jos.loader.Problem.SIZE];
    private Machine machine;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        Tables.install(machine);
        Problem.clear(problem);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    private static long[] e(long base, long end, long type) {
        return new long[] {base, end - base, type};
    }

    private static void assertMap(List<long[]> actual, long[]... expected) {
        List<long[]> want = List.of(expected);
        assertEquals(Tables.format(want), Tables.format(actual));
    }

    @Test
    void seaBiosLikeMapWithLoaderClaims() {
        long[][] firmware = {
            e(0, 0x9fc00, USABLE), e(0x9fc00, 0xa0000, RESERVED), e(0xf0000, 0x100000, RESERVED),
            e(0x100000, 0x7ffe0000L, USABLE), e(0x7ffe0000L, 0x80000000L, RESERVED), e(0xfeffc000L, 0xff000000L, RESERVED),
            e(0xfffc0000L, 0x100000000L, RESERVED), e(0x100000000L, 0x180000000L, USABLE),
        };
        long[][] claims = {
            e(0x200000, 0x240000, BOOTLOADER_RECLAIMABLE), e(0x400000, 0x410000, EXECUTABLE_AND_MODULES),
            e(0x500000, 0x500123, EXECUTABLE_AND_MODULES), e(0x600000, 0x608000, BOOTLOADER_RECLAIMABLE),
            e(0xfd000000L, 0xfd300000L, FRAMEBUFFER), e(0x8000, 0x9000, BOOTLOADER_RECLAIMABLE),
        };
        assertMap(Tables.build(firmware, claims, problem),
                e(0x1000, 0x8000, USABLE), e(0x8000, 0x9000, BOOTLOADER_RECLAIMABLE), e(0x9000, 0x9f000, USABLE),
                e(0x9fc00, 0xa0000, RESERVED), e(0xf0000, 0x100000, RESERVED),
                e(0x100000, 0x200000, USABLE), e(0x200000, 0x240000, BOOTLOADER_RECLAIMABLE), e(0x240000, 0x400000, USABLE),
                e(0x400000, 0x410000, EXECUTABLE_AND_MODULES), e(0x410000, 0x500000, USABLE),
                e(0x500000, 0x500123, EXECUTABLE_AND_MODULES), e(0x501000, 0x600000, USABLE),
                e(0x600000, 0x608000, BOOTLOADER_RECLAIMABLE), e(0x608000, 0x7ffe0000L, USABLE),
                e(0x7ffe0000L, 0x80000000L, RESERVED), e(0xfd000000L, 0xfd300000L, FRAMEBUFFER),
                e(0xfeffc000L, 0xff000000L, RESERVED), e(0xfffc0000L, 0x100000000L, RESERVED),
                e(0x100000000L, 0x180000000L, USABLE));
    }

    @Test
    void ovmfLikeMapKeepsFirmwareTypesAndAlignsUsable() {
        long[][] firmware = {
            e(0, 0xa0000, USABLE), e(0x100000, 0x800000, USABLE), e(0x800000, 0x808000, ACPI_NVS),
            e(0x808000, 0x80b000, USABLE), e(0x80b000, 0x80c000, ACPI_NVS), e(0x80c000, 0x810000, USABLE),
            e(0x810000, 0x900000, ACPI_NVS), e(0x900000, 0x7eb3f000L, USABLE), e(0x7eb3f000L, 0x7ebf3000L, RESERVED),
            e(0x7ebf3000L, 0x7fb7b000L, USABLE), e(0x7fb7b000L, 0x7fb7f000L, ACPI_RECLAIMABLE),
            e(0x7fb7f000L, 0x7fbff000L, ACPI_NVS), e(0x7fbff000L, 0x7fedc000L, USABLE), e(0x7fedc000L, 0x7ff78000L, RESERVED),
            e(0x7ff78000L, 0x80000000L, ACPI_NVS), e(0xb0000000L, 0xc0000000L, RESERVED),
            e(0xffc00000L, 0x100000000L, RESERVED), e(0x100000000L, 0x180000000L, USABLE),
            e(0xfd00000000L, 0x10000000000L, RESERVED),
        };
        long[][] claims = {
            e(0x200000, 0x21f000, BOOTLOADER_RECLAIMABLE), e(0x21f000, 0x250000, BOOTLOADER_RECLAIMABLE),
            e(0x1000000, 0x1400000, EXECUTABLE_AND_MODULES), e(0x80000000L, 0x80300000L, FRAMEBUFFER),
        };
        List<long[]> map = Tables.build(firmware, claims, problem);
        checkInvariants(firmware, claims, map);
        assertTrue(contains(map, e(0x200000, 0x250000, BOOTLOADER_RECLAIMABLE)), "adjacent claims merge:\n" + Tables.format(map));
        assertTrue(contains(map, e(0x7fb7b000L, 0x7fb7f000L, ACPI_RECLAIMABLE)));
        assertTrue(contains(map, e(0x7fb7f000L, 0x7fbff000L, ACPI_NVS)));
        assertTrue(contains(map, e(0x80000000L, 0x80300000L, FRAMEBUFFER)), "a claim over a hole is listed");
        assertTrue(contains(map, e(0xfd00000000L, 0x10000000000L, RESERVED)));
        assertEquals(0x1000, map.get(0)[0], "nothing below 0x1000 is usable");
    }

    @Test
    void unalignedUsableShrinksInward() {
        assertMap(Tables.build(new long[][] {e(0x1010, 0x4ff0, USABLE), e(0x10800, 0x12000, USABLE)}, new long[0][], problem),
                e(0x2000, 0x4000, USABLE), e(0x11000, 0x12000, USABLE));
    }

    @Test
    void usableSmallerThanAPageDisappears() {
        assertMap(Tables.build(new long[][] {e(0x2100, 0x2f00, USABLE), e(0x3000, 0x3500, RESERVED)}, new long[0][], problem),
                e(0x3000, 0x3500, RESERVED));
    }

    @Test
    void memoryBelow0x1000IsNeverUsable() {
        assertMap(Tables.build(new long[][] {e(0, 0x9fc00, USABLE)}, new long[0][], problem), e(0x1000, 0x9f000, USABLE));
        assertMap(Tables.build(new long[][] {e(0, 0x1000, USABLE), e(0x1000, 0x3000, RESERVED)}, new long[0][], problem),
                e(0x1000, 0x3000, RESERVED));
    }

    @Test
    void overlappingFirmwareRangesTakeTheMoreRestrictiveType() {
        assertMap(Tables.build(new long[][] {
            e(0x100000, 0x300000, USABLE), e(0x200000, 0x210000, RESERVED), e(0x280000, 0x290000, ACPI_RECLAIMABLE),
            e(0x288000, 0x2a0000, BAD_MEMORY)}, new long[0][], problem),
                e(0x100000, 0x200000, USABLE), e(0x200000, 0x210000, RESERVED), e(0x210000, 0x280000, USABLE),
                e(0x280000, 0x288000, ACPI_RECLAIMABLE), e(0x288000, 0x2a0000, BAD_MEMORY), e(0x2a0000, 0x300000, USABLE));
    }

    @Test
    void claimsSplitUsableRanges() {
        assertMap(Tables.build(new long[][] {e(0x100000, 0x1000000, USABLE)},
                new long[][] {e(0x400000, 0x500000, EXECUTABLE_AND_MODULES), e(0x200000, 0x201000, BOOTLOADER_RECLAIMABLE)}, problem),
                e(0x100000, 0x200000, USABLE), e(0x200000, 0x201000, BOOTLOADER_RECLAIMABLE), e(0x201000, 0x400000, USABLE),
                e(0x400000, 0x500000, EXECUTABLE_AND_MODULES), e(0x500000, 0x1000000, USABLE));
    }

    @Test
    void reclaimableGrowsOverThePartialUsablePages() {
        assertMap(Tables.build(new long[][] {e(0x1000, 0x10000, USABLE)}, new long[][] {e(0x3800, 0x5800, BOOTLOADER_RECLAIMABLE)}, problem),
                e(0x1000, 0x3000, USABLE), e(0x3000, 0x6000, BOOTLOADER_RECLAIMABLE), e(0x6000, 0x10000, USABLE));
    }

    @Test
    void reclaimableShrinksWhenGrowingWouldEatAnotherEntry() {
        // The page 0x3000 holds a reserved piece, so the reclaimable range cannot take it; the page
        // 0x5000 holds the end of a module.
        assertMap(Tables.build(
                new long[][] {e(0x1000, 0x3100, USABLE), e(0x3100, 0x3200, RESERVED), e(0x3200, 0x10000, USABLE)},
                new long[][] {e(0x3400, 0x5400, BOOTLOADER_RECLAIMABLE), e(0x5400, 0x5500, EXECUTABLE_AND_MODULES)}, problem),
                e(0x1000, 0x3000, USABLE), e(0x3100, 0x3200, RESERVED), e(0x4000, 0x5000, BOOTLOADER_RECLAIMABLE),
                e(0x5400, 0x5500, EXECUTABLE_AND_MODULES), e(0x6000, 0x10000, USABLE));
    }

    @Test
    void reclaimableDoesNotGrowIntoAHole() {
        assertMap(Tables.build(new long[][] {e(0x10000, 0x20000, USABLE)}, new long[][] {e(0x10000, 0x10800, BOOTLOADER_RECLAIMABLE),
            e(0x1f800, 0x20000, BOOTLOADER_RECLAIMABLE)}, problem),
                e(0x10000, 0x11000, BOOTLOADER_RECLAIMABLE), e(0x11000, 0x1f000, USABLE), e(0x1f000, 0x20000, BOOTLOADER_RECLAIMABLE));
        // at the very edge of RAM the growth would leave RAM: shrink instead
        assertMap(Tables.build(new long[][] {e(0x10000, 0x20800, USABLE)}, new long[][] {e(0x20000, 0x20800, BOOTLOADER_RECLAIMABLE)}, problem),
                e(0x10000, 0x20000, USABLE));
    }

    @Test
    void reclaimablePiecesInOnePageMerge() {
        assertMap(Tables.build(new long[][] {e(0x1000, 0x10000, USABLE)},
                new long[][] {e(0x5000, 0x5800, BOOTLOADER_RECLAIMABLE), e(0x5900, 0x7000, BOOTLOADER_RECLAIMABLE)}, problem),
                e(0x1000, 0x5000, USABLE), e(0x5000, 0x7000, BOOTLOADER_RECLAIMABLE), e(0x7000, 0x10000, USABLE));
    }

    @Test
    void adjacentEntriesOfTheSameTypeMerge() {
        assertMap(Tables.build(new long[][] {
            e(0x200000, 0x300000, USABLE), e(0x100000, 0x200000, USABLE), e(0x300000, 0x300800, RESERVED),
            e(0x300800, 0x301000, RESERVED)}, new long[0][], problem),
                e(0x100000, 0x300000, USABLE), e(0x300000, 0x301000, RESERVED));
    }

    @Test
    void tooSmallOutputIsAnError() {
        long fw = Tables.write(new long[][] {e(0x1000, 0x2000, USABLE), e(0x3000, 0x4000, RESERVED)}, 2);
        long out = Tables.take(0x1000), scratch = Tables.take(0x1000);
        assertEquals(-1, MemoryMapBuilder.build(fw, 2, 0, 0, out, 1, scratch, problem));
        assertEquals("memory map buffer too small; entries", Problem.message(problem));
    }

    @Test
    void emptyInputGivesAnEmptyMap() {
        assertEquals(0, Tables.build(new long[0][], new long[0][], problem).size());
    }

    @Test
    void randomMapsKeepEveryPromise() {
        Random random = new Random(42);
        long[] types = {USABLE, USABLE, USABLE, RESERVED, ACPI_RECLAIMABLE, ACPI_NVS, BAD_MEMORY};
        long[] claimTypes = {BOOTLOADER_RECLAIMABLE, BOOTLOADER_RECLAIMABLE, EXECUTABLE_AND_MODULES, FRAMEBUFFER};
        for (int round = 0; round < 300; round++) {
            setUp();
            int n = 1 + random.nextInt(8), m = random.nextInt(6);
            long[][] firmware = new long[n][];
            for (int i = 0; i < n; i++) {
                long base = random.nextInt(64) * 0x400L;
                firmware[i] = new long[] {base, 0x100 + random.nextInt(48) * 0x300L, types[random.nextInt(types.length)]};
            }
            long[][] claims = new long[m][];
            for (int i = 0; i < m; i++) {
                long base = random.nextBoolean() ? random.nextInt(16) * 0x1000L : random.nextInt(256) * 0x100L;
                claims[i] = new long[] {base, 0x100 + random.nextInt(24) * 0x200L, claimTypes[random.nextInt(claimTypes.length)]};
            }
            List<long[]> map = Tables.build(firmware, claims, problem);
            checkInvariants(firmware, claims, map);
            tearDown();
        }
    }

    private static boolean contains(List<long[]> map, long[] entry) {
        for (long[] x : map) if (x[0] == entry[0] && x[1] == entry[1] && x[2] == entry[2]) return true;
        return false;
    }

    /** The reference model: the type of byte x before alignment (-1: a hole). */
    private static long reference(long[][] firmware, long[][] claims, long x) {
        long claimed = -1;
        for (long[] c : claims) if (x >= c[0] && x < c[0] + c[1]) claimed = Math.max(claimed, c[2]);
        if (claimed >= 0) return claimed;
        long type = -1;
        int rank = -1;
        for (long[] f : firmware) {
            if (x < f[0] || x >= f[0] + f[1]) continue;
            int r = MemoryType.firmwarePrecedence(f[2]);
            if (r > rank) {
                rank = r;
                type = f[2];
            }
        }
        return type;
    }

    private static long output(List<long[]> map, long x) {
        for (long[] e : map) if (x >= e[0] && x < e[0] + e[1]) return e[2];
        return -1;
    }

    /** True if every byte of the page holding x is usable or reclaimable in the reference. */
    private static boolean pageOnlyUsableOrReclaimable(long[][] firmware, long[][] claims, long x) {
        long page = x & ~0xFFFL;
        for (long y = page; y < page + 0x1000; y += 0x10) {
            long t = reference(firmware, claims, y);
            if (t != USABLE && t != BOOTLOADER_RECLAIMABLE) return false;
        }
        return true;
    }

    static void checkInvariants(long[][] firmware, long[][] claims, List<long[]> map) {
        String where = "firmware:\n" + Tables.format(List.of(firmware)) + "claims:\n" + Tables.format(List.of(claims)) + "map:\n"
                + Tables.format(map);
        for (int i = 0; i < map.size(); i++) {
            long[] e = map.get(i);
            if (e[1] <= 0) fail("empty entry\n" + where);
            if (e[2] == USABLE || e[2] == BOOTLOADER_RECLAIMABLE) {
                if ((e[0] & 0xFFF) != 0 || (e[1] & 0xFFF) != 0) fail("unaligned usable/reclaimable entry\n" + where);
            }
            if (e[2] == USABLE && e[0] < 0x1000) fail("usable below 0x1000\n" + where);
            if (i > 0) {
                long[] p = map.get(i - 1);
                if (p[0] + p[1] > e[0]) fail("unsorted or overlapping\n" + where);
                if (p[0] + p[1] == e[0] && p[2] == e[2]) fail("adjacent same-type entries not merged\n" + where);
            }
        }
        TreeSet<Long> points = new TreeSet<>();
        for (long[][] t : new long[][][] {firmware, claims}) {
            for (long[] r : t) {
                for (long d = -1; d <= 1; d++) {
                    points.add(Math.max(0, r[0] + d));
                    points.add(Math.max(0, r[0] + r[1] + d));
                }
                points.add(r[0] + r[1] / 2);
            }
        }
        List<Long> samples = new ArrayList<>(points);
        for (long x = 0; x < 0x30000; x += 0x80) samples.add(x);
        for (long x : samples) {
            long ref = reference(firmware, claims, x), out = output(map, x);
            String at = String.format("at %#x: reference %d, output %d%n", x, ref, out) + where;
            if (out == USABLE && ref != USABLE) fail("usable byte that is not usable: " + at);
            if (ref == -1 && out != -1) fail("a hole got a type: " + at);
            if (ref != -1 && ref != USABLE && ref != BOOTLOADER_RECLAIMABLE && out != ref) fail("type changed: " + at);
            if (ref == BOOTLOADER_RECLAIMABLE && out != BOOTLOADER_RECLAIMABLE) {
                if (out != -1 || pageOnlyUsableOrReclaimable(firmware, claims, x)) fail("reclaimable memory lost: " + at);
            }
            if (ref == USABLE && out == BOOTLOADER_RECLAIMABLE && !pageOnlyUsableOrReclaimable(firmware, claims, x)) {
                fail("reclaimable grew over another type: " + at);
            }
            if (ref == USABLE && out == -1 && x >= 0x1000 && pageOnlyUsable(firmware, claims, x)) fail("whole usable page lost: " + at);
        }
    }

    private static boolean pageOnlyUsable(long[][] firmware, long[][] claims, long x) {
        long page = x & ~0xFFFL;
        for (long y = page; y < page + 0x1000; y += 0x10) if (reference(firmware, claims, y) != USABLE) return false;
        return true;
    }
}
