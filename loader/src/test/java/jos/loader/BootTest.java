package jos.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jos.hw.sim.Machine;
import jos.hw.sim.SimPorts;
import jos.limine.SmpInfo;
import jos.limine.SmpResponse;
import jos.loader.elf.KernelImage;
import jos.loader.limine.Hhdm;
import jos.loader.memory.MemoryMapEntry;
import jos.loader.memory.MemoryType;
import jos.loader.memory.PageTables;
import jos.loader.smp.Trampoline;
import jos.loader.testing.AcpiBuilder;
import jos.elf.ElfWriter;
import jos.loader.testing.MbiBuilder;
import jos.loader.testing.Sim;
import jos.x86.PageTableEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole boot on a simulated SeaBIOS-like q35 machine: GRUB's boot information, a kernel ELF with
 * every request, ACPI tables with four CPUs (one of which never answers), and the kernel's view of
 * the result read back through the final page tables.
 */
class BootTest {
    /** The record the loader's checks report into, as Loader passes its own. */
    final long[] problem = new long[jos.loader.Problem.SIZE];
    final long[] acpiProblem = new long[jos.acpi.Problem.SIZE];
    static final long MBI = 0x300000, KERNEL_FILE = 0x310000, HELLO = 0x320010, IMAGE_START = 0x200000, IMAGE_END = 0x240000;
    static final long SCRATCH = 0x218000, RSDT = 0x1fe0000, MADT = 0x1fe1000, LAPIC = 0xfee00000L, IOAPIC = 0xfec00000L;
    static final long BLOB = 0x7000_0000_0000L, FB = 0xfd000000L;
    static final long TEXT = 0xffffffff80000000L, DATA = 0xffffffff80001000L;
    static final long COMMON_0 = 0xc7b1dd30df4c8b88L, COMMON_1 = 0x0a82e883a194f07bL;
    static final long[][] IDS = {
        {0xf55038d8e2a1202fL, 0x279426fcf5f59740L}, {0x8c2f75d90bef28a8L, 0x7045a4688eac00c3L},
        {0x224ef0460a8e8926L, 0xe1cb0fc25f46ea3dL}, {0x48dcf1cb8ad2b852L, 0x63984e959a98244bL},
        {0x9d5827dcd881dd75L, 0xa3148604f6fab11bL}, {0x95c1a0edab0944cbL, 0xa4e5cb3842f7488aL},
        {0x95a67b819a1b857eL, 0xa0b61b723b6a73e0L}, {0x67cf3d9d378a806fL, 0xe304acdfc50c3c62L},
        {0xad97e90e83f1ed67L, 0x31eb5d1c5ff23b69L}, {0x3e7e279702be32afL, 0xca1c4f3bd1280ceeL},
        {0xc5e77b6b397e7b43L, 0x27637845accdcf3cL}, {0x71ba76863cc55f63L, 0xb2644a48c516a487L},
    };
    static final int INFO = 0, FIRMWARE = 1, STACK = 2, HHDM = 3, FRAMEBUFFER = 4, PAGING = 5, SMP = 6, MEMMAP = 7, KFILE = 8,
            MODULES = 9, RSDP = 10, KADDR = 11;
    /** Request i sits at DATA + requestOffset(i) (after the start marker and the base revision tag). */
    static long requestOffset(int i) {
        return 32 + 24 + 8 + 80L * i;
    }

    private Machine machine;
    private Sim.Serial serial;
    private final List<Integer> sipiTargets = new ArrayList<>();
    private final List<Long> apStacks = new ArrayList<>();
    private long pml4;

    static byte[] kernelData() {
        ByteBuffer b = ByteBuffer.allocate(0x1000).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(0xf6b8f4b39de7d1aeL).putLong(0xfab91a6940fcb9cfL).putLong(0x785c6ed015d3e316L).putLong(0x181e920a7852b9d9L);
        b.putLong(0xf9562b2d5c95a6c8L).putLong(0x6a7b384944536bdcL).putLong(3);
        for (int i = 0; i < IDS.length; i++) {
            b.position((int) requestOffset(i));
            b.putLong(COMMON_0).putLong(COMMON_1).putLong(IDS[i][0]).putLong(IDS[i][1]).putLong(0).putLong(0);
            if (i == STACK) b.putLong(0x20000);
        }
        b.putLong(0xadc0e0531bb10d03L).putLong(0x9572709f31764c62L);
        return b.array();
    }

