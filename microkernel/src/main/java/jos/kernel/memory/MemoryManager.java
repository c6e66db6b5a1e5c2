package jos.kernel.memory;

import jos.kernel.boot.limine.BootInfo;
import jos.kernel.console.Log;

/**
 * Brings the memory subsystem up on the bootstrap CPU, in order, logging each stage: the physical map
 * from the Limine memory map, the frame allocator, the kernel's page tables (with every framebuffer
 * write-combining in the HHDM even if the memory map does not list it; activated on this CPU),
 * the higher-half virtual window and the heap. Loader-reclaimable memory is kept (the Limine responses
 * and the other CPUs' parked stacks live there). Returns false after printing the problem if a stage
 * fails; the kernel cannot go on then.
 */
public final class MemoryManager {
    private MemoryManager() {
    }

    public static boolean init() {
        Problem.clear();
        if (!physicalMap() || !frames() || !kernelTables() || !virtualRanges() || !heap()) {
            Log.begin(Log.ERROR);
            Log.print("memory: initialization failed: ");
            Problem.print();
            return false;
        }
        return true;
    }

    private static boolean physicalMap() {
        long hhdm = BootInfo.hhdmOffset();
        if (hhdm == 0) return Problem.report(Problem.NO_HHDM, 0);
        Hhdm.setOffset(hhdm);
        long count = BootInfo.memoryMapEntryCount();
        if (count == 0) return Problem.report(Problem.NO_MEMORY_MAP, 0);
        PhysicalMemory.reset();
        for (long i = 0; i < count; i++) {
            if (!PhysicalMemory.addRegion(BootInfo.memoryMapBase(i), BootInfo.memoryMapLength(i),
                    Usage.fromLimine(BootInfo.memoryMapType(i)))) return false;
        }
        if (!PhysicalMemory.build()) return false;
        long elf = BootInfo.executableFileAddress();
        if (!KernelImage.check(elf)) return false;
        long imageBytes = KernelImage.imageBytes(elf, BootInfo.executableVirtualBase());
        if (!PhysicalMemory.setUsage(BootInfo.executablePhysicalBase(), imageBytes, Usage.KERNEL_IMAGE)) return false;
        Log.begin(Log.INFO);
        Log.print("memory: physical map of ");
        Log.dec(count);
        Log.print(" entries, frame table at ");
        Log.hex(PhysicalMemory.frameTable());
        Log.print(" for ");
        Log.dec(PhysicalMemory.frameCount());
        Log.print(" frames, kernel image ");
        Log.hex(BootInfo.executablePhysicalBase());
        Log.print("+");
        Log.hex(imageBytes);
        Log.newline();
        PhysicalMemory.printSummary();
        return true;
    }

    private static boolean frames() {
        FrameAllocator.init();
        Log.begin(Log.INFO);
        Log.print("memory: frame allocator ready, ");
        Log.dec(FrameAllocator.freeBytes() >>> 10);
        Log.println(" KiB free");
        return true;
    }

    private static boolean kernelTables() {
        PagingFeatures.detect();
        long before = PhysicalMemory.bytes(Usage.PAGE_TABLES);
        if (!KernelAddressSpace.build(BootInfo.executableFileAddress(), BootInfo.executablePhysicalBase(),
                BootInfo.executableVirtualBase())) return false;
        for (long i = 0; i < BootInfo.framebufferCount(); i++) {
            if (!KernelAddressSpace.mapWriteCombining(Hhdm.phys(BootInfo.framebufferAddress(i)), BootInfo.framebufferBytes(i))) return false;
        }
        KernelAddressSpace.activate();
        Log.begin(Log.INFO);
        Log.print("memory: kernel page tables at ");
        Log.hex(KernelAddressSpace.root());
        Log.print(" active (");
        Log.dec((PhysicalMemory.bytes(Usage.PAGE_TABLES) - before) >>> 10);
        Log.print(" KiB of tables; 1 GiB pages ");
        Log.print(PagingFeatures.gigabytePages() ? "yes" : "no");
        Log.print(", NX ");
        Log.print(PagingFeatures.noExecute() ? "yes" : "no");
        Log.print(", PAT ");
        Log.print(PagingFeatures.pat() ? "yes" : "no");
        Log.println(")");
        return true;
    }

    private static boolean virtualRanges() {
        VirtualRanges.init(VirtualRanges.WINDOW_BASE, VirtualRanges.WINDOW_SIZE);
        Stacks.reset();
        Log.begin(Log.INFO);
        Log.print("memory: virtual window ");
        Log.hex(VirtualRanges.WINDOW_BASE);
        Log.print("+");
        Log.hex(VirtualRanges.WINDOW_SIZE);
        Log.newline();
        return true;
    }

    private static boolean heap() {
        if (!Heap.init()) return false;
        Log.begin(Log.INFO);
        Log.print("memory: heap ready, side table ");
        Log.dec(PhysicalMemory.frameCount());
        Log.print(" bytes, ");
        Log.dec(FrameAllocator.freeBytes() >>> 10);
        Log.println(" KiB free");
        return true;
    }
}
