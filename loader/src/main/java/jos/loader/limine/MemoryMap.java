package jos.loader.limine;

import jos.hw.Memory;
import jos.limine.MemoryMapResponse;
import jos.loader.memory.MemoryMapBuilder;
import jos.loader.memory.MemoryMapEntry;
import jos.loader.memory.PhysicalAllocator;

/**
 * Memory map feature. The map must describe every allocation the loader made, including its own
 * storage, so {@link #build} allocates the storage first (sized for the worst case), then lays the
 * claims over the firmware map; nothing may be allocated after it.
 */
public final class MemoryMap {
    private MemoryMap() {
    }

    /** The physical address of the entries built by the last {@link #build}, and their count. */
    public static long entries;
    public static int count;

    /**
     * Builds the final map from the firmware table and the allocator's claims, using scratch (at least
     * {@link MemoryMapBuilder#scratchBytes} for one more claim than there are now), and answers the
     * request. False with a problem on failure.
     */
    public static boolean build(long firmware, int firmwareCount, long scratch, long[] problem) {
        int capacity = MemoryMapBuilder.maxEntries(firmwareCount, PhysicalAllocator.claimCount() + 1);
        long bytes = MemoryMapResponse.SIZE + 8L * capacity + (long) MemoryMapEntry.SIZE * capacity;
        long response = PhysicalAllocator.allocateReclaimable(bytes, problem);
        if (response == 0) return false;
        long pointers = response + MemoryMapResponse.SIZE;
        entries = pointers + 8L * capacity;
        count = MemoryMapBuilder.build(firmware, firmwareCount, PhysicalAllocator.claimTable(), PhysicalAllocator.claimCount(),
                entries, capacity, scratch, problem);
        if (count < 0) return false;
        for (int i = 0; i < count; i++) Memory.write64(pointers + 8L * i, Hhdm.virt(MemoryMapEntry.at(entries, i)));
        Memory.write64(response + MemoryMapResponse.REVISION, 0);
        Memory.write64(response + MemoryMapResponse.ENTRY_COUNT, count);
        Memory.write64(response + MemoryMapResponse.ENTRIES, Hhdm.virt(pointers));
        Requests.respond(Requests.MEMORY_MAP, response);
        return true;
    }
}
