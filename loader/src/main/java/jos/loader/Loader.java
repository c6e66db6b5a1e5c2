package jos.loader;

import jos.hw.Cpu;
import jos.hw.Export;
import jos.hw.Memory;
import jos.loader.acpi.AcpiTables;
import jos.loader.acpi.AcpiWarning;
import jos.loader.acpi.CpuList;
import jos.loader.acpi.IoApicList;
import jos.loader.cpu.ControlRegisters;
import jos.loader.cpu.CpuFeatures;
import jos.loader.cpu.Gdt;
import jos.loader.elf.ElfChecker;
import jos.loader.elf.KernelImage;
import jos.loader.sign.KernelSignature;
import jos.loader.interrupts.IoApic;
import jos.loader.interrupts.Pic;
import jos.loader.limine.AddressSpace;
import jos.loader.limine.Arena;
import jos.loader.limine.BootloaderInfo;
import jos.loader.limine.EfiSystemTable;
import jos.loader.limine.EntryPoint;
import jos.loader.limine.FirmwareType;
import jos.loader.limine.FramebufferFeature;
import jos.loader.limine.Hhdm;
import jos.loader.limine.HhdmFeature;
import jos.loader.limine.KernelAddress;
import jos.loader.limine.KernelFile;
import jos.loader.limine.LimineFile;
import jos.loader.limine.MemoryMap;
import jos.loader.limine.ModuleFeature;
import jos.loader.limine.PagingMode;
import jos.loader.limine.Requests;
import jos.loader.limine.Rsdp;
import jos.loader.limine.Smp;
import jos.loader.limine.StackSize;
import jos.loader.memory.MemoryMapBuilder;
import jos.loader.memory.MemoryMapEntry;
import jos.loader.memory.MemoryType;
import jos.loader.memory.PhysicalAllocator;
import jos.loader.multiboot2.BootInformation;
import jos.loader.multiboot2.FirmwareMap;
import jos.loader.multiboot2.Modules;
import jos.loader.multiboot2.Tags;
import jos.loader.smp.LocalApic;
import jos.loader.smp.Trampoline;
import jos.x86.Msr;
import jos.x86.Pat;

/**
 * The loader's top level: {@link #main} is called by entry.S in long mode with the low 4 GiB
 * identity-mapped; {@link #boot} runs every stage, logging each to COM1, and leaves the kernel's
 * entry state in static fields; main then hands over. Any failure prints {@code jos-loader: error:}
 * with the problem and halts.
 */
public final class Loader {
    private Loader() {
    }

    /** The scratch area entry.S reserves in .bss ({@code loader_scratch}), and its layout. */
    public static final long SCRATCH_BYTES = 0x20000;
    public static final int FIRMWARE_CAPACITY = 256, CLAIM_CAPACITY = 256, BUSY_CAPACITY = 64, FILE_CAPACITY = 64,
            CPU_CAPACITY = 1024, IO_APIC_CAPACITY = 64;
    public static final int PRELIMINARY_CAPACITY = 2 * (FIRMWARE_CAPACITY + CLAIM_CAPACITY) + 1;
    public static final long FIRMWARE = 0;
    public static final long CLAIMS = FIRMWARE + (long) FIRMWARE_CAPACITY * MemoryMapEntry.SIZE;
    public static final long BUSY = CLAIMS + (long) CLAIM_CAPACITY * MemoryMapEntry.SIZE;
    public static final long FILES = BUSY + (long) BUSY_CAPACITY * MemoryMapEntry.SIZE;
    public static final long CPUS = FILES + 8L * FILE_CAPACITY;
    public static final long IO_APICS = CPUS + 8L * CPU_CAPACITY;
    public static final long PRELIMINARY = IO_APICS + 8L * IO_APIC_CAPACITY;
    public static final long BUILDER = PRELIMINARY + (long) PRELIMINARY_CAPACITY * MemoryMapEntry.SIZE;
    public static final long SCRATCH_END = BUILDER + 32L * (FIRMWARE_CAPACITY + CLAIM_CAPACITY + 1) + 16;

    /** Why the boot failed, and why ACPI tables were refused: the loader's records (one CPU, no heap). */
    private static final long[] PROBLEM = new long[Problem.SIZE], ACPI_PROBLEM = new long[jos.acpi.Problem.SIZE];
    /** The kernel signature check's working storage. */
    private static final long[] SIGNATURE_SCRATCH = new long[jos.sign.Ed25519.SCRATCH];

    /** The kernel's entry state, set by {@link #boot}. */
    public static long entry, stackTop, gdtPointer, cr3;

