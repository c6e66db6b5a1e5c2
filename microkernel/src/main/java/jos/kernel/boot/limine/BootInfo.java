package jos.kernel.boot.limine;

import jos.hw.Memory;
import jos.limine.File;
import jos.limine.RsdpResponse;
import jos.limine.Protocol;
import jos.limine.HhdmResponse;
import jos.limine.ModuleResponse;
import jos.limine.Framebuffer;
import jos.limine.FramebufferResponse;
import jos.limine.KernelAddressResponse;
import jos.limine.KernelFileResponse;
import jos.limine.MemoryMapEntry;
import jos.limine.MemoryMapResponse;

/**
 * Public, read-only answers to what the loader handed over, for subsystems outside this package (the
 * memory manager, panic, ACPI): the base revision granted, the memory map entry by entry, the HHDM
 * offset, where the executable was loaded and its file and command line, the RSDP and the first
 * framebuffer. Every accessor returns 0 when the response is missing; the memory-map types are
 * Limine's numbers, re-exported here. Revision differences are resolved here: under revision 2 the
 * RSDP pointer is HHDM-virtual and is turned back into the physical address.
 */
public final class BootInfo {
    public static final long USABLE = MemoryMapEntry.USABLE, RESERVED = MemoryMapEntry.RESERVED,
            ACPI_RECLAIMABLE = MemoryMapEntry.ACPI_RECLAIMABLE, ACPI_NVS = MemoryMapEntry.ACPI_NVS,
            BAD_MEMORY = MemoryMapEntry.BAD_MEMORY, BOOTLOADER_RECLAIMABLE = MemoryMapEntry.BOOTLOADER_RECLAIMABLE,
            EXECUTABLE_AND_MODULES = MemoryMapEntry.EXECUTABLE_AND_MODULES, FRAMEBUFFER = MemoryMapEntry.FRAMEBUFFER;

    private BootInfo() {
    }

    /** The number of memory map entries (0 without a memory map response). */
    public static long memoryMapEntryCount() {
        long r = Requests.response(Requests.MEMORY_MAP);
        return r == 0 ? 0 : MemoryMapResponse.entryCount(r);
    }

    private static long entry(long i) {
        return Memory.read64(MemoryMapResponse.entries(Requests.response(Requests.MEMORY_MAP)) + 8 * i);
    }

    /** The physical base of memory map entry i (0 &lt;= i &lt; memoryMapEntryCount()). */
    public static long memoryMapBase(long i) {
        return MemoryMapEntry.base(entry(i));
    }

    public static long memoryMapLength(long i) {
        return MemoryMapEntry.length(entry(i));
    }

    /** The Limine type of entry i: USABLE, RESERVED, ... FRAMEBUFFER. */
    public static long memoryMapType(long i) {
        return MemoryMapEntry.type(entry(i));
    }

    public static long executablePhysicalBase() {
        long r = Requests.response(Requests.EXECUTABLE_ADDRESS);
        return r == 0 ? 0 : KernelAddressResponse.physicalBase(r);
    }

    public static long executableVirtualBase() {
        long r = Requests.response(Requests.EXECUTABLE_ADDRESS);
        return r == 0 ? 0 : KernelAddressResponse.virtualBase(r);
    }

    /** The executable's limine_file (jos.limine.File), or 0 without an executable file response. */
    public static long executableFile() {
        long r = Requests.response(Requests.EXECUTABLE_FILE);
        return r == 0 ? 0 : KernelFileResponse.kernelFile(r);
    }

    /** The (HHDM) address of the executable's file in memory, i.e. its ELF header; 0 if missing. */
    public static long executableFileAddress() {
        long file = executableFile();
        return file == 0 ? 0 : File.address(file);
    }

    public static long executableFileSize() {
        long file = executableFile();
        return file == 0 ? 0 : File.size(file);
    }

    /** How many modules the loader handed over (0 without a module response). */
    public static long moduleCount() {
        long r = Requests.response(Requests.MODULES);
        return r == 0 ? 0 : ModuleResponse.moduleCount(r);
    }

