package jos.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.MemoryInfo;
import jos.abi.Protection;
import jos.kernel.memory.PageTables;
import jos.kernel.memory.SimulatedRam;
import jos.kernel.memory.UserAddressSpace;
import jos.kernel.memory.UserMemory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The memory calls reach UserMemory with their arguments in abi.md's order (address, length, protection). */
class MemoryCallsTest {
    static final long PAGE = 0x1000, AT = 0x2000_0000L;
    SimulatedRam ram;
    long root;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
        root = UserAddressSpace.create();
    }

    @AfterEach
    void tearDown() {
        UserAddressSpace.destroy(root);
        ram.close();
    }

    @Test
    void mapProtectUnmapAndMemoryInfo() {
        long rw = Protection.READ | Protection.WRITE;
        assertEquals(AT, MemoryCalls.call(root, Calls.MAP, AT, 2 * PAGE, rw));
        assertEquals(UserMemory.SEARCH_START, MemoryCalls.call(root, Calls.MAP, 0, PAGE, Protection.NONE));
        assertEquals(Errors.EINVAL, MemoryCalls.call(root, Calls.PROTECT, AT, PAGE, Protection.ALL));
        assertEquals(0, MemoryCalls.call(root, Calls.PROTECT, AT, PAGE, Protection.READ));
        assertEquals(UserMemory.DEFAULT_QUOTA, MemoryCalls.call(root, Calls.MEMORY_INFO, MemoryInfo.QUOTA, 0, 0));
        assertEquals(UserMemory.used(root), MemoryCalls.call(root, Calls.MEMORY_INFO, MemoryInfo.USED, 0, 0));
        assertEquals(0, MemoryCalls.call(root, Calls.UNMAP, AT, 2 * PAGE, 0));
        assertEquals(-1, PageTables.translate(root, AT));
        assertEquals(Errors.ENOSYS, MemoryCalls.call(root, Calls.MEMORY_INFO + 1, 0, 0, 0));
    }
}