    static byte[] kernel() {
        return new ElfWriter().entry(TEXT + 0x40).load(TEXT, ElfWriter.PF_R | ElfWriter.PF_X, new byte[0x100], 0x100)
                .load(DATA, ElfWriter.PF_R | ElfWriter.PF_W, kernelData(), 0x3000).build();
    }

    @BeforeEach
    void setUp() {
        machine = Machine.install();
        serial = Sim.Serial.attach(machine);
        machine.memory().map(0, 0xa0000);
        machine.memory().map(0x100000, 0x1f00000);
        machine.memory().map(LAPIC, 0x1000);
        machine.memory().map(IOAPIC, 0x1000);
        machine.memory().map(BLOB, new byte[0x100]);
        machine.memory().map(0xf5000, AcpiBuilder.rsdp(0, RSDT, 0));
        Sim.put(RSDT, AcpiBuilder.rsdt(MADT));
        Sim.put(MADT, new AcpiBuilder.Madt(LAPIC).localApic(0, 0, 1).localApic(1, 1, 1).localApic(2, 2, 1)
                .localApic(3, 3, 1).ioApic(0, IOAPIC, 0).build());
        Sim.put(KERNEL_FILE, kernel());
        Sim.put(HELLO, "hello".getBytes());
        Sim.put(MBI, new MbiBuilder().string(2, "GRUB 2.06")
                .module(KERNEL_FILE, KERNEL_FILE + kernel().length, "/boot/kernel.elf console=ttyS0")
                .module(HELLO, HELLO + 5, "/boot/hello.txt")
                .memoryMap(0, 0x9fc00, 1, 0x9fc00, 0x400, 2, 0xf0000, 0x10000, 2, 0x100000, 0x1ee0000, 1, 0x1fe0000, 0x20000, 2,
                        0xfffc0000L, 0x40000, 2)
                .framebuffer(FB, 4096, 1024, 768, 32, 1, 16, 8, 8, 8, 0, 8)
                .raw(14, java.util.Arrays.copyOf(AcpiBuilder.rsdp(0, RSDT, 0), 20)).build());
        machine.cpu().defineMsr(0xC0000080, 0x500);
        machine.cpu().defineMsr(0x1B, LAPIC | 0x900);
        machine.cpu().defineMsr(0x830, 0);
        machine.cpu().defineMsr(0x802, 0); // x2APIC ID of the BSP
        machine.cpu().cpuid((leaf, sub) -> switch (leaf) {
            case 0x80000000 -> new int[] {0x80000008, 0, 0, 0};
            case 0x80000001 -> new int[] {0, 0, 0, 1 << 20};
            case 1 -> new int[] {0, 0, 1 << 21, 1 << 16};
            default -> new int[4];
        });
        machine.memory().write32(LAPIC + 0x20, 0); // BSP APIC ID 0
        // APs 1 and 2 answer a start-up IPI by setting the arrival flag; AP 3 never does.
        machine.ports().attach(0x61, 1, new SimPorts.Device() {
            public int read(int port, int width) {
                int low = machine.memory().read32(LAPIC + 0x300), dest = machine.memory().read32(LAPIC + 0x310) >>> 24;
                if ((machine.cpu().readMsr(0x1B) & 0x400) != 0) { // x2APIC mode: the ICR is MSR 0x830
                    long icr = machine.cpu().readMsr(0x830);
                    low = (int) icr;
                    dest = (int) (icr >>> 32);
                }
                if ((low & 0x700) == 0x600 && Set.of(1, 2).contains(dest) && !sipiTargets.contains(dest)) {
                    sipiTargets.add(dest);
                    apStacks.add(machine.memory().read64(Trampoline.parameters + Trampoline.Parameters.STACK));
                    machine.memory().write64(Trampoline.parameters + Trampoline.Parameters.ARRIVED_FLAG, 1);
                }
                return 0x20; // OUT2: every PIT shot has elapsed
            }

            public void write(int port, int width, int value) {
            }
        });
        Loader.trampolineBlob = BLOB;
        Loader.trampolineLength = 0x100;
        Loader.trampolineParameters = 0x80;
        Loader.trampolineLongEntry = 0x10;
        Loader.trampolinePark = 0x40;
        Problem.clear(problem);
    }