    /** Module i's limine_file (i below {@link #moduleCount()}). */
    public static long module(long i) {
        return Memory.read64(ModuleResponse.modules(Requests.response(Requests.MODULES)) + 8 * i);
    }

    /** Takes module i out of the list (its slot reads 0 from then on): a module the kernel refused. */
    public static void refuseModule(long i) {
        Memory.write64(ModuleResponse.modules(Requests.response(Requests.MODULES)) + 8 * i, 0);
    }

    public static long framebufferCount() {
        long r = Requests.response(Requests.FRAMEBUFFER);
        return r == 0 ? 0 : FramebufferResponse.framebufferCount(r);
    }

    /** The (HHDM) address of framebuffer i's pixels. */
    public static long framebufferAddress(long i) {
        return Framebuffer.address(framebuffer(i));
    }

    /** The bytes framebuffer i occupies: pitch times height. */
    public static long framebufferBytes(long i) {
        long fb = framebuffer(i);
        return Framebuffer.pitch(fb) * Framebuffer.height(fb);
    }

    private static long framebuffer(long i) {
        return Memory.read64(FramebufferResponse.framebuffers(Requests.response(Requests.FRAMEBUFFER)) + 8 * i);
    }

    /** The base revision the loader honoured: 3 if it granted the request, else 2 (Limine 8.x). */
    public static int baseRevision() {
        return Requests.word(Requests.BASE_REVISION, Protocol.BASE_REVISION_WORD) == 0 ? Requests.REQUESTED_REVISION : 2;
    }

    /** The virtual address at which physical 0 is mapped, or 0 without an HHDM response. */
    public static long hhdmOffset() {
        long r = Requests.response(Requests.HHDM);
        return r == 0 ? 0 : HhdmResponse.offset(r);
    }

    /** The executable's command line (a NUL-terminated string's address), or 0. */
    public static long commandLine() {
        long file = BootInfo.executableFile();
        return file == 0 ? 0 : File.cmdline(file);
    }

    /** The RSDP's physical address whichever base revision was granted, or 0 without an RSDP response. */
    public static long rsdpPhysical() {
        long r = Requests.response(Requests.RSDP);
        if (r == 0) return 0;
        long address = RsdpResponse.address(r);
        return baseRevision() >= 3 ? address : address - hhdmOffset();
    }

    /** The first boot module whose path ends in suffix (a jos.limine.File), or 0 if there is none. */
    public static long moduleEndingWith(String suffix) {
        for (long i = 0; i < moduleCount(); i++) {
            long file = module(i);
            if (file != 0 && endsWith(File.path(file), suffix)) return file;
        }
        return 0;
    }

    /** The boot module whose path is exactly the length bytes at name (a jos.limine.File), or 0. */
    public static long moduleNamed(long name, long length) {
        for (long i = 0; i < moduleCount(); i++) {
            long file = module(i);
            long path = file == 0 ? 0 : File.path(file);
            if (path != 0 && samePath(path, name, length)) return file;
        }
        return 0;
    }

    /** The boot module whose path is exactly path, or 0. */
    public static long moduleNamed(String path) {
        for (long i = 0; i < moduleCount(); i++) {
            long file = module(i);
            long name = file == 0 ? 0 : File.path(file);
            if (name != 0 && endsWith(name, path) && Memory.read8(name + path.length()) == 0) return file;
        }
        return 0;
    }

    private static boolean samePath(long cString, long bytes, long length) {
        for (long i = 0; i < length; i++) {
            byte b = Memory.read8(cString + i);
            if (b == 0 || b != Memory.read8(bytes + i)) return false;
        }
        return Memory.read8(cString + length) == 0;
    }

    private static boolean endsWith(long cString, String suffix) {
        if (cString == 0) return false;
        long length = 0;
        while (length < 4096 && Memory.read8(cString + length) != 0) length++;
        int n = suffix.length();
        if (length < n) return false;
        for (int i = 0; i < n; i++) {
            if (Memory.read8(cString + length - n + i) != (byte) suffix.charAt(i)) return false;
        }
        return true;
    }
}
