package jos.loader.limine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jos.hw.sim.Machine;
import jos.limine.BootloaderInfoResponse;
import jos.limine.EfiSystemTableResponse;
import jos.limine.EntryPointRequest;
import jos.limine.File;
import jos.limine.FirmwareTypeResponse;
import jos.limine.Framebuffer;
import jos.limine.FramebufferResponse;
import jos.limine.HhdmResponse;
import jos.limine.KernelAddressResponse;
import jos.limine.KernelFileResponse;
import jos.limine.MemoryMapResponse;
import jos.limine.ModuleResponse;
import jos.limine.PagingModeRequest;
import jos.limine.PagingModeResponse;
import jos.limine.RsdpResponse;
import jos.limine.StackSizeRequest;
import jos.loader.Problem;
import jos.loader.memory.MemoryMapEntry;
import jos.loader.memory.MemoryType;
import jos.loader.memory.PhysicalAllocator;
import jos.loader.multiboot2.BootInformation;
import jos.loader.multiboot2.Modules;
import jos.loader.testing.MbiBuilder;
import jos.loader.testing.Sim;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each feature's response, read back through simulated memory with the protocol's layouts. */
class ResponsesTest {
    /** The record the loader's checks report into, as Loader passes its own. */
    final long[] problem = new long[jos.loader.Problem.SIZE];
    static final long IMAGE = 0x400000, RAM = 0x1000000, TABLES = 0x100000;
    private Machine machine;
    private RequestImage image;

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        image = new RequestImage(machine, IMAGE, 0x4000);
        machine.memory().map(TABLES, 0x10000);
        machine.memory().map(RAM, 0x400000);
        MemoryMapEntry.set(TABLES, RAM, 0x400000, MemoryType.USABLE);
        PhysicalAllocator.init(TABLES, 1, TABLES + 0x1000, 64, TABLES + 0x3000, 16);
        Arena.reset();
        Problem.clear(problem);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    private long scan() {
        assertTrue(Requests.scan(IMAGE, 0x4000, problem), () -> Problem.message(problem));
        return 0;
    }

    private long response(long request) {
        long r = image.response(request);
        assertTrue(r != 0, "the request got a response");
        assertTrue(Long.compareUnsigned(r, Hhdm.OFFSET) >= 0, "an HHDM pointer");
        long phys = Sim.phys(r);
        assertTrue(phys >= RAM && phys < RAM + 0x400000, "in memory the allocator handed out");
        return phys;
    }

    private void assertReclaimable(long phys) {
        long claims = PhysicalAllocator.claimTable();
        for (int i = 0; i < PhysicalAllocator.claimCount(); i++) {
            long e = MemoryMapEntry.at(claims, i);
            if (phys >= MemoryMapEntry.base(e) && phys < MemoryMapEntry.end(e)) {
                assertEquals(MemoryType.BOOTLOADER_RECLAIMABLE, MemoryMapEntry.type(e));
                return;
            }
        }
        throw new AssertionError(String.format("%#x is not claimed", phys));
    }

    @Test
    void bootloaderInfo() {
        long r = image.request(RequestImage.BOOTLOADER_INFO, 0);
        scan();
        assertTrue(BootloaderInfo.respond(problem));
        long p = response(r);
        assertReclaimable(p);
        assertEquals(0, Sim.read64(p + BootloaderInfoResponse.REVISION));
        assertEquals("jos-loader", Sim.hhdmString(Sim.read64(p + BootloaderInfoResponse.NAME)));
        assertEquals(BootloaderInfo.VERSION, Sim.hhdmString(Sim.read64(p + BootloaderInfoResponse.VERSION)));
    }

    @Test
    void noRequestNoResponse() {
        scan();
        assertTrue(BootloaderInfo.respond(problem) && FirmwareType.respond(true, problem) && HhdmFeature.respond(problem) && StackSize.respond(problem)
                && PagingMode.respond(problem) && EntryPoint.respond(problem) && KernelAddress.respond(1, 2, problem) && Rsdp.respond(0x1000, 20, problem)
                && EfiSystemTable.respond(0x1000, problem) && KernelFile.respond(0x1000, problem) && ModuleFeature.respond(0, 0, problem));
        assertEquals(0, PhysicalAllocator.claimCount(), "nothing allocated");
    }

