package jos.kernel.syscall;

import jos.abi.CacheType;
import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.Kinds;
import jos.abi.Protection;
import jos.abi.Rights;
import jos.hw.Memory;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.capability.KernelObject;
import jos.kernel.irq.Lines;
import jos.kernel.memory.UserMemory;
import jos.kernel.process.IrqBinding;
import jos.kernel.process.Process;
import jos.kernel.x86.cpu.Tss;

/**
 * The calls a user-space driver makes (abi.md 20 and 48-51), each on a range capability of the caller's
 * table: device_map maps part of a DEVICE_MEMORY range; irq_bind, irq_ack and irq_unbind work on one line
 * of an IRQ range (an index into it, so a driver need not know the line's number) through
 * {@link IrqBinding} and {@link Lines}; io_ports allows an IO_PORTS range in the process's I/O bitmap and
 * loads it into this CPU's TSS at once (other CPUs load it when they switch to the process). A
 * notification whose last reference an unbind or a failed bind gave back is named in DOOMED.
 */
final class DeviceCalls {
    private DeviceCalls() {
    }

    /** Call number of process (address space root; tss: this CPU's) with its arguments; records: CallRecord. */
    static long call(long process, long root, long tss, long records, long number, long a0, long a1, long a2, long a3, long a4,
            long a5) {
        long record = records + CallRecord.CAPABILITY, doomed = records + CallRecord.DOOMED;
        Memory.write64(doomed, 0);
        long table = Process.table(process);
        if (number == Calls.DEVICE_MAP) return map(table, root, record, a0, a1, a2, a3, a4, a5);
        if (number == Calls.IO_PORTS) return ioPorts(table, root, tss, record, a0);
        long line = line(table, record, a0, a1);
        if (line < 0) return line;
        if (number == Calls.IRQ_BIND) return bind(process, table, record, doomed, line, a2, a3);
        if (number == Calls.IRQ_ACK) return Lines.acknowledge(line, process);
        if (number == Calls.IRQ_UNBIND) return IrqBinding.unbind(process, line, doomed);
        return Errors.ENOSYS;
    }

    /** The line at index of the IRQ capability irq (CONTROL), or EBADF, EPERM, EINVAL (index outside the range). */
    private static long line(long table, long record, long irq, long index) {
        long found = CapabilityTable.lookup(table, irq, Kinds.IRQ, Rights.CONTROL, record);
        if (found < 0) return found;
        if (index < 0 || index >= Capability.length(record)) return Errors.EINVAL;
        return Capability.object(record) + index;
    }

    private static long bind(long process, long table, long record, long doomed, long line, long notification, long bits) {
        long found = CapabilityTable.lookup(table, notification, Kinds.NOTIFICATION, Rights.SIGNAL, record);
        if (found < 0) return found;
        long object = Capability.object(record);
        long bound = bits == 0 ? Errors.EINVAL : IrqBinding.bind(process, line, object, bits);
        if (bound != 0 && KernelObject.release(object) == 0) Memory.write64(doomed, object);   // else the binding keeps the lookup's reference
        return bound;
    }

    private static long ioPorts(long table, long root, long tss, long record, long ports) {
        long found = CapabilityTable.lookup(table, ports, Kinds.IO_PORTS, Rights.CONTROL, record);
        if (found < 0) return found;
        long bitmap = UserMemory.allowPorts(root, Capability.object(record), Capability.length(record));
        if (bitmap == 0) return Errors.ENOMEM;
        Tss.loadIoBitmap(tss, bitmap);
        return 0;
    }

    /**
     * device_map: length bytes from offset of the DEVICE_MEMORY capability's range, at address (0: a free
     * one) with protection (never EXECUTE) and cache type; MAP and, to write, WRITE needed.
     */
    private static long map(long table, long root, long record, long handle, long offset, long length, long address,
            long protection, long cacheType) {
        long rights = Rights.MAP | ((protection & Protection.WRITE) != 0 ? Rights.WRITE : 0);
        long found = CapabilityTable.lookup(table, handle, Kinds.DEVICE_MEMORY, rights, record);
        if (found < 0) return found;
        long size = Capability.length(record);
        if ((protection & Protection.EXECUTE) != 0 || (protection & Protection.READ) == 0) return Errors.EINVAL;
        if (cacheType != CacheType.WRITE_COMBINING && cacheType != CacheType.UNCACHEABLE && cacheType != CacheType.WRITE_BACK) return Errors.EINVAL;
        if (offset < 0 || offset >= size || (offset & (Kinds.PAGE - 1)) != 0) return Errors.EINVAL;
        if (length <= 0 || length > size - offset) return Errors.EINVAL;   // size and offset are whole pages: a partial last page stays inside
        return UserMemory.mapDevice(root, address, Capability.object(record) + offset, length, protection, (int) cacheType);
    }
}
