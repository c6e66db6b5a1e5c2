package jos.kernel.scenario;

import jos.abi.Handle;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.kernel.acpi.AcpiReport;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.console.Log;
import jos.kernel.console.Serial;
import jos.kernel.irq.IoApics;
import jos.kernel.memory.Heap;
import jos.kernel.process.Process;
import jos.kernel.process.UserThread;
import jos.kernel.sched.Scheduler;

/**
 * Drivers in user space (QemuBootIT). The scenario makes the device capabilities itself, as the first
 * process will once it hands out what the kernel found: an IRQ capability for COM1's line (ISA IRQ 4
 * through the MADT's route), an IO_PORTS capability for its ports, a DEVICE_MEMORY capability for the
 * HPET's register page. Every frame and heap byte comes back after each scenario.
 */
final class DeviceScenarios {
    static final int COM1_IRQ = 4, COM1_PORTS = 8;

    private DeviceScenarios() {
    }

    /**
     * test=device-uart: UartDriver (on cpu 1 when there is one, so each interrupt wakes it across CPUs)
     * holds COM1's line and ports, and prints each byte the test types into COM1.
     */
    static void uart() {
        long freeBefore = ProcessScenarios.freeNow(), heapBefore = Heap.bytesInUse();
        long line = IoApics.isaLine(COM1_IRQ);
        long table = CapabilityTable.create(ProcessScenarios.TABLE_SLOTS);
        if (line < 0 || table == 0) {
            Log.println("test device-uart: no route for ISA IRQ 4 or no room for a table");
            return;
        }
        long irq = CapabilityTable.insertRange(table, Kinds.IRQ, Rights.CONTROL | Rights.COPY, line, 1);
        long ports = CapabilityTable.insertRange(table, Kinds.IO_PORTS, Rights.CONTROL | Rights.COPY, Serial.COM1, COM1_PORTS);
        int cpu = Scheduler.cpus() > 1 ? 1 : 0;
        if (!ProcessScenarios.spawn(0, "/uartdriver.elf", cpu, table, irq, false)) return;
        if (!give(table, ports, 1, "test device-uart")) return;
        ProcessScenarios.closeTable(table);
        Log.print("test device-uart: the driver on cpu ");
        Log.dec(cpu);
        Log.print(" holds gsi ");
        Log.dec(line);
        Log.print(" and ports ");
        Log.hex(Serial.COM1, 3);
        Log.print('-');
        Log.hex(Serial.COM1 + COM1_PORTS - 1, 3);
        Log.newline();
        UserThread.start(ProcessScenarios.THREADS[0]);
        ProcessScenarios.finish(0);
        ProcessScenarios.reportMemory("device-uart", freeBefore, heapBefore);
    }

    /**
     * test=devices: PortFault opens COM1's ports and is killed by #GP on a port it does not hold; then
     * HpetRead, on the same CPU and never given ports, maps the HPET's page read-only and is killed by #GP
     * on COM1's port (the first process's bitmap did not stay in the TSS).
     */
    static void portsAndMemory() {
        long freeBefore = ProcessScenarios.freeNow(), heapBefore = Heap.bytesInUse();
        long table = CapabilityTable.create(ProcessScenarios.TABLE_SLOTS);
        long hpet = AcpiReport.hpetPhysical();
        if (table == 0 || hpet == 0) {
            Log.println("test devices: no HPET or no room for a table");
            return;
        }
        long ports = CapabilityTable.insertRange(table, Kinds.IO_PORTS, Rights.CONTROL, Serial.COM1, COM1_PORTS);
        long device = CapabilityTable.insertRange(table, Kinds.DEVICE_MEMORY, Rights.MAP, hpet, Kinds.PAGE);
        if (!ProcessScenarios.spawn(0, "/portfault.elf", 0, table, ports, false)) return;
        UserThread.start(ProcessScenarios.THREADS[0]);
        ProcessScenarios.finish(0);
        Log.print("test devices: the HPET's registers at ");
        Log.hex(hpet);
        Log.newline();
        if (!ProcessScenarios.spawn(0, "/hpetread.elf", 0, table, device, false)) return;
        UserThread.start(ProcessScenarios.THREADS[0]);
        ProcessScenarios.finish(0);
        ProcessScenarios.closeTable(table);
        ProcessScenarios.reportMemory("devices", freeBefore, heapBefore);
    }

    /** Moves handle from the scenario's table into slot of process 0's table; false after a report. */
    private static boolean give(long table, long handle, int slot, String name) {
        long given = CapabilityTable.move(table, handle, Process.table(ProcessScenarios.PROCESSES[0]));
        if (given == Handle.of(slot, Handle.FIRST_GENERATION)) return true;
        Log.print(name);
        Log.println(": a capability did not land in its slot");
        return false;
    }
}
