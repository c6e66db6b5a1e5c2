package jos.kernel.syscall;

import jos.abi.Calls;
import jos.abi.Errors;
import jos.hw.Memory;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;

/**
 * The capability calls (40-42) on the caller's table: cap_copy and cap_mint give a new handle; cap_delete
 * names the object whose last reference it removed in the record's DOOMED, for the dispatcher to destroy.
 */
final class CapabilityCalls {
    private CapabilityCalls() {
    }

    static long call(long table, long records, long number, long a0, long a1, long a2) {
        if (number == Calls.CAP_COPY) return CapabilityTable.copy(table, a0, table);
        if (number == Calls.CAP_MINT) return CapabilityTable.mint(table, a0, a1, a2);
        if (number == Calls.CAP_DELETE) {
            Memory.write64(records + CallRecord.DOOMED, 0);
            long record = records + CallRecord.CAPABILITY;
            long result = CapabilityTable.delete(table, a0, record);
            if (result == CapabilityTable.LAST) Memory.write64(records + CallRecord.DOOMED, Capability.object(record));
            return result < 0 ? result : 0;
        }
        return Errors.ENOSYS;
    }
}
