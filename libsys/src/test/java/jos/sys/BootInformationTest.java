package jos.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.abi.BootEntry;
import jos.abi.BootRecord;
import jos.abi.Handle;
import jos.abi.Kinds;
import jos.abi.Rights;
import jos.hw.Memory;
import jos.hw.sim.Machine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading a boot record laid out as abi.md describes it, in simulated memory at the address the kernel maps it. */
class BootInformationTest {
    Machine machine;
    final long record = BootInformation.RECORD;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        machine.memory().map(record, BootRecord.MAX_BYTES);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    int names = BootRecord.NAMES;

    void entry(int i, int role, int kind, long handle, long base, long length, long detail, String name) {
        long e = record + BootRecord.FIRST_ENTRY + (long) i * BootEntry.SIZE;
        Memory.write32(e + BootEntry.ROLE, role);
        Memory.write32(e + BootEntry.KIND, kind);
        Memory.write32(e + BootEntry.HANDLE, (int) handle);
        Memory.write32(e + BootEntry.RIGHTS, Rights.of(kind));
        Memory.write64(e + BootEntry.BASE, base);
        Memory.write64(e + BootEntry.LENGTH, length);
        Memory.write64(e + BootEntry.DETAIL, detail);
        if (name != null) {
            Memory.write32(e + BootEntry.NAME, names);
            Memory.write32(e + BootEntry.NAME_LENGTH, name.length());
            for (int k = 0; k < name.length(); k++) Memory.write8(record + names + k, (byte) name.charAt(k));
            names += name.length();
        }
        Memory.write32(record + BootRecord.ENTRIES, i + 1);
    }

    @Test
    void findsModulesByPathAndTheOtherResourcesByRole() {
        assertFalse(BootInformation.present(record), "an empty page is no record");
        Memory.write32(record + BootRecord.MAGIC, BootRecord.MAGIC_VALUE);
        Memory.write32(record + BootRecord.VERSION, BootRecord.CURRENT_VERSION);
        Memory.write32(record + BootRecord.FB_WIDTH, 1280);
        Memory.write32(record + BootRecord.FB_HEIGHT, 800);
        Memory.write32(record + BootRecord.FB_PITCH, 5120);
        Memory.write16(record + BootRecord.FB_BPP, (short) 32);
        Memory.write64(record + BootRecord.RSDP, 0xf5a40);
        Memory.write64(record + BootRecord.ACPI_ROOT, 0x7fe1234);
        entry(0, BootRecord.MODULE, Kinds.MODULE, Handle.of(0, 1), 0, 1, 4096, "/boot/init.elf");
        entry(1, BootRecord.MODULE, Kinds.MODULE, Handle.of(1, 1), 1, 1, 777, "/boot/data/b.bin");
        entry(2, BootRecord.FRAMEBUFFER, Kinds.DEVICE_MEMORY, Handle.of(2, 1), 0xfd00_0000L, 0x40_0000, 0xfd00_0000L, null);
        entry(3, BootRecord.UART, Kinds.IO_PORTS, Handle.of(3, 1), 0x3f8, 8, 0, null);
        assertTrue(BootInformation.present(record));
        assertEquals(4, BootInformation.count(record));
        assertEquals(Handle.of(1, 1), BootInformation.module(record, "/boot/data/b.bin"));
        assertEquals(1, BootInformation.moduleNumber(record, "/boot/data/b.bin"));
        assertEquals(0, BootInformation.module(record, "/boot/data/b.bi"), "a path is matched whole");
        assertEquals(-1, BootInformation.moduleNumber(record, "/boot/none.elf"));
        long uart = BootInformation.find(record, BootRecord.UART, null);
        assertEquals(Kinds.IO_PORTS, BootInformation.kind(uart));
        assertEquals(0x3f8, BootInformation.base(uart));
        assertEquals(8, BootInformation.length(uart));
        assertEquals(Handle.of(3, 1), BootInformation.handle(uart));
        assertEquals(Rights.CONTROL | Rights.COPY, BootInformation.rights(uart));
        long module = BootInformation.entry(record, 0);
        assertEquals("/boot/init.elf", BootInformation.name(record, module));
        assertEquals(4096, BootInformation.detail(module));
        assertEquals("", BootInformation.name(record, uart));
        assertEquals(0, BootInformation.find(record, BootRecord.IRQ_LINES, null));
        assertEquals(1280, BootInformation.framebufferWidth(record));
        assertEquals(800, BootInformation.framebufferHeight(record));
        assertEquals(5120, BootInformation.framebufferPitch(record));
        assertEquals(32, BootInformation.framebufferBpp(record));
        assertEquals(0xf5a40, BootInformation.rsdp(record));
        assertEquals(0x7fe1234, BootInformation.acpiRoot(record));
    }

    @Test
    void aHandleAboveTwoToThe31IsReadUnsigned() {
        entry(0, BootRecord.ACPI_TABLES, Kinds.MEMORY, Handle.of(Handle.MAX_SLOTS - 1, Handle.LAST_GENERATION), 0, 4096, 0, null);
        assertEquals(0xffff_ffffL, BootInformation.handle(BootInformation.entry(record, 0)));
    }
}
