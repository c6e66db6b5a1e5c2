package jos.kernel.memory;

import jos.hw.sim.Machine;
import jos.hw.sim.SimCpu;
import jos.kernel.x86.PerCpu;
import jos.kernel.console.Serial;
import jos.kernel.testing.SerialCapture;

/**
 * A simulated machine whose first RAM_BYTES of physical memory are backed and reachable at HHDM + p,
 * as the kernel reaches RAM on the machine, with a serial console captured. Memory maps may describe
 * more memory than is backed: the allocator hands out the lowest frames first, so tests stay in it.
 */
public final class SimulatedRam implements AutoCloseable {
    public static final long HHDM = 0xffff_8000_0000_0000L;
    static final long RAM_BYTES = 64L << 20;
    static final long PER_CPU = 0x5000;

    final Machine machine;
    public final SerialCapture serial;

    SimulatedRam() {
        machine = Machine.install();
        machine.memory().map(HHDM, RAM_BYTES);
        machine.memory().map(PER_CPU, PerCpu.SIZE);             // cpu 0's block: the heap asks whether it is in a handler
        machine.cpu().writeMsr(SimCpu.IA32_GS_BASE, PER_CPU);
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
        Hhdm.setOffset(HHDM);
        Problem.clear();
        PagingFeatures.set(true, true, true, true);
        PageTables.LOCK[0] = 0;
    }

    /** A machine with bigMap's memory and the kernel's own address space built (from {@link FakeKernel}). */
    public static SimulatedRam withKernelAddressSpace() {
        SimulatedRam ram = new SimulatedRam();
        boot(bigMap());
        if (!KernelAddressSpace.build(FakeKernel.write(), FakeKernel.PHYSICAL_BASE, FakeKernel.VIRTUAL_BASE)) {
            throw new IllegalStateException("the kernel address space did not build: " + Problem.message());
        }
        return ram;
    }

    /** A machine with smallMap's memory and the kernel heap ready, for tests of kernel objects in heap blocks. */
    public static SimulatedRam withHeap() {
        SimulatedRam ram = new SimulatedRam();
        boot(smallMap());
        if (!Heap.init()) throw new IllegalStateException("the heap did not start: " + Problem.message());
        return ram;
    }

    /** The simulated machine, for tests that run several Java threads as its CPUs ({@code machine().attach()}). */
    public Machine machine() {
        return machine;
    }

    /** A small PC: low memory, the VGA/BIOS hole, 63 MiB usable: all of it backed. */
    static long[][] smallMap() {
        return new long[][] {
                {0x1000, 0x9e000, Usage.FREE},
                {0x9fc00, 0x400, Usage.RESERVED},
                {0xf0000, 0x10000, Usage.RESERVED},
                {0x100000, 0x3f00000, Usage.FREE},
        };
    }

    /**
     * A QEMU-like 10 GiB machine: low memory, loader data, the kernel and modules, ACPI, a framebuffer
     * and firmware below 4 GiB, 6 GiB above. Only the first 64 MiB are backed.
     */
    static long[][] bigMap() {
        return new long[][] {
                {0x1000, 0x9e000, Usage.FREE},
                {0x9fc00, 0x400, Usage.RESERVED},
                {0xf0000, 0x10000, Usage.RESERVED},
                {0x100000, 0x1f00000, Usage.FREE},
                {0x2000000, 0x800000, Usage.MODULES},           // the kernel image (6 MiB) and its ELF file
                {0x2800000, 0x100000, Usage.LOADER_RECLAIMABLE},
                {0x2900000, 0x56e0000, Usage.FREE},
                {0x7fe0000, 0x20000, Usage.ACPI_RECLAIMABLE},
                {0x8000000, 0x1000, Usage.BAD},
                {0xb0000000L, 0x10000000L, Usage.RESERVED},    // PCI ECAM
                {0xfd000000L, 0x300000, Usage.FRAMEBUFFER},
                {0xfeffc000L, 0x4000, Usage.ACPI_NVS},
                {0xfffc0000L, 0x40000, Usage.RESERVED},
                {0x1_0000_0000L, 0x1_8000_0000L, Usage.FREE},
        };
    }

    /** Registers map and builds the frame table and allocator; fails the test on a problem. */
    static void boot(long[][] map) {
        PhysicalMemory.reset();
        for (long[] e : map) {
            if (!PhysicalMemory.addRegion(e[0], e[1], (int) e[2])) throw new AssertionError(Problem.message());
        }
        if (!PhysicalMemory.build()) throw new AssertionError(Problem.message());
        FrameAllocator.init();
    }

    @Override
    public void close() {
        machine.close();
    }
}