    @AfterEach
    void tearDown() {
        machine.close();
    }

    private long request(int i) {
        return KernelImage.physical(DATA + requestOffset(i));
    }

    /** The physical address behind a kernel virtual address, through the final page tables. */
    private long phys(long virtual) {
        long p = PageTables.translate(pml4, virtual, 0);
        assertTrue(p != -1, String.format("%#x is mapped", virtual));
        return p;
    }

    private long response(int i) {
        long r = machine.memory().read64(request(i) + 40);
        assertTrue(r != 0, "request " + i + " answered");
        return phys(r);
    }

    private long readVirtual64(long virtual) {
        return machine.memory().read64(phys(virtual));
    }

    @Test
    void bootsTheKernel() {
        assertTrue(Loader.boot(MBI, SCRATCH, IMAGE_START, IMAGE_END, problem, acpiProblem), () -> Problem.message(problem) + " " + Long.toHexString(Problem.value(problem))
                + "\n" + serial.text());
        pml4 = Loader.cr3;
        String log = serial.text();
        assertTrue(log.contains("jos-loader: kernel file /boot/kernel.elf at 0x310000"), log);
        assertTrue(log.contains("jos-loader: base revision 3 granted"), log);
        assertTrue(log.contains("did not start; leaving it out"), log);

        assertEquals(TEXT + 0x40, Loader.entry);
        assertEquals(KernelImage.physicalBase + 0x40, phys(Loader.entry), "the entry point is mapped to the loaded text");
        assertEquals(0, machine.memory().read64(KernelImage.physical(DATA + 32 + 16)), "base revision granted");
        assertEquals(0, Loader.stackTop & 0xf);
        long stackFlags = 0x7000_0000_0100L;
        machine.memory().map(stackFlags, 8);
        assertTrue(PageTables.translate(pml4, Loader.stackTop - 8, stackFlags) != -1, "stack mapped");
        assertTrue((machine.memory().read64(stackFlags) & PageTableEntry.WRITABLE) != 0);
        assertEquals(55, machine.memory().read16(Loader.gdtPointer));
        assertEquals(0x00af9a000000ffffL, readVirtual64(machine.memory().read64(Loader.gdtPointer + 2) + 0x28), "GDT through the HHDM");

        // memory map: the final word on what the loader took
        long memmap = response(MEMMAP);
        int count = (int) machine.memory().read64(memmap + 8);
        long entries = phys(machine.memory().read64(memmap + 16));
        List<long[]> map = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long e = phys(machine.memory().read64(entries + 8L * i));
            map.add(new long[] {MemoryMapEntry.base(e), MemoryMapEntry.length(e), MemoryMapEntry.type(e)});
        }
        assertTrue(covered(map, KernelImage.physicalBase, KernelImage.size, MemoryType.EXECUTABLE_AND_MODULES));
        assertTrue(covered(map, KERNEL_FILE, kernel().length, MemoryType.EXECUTABLE_AND_MODULES));
        assertTrue(covered(map, IMAGE_START, IMAGE_END - IMAGE_START, MemoryType.BOOTLOADER_RECLAIMABLE));
        assertTrue(covered(map, FB, 4096 * 768, MemoryType.FRAMEBUFFER));
        assertTrue(covered(map, Trampoline.page, 0x1000, MemoryType.BOOTLOADER_RECLAIMABLE));
        assertTrue(covered(map, MBI, 0x100, MemoryType.USABLE), "the multiboot2 information is free after handoff");
        for (int i = 1; i < map.size(); i++) assertTrue(map.get(i - 1)[0] + map.get(i - 1)[1] <= map.get(i)[0], "sorted");
        // every response lives in bootloader-reclaimable memory
        for (int i = 0; i < IDS.length; i++) {
            assertTrue(covered(map, response(i), 8, MemoryType.BOOTLOADER_RECLAIMABLE), "response " + i);
        }
        // every usable page is mapped in the HHDM (revision 3), the ACPI tables are not
        for (long[] e : map) {
            if (e[2] == MemoryType.USABLE) assertEquals(e[0] + e[1] - 1, phys(Hhdm.OFFSET + e[0] + e[1] - 1));
        }
        assertEquals(-1, PageTables.translate(pml4, Hhdm.OFFSET + MADT, 0));

