package jos.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.abi.Errors;
import jos.abi.Kinds;
import jos.abi.Protection;
import jos.abi.Rights;
import jos.hw.Memory;
import jos.kernel.boot.limine.Requests;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.memory.FrameAllocator;
import jos.kernel.memory.Heap;
import jos.kernel.memory.PageTables;
import jos.kernel.memory.Problem;
import jos.kernel.memory.SimulatedRam;
import jos.kernel.memory.UserMemory;
import jos.kernel.process.Objects;
import jos.kernel.process.Process;
import jos.limine.File;
import jos.limine.ModuleResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * memory_map's checks over a process's table: a MEMORY capability's pages (the simulated machine's ACPI
 * memory) and a MODULE capability's module (a simulated boot module in its loader memory), the rights
 * and ranges they allow, and where the mapping points.
 */
class MemoryMapCallTest {
    static final long PAGE = Kinds.PAGE, ACPI = 0x7fe0000, MODULE = 0x2600000, MODULE_BYTES = PAGE + 100;
    static final long R = Protection.READ, RW = Protection.READ | Protection.WRITE;
    SimulatedRam ram;
    long process, table, root, record;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
        assertTrue(Heap.init());
        process = Process.create(16, UserMemory.DEFAULT_QUOTA);
        table = Process.table(process);
        root = Process.root(process);
        record = Heap.allocate(Capability.SIZE);
        long file = Heap.allocate(File.BYTES);
        Memory.fill(file, (byte) 0, File.BYTES);
        Memory.write64(file + File.ADDRESS, SimulatedRam.HHDM + MODULE);
        Memory.write64(file + File.SIZE, MODULE_BYTES);
        long pointers = Heap.allocate(16);
        Memory.write64(pointers, file);
        Memory.write64(pointers + 8, 0);   // module 1 is listed but absent
        long response = Heap.allocate(24);
        Memory.write64(response + ModuleResponse.MODULE_COUNT, 2);
        Memory.write64(response + ModuleResponse.MODULES, pointers);
        Requests.MODULES[Requests.RESPONSE] = response;
    }

    @AfterEach
    void tearDown() {
        Requests.MODULES[Requests.RESPONSE] = 0;
        ram.close();
    }

    long map(long handle, long offset, long length, long address, long protection, long module) {
        return MemoryMapCall.call(table, root, record, handle, offset, length, address, protection, module);
    }

    @Test
    void aMemoryCapabilityMapsItsPagesReadOnlyUnlessItMayWrite() {
        long tables = CapabilityTable.insertRange(table, Kinds.MEMORY, Rights.MAP | Rights.COPY, ACPI, 4 * PAGE);
        long at = map(tables, PAGE, 2 * PAGE, 0, R, 0);
        assertEquals(UserMemory.SEARCH_START, at);
        assertEquals(ACPI + PAGE, PageTables.translate(root, at), "the offset into the range");
        assertEquals(ACPI + 2 * PAGE, PageTables.translate(root, at + PAGE));

        assertEquals(Errors.EPERM, map(tables, 0, PAGE, 0, RW, 0), "writable without WRITE");
        long mapless = CapabilityTable.mintRange(table, tables, Rights.COPY, ACPI, PAGE);
        assertEquals(Errors.EPERM, map(mapless, 0, PAGE, 0, R, 0), "no MAP");
        long endpoint = CapabilityTable.insert(table, Kinds.ENDPOINT, Rights.of(Kinds.ENDPOINT), Objects.endpoint());
        assertEquals(Errors.EBADF, map(endpoint, 0, PAGE, 0, R, 0), "another kind");
        assertEquals(Errors.EBADF, map(0, 0, PAGE, 0, R, 0), "no handle");
        assertEquals(Errors.EINVAL, map(tables, 0, PAGE, 0, R | Protection.EXECUTE, 0), "never executable");
        assertEquals(Errors.EINVAL, map(tables, 0, PAGE, 0, Protection.NONE, 0));
        assertEquals(Errors.EINVAL, map(tables, 8, PAGE, 0, R, 0), "offset not a page");
        assertEquals(Errors.EINVAL, map(tables, 4 * PAGE, PAGE, 0, R, 0), "offset past the range");
        assertEquals(Errors.EINVAL, map(tables, -PAGE, PAGE, 0, R, 0));
        assertEquals(Errors.EINVAL, map(tables, 3 * PAGE, PAGE + 1, 0, R, 0), "length past the range");
        assertEquals(Errors.EINVAL, map(tables, 0, 0, 0, R, 0));
        assertEquals(Errors.EINVAL, map(tables, 0, PAGE, 0, R, 1), "a module number with a MEMORY capability");

        long writable = CapabilityTable.insertRange(table, Kinds.MEMORY, Rights.MAP | Rights.WRITE, ACPI, PAGE);
        long w = map(writable, 0, PAGE, 0, RW, 0);
        assertTrue(w > 0, "WRITE allows a writable mapping: " + w);
        long ramPages = CapabilityTable.insertRange(table, Kinds.MEMORY, Rights.MAP, 0x10_0000, PAGE);
        assertEquals(Errors.EINVAL, map(ramPages, 0, PAGE, 0, R, 0), "RAM the kernel hands out is never lent");
        assertEquals(Problem.BORROWED_RANGE_NOT_FIRMWARE, Problem.reason());
    }

    @Test
    void aModuleCapabilityMapsTheModulesOwnFramesReadOnlyAndUnmapLeavesThem() {
        long modules = CapabilityTable.insertRange(table, Kinds.MODULE, Rights.of(Kinds.MODULE), 0, 2);
        long at = map(modules, 0, MODULE_BYTES, 0, R, 0);
        assertEquals(UserMemory.SEARCH_START, at);
        assertEquals(MODULE, PageTables.translate(root, at), "the loader's frames: shared, not copied");
        assertEquals(MODULE + PAGE, PageTables.translate(root, at + PAGE), "the module's partial last page too");
        assertEquals(-1, PageTables.translate(root, at + 2 * PAGE));
        long used = UserMemory.used(root);
        assertEquals(MODULE + PAGE, PageTables.translate(root, map(modules, PAGE, MODULE_BYTES - PAGE, 0, R, 0)), "from an offset");
        assertTrue(UserMemory.used(root) - used < PAGE * 2, "not counted in the quota (at most the tables)");

        assertEquals(Errors.EPERM, map(modules, 0, PAGE, 0, RW, 0), "a module is never writable");
        assertEquals(Errors.EINVAL, map(modules, 0, PAGE, 0, R | Protection.EXECUTE, 0), "nor executable");
        assertEquals(Errors.EINVAL, map(modules, 0, MODULE_BYTES + 1, 0, R, 0), "past the module's end");
        assertEquals(Errors.EINVAL, map(modules, 2 * PAGE, PAGE, 0, R, 0), "an offset past its end");
        assertEquals(Errors.ENOENT, map(modules, 0, PAGE, 0, R, 1), "module 1 is absent");
        assertEquals(Errors.EPERM, map(modules, 0, PAGE, 0, R, 2), "module 2 is outside the capability");
        long one = CapabilityTable.mintRange(table, modules, Rights.MAP, 1, 1);
        assertEquals(Errors.EPERM, map(one, 0, PAGE, 0, R, 0), "module 0 is outside the narrowed capability");
        long spawnOnly = CapabilityTable.mintRange(table, modules, Rights.CONTROL, 0, 1);
        assertEquals(Errors.EPERM, map(spawnOnly, 0, PAGE, 0, R, 0), "no MAP");

        long free = FrameAllocator.freeBytes();
        Problem.clear();
        assertEquals(0, UserMemory.unmap(root, at, 2 * PAGE));
        assertEquals(Problem.NONE, Problem.reason(), "no free of the module's frames: " + Problem.message());
        assertEquals(free, FrameAllocator.freeBytes(), "unmap gives back nothing the allocator owns");
        assertEquals(-1, PageTables.translate(root, at));
    }
}