    @Test
    void firmwareType() {
        long r = image.request(RequestImage.FIRMWARE_TYPE, 0);
        scan();
        assertTrue(FirmwareType.respond(false, problem));
        assertEquals(FirmwareTypeResponse.X86BIOS, Sim.read64(response(r) + FirmwareTypeResponse.FIRMWARE_TYPE));
        assertTrue(FirmwareType.respond(true, problem));
        assertEquals(FirmwareTypeResponse.UEFI64, Sim.read64(response(r) + FirmwareTypeResponse.FIRMWARE_TYPE));
    }

    @Test
    void hhdm() {
        long r = image.request(RequestImage.HHDM, 0);
        scan();
        assertTrue(HhdmFeature.respond(problem));
        assertEquals(0xffff800000000000L, Sim.read64(response(r) + HhdmResponse.OFFSET));
    }

    @Test
    void stackSize() {
        scan();
        assertEquals(0x10000, StackSize.bytes(problem), "64 KiB without a request");
        tearDown();
        setUp();
        long r = image.request(RequestImage.STACK_SIZE, 0, 0x20001);
        scan();
        assertEquals(0x21000, StackSize.bytes(problem));
        assertTrue(StackSize.respond(problem));
        response(r);
        machine.memory().write64(r + StackSizeRequest.STACK_SIZE, 0x100);
        assertEquals(0x10000, StackSize.bytes(problem), "never below 64 KiB");
        machine.memory().write64(r + StackSizeRequest.STACK_SIZE, 1L << 40);
        assertEquals(0, StackSize.bytes(problem));
        assertEquals("requested stack size is above 64 MiB; stack_size", Problem.message(problem));
    }

    @Test
    void pagingMode() {
        long r = image.request(RequestImage.PAGING_MODE, 1, PagingModeRequest.FIVE_LEVEL, PagingModeRequest.FIVE_LEVEL, PagingModeRequest.FOUR_LEVEL);
        scan();
        assertTrue(PagingMode.check(problem), "5-level preferred but 4-level accepted");
        assertTrue(PagingMode.respond(problem));
        assertEquals(PagingModeRequest.FOUR_LEVEL, Sim.read64(response(r) + PagingModeResponse.MODE));
        machine.memory().write64(r + PagingModeRequest.MIN_MODE, PagingModeRequest.FIVE_LEVEL);
        assertFalse(PagingMode.check(problem));
        assertEquals("kernel requires a paging mode above 4-level; min_mode", Problem.message(problem));
        machine.memory().write64(r + PagingModeRequest.REVISION, 0);
        assertTrue(PagingMode.check(problem), "revision 0: min_mode is 4-level whatever the field holds");
    }

    @Test
    void entryPoint() {
        long r = image.request(RequestImage.ENTRY_POINT, 0, 0xffffffff80001234L);
        scan();
        assertEquals(0xffffffff80001234L, EntryPoint.entry(0xffffffff80000000L));
        assertTrue(EntryPoint.respond(problem));
        response(r);
        machine.memory().write64(r + EntryPointRequest.ENTRY, 0);
        assertEquals(0xffffffff80000000L, EntryPoint.entry(0xffffffff80000000L));
    }

    @Test
    void entryPointWithoutRequestUsesTheElfEntry() {
        scan();
        assertEquals(0xffffffff80000010L, EntryPoint.entry(0xffffffff80000010L));
    }

    @Test
    void kernelAddress() {
        long r = image.request(RequestImage.KERNEL_ADDRESS, 0);
        scan();
        assertTrue(KernelAddress.respond(0x400000, 0xffffffff80000000L, problem));
        long p = response(r);
        assertEquals(0x400000, Sim.read64(p + KernelAddressResponse.PHYSICAL_BASE));
        assertEquals(0xffffffff80000000L, Sim.read64(p + KernelAddressResponse.VIRTUAL_BASE));
    }