    /** Where the trampoline blob is and where its parts are (offsets from its start). */
    public static long trampolineBlob, trampolineLength, trampolineParameters, trampolineLongEntry, trampolinePark;

    @Export("loader_main")
    public static void main(long mbi) {
        Console.init();
        Console.println("jos-loader: started");
        long blob = LinkerSymbols.trampolineStart();
        trampolineBlob = blob;
        trampolineLength = LinkerSymbols.trampolineEnd() - blob;
        trampolineParameters = LinkerSymbols.trampolineParameters() - blob;
        trampolineLongEntry = LinkerSymbols.trampolineLongEntry() - blob;
        trampolinePark = LinkerSymbols.trampolinePark() - blob;
        if (!boot(mbi, LinkerSymbols.scratch(), LinkerSymbols.imageStart(), LinkerSymbols.imageEnd(), PROBLEM, ACPI_PROBLEM)) fail(PROBLEM);
        Console.print("jos-loader: entering the kernel at ");
        Console.printHex(entry);
        Console.println();
        LinkerSymbols.handoff(entry, stackTop, gdtPointer, cr3);
    }

    /** Prints the problem and halts. */
    public static void fail(long[] problem) {
        Console.print("jos-loader: error: ");
        printSubject(problem);
        Console.print(Problem.reason(problem) == Problem.NONE ? "unknown" : Problem.message(problem));
        Console.print(" ");
        Console.printHex(Problem.value(problem));
        Console.println();
        Cpu.cli();
        LinkerSymbols.halt();
    }

