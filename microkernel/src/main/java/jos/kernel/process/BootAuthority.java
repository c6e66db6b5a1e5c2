package jos.kernel.process;

import jos.abi.BootEntry;
import jos.abi.BootRecord;
import jos.abi.Errors;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.hw.Memory;
import jos.kernel.acpi.AcpiReport;
import jos.kernel.boot.limine.BootInfo;
import jos.kernel.boot.limine.FramebufferInfo;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.console.Serial;
import jos.kernel.irq.IoApics;
import jos.kernel.memory.Hhdm;
import jos.kernel.memory.PhysicalMemory;
import jos.kernel.memory.Usage;
import jos.limine.File;
import jos.limine.Framebuffer;

/**
 * The authority the kernel hands the first process: a capability for each thing the boot found, and the
 * boot record (jos.abi.BootRecord) that says which handle is what. Each boot module (Kinds.MODULE: spawn
 * from it), the first framebuffer (DEVICE_MEMORY, map and write), each I/O APIC's lines (IRQ), the
 * console UART, the SPCR's or COM1 (its 8 I/O ports, or its MMIO pages as DEVICE_MEMORY), and the pages
 * holding the ACPI tables (MEMORY, map only: read-only) where they are firmware memory the kernel never
 * allocates (a loader's copy of the RSDP in reclaimable memory is not given). Everything else stays the kernel's: no other
 * memory, port or line is named, and mint only narrows. Reads what the boot found; keeps nothing.
 */
public final class BootAuthority {
    /** The UART's registers: eight, stride bytes apart. */
    static final int UART_REGISTERS = 8;
    static final long PAGE = Kinds.PAGE;
    /** Module paths longer than this are cut (Limine's paths are far shorter). */
    static final int MAX_NAME = 256;

    private BootAuthority() {
    }

    /**
     * Gives table a capability for each resource the boot found and describes each in record
     * (BootRecord.MAX_BYTES of kernel memory, written whole): 0, or the first error (ENOSPC when the
     * table or the record is full; the capabilities given until then stay in the table).
     */
    public static long grant(long table, long record) {
        Memory.fill(record, (byte) 0, BootRecord.MAX_BYTES);
        Memory.write32(record + BootRecord.MAGIC, BootRecord.MAGIC_VALUE);
        Memory.write32(record + BootRecord.VERSION, BootRecord.CURRENT_VERSION);
        Memory.write32(record + BootRecord.BYTES, BootRecord.NAMES);
        long r = modules(table, record);
        if (r == 0) r = framebuffer(table, record);
        if (r == 0) r = irqLines(table, record);
        if (r == 0) r = uart(table, record);
        if (r == 0) r = acpi(table, record);
        return r;
    }

    private static long modules(long table, long record) {
        for (long i = 0; i < BootInfo.moduleCount(); i++) {
            long file = BootInfo.module(i);
            if (file == 0) continue;
            long path = File.path(file);
            int length = 0;
            while (path != 0 && length < MAX_NAME && Memory.read8(path + length) != 0) length++;
            long r = give(table, record, BootRecord.MODULE, Kinds.MODULE, Rights.of(Kinds.MODULE), i, 1, File.size(file), path, length);
            if (r < 0) return r;
        }
        return 0;
    }

    private static long framebuffer(long table, long record) {
        long fb = FramebufferInfo.first();
        if (fb == 0) return 0;
        long physical = Hhdm.phys(Framebuffer.address(fb));
        long bytes = Framebuffer.pitch(fb) * Framebuffer.height(fb);
        long r = give(table, record, BootRecord.FRAMEBUFFER, Kinds.DEVICE_MEMORY, Rights.MAP | Rights.WRITE | Rights.COPY,
                physical & -PAGE, pages(physical, bytes), physical, 0, 0);
        if (r < 0) return r;
        Memory.write32(record + BootRecord.FB_WIDTH, (int) Framebuffer.width(fb));
        Memory.write32(record + BootRecord.FB_HEIGHT, (int) Framebuffer.height(fb));
        Memory.write32(record + BootRecord.FB_PITCH, (int) Framebuffer.pitch(fb));
        Memory.write16(record + BootRecord.FB_BPP, (short) Framebuffer.bpp(fb));
        Memory.write8(record + BootRecord.FB_RED_SIZE, (byte) Framebuffer.redMaskSize(fb));
        Memory.write8(record + BootRecord.FB_RED_SHIFT, (byte) Framebuffer.redMaskShift(fb));
        Memory.write8(record + BootRecord.FB_GREEN_SIZE, (byte) Framebuffer.greenMaskSize(fb));
        Memory.write8(record + BootRecord.FB_GREEN_SHIFT, (byte) Framebuffer.greenMaskShift(fb));
        Memory.write8(record + BootRecord.FB_BLUE_SIZE, (byte) Framebuffer.blueMaskSize(fb));
        Memory.write8(record + BootRecord.FB_BLUE_SHIFT, (byte) Framebuffer.blueMaskShift(fb));
        return 0;
    }

