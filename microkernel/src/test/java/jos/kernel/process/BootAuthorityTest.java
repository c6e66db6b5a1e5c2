package jos.kernel.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jos.abi.BootEntry;
import jos.abi.BootRecord;
import jos.abi.Errors;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.hw.Memory;
import jos.kernel.acpi.AcpiReport;
import jos.kernel.boot.limine.Requests;
import jos.kernel.capability.Capability;
import jos.kernel.capability.CapabilityTable;
import jos.kernel.console.Serial;
import jos.kernel.irq.IoApicsFixture;
import jos.kernel.memory.Heap;
import jos.kernel.memory.SimulatedRam;
import jos.limine.File;
import jos.limine.Framebuffer;
import jos.limine.FramebufferResponse;
import jos.limine.ModuleResponse;
import jos.limine.RsdpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The first process's capabilities and boot record, built from a simulated boot: three modules, a
 * framebuffer, two I/O APICs, the console UART (COM1, or an SPCR's MMIO one) and ACPI tables. Each entry
 * names a capability the table holds, with exactly the range the boot found, and nothing else is given.
 */
class BootAuthorityTest {
    static final long FB_PHYSICAL = 0xfd00_0000L;
    SimulatedRam ram;
    long table, record, capability;

    @BeforeEach
    void setUp() {
        ram = SimulatedRam.withKernelAddressSpace();
        assertTrue(Heap.init());
        table = CapabilityTable.create(FirstProcess.CAPACITY);
        record = Heap.allocate(BootRecord.MAX_BYTES);
        capability = Heap.allocate(Capability.SIZE);
        reset();
        IoApicsFixture.add(0, 0, 24);
        IoApicsFixture.add(1, 24, 16);
        AcpiReport.noteTable(0x7fe1234, 0x100);      // a table, then one that shares and passes its page: one range
        AcpiReport.noteTable(0x7fe1300, 0x2000);
        AcpiReport.noteTable(0xf5a40, 36);           // the RSDP, far away: a second range
        AcpiReport.noteTable(0x200040, 36);          // a loader's copy in RAM the kernel hands out: not given
        modules("/boot/init.elf", "/boot/exitseven.elf", "/boot/data/b.bin");
        framebuffer(FB_PHYSICAL + 0x40, 1024, 768, 4096);
        long rsdp = Heap.allocate(16);
        Memory.write64(rsdp + RsdpResponse.ADDRESS, 0xf5a40);
        Requests.RSDP[Requests.RESPONSE] = rsdp;
        Requests.BASE_REVISION[2] = 0;   // revision 3 granted: the RSDP address is physical
    }

    @AfterEach
    void tearDown() {
        reset();
        Serial.init(Serial.COM1);
        ram.close();
    }

    private static void reset() {
        Requests.MODULES[Requests.RESPONSE] = 0;
        Requests.FRAMEBUFFER[Requests.RESPONSE] = 0;
        Requests.RSDP[Requests.RESPONSE] = 0;
        Requests.BASE_REVISION[2] = Requests.REQUESTED_REVISION;
        IoApicsFixture.reset();
        AcpiReport.forgetTables();
    }

    long string(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        long a = Heap.allocate(b.length + 1);
        for (int i = 0; i < b.length; i++) Memory.write8(a + i, b[i]);
        Memory.write8(a + b.length, (byte) 0);
        return a;
    }

    void modules(String... paths) {
        long pointers = Heap.allocate(8L * paths.length);
        for (int i = 0; i < paths.length; i++) {
            long f = Heap.allocate(File.BYTES);
            Memory.fill(f, (byte) 0, File.BYTES);
            Memory.write64(f + File.SIZE, 1000 + i);
            Memory.write64(f + File.PATH, string(paths[i]));
            Memory.write64(pointers + 8L * i, f);
        }
        long response = Heap.allocate(24);
        Memory.write64(response + ModuleResponse.MODULE_COUNT, paths.length);
        Memory.write64(response + ModuleResponse.MODULES, pointers);
        Requests.MODULES[Requests.RESPONSE] = response;
    }

    void framebuffer(long physical, int width, int height, int pitch) {
        long fb = Heap.allocate(Framebuffer.SIZE);
        Memory.fill(fb, (byte) 0, Framebuffer.SIZE);
        Memory.write64(fb + Framebuffer.ADDRESS, SimulatedRam.HHDM + physical);
        Memory.write64(fb + Framebuffer.WIDTH, width);
        Memory.write64(fb + Framebuffer.HEIGHT, height);
        Memory.write64(fb + Framebuffer.PITCH, pitch);
        Memory.write16(fb + Framebuffer.BPP, (short) 32);
        Memory.write8(fb + Framebuffer.RED_MASK_SIZE, (byte) 8);
        Memory.write8(fb + Framebuffer.RED_MASK_SHIFT, (byte) 16);
        long list = Heap.allocate(8);
        Memory.write64(list, fb);
        long response = Heap.allocate(24);
        Memory.write64(response + FramebufferResponse.FRAMEBUFFER_COUNT, 1);
        Memory.write64(response + FramebufferResponse.FRAMEBUFFERS, list);
        Requests.FRAMEBUFFER[Requests.RESPONSE] = response;
    }

    /** Entry i as "role kind rights base length detail name". */
    String entry(int i) {
        long e = record + BootRecord.FIRST_ENTRY + (long) i * BootEntry.SIZE;
        int name = Memory.read32(e + BootEntry.NAME), length = Memory.read32(e + BootEntry.NAME_LENGTH);
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < length; k++) s.append((char) Memory.read8(record + name + k));
        return Memory.read32(e + BootEntry.ROLE) + " " + Memory.read32(e + BootEntry.KIND) + " " + Integer.toHexString(Memory.read32(e + BootEntry.RIGHTS))
                + " " + Long.toHexString(Memory.read64(e + BootEntry.BASE)) + " " + Long.toHexString(Memory.read64(e + BootEntry.LENGTH))
                + " " + Long.toHexString(Memory.read64(e + BootEntry.DETAIL)) + (length > 0 ? " " + s : "");
    }

    /** Every entry's handle names a capability of its kind, rights and range in the table. */
    void assertEveryEntryNamesItsCapability() {
        int n = Memory.read32(record + BootRecord.ENTRIES);
        for (int i = 0; i < n; i++) {
            long e = record + BootRecord.FIRST_ENTRY + (long) i * BootEntry.SIZE;
            long handle = Memory.read32(e + BootEntry.HANDLE) & 0xffff_ffffL;
            int kind = Memory.read32(e + BootEntry.KIND), rights = Memory.read32(e + BootEntry.RIGHTS);
            assertEquals(0, CapabilityTable.lookup(table, handle, kind, rights, capability), "entry " + i + ": " + entry(i));
            assertEquals(rights, Capability.rights(capability));
            assertEquals(Memory.read64(e + BootEntry.BASE), Capability.object(capability));
            assertEquals(Memory.read64(e + BootEntry.LENGTH), Capability.length(capability));
        }
        assertEquals(n, CapabilityTable.used(table), "nothing is given that the record does not list");
    }

    @Test
    void everythingTheBootFoundIsGivenAndDescribed() {
        assertEquals(0, BootAuthority.grant(table, record));
        assertEquals(BootRecord.MAGIC_VALUE, Memory.read32(record + BootRecord.MAGIC));
        assertEquals(BootRecord.CURRENT_VERSION, Memory.read32(record + BootRecord.VERSION));
        int moduleRights = Rights.CONTROL | Rights.MAP | Rights.COPY, device = Rights.MAP | Rights.WRITE | Rights.COPY;
        List<String> expected = List.of(
                "1 10 " + Integer.toHexString(moduleRights) + " 0 1 3e8 /boot/init.elf",
                "1 10 " + Integer.toHexString(moduleRights) + " 1 1 3e9 /boot/exitseven.elf",
                "1 10 " + Integer.toHexString(moduleRights) + " 2 1 3ea /boot/data/b.bin",
                "2 7 " + Integer.toHexString(device) + " fd000000 301000 fd000040",   // 3 MiB from +0x40: one page more
                "3 9 " + Integer.toHexString(Rights.CONTROL | Rights.COPY) + " 0 18 0",
                "3 9 " + Integer.toHexString(Rights.CONTROL | Rights.COPY) + " 18 10 0",
                "4 8 " + Integer.toHexString(Rights.CONTROL | Rights.COPY) + " 3f8 8 0",
                "5 6 " + Integer.toHexString(Rights.MAP | Rights.COPY) + " 7fe1000 3000 0",
                "5 6 " + Integer.toHexString(Rights.MAP | Rights.COPY) + " f5000 1000 0");
        List<String> got = new ArrayList<>();
        for (int i = 0; i < Memory.read32(record + BootRecord.ENTRIES); i++) got.add(entry(i));
        assertEquals(expected, got);
        assertEveryEntryNamesItsCapability();
        assertEquals(1024, Memory.read32(record + BootRecord.FB_WIDTH));
        assertEquals(768, Memory.read32(record + BootRecord.FB_HEIGHT));
        assertEquals(4096, Memory.read32(record + BootRecord.FB_PITCH));
        assertEquals(32, Memory.read16(record + BootRecord.FB_BPP));
        assertEquals(8, Memory.read8(record + BootRecord.FB_RED_SIZE));
        assertEquals(16, Memory.read8(record + BootRecord.FB_RED_SHIFT));
        assertEquals(1, Memory.read32(record + BootRecord.UART_STRIDE));
        assertEquals(0xf5a40, Memory.read64(record + BootRecord.RSDP));
        assertEquals(3, AcpiReport.tableRanges(), "the loader's copy was noted, and not given");
        assertEquals(BootRecord.NAMES + "/boot/init.elf/boot/exitseven.elf/boot/data/b.bin".length(), Memory.read32(record + BootRecord.BYTES));
    }

    @Test
    void theProcessCannotWidenWhatItWasGiven() {
        assertEquals(0, BootAuthority.grant(table, record));
        long irq = Memory.read32(record + BootRecord.FIRST_ENTRY + 4L * BootEntry.SIZE + BootEntry.HANDLE) & 0xffff_ffffL;
        assertEquals(Errors.EINVAL, CapabilityTable.mintRange(table, irq, Rights.CONTROL, 0, 25), "past the I/O APIC's lines");
        assertTrue(CapabilityTable.mintRange(table, irq, Rights.CONTROL, 4, 1) > 0, "one line of them");
        long acpi = Memory.read32(record + BootRecord.FIRST_ENTRY + 7L * BootEntry.SIZE + BootEntry.HANDLE) & 0xffff_ffffL;
        assertEquals(Errors.EPERM, CapabilityTable.mintRange(table, acpi, Rights.MAP | Rights.WRITE, 0x7fe1000, 0x1000), "the tables are read-only");
        long module = Memory.read32(record + BootRecord.FIRST_ENTRY + BootEntry.HANDLE) & 0xffff_ffffL;
        assertEquals(Errors.EINVAL, CapabilityTable.mintRange(table, module, Rights.CONTROL, 0, 2), "one module, not two");
    }

    @Test
    void anSpcrUartOnMmioIsGivenAsItsDevicePage() {
        long physical = 0xfe00_1000L;
        ram.machine().memory().map(SimulatedRam.HHDM + physical, 4096);
        Serial.initMmio(SimulatedRam.HHDM + physical, 4, 4, 115200);
        assertEquals(0, BootAuthority.grant(table, record));
        assertEquals("4 7 " + Integer.toHexString(Rights.MAP | Rights.WRITE | Rights.COPY) + " fe001000 1000 fe001000", entry(6));
        assertEquals(4, Memory.read32(record + BootRecord.UART_STRIDE));
        assertEquals(4, Memory.read32(record + BootRecord.UART_ACCESS));
        assertEveryEntryNamesItsCapability();
    }

    @Test
    void aBootWithoutFramebufferOrIoApicsGivesNeither() {
        Requests.FRAMEBUFFER[Requests.RESPONSE] = 0;
        IoApicsFixture.reset();
        assertEquals(0, BootAuthority.grant(table, record));
        assertEquals(3 + 1 + 2, Memory.read32(record + BootRecord.ENTRIES));
        assertEquals(0, Memory.read32(record + BootRecord.FB_WIDTH));
        assertEveryEntryNamesItsCapability();
    }

    @Test
    void moreThanTheRecordOrTableHoldsIsNoSpace() {
        String[] many = new String[BootRecord.MAX_ENTRIES + 1];
        for (int i = 0; i < many.length; i++) many[i] = "/boot/m" + i;
        modules(many);
        assertEquals(Errors.ENOSPC, BootAuthority.grant(table, record));
        assertEquals(BootRecord.MAX_ENTRIES, Memory.read32(record + BootRecord.ENTRIES), "the record holds what it can");
        assertEveryEntryNamesItsCapability();
        long small = CapabilityTable.create(4);
        modules("/boot/a", "/boot/b", "/boot/c");
        assertEquals(Errors.ENOSPC, BootAuthority.grant(small, record), "a table too small");
    }
}