    @Test
    void rsdpIsPhysicalUnderRevisionThreeAndACopy() {
        image.baseRevision(3);
        long r = image.request(RequestImage.RSDP, 0);
        scan();
        machine.memory().map(0x9000, jos.loader.testing.AcpiBuilder.rsdp(2, 0x1234, 0x5678));
        assertTrue(Rsdp.respond(0x9000, 36, problem));
        long address = Sim.read64(response(r) + RsdpResponse.ADDRESS);
        assertEquals(Rsdp.copy, address, "physical");
        assertTrue(address != 0x9000 && address >= RAM, "a copy in loader memory");
        assertReclaimable(address);
        assertEquals(0x5678, Sim.read64(address + 24), "XSDT address copied");
    }

    @Test
    void rsdpIsVirtualUnderRevisionTwo() {
        image.baseRevision(2);
        long r = image.request(RequestImage.RSDP, 0);
        scan();
        machine.memory().map(0x9000, jos.loader.testing.AcpiBuilder.rsdp(0, 0x1234, 0));
        assertTrue(Rsdp.respond(0x9000, 20, problem));
        assertEquals(Hhdm.virt(Rsdp.copy), Sim.read64(response(r) + RsdpResponse.ADDRESS));
    }

    @Test
    void efiSystemTableFollowsTheRsdpRule() {
        image.baseRevision(3);
        long r = image.request(RequestImage.EFI_SYSTEM_TABLE, 0);
        scan();
        assertTrue(EfiSystemTable.respond(0x7f9ee018L, problem));
        assertEquals(0x7f9ee018L, Sim.read64(response(r) + EfiSystemTableResponse.ADDRESS));
    }

    @Test
    void framebufferFromTheMultiboot2Tag() {
        long r = image.request(RequestImage.FRAMEBUFFER, 0);
        scan();
        machine.memory().map(0x8000, new MbiBuilder().framebuffer(0xfd000000L, 4096, 1024, 768, 32, 1, 16, 8, 8, 8, 0, 8).build());
        BootInformation.parse(0x8000, problem);
        long tag = BootInformation.framebuffer;
        assertTrue(FramebufferFeature.usable(tag));
        assertEquals(4096L * 768, FramebufferFeature.bytes(tag));
        assertTrue(FramebufferFeature.respond(tag, problem));
        long p = response(r);
        assertEquals(1, Sim.read64(p + FramebufferResponse.FRAMEBUFFER_COUNT));
        long fb = Sim.phys(Sim.read64(Sim.phys(Sim.read64(p + FramebufferResponse.FRAMEBUFFERS))));
        assertEquals(Hhdm.OFFSET + 0xfd000000L, Sim.read64(fb + Framebuffer.ADDRESS));
        assertEquals(1024, Sim.read64(fb + Framebuffer.WIDTH));
        assertEquals(768, Sim.read64(fb + Framebuffer.HEIGHT));
        assertEquals(4096, Sim.read64(fb + Framebuffer.PITCH));
        assertEquals(32, machine.memory().read16(fb + Framebuffer.BPP));
        assertEquals(Framebuffer.MEMORY_MODEL_RGB, machine.memory().read8(fb + Framebuffer.MEMORY_MODEL));
        byte[] masks = machine.memory().bytes(fb + Framebuffer.RED_MASK_SIZE, 6);
        assertEquals("[8, 16, 8, 8, 8, 0]", java.util.Arrays.toString(masks), "size, shift for red, green, blue");
        assertEquals(0, Sim.read64(fb + Framebuffer.EDID_SIZE));
        assertEquals(0, Sim.read64(fb + Framebuffer.EDID));
    }

    @Test
    void textModeFramebufferGetsNoResponse() {
        long r = image.request(RequestImage.FRAMEBUFFER, 0);
        scan();
        machine.memory().map(0x8000, new MbiBuilder().framebuffer(0xb8000, 160, 80, 25, 16, 2, 0, 0, 0, 0, 0, 0).build());
        BootInformation.parse(0x8000, problem);
        assertFalse(FramebufferFeature.usable(BootInformation.framebuffer));
        assertTrue(FramebufferFeature.respond(BootInformation.framebuffer, problem));
        assertEquals(0, image.response(r));
    }

