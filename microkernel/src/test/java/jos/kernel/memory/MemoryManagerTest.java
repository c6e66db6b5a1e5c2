package jos.kernel.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.Memory;
import jos.kernel.console.LogText;

import jos.x86.Msr;
import jos.x86.PageTableEntry;
import jos.x86.Pat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole bring-up from Limine responses, as a loader leaves them: the responses are written into
 * loader-reclaimable memory and attached to the kernel's request arrays (reached by reflection; they
 * are the boot package's private data), then MemoryManager.init() runs on the simulated CPU.
 */
class MemoryManagerTest {
    static final long RESPONSES = 0x280_0000;
    SimulatedRam ram;
    long next;

    @BeforeEach
    void setUp() {
        ram = new SimulatedRam();
        next = Hhdm.virt(RESPONSES);
        resetRequests();
        ram.machine.cpu().cpuid((leaf, sub) -> switch (leaf) {
            case 1 -> new int[] {0, 0, 0, (1 << 13) | (1 << 16)};
            case 0x8000_0000 -> new int[] {0x8000_0008, 0, 0, 0};
            case 0x8000_0001 -> new int[] {0, 0, 0, (1 << 20) | (1 << 26)};
            default -> new int[4];
        });
        ram.machine.cpu().defineMsr(Msr.IA32_EFER, 0x500);
    }

    @AfterEach
    void tearDown() {
        resetRequests();
        ram.close();
    }

    static long[] request(String name) {
        try {
            var field = Class.forName("jos.kernel.boot.limine.Requests").getDeclaredField(name);
            field.setAccessible(true);
            return (long[]) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static void resetRequests() {
        for (String r : new String[] {"HHDM", "MEMORY_MAP", "EXECUTABLE_FILE", "EXECUTABLE_ADDRESS"}) request(r)[5] = 0;
    }

    long alloc(int bytes) {
        long a = next;
        next += (bytes + 15) & ~15;
        return a;
    }

    /** Limine's responses (field offsets from limine.h) for the given map (Limine types). */
    void respond(long[][] map) {
        long hhdm = alloc(16);
        Memory.write64(hhdm + 8, SimulatedRam.HHDM);
        request("HHDM")[5] = hhdm;
        long pointers = alloc(8 * map.length);
        for (int i = 0; i < map.length; i++) {
            long e = alloc(24);
            Memory.write64(e, map[i][0]);
            Memory.write64(e + 8, map[i][1]);
            Memory.write64(e + 16, map[i][2]);
            Memory.write64(pointers + 8L * i, e);
        }
        long mm = alloc(24);
        Memory.write64(mm + 8, map.length);
        Memory.write64(mm + 16, pointers);
        request("MEMORY_MAP")[5] = mm;
        long file = alloc(112);
        Memory.write64(file + 8, FakeKernel.write());
        Memory.write64(file + 16, 0x10000);
        long ef = alloc(16);
        Memory.write64(ef + 8, file);
        request("EXECUTABLE_FILE")[5] = ef;
        long ea = alloc(24);
        Memory.write64(ea + 8, FakeKernel.PHYSICAL_BASE);
        Memory.write64(ea + 16, FakeKernel.VIRTUAL_BASE);
        request("EXECUTABLE_ADDRESS")[5] = ea;
    }

    /** A 64 MiB QEMU machine in Limine's types: 0 usable, 1 reserved, 5 loader, 6 executable, 7 framebuffer. */
    static final long[][] LIMINE_MAP = {
            {0x1000, 0x9e000, 0}, {0x9fc00, 0x400, 1}, {0xf0000, 0x10000, 1}, {0x100000, 0x1f00000, 0},
            {0x2000000, 0x800000, 6}, {0x2800000, 0x100000, 5}, {0x2900000, 0x1700000, 0}, {0xfd000000L, 0x300000, 7},
    };

    @Test
    void initBringsEverythingUpInOrder() {
        respond(LIMINE_MAP);
        assertTrue(MemoryManager.init(), () -> LogText.plain(ram.serial.text()));
        String log = LogText.plain(ram.serial.text());
        String[] lines = log.split("\n");
        assertEquals("[   0.000000] I cpu 0: memory: physical map of 8 entries, frame table at 0x1000 for 16384 frames, kernel image 0x2000000+0x600000",
                lines[0]);
        assertTrue(log.contains(": memory:   kernel image 6144 KiB\n"), log);
        assertTrue(log.contains(": memory:   modules 2048 KiB\n"), log);
        assertTrue(log.contains(": memory:   loader-reclaimable 1024 KiB\n"), log);
        assertTrue(log.contains(": memory:   framebuffer 3072 KiB\n"), log);
        assertTrue(log.contains("memory: frame allocator ready, "), log);
        assertTrue(log.contains("memory: kernel page tables at 0x"), log);
        assertTrue(log.contains("(1052 KiB of tables; 1 GiB pages yes, NX yes, PAT yes)\n"), log);
        assertTrue(log.contains("memory: virtual window 0xffffc00000000000+0x1000000000\n"), log);
        assertTrue(log.contains("memory: heap ready, side table 16384 bytes, "), log);
        assertEquals(KernelAddressSpace.root(), ram.machine.cpu().cr3);
        assertEquals(Usage.KERNEL_IMAGE, PhysicalMemory.usageOf(0x25ff000));
        assertEquals(Usage.LOADER_RECLAIMABLE, PhysicalMemory.usageOf(RESPONSES), "the responses stay");
        assertTrue(Heap.ready());
        long a = Heap.allocateForRuntime(100);
        assertEquals(Usage.HEAP, PhysicalMemory.usageOf(Hhdm.phys(a)));
        long fb = PageTables.translate(KernelAddressSpace.root(), SimulatedRam.HHDM + 0xfd000000L);
        assertEquals(0xfd000000L, fb);
        assertEquals(Pat.WRITE_COMBINING, PageTableEntry.pat(PageTables.leafEntry(KernelAddressSpace.root(), SimulatedRam.HHDM + 0xfd000000L), PageTables.leafLevel(KernelAddressSpace.root(), SimulatedRam.HHDM + 0xfd000000L)));
        long top = Stacks.allocate(Stacks.KERNEL, 0, 16384);
        assertTrue(top != 0);
        assertEquals(-1, PageTables.translate(KernelAddressSpace.root(), top - 16384 - 8));
    }

    @Test
    void aMissingResponseStopsInitWithAMessage() {
        respond(LIMINE_MAP);
        request("EXECUTABLE_FILE")[5] = 0;
        assertFalse(MemoryManager.init());
        assertEquals("[   0.000000] E cpu 0: memory: initialization failed: memory: no kernel executable file 0x0\n", LogText.plain(ram.serial.text()));
        request("HHDM")[5] = 0;
        ram.serial.text();
        assertFalse(MemoryManager.init());
        assertTrue(LogText.plain(ram.serial.text()).endsWith("memory: initialization failed: memory: no HHDM response 0x0\n"));
    }
}