    /**
     * Every stage from the multiboot2 information to the kernel's entry state. scratch:
     * {@link #SCRATCH_BYTES} of loader memory; imageStart/imageEnd: the loader's own image (claimed
     * bootloader-reclaimable; it must contain scratch). False with the reason in problem (a {@link
     * Problem} record) on failure; acpiProblem takes a refused ACPI table's reason, which is only a warning.
     */
    public static boolean boot(long mbi, long scratch, long imageStart, long imageEnd, long[] problem, long[] acpiProblem) {
        Problem.clear(problem);
        Arena.reset();
        stage("reading the multiboot2 information at ", mbi);
        if (!BootInformation.parse(mbi, problem)) return false;
        logBootInformation();

        int firmwareCount = FirmwareMap.convert(BootInformation.memoryMap, scratch + FIRMWARE, FIRMWARE_CAPACITY, problem);
        if (firmwareCount < 0) return false;
        logMap("firmware memory map", scratch + FIRMWARE, firmwareCount);

        PhysicalAllocator.init(scratch + FIRMWARE, firmwareCount, scratch + CLAIMS, CLAIM_CAPACITY, scratch + BUSY, BUSY_CAPACITY);
        if (!PhysicalAllocator.claim(imageStart, imageEnd - imageStart, MemoryType.BOOTLOADER_RECLAIMABLE, problem)) return false;
        if (!PhysicalAllocator.reserve(mbi, BootInformation.totalSize, problem)) return false;
        int modules = Modules.count();
        if (modules == 0) return Problem.report(problem, Problem.NO_MODULES, 0);
        if (modules > FILE_CAPACITY) return Problem.report(problem, Problem.TOO_MANY_MODULES, FILE_CAPACITY);
        for (int i = 0; i < modules; i++) {
            long tag = Modules.tag(i);
            if (!PhysicalAllocator.reserve(Modules.start(tag), Modules.size(tag), problem)) return false;
        }

        long files = scratch + FILES;
        for (int i = 0; i < modules; i++) {
            long tag = Modules.tag(i);
            long file = LimineFile.create(tag, problem);
            if (file == 0) return false;
            Memory.write64(files + 8L * i, file);
            Console.print(i == 0 ? "jos-loader: kernel file " : "jos-loader: module ");
            Console.printBytes(Modules.string(tag), Modules.pathLength(tag));
            Console.print(" at ");
            Console.printHex(LimineFile.physicalAddress(file));
            Console.print(", ");
            Console.printDec(LimineFile.size(file));
            Console.print(" bytes, command line '");
            Console.printBytes(Modules.commandLine(tag), Modules.commandLineLength(tag));
            Console.println("'");
        }

        long kernelFile = Memory.read64(files);
        long elf = LimineFile.physicalAddress(kernelFile), elfSize = LimineFile.size(kernelFile);
        elfSize = KernelSignature.check(elf, elfSize, Modules.string(Modules.tag(0)), Modules.pathLength(Modules.tag(0)), SIGNATURE_SCRATCH, problem);
        if (elfSize < 0) return false;
        stage("checking the kernel ELF at ", elf);
        if (!ElfChecker.check(elf, elfSize, problem)) return false;
        if (!KernelImage.load(elf, elfSize, problem)) return false;
        Console.print("jos-loader: kernel loaded at physical ");
        Console.printHex(KernelImage.physicalBase);
        Console.print(", virtual ");
        Console.printHex(KernelImage.virtualBase);
        Console.print(", ");
        Console.printDec(KernelImage.size);
        Console.println(" bytes");

        stage("scanning the kernel for Limine requests at ", KernelImage.physicalBase);
        if (!Requests.scan(KernelImage.physicalBase, KernelImage.size, problem)) return false;
        logRequests();
        if (!PagingMode.check(problem)) return false;

        long fbTag = BootInformation.framebuffer;
        long fbBase = 0, fbLength = 0;
        if (FramebufferFeature.usable(fbTag)) {
            fbBase = FramebufferFeature.address(fbTag);
            fbLength = FramebufferFeature.bytes(fbTag);
            if (!PhysicalAllocator.claim(fbBase, fbLength, MemoryType.FRAMEBUFFER, problem)) return false;
            stage("framebuffer at ", fbBase);
        }

        long stackSize = StackSize.bytes(problem);
        if (stackSize == 0) return false;
        long stack = PhysicalAllocator.allocateReclaimable(stackSize, problem);
        if (stack == 0) return false;
        long gdt = Arena.allocate(Gdt.BYTES + Gdt.Pointer.SIZE, problem);
        if (gdt == 0) return false;
        long gdtr = gdt + Gdt.BYTES;
        Gdt.build(gdt, gdtr, Hhdm.virt(gdt));

        boolean nx = CpuFeatures.nx(), pat = CpuFeatures.pat();
        boolean smp = Requests.request(Requests.SMP) != 0;
        if (smp && Trampoline.install(trampolineBlob, trampolineLength, trampolineParameters, trampolineLongEntry,
                trampolinePark, problem) == 0) {
            return false;
        }

        stage("building page tables", -1);
        int preliminary = MemoryMapBuilder.build(scratch + FIRMWARE, firmwareCount, PhysicalAllocator.claimTable(),
                PhysicalAllocator.claimCount(), scratch + PRELIMINARY, PRELIMINARY_CAPACITY, scratch + BUILDER, problem);
        if (preliminary < 0) return false;
        long pml4 = AddressSpace.build(scratch + PRELIMINARY, preliminary, Requests.revision3(), fbBase, fbLength, elf, nx, pat, problem);
        if (pml4 == 0) return false;

        stage("building responses", -1);
        if (!BootloaderInfo.respond(problem) || !FirmwareType.respond(BootInformation.isUefi(), problem) || !StackSize.respond(problem)
                || !HhdmFeature.respond(problem) || !FramebufferFeature.respond(fbTag, problem) || !KernelFile.respond(kernelFile, problem)
                || !ModuleFeature.respond(files + 8, modules - 1, problem)
                || !KernelAddress.respond(KernelImage.physicalBase, KernelImage.virtualBase, problem)
                || !Rsdp.respond(BootInformation.rsdp(), BootInformation.rsdpLength(), problem)
                || !EfiSystemTable.respond(efiSystemTable(), problem) || !PagingMode.respond(problem) || !EntryPoint.respond(problem)) {
            return false;
        }

        int cpus = 0, ioApics = 0;
        if (BootInformation.rsdp() != 0) {
            long madt = AcpiTables.findMadt(BootInformation.rsdp(), BootInformation.rsdpLength(), acpiProblem);
            if (madt == 0) {
                AcpiWarning.print("no usable MADT, so no other CPUs and no I/O APIC masking: ", acpiProblem);
            } else {
                cpus = CpuList.collect(madt, scratch + CPUS, CPU_CAPACITY, problem, acpiProblem);
                ioApics = IoApicList.collect(madt, scratch + IO_APICS, IO_APIC_CAPACITY, problem, acpiProblem);
                if (cpus < 0 || ioApics < 0) {
                    cpus = ioApics = 0;
                    warn("MADT not used, so no other CPUs and no I/O APIC masking: ", problem);
                } else {
                    Console.print("jos-loader: MADT at ");
                    Console.printHex(madt);
                    Console.print(" lists ");
                    Console.printDec(cpus);
                    Console.print(" CPUs and ");
                    Console.printDec(ioApics);
                    Console.println(" I/O APICs");
                }
            }
        } else {
            Console.println("jos-loader: GRUB passed no RSDP; no ACPI");
        }

        if (smp) {
            boolean x2apic = Smp.wantsX2apic() && CpuFeatures.x2apic();
            LocalApic.init(x2apic);
            Trampoline.configure(pml4, ControlRegisters.AP_CR0, ControlRegisters.AP_CR4, Msr.EFER_LME | (nx ? Msr.EFER_NXE : 0),
                    pat ? Pat.LIMINE_LAYOUT : 0, LocalApic.x2apic, gdt, Hhdm.virt(gdt), Gdt.BYTES - 1, Gdt.CODE64);
            stage("starting APs; trampoline at ", Trampoline.page);
            if (!Smp.respond(scratch + CPUS, cpus, stackSize, problem)) return false;
            Console.print("jos-loader: ");
            Console.printDec(Smp.cpuCount);
            Console.println(" CPUs running");
        }

        // The memory map must be the last allocation: it describes all the others.
        if (!MemoryMap.build(scratch + FIRMWARE, firmwareCount, scratch + BUILDER, problem)) return false;
        logMap("memory map for the kernel", MemoryMap.entries, MemoryMap.count);

        ControlRegisters.enterState(nx, pat);
        Pic.maskAll();
        for (int i = 0; i < ioApics; i++) {
            IoApic.maskAll(IoApicList.address(scratch + IO_APICS, i));
        }
        entry = EntryPoint.entry(KernelImage.entry);
        stackTop = Hhdm.virt(stack + stackSize);
        gdtPointer = gdtr;
        cr3 = pml4;
        return true;
    }

