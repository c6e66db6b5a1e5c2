package jos.kernel.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.abi.CacheType;
import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.Kinds;
import jos.abi.Protection;
import jos.abi.Rights;
import jos.hw.Memory;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.capability.KernelObject;
import jos.kernel.ipc.Notification;
import jos.kernel.irq.IrqTesting;
import jos.kernel.irq.Lines;
import jos.kernel.memory.Heap;
import jos.kernel.memory.SimulatedRam;
import jos.kernel.memory.UserMemory;
import jos.kernel.process.IrqBinding;
import jos.kernel.process.Process;
import jos.kernel.sched.Thread;
import jos.kernel.x86.cpu.Tss;
import jos.x86.PageTableEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The driver calls over processes' tables: irq_bind/irq_ack/irq_unbind as a state machine on a simulated
 * I/O APIC (masked until acknowledged, one owner, the notification kept alive by the binding, the line
 * given back by unbind and by death), io_ports' bitmap and TSS, device_map's checks.
 */
class DeviceCallsTest {
    static final long LINE = 4, PORTS = 0x3f8, DEVICE = 0xfe00_0000L;
    SimulatedRam ram;
    long driver, other, driverThread, otherThread, tss;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
        assertTrue(Heap.init());
        IrqTesting.install(ram.machine());
        Lines.install(new IrqBinding.Delivery());
        driver = Process.create(16, UserMemory.DEFAULT_QUOTA);
        other = Process.create(16, UserMemory.DEFAULT_QUOTA);
        driverThread = IpcCallsTest.thread(driver);
        otherThread = IpcCallsTest.thread(other);
        tss = Heap.allocate(Tss.AREA);
        Tss.init(tss);
    }

    @AfterEach
    void tearDown() {
        IrqTesting.reset();
        ram.close();
    }

    long call(long process, long thread, long number, long... args) {
        long[] a = new long[6];
        System.arraycopy(args, 0, a, 0, args.length);
        return DeviceCalls.call(process, Process.root(process), tss, thread + Thread.SPARE, number, a[0], a[1], a[2], a[3], a[4], a[5]);
    }

    long doomed(long thread) {
        return Memory.read64(thread + Thread.SPARE + CallRecord.DOOMED);
    }

    long irq(long process, int rights) {
        return CapabilityTable.insertRange(Process.table(process), Kinds.IRQ, rights, LINE, 1);
    }

    long notification(long thread) {
        long handle = IpcCalls.call(thread, Calls.NOTIFICATION_CREATE, 0, 0);
        assertTrue(handle > 0, "a notification: " + handle);
        return handle;
    }

    long object(long process, long handle) {
        long record = Heap.allocate(64);
        assertEquals(0, CapabilityTable.lookup(Process.table(process), handle, Kinds.NONE, 0, record));
        long object = jos.kernel.capability.Capability.object(record);
        KernelObject.release(object);
        return object;
    }

    @Test
    void aBoundLineSignalsItsNotificationOnceUntilTheAcknowledge() {
        long irq = irq(driver, Rights.CONTROL), n = notification(driverThread);
        long word = object(driver, n) + Notification.WORD;
        assertEquals(0, call(driver, driverThread, Calls.IRQ_BIND, irq, 0, n, 0x10));
        assertTrue(IrqTesting.masked((int) LINE), "masked until the driver has set up its device and acknowledged");
        assertEquals(0, call(driver, driverThread, Calls.IRQ_ACK, irq, 0));
        assertFalse(IrqTesting.masked((int) LINE));
        IrqTesting.fire(LINE);
        assertEquals(0x10, Memory.read64(word), "the bits are in the notification");
        assertFalse(IrqTesting.masked((int) LINE), "an edge line (ISA IRQ 4) stays unmasked: a masked pin drops edges");
        Memory.write64(word, 0);                             // the driver's wait took the bits
        IrqTesting.fire(LINE);
        assertEquals(0, Memory.read64(word), "no second signal before the acknowledge");
        assertEquals(2, Lines.count(LINE));
        assertEquals(0, call(driver, driverThread, Calls.IRQ_ACK, irq, 0));
        assertEquals(0x10, Memory.read64(word), "the edge that came meanwhile is signalled at the acknowledge");
        assertEquals(0, call(driver, driverThread, Calls.IRQ_ACK, irq, 0));
        assertFalse(IrqTesting.masked((int) LINE));
        assertEquals(0, call(driver, driverThread, Calls.IRQ_UNBIND, irq, 0));
        assertTrue(IrqTesting.masked((int) LINE));
        assertEquals(0, doomed(driverThread), "the capability still names the notification");
        assertEquals(Errors.EINVAL, call(driver, driverThread, Calls.IRQ_ACK, irq, 0), "no longer bound");
        assertEquals(0, call(driver, driverThread, Calls.IRQ_BIND, irq, 0, n, 1), "the line can be bound again");
    }

    @Test
    void bindChecksBothCapabilities() {
        long n = notification(driverThread);
        long noControl = irq(driver, Rights.COPY);
        assertEquals(Errors.EPERM, call(driver, driverThread, Calls.IRQ_BIND, noControl, 0, n, 1));
        long irq = irq(driver, Rights.CONTROL);
        assertEquals(Errors.EBADF, call(driver, driverThread, Calls.IRQ_BIND, n, 0, n, 1), "a notification is not an IRQ");
        assertEquals(Errors.EBADF, call(driver, driverThread, Calls.IRQ_BIND, irq, 0, irq, 1), "an IRQ is not a notification");
        assertEquals(Errors.EINVAL, call(driver, driverThread, Calls.IRQ_BIND, irq, 1, n, 1), "index outside the range");
        assertEquals(Errors.EINVAL, call(driver, driverThread, Calls.IRQ_BIND, irq, -1, n, 1));
        assertEquals(Errors.EINVAL, call(driver, driverThread, Calls.IRQ_BIND, irq, 0, n, 0), "no bits");
        long waitOnly = CapabilityTable.mint(Process.table(driver), n, Rights.WAIT, 0);
        assertEquals(Errors.EPERM, call(driver, driverThread, Calls.IRQ_BIND, irq, 0, waitOnly, 1));
        long far = CapabilityTable.insertRange(Process.table(driver), Kinds.IRQ, Rights.CONTROL, 200, 1);
        assertEquals(Errors.EINVAL, call(driver, driverThread, Calls.IRQ_BIND, far, 0, n, 1), "no I/O APIC has line 200");
        assertEquals(2, KernelObject.references(object(driver, n)), "its two capabilities: failed binds kept no reference");
        assertTrue(IrqTesting.masked((int) LINE));
    }

    @Test
    void anotherProcessCannotTakeAcknowledgeOrUnbindTheLine() {
        long irq = irq(driver, Rights.CONTROL), n = notification(driverThread);
        long otherIrq = irq(other, Rights.CONTROL), otherN = notification(otherThread);
        assertEquals(0, call(driver, driverThread, Calls.IRQ_BIND, irq, 0, n, 1));
        assertEquals(Errors.EBUSY, call(other, otherThread, Calls.IRQ_BIND, otherIrq, 0, otherN, 1));
        assertEquals(Errors.EBUSY, call(other, otherThread, Calls.IRQ_ACK, otherIrq, 0));
        assertTrue(IrqTesting.masked((int) LINE));
        assertEquals(Errors.EBUSY, call(other, otherThread, Calls.IRQ_UNBIND, otherIrq, 0));
        assertEquals(0, call(driver, driverThread, Calls.IRQ_ACK, irq, 0));
    }

    @Test
    void theBindingKeepsADeletedNotificationUntilUnbound() {
        long irq = irq(driver, Rights.CONTROL), n = notification(driverThread);
        long object = object(driver, n);
        assertEquals(0, call(driver, driverThread, Calls.IRQ_BIND, irq, 0, n, 1));
        assertEquals(0, CapabilityCalls.call(Process.table(driver), driverThread + Thread.SPARE, Calls.CAP_DELETE, n, 0, 0));
        assertEquals(0, doomed(driverThread), "the binding still references it");
        assertEquals(1, KernelObject.references(object));
        assertEquals(0, call(driver, driverThread, Calls.IRQ_ACK, irq, 0));
        IrqTesting.fire(LINE);
        assertEquals(1, Memory.read64(object + Notification.WORD));
        assertEquals(0, call(driver, driverThread, Calls.IRQ_UNBIND, irq, 0));
        assertEquals(object, doomed(driverThread), "the unbind let go of the last reference");
    }

    @Test
    void deathReleasesTheLinesMaskedAndEveryBlockComesBack() {
        long dying = Process.create(16, UserMemory.DEFAULT_QUOTA);
        long thread = IpcCallsTest.thread(dying);
        long irq = irq(dying, Rights.CONTROL), n = notification(thread);
        long ports = CapabilityTable.insertRange(Process.table(dying), Kinds.IO_PORTS, Rights.CONTROL, PORTS, 8);
        assertEquals(0, call(dying, thread, Calls.IRQ_BIND, irq, 0, n, 1));
        assertEquals(0, call(dying, thread, Calls.IRQ_ACK, irq, 0));
        assertEquals(0, call(dying, thread, Calls.IO_PORTS, ports));
        assertEquals(0, CapabilityCalls.call(Process.table(dying), thread + Thread.SPARE, Calls.CAP_DELETE, n, 0, 0), "only the binding names it now");
        assertTrue(Process.begin(dying, -9));
        while (Process.teardown(dying) != 0) {
            // nothing waits
        }
        assertTrue(IrqTesting.masked((int) LINE), "a dead driver's line is masked");
        assertEquals(Errors.EINVAL, Lines.count(LINE), "and free");
        assertEquals(0, call(driver, driverThread, Calls.IRQ_BIND, irq(driver, Rights.CONTROL), 0, notification(driverThread), 1));
    }

    @Test
    void ioPortsAllowsExactlyTheRangeAndLoadsTheBitmapHere() {
        assertEquals(Tss.IO_MAP_OFF, Tss.ioMapBase(tss), "no ports before");
        long ports = CapabilityTable.insertRange(Process.table(driver), Kinds.IO_PORTS, Rights.CONTROL, PORTS, 8);
        long noControl = CapabilityTable.insertRange(Process.table(driver), Kinds.IO_PORTS, Rights.COPY, 0x60, 1);
        long irq = irq(driver, Rights.CONTROL);
        assertEquals(Errors.EPERM, call(driver, driverThread, Calls.IO_PORTS, noControl));
        assertEquals(Errors.EBADF, call(driver, driverThread, Calls.IO_PORTS, irq));
        assertEquals(Errors.EBADF, call(driver, driverThread, Calls.IO_PORTS, 12345));
        assertEquals(0, UserMemory.ioBitmap(Process.root(driver)), "refused calls made no bitmap");
        assertEquals(0, call(driver, driverThread, Calls.IO_PORTS, ports));
        long bitmap = UserMemory.ioBitmap(Process.root(driver));
        assertTrue(bitmap != 0);
        assertEquals(Tss.IO_BITMAP, Tss.ioMapBase(tss), "the bitmap is in effect on this CPU at once");
        for (int port = 0; port < 65536; port++) {
            boolean allowed = port >= PORTS && port < PORTS + 8;
            assertEquals(allowed, (Memory.read8(bitmap + port / 8) >> (port % 8) & 1) == 0, "port " + port);
            assertEquals(allowed, (Memory.read8(tss + Tss.IO_BITMAP + port / 8) >> (port % 8) & 1) == 0, "tss port " + port);
        }
        assertEquals(-1, Memory.read8(tss + Tss.IO_BITMAP + Tss.IO_BITMAP_BYTES), "the terminating byte");
        assertEquals(0, UserMemory.ioBitmap(Process.root(other)));
    }

    @Test
    void deviceMapChecksTheRangeTheRightsAndTheCacheType() {
        long table = Process.table(driver);
        long device = CapabilityTable.insertRange(table, Kinds.DEVICE_MEMORY, Rights.MAP | Rights.WRITE, DEVICE, 2 * Kinds.PAGE);
        long readOnly = CapabilityTable.insertRange(table, Kinds.DEVICE_MEMORY, Rights.MAP, DEVICE, Kinds.PAGE);
        long ram = CapabilityTable.insertRange(table, Kinds.DEVICE_MEMORY, Rights.MAP, 0x10_0000, Kinds.PAGE);
        long rw = Protection.READ | Protection.WRITE;
        assertEquals(Errors.EPERM, call(driver, driverThread, Calls.DEVICE_MAP, readOnly, 0, 4096, 0, rw, CacheType.UNCACHEABLE));
        assertEquals(Errors.EINVAL, call(driver, driverThread, Calls.DEVICE_MAP, device, 0, 4096, 0, Protection.READ | Protection.EXECUTE,
                CacheType.UNCACHEABLE), "never executable");
        assertEquals(Errors.EINVAL, call(driver, driverThread, Calls.DEVICE_MAP, device, 0, 4096, 0, rw, 7), "unknown cache type");
        assertEquals(Errors.EINVAL, call(driver, driverThread, Calls.DEVICE_MAP, device, 0, 4096, 0, rw, 1L << 32 | CacheType.UNCACHEABLE));
        assertEquals(Errors.EINVAL, call(driver, driverThread, Calls.DEVICE_MAP, device, 2 * 4096, 4096, 0, rw, CacheType.UNCACHEABLE), "past the range");
        assertEquals(Errors.EINVAL, call(driver, driverThread, Calls.DEVICE_MAP, device, 4096, 8192, 0, rw, CacheType.UNCACHEABLE), "runs past it");
        assertEquals(Errors.EINVAL, call(driver, driverThread, Calls.DEVICE_MAP, device, 100, 4096, 0, rw, CacheType.UNCACHEABLE), "not a page offset");
        assertEquals(Errors.EINVAL, call(driver, driverThread, Calls.DEVICE_MAP, device, 0, 0, 0, rw, CacheType.UNCACHEABLE));
        assertEquals(Errors.EINVAL, call(driver, driverThread, Calls.DEVICE_MAP, ram, 0, 4096, 0, Protection.READ, CacheType.UNCACHEABLE), "RAM is refused");
        assertEquals(Errors.EBADF, call(driver, driverThread, Calls.DEVICE_MAP, irq(driver, Rights.CONTROL), 0, 4096, 0, rw, CacheType.UNCACHEABLE));
        long address = call(driver, driverThread, Calls.DEVICE_MAP, device, 4096, 4096, 0, rw, CacheType.UNCACHEABLE);
        assertTrue(address > 0, "mapped: " + address);
        long entry = jos.kernel.memory.PageTables.leafEntry(Process.root(driver), address);
        assertEquals(DEVICE + 4096, PageTableEntry.address(entry, 1));
        assertTrue((entry & PageTableEntry.NO_EXECUTE) != 0, "never executable");
        assertTrue((entry & PageTableEntry.CACHE_DISABLE) != 0, "uncacheable");
    }

    /** cap_delete of an IRQ capability, as Syscalls follows it: the lines no capability with CONTROL left in the table covers are unbound. */
    long deleteIrq(long process, long thread, long handle) {
        long records = thread + Thread.SPARE, deleted = records + CallRecord.CAPABILITY;
        assertEquals(0, CapabilityCalls.call(Process.table(process), records, Calls.CAP_DELETE, handle, 0, 0));
        assertEquals(Kinds.IRQ, jos.kernel.capability.Capability.kind(deleted));
        int unbound = 0;
        while (IrqBinding.releaseUncovered(process, jos.kernel.capability.Capability.object(deleted),
                jos.kernel.capability.Capability.length(deleted), records + CallRecord.DOOMED) == 0) {
            unbound++;
        }
        return unbound;
    }

    @Test
    void deletingTheProcesssLastIrqCapabilityWithControlForALineUnbindsIt() {
        long a = irq(driver, Rights.CONTROL), b = irq(driver, Rights.CONTROL), weak = irq(driver, Rights.COPY), n = notification(driverThread);
        long object = object(driver, n);
        irq(other, Rights.CONTROL);
        assertEquals(0, call(driver, driverThread, Calls.IRQ_BIND, a, 0, n, 1));
        assertEquals(0, call(driver, driverThread, Calls.IRQ_ACK, a, 0));
        assertEquals(0, deleteIrq(driver, driverThread, a), "b still covers the line");
        assertFalse(IrqTesting.masked((int) LINE));
        IrqTesting.fire(LINE);
        assertEquals(1, Memory.read64(object + Notification.WORD), "still bound");
        assertEquals(0, call(driver, driverThread, Calls.IRQ_ACK, b, 0), "through the other capability");

        assertEquals(0, CapabilityCalls.call(Process.table(driver), driverThread + Thread.SPARE, Calls.CAP_DELETE, n, 0, 0));
        assertEquals(1, deleteIrq(driver, driverThread, b), "neither a capability without CONTROL nor another process's keeps it");
        assertTrue(IrqTesting.masked((int) LINE), "the line is masked");
        assertEquals(Errors.EINVAL, Lines.count(LINE), "and free");
        assertEquals(object, doomed(driverThread), "the binding held the notification's last reference");
        assertEquals(Errors.EPERM, call(driver, driverThread, Calls.IRQ_ACK, weak, 0));
    }

    @Test
    void aWideCapabilitysDeletionUnbindsOnlyTheLinesNothingElseCovers() {
        long wide = CapabilityTable.insertRange(Process.table(driver), Kinds.IRQ, Rights.CONTROL, LINE, 3);
        long narrow = CapabilityTable.insertRange(Process.table(driver), Kinds.IRQ, Rights.CONTROL, LINE + 2, 1);
        long n = notification(driverThread);
        assertEquals(0, call(driver, driverThread, Calls.IRQ_BIND, wide, 0, n, 1));
        assertEquals(0, call(driver, driverThread, Calls.IRQ_BIND, wide, 2, n, 2));
        assertEquals(1, deleteIrq(driver, driverThread, wide), "only the first line");
        assertEquals(Errors.EINVAL, Lines.count(LINE));
        assertEquals(0, Lines.count(LINE + 2), "the narrow capability still covers the third line");
        assertEquals(0, call(driver, driverThread, Calls.IRQ_UNBIND, narrow, 0));
    }
}