        assertEquals("jos-loader", machine.memory().cString(phys(machine.memory().read64(response(INFO) + 8))));
        assertEquals(0, machine.memory().read64(response(FIRMWARE) + 8), "BIOS");
        assertEquals(Hhdm.OFFSET, machine.memory().read64(response(HHDM) + 8));
        long kfile = phys(machine.memory().read64(response(KFILE) + 8));
        assertEquals(KERNEL_FILE, phys(machine.memory().read64(kfile + 8)));
        assertEquals("console=ttyS0", Sim.hhdmString(machine.memory().read64(kfile + 32)));
        long modules = response(MODULES);
        assertEquals(1, machine.memory().read64(modules + 8));
        long hello = phys(readVirtual64(machine.memory().read64(modules + 16)));
        assertEquals("hello", machine.memory().cString(phys(machine.memory().read64(hello + 8))));
        assertEquals("/boot/hello.txt", Sim.hhdmString(machine.memory().read64(hello + 24)));
        assertEquals(KernelImage.physicalBase, machine.memory().read64(response(KADDR) + 8));
        assertEquals(TEXT, machine.memory().read64(response(KADDR) + 16));
        long rsdp = machine.memory().read64(response(RSDP) + 8);
        assertEquals(0x2052545020445352L, machine.memory().read64(rsdp), "physical RSDP copy");
        long fb = phys(readVirtual64(machine.memory().read64(response(FRAMEBUFFER) + 16)));
        assertEquals(Hhdm.OFFSET + FB, machine.memory().read64(fb));

        long smp = response(SMP);
        assertEquals(3, machine.memory().read64(smp + SmpResponse.CPU_COUNT), "BSP and the two APs that answered");
        assertEquals(0, machine.memory().read32(smp + SmpResponse.BSP_LAPIC_ID));
        assertEquals(0, machine.memory().read32(smp + SmpResponse.FLAGS), "x2APIC not requested");
        long cpus = phys(machine.memory().read64(smp + SmpResponse.CPUS));
        for (int i = 0; i < 3; i++) {
            long info = phys(machine.memory().read64(cpus + 8L * i));
            assertEquals(i, machine.memory().read32(info + SmpInfo.LAPIC_ID));
            assertEquals(i, machine.memory().read32(info + SmpInfo.PROCESSOR_ID));
            assertEquals(0, machine.memory().read64(info + SmpInfo.GOTO_ADDRESS));
        }
        assertEquals(List.of(1, 2), sipiTargets);
        assertEquals(2, apStacks.stream().distinct().count(), "each AP has its own stack");
        assertEquals(0, apStacks.get(0) & 0xf);
        long params = Trampoline.parameters;
        assertEquals(Loader.cr3, machine.memory().read32(params + Trampoline.Parameters.CR3) & 0xffffffffL);
        assertEquals(0x28, machine.memory().read16(params + Trampoline.Parameters.JUMP_SELECTOR));
        assertEquals(Trampoline.page + 0x10, machine.memory().read32(params + Trampoline.Parameters.JUMP_OFFSET));
        assertEquals(Hhdm.OFFSET + Trampoline.page + 0x40, machine.memory().read64(params + Trampoline.Parameters.PARK));
        assertTrue(Trampoline.page < 0x100000 && Trampoline.page >= 0x1000);