    private static long efiSystemTable() {
        long tag = BootInformation.efiSystemTable;
        return tag == 0 ? 0 : Memory.read64(tag + Tags.EfiSystemTable64.POINTER);
    }

    private static void stage(String what, long value) {
        Console.print("jos-loader: ");
        Console.print(what);
        if (value != -1) Console.printHex(value);
        Console.println();
    }

    /** "SUBJECT: " when the problem names what it is about (a jos.elf problem about the kernel, say). */
    private static void printSubject(long[] problem) {
        if (Problem.subject(problem) == null) return;
        Console.print(Problem.subject(problem));
        Console.print(": ");
    }

    private static void warn(String what, long[] problem) {
        Console.print("jos-loader: warning: ");
        Console.print(what);
        printSubject(problem);
        Console.print(Problem.reason(problem) == Problem.NONE ? "?" : Problem.message(problem));
        Console.print(" ");
        Console.printHex(Problem.value(problem));
        Console.println();
        Problem.clear(problem);
    }

    private static void logBootInformation() {
        Console.print("jos-loader: multiboot2 information: ");
        Console.printDec(BootInformation.totalSize);
        Console.print(" bytes, ");
        Console.printDec(Modules.count());
        Console.print(" modules, firmware ");
        Console.print(BootInformation.isUefi() ? "UEFI" : "BIOS");
        if (BootInformation.loaderName != 0) {
            Console.print(", loaded by ");
            Console.printCString(BootInformation.loaderName + Tags.STRING, 256);
        }
        Console.println();
    }

    private static void logMap(String title, long table, int count) {
        Console.print("jos-loader: ");
        Console.print(title);
        Console.print(", ");
        Console.printDec(count);
        Console.println(" entries:");
        for (int i = 0; i < count; i++) {
            long e = MemoryMapEntry.at(table, i);
            Console.print("  ");
            Console.printHex(MemoryMapEntry.base(e));
            Console.print(" - ");
            Console.printHex(MemoryMapEntry.end(e));
            Console.print(" ");
            Console.println(MemoryType.name(MemoryMapEntry.type(e)));
        }
    }

    private static void logRequests() {
        Console.print("jos-loader: base revision ");
        if (Requests.baseRevisionTag == 0) {
            Console.print("tag absent (revision 0)");
        } else {
            Console.printDec(Requests.requestedRevision);
            Console.print(Requests.granted ? " granted" : " not supported; using 3");
        }
        Console.println();
        for (int f = 0; f < Requests.FEATURES; f++) {
            if (Requests.request(f) == 0) continue;
            Console.print("jos-loader: request: ");
            Console.println(Requests.name(f));
        }
        if (Requests.unknownRequests != 0) {
            Console.print("jos-loader: ignoring unsupported requests: ");
            Console.printDec(Requests.unknownRequests);
            Console.print(", last ID word 2 ");
            Console.printHex(Requests.lastUnknownId);
            Console.println();
        }
    }
}
