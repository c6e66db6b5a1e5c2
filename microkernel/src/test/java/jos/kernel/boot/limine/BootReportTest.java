package jos.kernel.boot.limine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import jos.hw.Memory;
import jos.hw.sim.Machine;
import jos.kernel.console.LogText;
import jos.kernel.console.Serial;
import jos.kernel.testing.SerialCapture;
import jos.limine.BootloaderInfoResponse;
import jos.limine.File;
import jos.limine.FirmwareTypeResponse;
import jos.limine.Framebuffer;
import jos.limine.FramebufferResponse;
import jos.limine.HhdmResponse;
import jos.limine.KernelAddressResponse;
import jos.limine.KernelFileResponse;
import jos.limine.MemoryMapEntry;
import jos.limine.MemoryMapResponse;
import jos.limine.ModuleResponse;
import jos.limine.RsdpResponse;
import jos.limine.SmpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kernel's reading of Limine responses, against responses a simulated loader writes. */
class BootReportTest {
    static final long HHDM = 0xffff_8000_0000_0000L;
    /** Where the simulated loader puts responses (an HHDM address, as a real loader's are). */
    static final long AREA = HHDM + 0x10_0000;

    Machine machine;
    SerialCapture serial;
    long next;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        machine.memory().map(AREA, 0x10000);
        serial = SerialCapture.attach(machine, Serial.COM1);
        Serial.init(Serial.COM1);
        next = AREA;
        reset();
    }

    @AfterEach
    void tearDown() {
        reset();
        machine.close();
    }

    /** The request arrays are shared static data: put them back as the compiler emitted them. */
    private static void reset() {
        for (long[] r : new long[][] {Requests.BOOTLOADER_INFO, Requests.FIRMWARE_TYPE, Requests.STACK_SIZE, Requests.HHDM,
                Requests.FRAMEBUFFER, Requests.MP, Requests.MEMORY_MAP, Requests.EXECUTABLE_FILE, Requests.MODULES,
                Requests.RSDP, Requests.EXECUTABLE_ADDRESS}) {
            r[Requests.RESPONSE] = 0;
        }
        Requests.BASE_REVISION[2] = Requests.REQUESTED_REVISION;
    }

    long alloc(int bytes) {
        long a = next;
        next += (bytes + 15) & ~15;
        return a;
    }

    long string(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        long a = alloc(b.length + 1);
        for (int i = 0; i < b.length; i++) Memory.write8(a + i, b[i]);
        return a;
    }

    void respond(long[] request, long response) {
        Memory.write64(Memory.addressOf(request) + 8L * Requests.RESPONSE, response);
    }

    long file(String path, String cmdline) {
        long f = alloc(File.BYTES);
        Memory.write64(f + File.ADDRESS, 0x20_0000);
        Memory.write64(f + File.SIZE, 4096);
        Memory.write64(f + File.PATH, string(path));
        Memory.write64(f + File.CMDLINE, string(cmdline));
        return f;
    }

    /** A loader that answers everything, as ours does under SeaBIOS with 4 CPUs. */
    void answerAll(long rsdpPointer) {
        long info = alloc(24);
        Memory.write64(info + BootloaderInfoResponse.NAME, string("jos-loader"));
        Memory.write64(info + BootloaderInfoResponse.VERSION, string("0.1"));
        respond(Requests.BOOTLOADER_INFO, info);
        long fw = alloc(16);
        Memory.write64(fw + FirmwareTypeResponse.FIRMWARE_TYPE, 0);
        respond(Requests.FIRMWARE_TYPE, fw);
        respond(Requests.STACK_SIZE, alloc(8));
        long hhdm = alloc(16);
        Memory.write64(hhdm + HhdmResponse.OFFSET, HHDM);
        respond(Requests.HHDM, hhdm);

        long[][] map = {{0, 0x9f000, MemoryMapEntry.USABLE}, {0x9f000, 0x61000, MemoryMapEntry.RESERVED},
                {0x100000, 0x7f00000, MemoryMapEntry.USABLE}, {0x8000000, 0x100000, MemoryMapEntry.BOOTLOADER_RECLAIMABLE}};
        long pointers = alloc(8 * map.length);
        for (int i = 0; i < map.length; i++) {
            long e = alloc(24);
            Memory.write64(e + MemoryMapEntry.BASE, map[i][0]);
            Memory.write64(e + MemoryMapEntry.LENGTH, map[i][1]);
            Memory.write64(e + MemoryMapEntry.TYPE, map[i][2]);
            Memory.write64(pointers + 8L * i, e);
        }
        long mm = alloc(24);
        Memory.write64(mm + MemoryMapResponse.ENTRY_COUNT, map.length);
        Memory.write64(mm + MemoryMapResponse.ENTRIES, pointers);
        respond(Requests.MEMORY_MAP, mm);

        long mp = alloc(32);
        Memory.write32(mp + SmpResponse.FLAGS, 0);
        Memory.write32(mp + SmpResponse.BSP_LAPIC_ID, 0);
        Memory.write64(mp + SmpResponse.CPU_COUNT, 4);
        respond(Requests.MP, mp);

        long fb = alloc(80);
        Memory.write64(fb + Framebuffer.WIDTH, 1024);
        Memory.write64(fb + Framebuffer.HEIGHT, 768);
        Memory.write64(fb + Framebuffer.PITCH, 4096);
        Memory.write16(fb + Framebuffer.BPP, (short) 32);
        long fbs = alloc(8);
        Memory.write64(fbs, fb);
        long fr = alloc(24);
        Memory.write64(fr + FramebufferResponse.FRAMEBUFFER_COUNT, 1);
        Memory.write64(fr + FramebufferResponse.FRAMEBUFFERS, fbs);
        respond(Requests.FRAMEBUFFER, fr);

        long mods = alloc(16);
        Memory.write64(mods, file("/boot/a.txt", ""));
        Memory.write64(mods + 8, file("/boot/b.elf", "x"));
        long mr = alloc(24);
        Memory.write64(mr + ModuleResponse.MODULE_COUNT, 2);
        Memory.write64(mr + ModuleResponse.MODULES, mods);
        respond(Requests.MODULES, mr);

        long ef = alloc(16);
        Memory.write64(ef + KernelFileResponse.KERNEL_FILE, file("/boot/kernel.elf", "qemu-exit=0"));
        respond(Requests.EXECUTABLE_FILE, ef);
        long ea = alloc(24);
        Memory.write64(ea + KernelAddressResponse.PHYSICAL_BASE, 0x1000000);
        Memory.write64(ea + KernelAddressResponse.VIRTUAL_BASE, 0xffffffff80000000L);
        respond(Requests.EXECUTABLE_ADDRESS, ea);
        long rsdp = alloc(16);
        Memory.write64(rsdp + RsdpResponse.ADDRESS, rsdpPointer);
        respond(Requests.RSDP, rsdp);
    }

    @Test
    void reportsEveryResponseUnderRevision3() {
        Requests.BASE_REVISION[2] = 0;   // granted
        answerAll(0xf5230);
        jos.kernel.boot.BootReport.print();
        assertEquals("""
                [   0.000000] I cpu 0: limine: base revision 3 granted
                [   0.000000] I cpu 0: limine: bootloader jos-loader 0.1, firmware bios
                [   0.000000] I cpu 0: limine: memory map 4 entries, 133820416 bytes usable
                [   0.000000] I cpu 0: limine: hhdm offset 0xffff800000000000
                [   0.000000] I cpu 0: limine: cpus 4, bsp lapic id 0, x2apic off
                [   0.000000] I cpu 0: limine: framebuffer 1024x768, 32 bpp, pitch 4096
                [   0.000000] I cpu 0: limine: module /boot/a.txt
                [   0.000000] I cpu 0: limine: module /boot/b.elf
                [   0.000000] I cpu 0: limine: executable /boot/kernel.elf, physical base 0x1000000, virtual base 0xffffffff80000000
                [   0.000000] I cpu 0: limine: executable cmdline "qemu-exit=0"
                [   0.000000] I cpu 0: limine: rsdp 0x000f5230
                [   0.000000] I cpu 0: limine: stack size 65536
                """, LogText.plain(serial.text()));
        assertEquals(3, BootInfo.baseRevision());
    }

    @Test
    void revision2GivesTheRsdpAsAnHhdmAddress() {
        answerAll(HHDM + 0xf5230);   // tag left unchanged: a Limine 8.x loader
        jos.kernel.boot.BootReport.print();
        assertTrue(LogText.plain(serial.text()).startsWith("[   0.000000] W cpu 0: limine: base revision 3 not granted, running with revision 2\n"), LogText.plain(serial.text()));
        assertTrue(LogText.plain(serial.text()).contains("[   0.000000] I cpu 0: limine: rsdp 0x000f5230\n"), LogText.plain(serial.text()));
        assertEquals(2, BootInfo.baseRevision());
    }

    @Test
    void namesEveryMissingResponse() {
        Requests.BASE_REVISION[2] = 0;
        jos.kernel.boot.BootReport.print();
        assertEquals("""
                [   0.000000] I cpu 0: limine: base revision 3 granted
                [   0.000000] W cpu 0: limine: no bootloader info response
                [   0.000000] W cpu 0: limine: no memory map response
                [   0.000000] W cpu 0: limine: no hhdm response
                [   0.000000] W cpu 0: limine: no mp response
                [   0.000000] W cpu 0: limine: no framebuffer response
                [   0.000000] W cpu 0: limine: no module response
                [   0.000000] W cpu 0: limine: no executable file response
                [   0.000000] W cpu 0: limine: no rsdp response
                [   0.000000] W cpu 0: limine: no stack size response
                """, LogText.plain(serial.text()));
    }

    @Test
    void theCommandLineComesFromTheExecutableFile() {
        answerAll(0);
        assertEquals(0, jos.kernel.boot.limine.CommandLine.intOption(BootInfo.commandLine(), "qemu-exit"));
    }
}