    @Test
    void filesForAlignedAndUnalignedModules() {
        long modules = image.request(RequestImage.MODULE, 0);
        long kernel = image.request(RequestImage.KERNEL_FILE, 0);
        scan();
        machine.memory().map(0x200000, 0x3000);
        machine.memory().write64(0x200000, 0x464c457f);
        machine.memory().write64(0x201234, 0x6f6c6c6568L); // "hello", not page-aligned
        machine.memory().map(0x8000, new MbiBuilder().module(0x200000, 0x200800, "/boot/kernel.elf quiet")
                .module(0x201234, 0x201239, "/boot/hello.txt a=1 b=2").build());
        assertTrue(BootInformation.parse(0x8000, problem));
        long kfile = LimineFile.create(Modules.tag(0), problem), hello = LimineFile.create(Modules.tag(1), problem);
        assertEquals(0x200000, LimineFile.physicalAddress(kfile), "page-aligned: used in place");
        long helloAt = LimineFile.physicalAddress(hello);
        assertTrue(helloAt >= RAM && (helloAt & 0xfff) == 0, "unaligned: copied to an aligned address");
        assertEquals("hello", machine.memory().cString(helloAt));
        assertEquals(5, LimineFile.size(hello));
        assertEquals("/boot/hello.txt", Sim.hhdmString(Sim.read64(hello + File.PATH)));
        assertEquals("a=1 b=2", Sim.hhdmString(Sim.read64(hello + File.CMDLINE)));
        assertEquals("quiet", Sim.hhdmString(Sim.read64(kfile + File.CMDLINE)));
        assertEquals(0, Sim.read32(hello + File.MEDIA_TYPE));
        long claim0 = MemoryMapEntry.at(PhysicalAllocator.claimTable(), 0);
        assertEquals(0x200000, MemoryMapEntry.base(claim0));
        assertEquals(0x800, MemoryMapEntry.length(claim0));
        assertEquals(MemoryType.EXECUTABLE_AND_MODULES, MemoryMapEntry.type(claim0));

        long list = 0x100f000;
        machine.memory().write64(list, kfile);
        machine.memory().write64(list + 8, hello);
        assertTrue(KernelFile.respond(kfile, problem));
        assertTrue(ModuleFeature.respond(list + 8, 1, problem));
        assertEquals(Hhdm.virt(kfile), Sim.read64(response(kernel) + KernelFileResponse.KERNEL_FILE));
        long m = response(modules);
        assertEquals(1, Sim.read64(m + ModuleResponse.MODULE_COUNT));
        assertEquals(Hhdm.virt(hello), Sim.read64(Sim.phys(Sim.read64(m + ModuleResponse.MODULES))));
    }

    @Test
    void memoryMapResponseDescribesItsOwnStorage() {
        long r = image.request(RequestImage.MEMMAP, 0);
        scan();
        long firmware = TABLES + 0x6000;
        MemoryMapEntry.set(firmware, 0x1000, 0x9e000, MemoryType.USABLE);
        MemoryMapEntry.set(firmware + 24, RAM, 0x400000, MemoryType.USABLE);
        PhysicalAllocator.init(firmware, 2, TABLES + 0x1000, 64, TABLES + 0x3000, 16);
        PhysicalAllocator.allocateReclaimable(0x3000, problem);
        assertTrue(MemoryMap.build(firmware, 2, TABLES + 0x8000, problem));
        long p = response(r);
        long count = Sim.read64(p + MemoryMapResponse.ENTRY_COUNT);
        assertEquals(3, count);
        long entries = Sim.phys(Sim.read64(p + MemoryMapResponse.ENTRIES));
        long[][] expected = {{0x1000, 0x9e000, 0}, {RAM, 0x3000 + 0x1000, 5}, {RAM + 0x4000, 0x3fc000, 0}};
        for (int i = 0; i < count; i++) {
            long e = Sim.phys(Sim.read64(entries + 8L * i));
            assertEquals(expected[i][0], MemoryMapEntry.base(e), "entry " + i);
            assertEquals(expected[i][1], MemoryMapEntry.length(e), "entry " + i);
            assertEquals(expected[i][2], MemoryMapEntry.type(e), "entry " + i);
        }
        assertTrue(p >= RAM + 0x3000 && p < RAM + 0x4000, "the storage is inside the reclaimable entry");
    }
}
