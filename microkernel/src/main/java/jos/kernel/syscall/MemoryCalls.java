package jos.kernel.syscall;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.kernel.memory.UserMemory;

/**
 * The memory calls of abi.md (map, unmap, protect, memory_info) on the caller's address space: the
 * arguments go to {@link UserMemory} unchanged, which checks them and answers with an address, 0 or an
 * error. Mapping device memory ({@link UserMemory#mapDevice}) is not a call yet: it needs a device-memory
 * capability to check, and the capability layer wires it.
 */
final class MemoryCalls {
    private MemoryCalls() {
    }

    /** Memory call number with its first three arguments, on the address space root. */
    static long call(long root, long number, long a0, long a1, long a2) {
        if (number == Calls.MAP) return UserMemory.map(root, a0, a1, a2);
        if (number == Calls.UNMAP) return UserMemory.unmap(root, a0, a1);
        if (number == Calls.PROTECT) return UserMemory.protect(root, a0, a1, a2);
        if (number == Calls.MEMORY_INFO) return UserMemory.info(root, a0);
        return Errors.ENOSYS;
    }
}