    private static long irqLines(long table, long record) {
        for (int i = 0; i < IoApics.count(); i++) {
            long r = give(table, record, BootRecord.IRQ_LINES, Kinds.IRQ, Rights.of(Kinds.IRQ), IoApics.gsiBase(i), IoApics.lines(i), 0, 0, 0);
            if (r < 0) return r;
        }
        return 0;
    }

    private static long uart(long table, long record) {
        long r;
        if (Serial.port() != 0) {
            r = give(table, record, BootRecord.UART, Kinds.IO_PORTS, Rights.of(Kinds.IO_PORTS), Serial.port(), UART_REGISTERS, 0, 0, 0);
        } else {
            long physical = Hhdm.phys(Serial.mmio());
            r = give(table, record, BootRecord.UART, Kinds.DEVICE_MEMORY, Rights.MAP | Rights.WRITE | Rights.COPY, physical & -PAGE,
                    pages(physical, (long) UART_REGISTERS * Serial.registerStride()), physical, 0, 0);
        }
        if (r < 0) return r;
        Memory.write32(record + BootRecord.UART_STRIDE, Serial.registerStride());
        Memory.write32(record + BootRecord.UART_ACCESS, Serial.accessBytes());
        return 0;
    }

    private static long acpi(long table, long record) {
        Memory.write64(record + BootRecord.RSDP, BootInfo.rsdpPhysical());
        Memory.write64(record + BootRecord.ACPI_ROOT, AcpiReport.rootPhysical());
        for (int i = 0; i < AcpiReport.tableRanges(); i++) {
            if (!firmwareOwned(AcpiReport.tableRangeBase(i), AcpiReport.tableRangeLength(i))) continue;
            long r = give(table, record, BootRecord.ACPI_TABLES, Kinds.MEMORY, Rights.MAP | Rights.COPY,
                    AcpiReport.tableRangeBase(i), AcpiReport.tableRangeLength(i), 0, 0, 0);
            if (r < 0) return r;
        }
        return 0;
    }

    /**
     * True if no page of the range is memory the kernel hands out or reclaims (a loader's copy of the
     * RSDP in its reclaimable memory, say): only ACPI, reserved or unlisted pages.
     */
    private static boolean firmwareOwned(long base, long length) {
        for (long p = base; p < base + length; p += PAGE) {
            int usage = PhysicalMemory.usageOf(p);
            if (usage != Usage.ACPI_RECLAIMABLE && usage != Usage.ACPI_NVS && usage != Usage.RESERVED && usage != Usage.HOLE) return false;
        }
        return true;
    }

    /** The bytes of the whole pages holding [physical, physical + bytes). */
    private static long pages(long physical, long bytes) {
        return ((physical + bytes + PAGE - 1) & -PAGE) - (physical & -PAGE);
    }

    /**
     * Adds the capability to table and its entry (with the name's bytes, if any) to record: 0, or ENOSPC
     * (nothing added) when the record has no room, or the table's error.
     */
    private static long give(long table, long record, int role, int kind, int rights, long base, long length, long detail, long name, int nameLength) {
        int n = Memory.read32(record + BootRecord.ENTRIES);
        int names = Memory.read32(record + BootRecord.BYTES);
        if (n == BootRecord.MAX_ENTRIES || names + nameLength > BootRecord.MAX_BYTES) return Errors.ENOSPC;
        long handle = CapabilityTable.insertRange(table, kind, rights, base, length);
        if (handle < 0) return handle;
        long e = record + BootRecord.FIRST_ENTRY + (long) n * BootEntry.SIZE;
        Memory.write32(e + BootEntry.ROLE, role);
        Memory.write32(e + BootEntry.KIND, kind);
        Memory.write32(e + BootEntry.HANDLE, (int) handle);
        Memory.write32(e + BootEntry.RIGHTS, rights);
        Memory.write64(e + BootEntry.BASE, base);
        Memory.write64(e + BootEntry.LENGTH, length);
        Memory.write64(e + BootEntry.DETAIL, detail);
        if (nameLength > 0) {
            Memory.write32(e + BootEntry.NAME, names);
            Memory.write32(e + BootEntry.NAME_LENGTH, nameLength);
            Memory.copy(record + names, name, nameLength);
            Memory.write32(record + BootRecord.BYTES, names + nameLength);
        }
        Memory.write32(record + BootRecord.ENTRIES, n + 1);
        return 0;
    }
}
