package jos.loader.multiboot2;

import jos.hw.Memory;
import jos.loader.Problem;
import jos.x86.Unsigned;

/**
 * The multiboot2 boot information: {@link #parse} walks the tags once, checks that they are well
 * formed (8-byte aligned, sizes inside the total, an end tag) and remembers where the first tag of
 * each type the loader uses is (0 when absent). Modules are counted here and read through
 * {@link Modules}.
 */
public final class BootInformation {
    private BootInformation() {
    }

    /** The value GRUB leaves in EAX. */
    public static final int BOOTLOADER_MAGIC = 0x36d76289;
    private static final long MAX_SIZE = 16L << 20;

    public static long address, totalSize;
    public static long commandLine, loaderName, basicMemoryInfo, memoryMap, framebuffer, efiSystemTable, rsdpOld,
            rsdpNew, efiMemoryMap;
    public static int moduleCount;
    /** The first module tag, or 0. */
    public static long firstModule;

    /** Parses the boot information at mbi; false with a problem if it is malformed. */
    public static boolean parse(long mbi, long[] problem) {
        address = mbi;
        commandLine = loaderName = basicMemoryInfo = memoryMap = framebuffer = efiSystemTable = rsdpOld = rsdpNew = 0;
        efiMemoryMap = firstModule = 0;
        moduleCount = 0;
        if (mbi == 0 || (mbi & 7) != 0) return Problem.report(problem, Problem.MBI_MISALIGNED, mbi);
        totalSize = Memory.read32(mbi + Tags.Information.TOTAL_SIZE) & 0xFFFFFFFFL;
        if (totalSize < Tags.Information.SIZE + 8 || totalSize > MAX_SIZE) {
            return Problem.report(problem, Problem.MBI_BAD_TOTAL_SIZE, totalSize);
        }
        long end = mbi + totalSize;
        long tag = mbi + Tags.Information.SIZE;
        while (true) {
            if (Unsigned.less(end, tag + 8)) return Problem.report(problem, Problem.MBI_NO_END_TAG, tag);
            int type = Memory.read32(tag + Tags.Header.TYPE);
            long size = Memory.read32(tag + Tags.Header.SIZE) & 0xFFFFFFFFL;
            if (size < 8) return Problem.report(problem, Problem.MBI_TAG_TOO_SMALL, tag);
            if (Unsigned.less(end, tag + size)) return Problem.report(problem, Problem.MBI_TAG_PAST_END, tag);
            if (type == Tags.END) return true;
            record(type, tag);
            tag += (size + 7) & ~7L;
        }
    }

    private static void record(int type, long tag) {
        switch (type) {
            case Tags.COMMAND_LINE: if (commandLine == 0) commandLine = tag; break;
            case Tags.LOADER_NAME: if (loaderName == 0) loaderName = tag; break;
            case Tags.MODULE:
                if (firstModule == 0) firstModule = tag;
                moduleCount++;
                break;
            case Tags.BASIC_MEMORY_INFO: if (basicMemoryInfo == 0) basicMemoryInfo = tag; break;
            case Tags.MEMORY_MAP: if (memoryMap == 0) memoryMap = tag; break;
            case Tags.FRAMEBUFFER: if (framebuffer == 0) framebuffer = tag; break;
            case Tags.EFI64_SYSTEM_TABLE: if (efiSystemTable == 0) efiSystemTable = tag; break;
            case Tags.ACPI_OLD_RSDP: if (rsdpOld == 0) rsdpOld = tag; break;
            case Tags.ACPI_NEW_RSDP: if (rsdpNew == 0) rsdpNew = tag; break;
            case Tags.EFI_MEMORY_MAP: if (efiMemoryMap == 0) efiMemoryMap = tag; break;
            default: break;
        }
    }

    /** The tag after tag (which must not be the end tag). */
    public static long next(long tag) {
        long size = Memory.read32(tag + Tags.Header.SIZE) & 0xFFFFFFFFL;
        return tag + ((size + 7) & ~7L);
    }

    public static int type(long tag) {
        return Memory.read32(tag + Tags.Header.TYPE);
    }

    public static long size(long tag) {
        return Memory.read32(tag + Tags.Header.SIZE) & 0xFFFFFFFFL;
    }

    /** True if the firmware is UEFI (GRUB passed the EFI64 system table tag). */
    public static boolean isUefi() {
        return efiSystemTable != 0;
    }

    /** The RSDP copy GRUB made (from tag 15 if present, else tag 14), or 0. */
    public static long rsdp() {
        if (rsdpNew != 0) return rsdpNew + Tags.RSDP_COPY;
        if (rsdpOld != 0) return rsdpOld + Tags.RSDP_COPY;
        return 0;
    }

    /** The bytes of the RSDP copy in the tag rsdp() came from. */
    public static long rsdpLength() {
        long tag = rsdpNew != 0 ? rsdpNew : rsdpOld;
        return tag == 0 ? 0 : size(tag) - Tags.RSDP_COPY;
    }
}
