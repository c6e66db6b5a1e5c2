package jos.kernel.syscall;

import jos.abi.Errors;
import jos.abi.Kinds;
import jos.abi.Protection;
import jos.abi.Rights;
import jos.kernel.boot.limine.BootInfo;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.UserMemory;
import jos.limine.File;

/**
 * memory_map (abi.md 21): maps memory the kernel keeps but lends through a capability into the caller's
 * space. A MEMORY capability names physical pages (the firmware's ACPI tables); a MODULE capability
 * names boot modules by number, and the call maps one module's bytes (the loader's frames, shared, never
 * copied). Either way the frames are not the process's ({@link UserMemory#mapBorrowed}): read-only unless
 * the capability has WRITE (a module never has), never executable (modules are data here; spawn loads
 * code), not counted in the quota, never freed by unmap.
 */
final class MemoryMapCall {
    private MemoryMapCall() {
    }

    /**
     * memory_map of the process whose table and address space root are given: length bytes from offset
     * (page-aligned) of the capability handle's memory, at address (0: a free one) with protection;
     * module is the module's number for a MODULE capability, else 0. record: a Capability record to fill.
     */
    static long call(long table, long root, long record, long handle, long offset, long length, long address, long protection,
            long module) {
        long rights = Rights.MAP | ((protection & Protection.WRITE) != 0 ? Rights.WRITE : 0);
        long found = CapabilityTable.lookup(table, handle, Kinds.MEMORY, rights, record);
        if (found == Errors.EBADF) found = CapabilityTable.lookup(table, handle, Kinds.MODULE, rights, record);
        if (found < 0) return found;
        if ((protection & Protection.EXECUTE) != 0 || (protection & Protection.READ) == 0 || !Protection.valid(protection)) {
            return Errors.EINVAL;
        }
        long physical, size;
        if (Capability.kind(record) == Kinds.MEMORY) {
            if (module != 0) return Errors.EINVAL;
            physical = Capability.object(record);
            size = Capability.length(record);
        } else {
            if (module < Capability.object(record) || module - Capability.object(record) >= Capability.length(record)) return Errors.EPERM;
            if (module >= BootInfo.moduleCount() || BootInfo.module(module) == 0) return Errors.ENOENT;
            long file = BootInfo.module(module);
            physical = Hhdm.phys(File.address(file));
            size = File.size(file);
        }
        if (offset < 0 || offset >= size || (offset & (Kinds.PAGE - 1)) != 0) return Errors.EINVAL;
        if (length <= 0 || length > size - offset) return Errors.EINVAL;   // the rest of a module's last page is mapped with it
        return UserMemory.mapBorrowed(root, address, physical + offset, length, protection);
    }
}