        assertEquals(0xd00, machine.cpu().readMsr(0xC0000080) & 0xd00, "EFER.NXE set, LME kept");
        assertEquals(0x0007010500070406L, machine.cpu().readMsr(0x277), "the protocol's PAT layout");
        assertTrue(machine.ports().log().stream().anyMatch(a -> a.write() && a.port() == 0x21 && a.value() == 0xff));
        assertTrue(machine.ports().log().stream().anyMatch(a -> a.write() && a.port() == 0xa1 && a.value() == 0xff));
        assertEquals(0x10, machine.memory().read32(IOAPIC), "I/O APIC redirection entry selected and masked");
        assertEquals(1 << 16, machine.memory().read32(IOAPIC + 0x10));
    }

    private static boolean covered(List<long[]> map, long base, long length, long type) {
        for (long[] e : map) if (e[2] == type && e[0] <= base && base + length <= e[0] + e[1]) return true;
        return false;
    }

    @Test
    void x2apicModeWhenTheKernelAsksAndTheCpuHasIt() {
        long smpFlags = KERNEL_FILE + new ElfWriter().load(0, 0, new byte[0x100], 0).offset(1) + requestOffset(SMP) + 48;
        machine.memory().write64(smpFlags, 1);
        assertTrue(Loader.boot(MBI, SCRATCH, IMAGE_START, IMAGE_END, problem, acpiProblem), () -> Problem.message(problem));
        pml4 = Loader.cr3;
        long smp = response(SMP);
        assertEquals(1, machine.memory().read32(smp + SmpResponse.FLAGS), "x2APIC enabled");
        assertEquals(0xc00, machine.cpu().readMsr(0x1B) & 0xc00, "global enable and x2APIC enable");
        assertEquals(1, machine.memory().read32(Trampoline.parameters + Trampoline.Parameters.X2APIC), "APs switch too");
        assertEquals(3, machine.memory().read64(smp + SmpResponse.CPU_COUNT));
        assertEquals(List.of(1, 2), sipiTargets);
    }

    @Test
    void corruptKernelStopsTheBootWithTheReason() {
        machine.memory().write8(KERNEL_FILE + 18, (byte) 183); // e_machine = AArch64
        assertFalse(Loader.boot(MBI, SCRATCH, IMAGE_START, IMAGE_END, problem, acpiProblem));
        assertEquals("kernel", Problem.subject(problem));
        assertEquals("ELF e_machine is not EM_X86_64 (62); e_machine", Problem.message(problem));
        assertEquals(183, Problem.value(problem));
    }

    @Test
    void corruptMadtBootsWithoutOtherCpus() {
        machine.memory().write8(MADT + 50, (byte) 0x77);
        assertTrue(Loader.boot(MBI, SCRATCH, IMAGE_START, IMAGE_END, problem, acpiProblem), () -> Problem.message(problem));
        pml4 = Loader.cr3;
        assertTrue(serial.text().contains("jos-loader: warning: no usable MADT, so no other CPUs and no I/O APIC masking: "
                + "table APIC at 0x1fe1000: ACPI table: checksum is wrong (value 0x"), serial.text());
        assertEquals(1, machine.memory().read64(response(SMP) + SmpResponse.CPU_COUNT));
    }

    @Test
    void corruptRsdpCopyBootsWithoutOtherCpus() {
        long copy = MBI;
        while (machine.memory().read64(copy) != 0x2052545020445352L) copy += 8; // GRUB's copy in tag 14
        machine.memory().write8(copy + 8, (byte) (machine.memory().read8(copy + 8) ^ 1));
        assertTrue(Loader.boot(MBI, SCRATCH, IMAGE_START, IMAGE_END, problem, acpiProblem), () -> Problem.message(problem));
        pml4 = Loader.cr3;
        assertTrue(serial.text().contains("jos-loader: warning: no usable MADT, so no other CPUs and no I/O APIC masking: "
                + "RSDP: checksum is wrong (value 0x"), serial.text());
        assertEquals(1, machine.memory().read64(response(SMP) + SmpResponse.CPU_COUNT));
    }

    @Test
    void noModulesIsAnError() {
        Sim.put(MBI, new MbiBuilder().memoryMap(0x100000, 0x1ee0000, 1).build());
        assertFalse(Loader.boot(MBI, SCRATCH, IMAGE_START, IMAGE_END, problem, acpiProblem));
        assertEquals("GRUB passed no modules; the kernel must be the first (module2 /boot/kernel.elf ...)", Problem.message(problem));
    }

    /** The kernel file replaced by file, and the multiboot2 information of setUp saying so. */
    private void kernelFile(byte[] file) {
        Sim.put(KERNEL_FILE, file);
        Sim.put(MBI, new MbiBuilder().string(2, "GRUB 2.06")
                .module(KERNEL_FILE, KERNEL_FILE + file.length, "/boot/kernel.elf console=ttyS0")
                .module(HELLO, HELLO + 5, "/boot/hello.txt")
                .memoryMap(0, 0x9fc00, 1, 0x9fc00, 0x400, 2, 0xf0000, 0x10000, 2, 0x100000, 0x1ee0000, 1, 0x1fe0000, 0x20000, 2,
                        0xfffc0000L, 0x40000, 2)
                .framebuffer(FB, 4096, 1024, 768, 32, 1, 16, 8, 8, 8, 0, 8)
                .raw(14, java.util.Arrays.copyOf(AcpiBuilder.rsdp(0, RSDT, 0), 20)).build());
    }

    /** The loader's owner-key slot as the runner patches it (state ENFORCED, key), restored by the returned action. */
    private static Runnable enforce(byte[] key) throws ReflectiveOperationException {
        java.lang.reflect.Field f = jos.sign.OwnerKey.class.getDeclaredField("SLOT");
        f.setAccessible(true);
        long[] slot = (long[]) f.get(null);
        slot[jos.sign.OwnerKey.STATE] = jos.sign.OwnerKey.ENFORCED;
        ByteBuffer.wrap(key).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(slot, jos.sign.OwnerKey.KEY, 4);
        return () -> java.util.Arrays.fill(slot, jos.sign.OwnerKey.STATE, slot.length, 0);
    }

    /** content signed for path as the runner's ImageSigning does (the Trailer layout). */
    static byte[] signed(byte[] content, String path, org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters key) {
        ByteBuffer b = ByteBuffer.allocate(content.length + jos.sign.Trailer.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.put(content).putLong(jos.sign.Trailer.MAGIC_VALUE).putInt(jos.sign.Trailer.VERSION_1).putInt(0).putLong(content.length);
        b.put(key.generatePublicKey().getEncoded()).put(java.util.Arrays.copyOf(path.getBytes(), jos.sign.Trailer.PATH_BYTES));
        byte[] file = b.array();
        org.bouncycastle.crypto.signers.Ed25519Signer s = new org.bouncycastle.crypto.signers.Ed25519Signer();
        s.init(true, key);
        s.update(file, 0, content.length + jos.sign.Trailer.SIGNED);
        System.arraycopy(s.generateSignature(), 0, file, content.length + jos.sign.Trailer.SIGNATURE, 64);
        return file;
    }

    @Test
    void anUnsignedLoaderSaysSoAndBoots() {
        assertTrue(Loader.boot(MBI, SCRATCH, IMAGE_START, IMAGE_END, problem, acpiProblem), serial.text());
        assertTrue(serial.text().contains("jos-loader: unsigned image: the kernel's signature is not checked"), serial.text());
    }

    @Test
    void aSignedKernelBootsAndAChangedOneIsRefusedByName() throws Exception {
        var owner = new org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters(new java.security.SecureRandom());
        Runnable restore = enforce(owner.generatePublicKey().getEncoded());
        try {
            byte[] file = signed(kernel(), "/boot/kernel.elf", owner);
            kernelFile(file);
            assertTrue(Loader.boot(MBI, SCRATCH, IMAGE_START, IMAGE_END, problem, acpiProblem), () -> Problem.message(problem) + "\n" + serial.text());
            assertTrue(serial.text().contains("jos-loader: kernel /boot/kernel.elf signed by the owner's key"), serial.text());

            file[0x40] ^= 1; // one byte of the first program header
            kernelFile(file);
            Problem.clear(problem);
            assertFalse(Loader.boot(MBI, SCRATCH, IMAGE_START, IMAGE_END, problem, acpiProblem));
            assertTrue(serial.text().contains("jos-loader: kernel /boot/kernel.elf refused: signature does not match the message and key"), serial.text());
            assertEquals("kernel", Problem.subject(problem));
            assertEquals(jos.sign.SignedFile.message(jos.sign.Ed25519.MISMATCH), Problem.message(problem));

            kernelFile(kernel()); // no trailer at all
            Problem.clear(problem);
            assertFalse(Loader.boot(MBI, SCRATCH, IMAGE_START, IMAGE_END, problem, acpiProblem));
            assertEquals("file has no signature trailer", Problem.message(problem));
        } finally {
            restore.run();
        }
    }
}
