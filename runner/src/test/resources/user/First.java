import jos.abi.BootRecord;
import jos.abi.Calls;
import jos.abi.Errors;
import jos.abi.Kinds;
import jos.abi.ProcessStatus;
import jos.abi.Protection;
import jos.abi.Rights;
import jos.hw.Memory;
import jos.sys.BootInformation;
import jos.sys.Processes;
import jos.sys.Syscall;

/**
 * The first process of the authority test (QemuBootIT, the product kernel with init=/boot/first.elf):
 * prints every capability its boot record lists, in the words the kernel logged them, spawns ExitSeven
 * through that module's capability, is refused a spawn through a copy without CONTROL, and spawns
 * NoSpawn with no capabilities, which cannot spawn, then maps ExitSeven's module (memory_map: its ELF
 * magic, size and last byte) and the ACPI root table's page (its signature), and is refused a writable
 * or executable mapping. Exits 0 if every answer was right.
 */
public final class First {
    static final long RECORD = BootInformation.RECORD;

    static void main() {
        if (!BootInformation.present(RECORD)) {
            System.out.println("first: no boot record");
            System.exit(1);
        }
        System.out.println("first: " + BootInformation.count(RECORD) + " capabilities, acpi root 0x" + Long.toHexString(BootInformation.acpiRoot(RECORD)));
        for (int i = 0; i < BootInformation.count(RECORD); i++) System.out.println("first: " + describe(BootInformation.entry(RECORD, i)));
        boolean ok = true;

        long seven = spawn(BootInformation.module(RECORD, "/boot/exitseven.elf"), "/boot/exitseven.elf");
        long status = Processes.waitForEnd(seven);
        System.out.println("first: exitseven " + Processes.describe(status));
        ok &= status == ProcessStatus.exited(7);

        long weak = Syscall.call3(Calls.CAP_MINT, BootInformation.module(RECORD, "/boot/exitseven.elf"), Rights.COPY, 0);
        long refused = spawn(weak, "/boot/exitseven.elf");
        System.out.println("first: spawn through a module capability without CONTROL: " + refused);
        ok &= weak > 0 && refused == jos.abi.Errors.EPERM;

        long child = spawn(BootInformation.module(RECORD, "/boot/nospawn.elf"), "/boot/nospawn.elf");
        status = Processes.waitForEnd(child);
        System.out.println("first: nospawn " + Processes.describe(status));
        ok &= status == ProcessStatus.exited(0);
        ok &= mapsModule("/boot/exitseven.elf");
        ok &= mapsAcpiRoot();
        System.exit(ok ? 0 : 1);
    }

    /** memory_map of the module at path: its bytes, read-only, as many as the boot record says; unmapped again. */
    static boolean mapsModule(String path) {
        long e = BootInformation.find(RECORD, BootRecord.MODULE, path);
        long handle = BootInformation.handle(e), number = BootInformation.base(e), size = BootInformation.detail(e);
        long at = Syscall.call6(Calls.MEMORY_MAP, handle, 0, size, 0, Protection.READ, number);
        if (at <= 0) {
            System.out.println("first: memory_map of " + path + " failed: " + at);
            return false;
        }
        int magic = Memory.read32(at);
        System.out.println("first: mapped " + path + ": magic 0x" + Integer.toHexString(magic) + ", " + size + " bytes, last byte 0x"
                + Integer.toHexString(Memory.read8(at + size - 1) & 0xff));
        long writable = Syscall.call6(Calls.MEMORY_MAP, handle, 0, size, 0, Protection.READ | Protection.WRITE, number);
        long executable = Syscall.call6(Calls.MEMORY_MAP, handle, 0, size, 0, Protection.READ | Protection.EXECUTE, number);
        long widened = Syscall.call3(Calls.PROTECT, at, size, Protection.READ | Protection.WRITE);
        System.out.println("first: module writable " + writable + ", executable " + executable + ", protect writable " + widened);
        long unmapped = Syscall.call2(Calls.UNMAP, at, size);
        return magic == 0x464c457f && writable == Errors.EPERM && executable == Errors.EINVAL && widened == Errors.EPERM && unmapped == 0;
    }

    /** memory_map of the page holding the ACPI root table, through the ACPI_TABLES capability that holds it: its signature. */
    static boolean mapsAcpiRoot() {
        long root = BootInformation.acpiRoot(RECORD);
        for (int i = 0; i < BootInformation.count(RECORD); i++) {
            long e = BootInformation.entry(RECORD, i);
            long base = BootInformation.base(e);
            if (BootInformation.role(e) != BootRecord.ACPI_TABLES || root < base || root >= base + BootInformation.length(e)) continue;
            long offset = (root & -Kinds.PAGE) - base;
            long at = Syscall.call6(Calls.MEMORY_MAP, BootInformation.handle(e), offset, Kinds.PAGE, 0, Protection.READ, 0);
            if (at <= 0) {
                System.out.println("first: memory_map of the acpi root failed: " + at);
                return false;
            }
            char[] signature = new char[4];
            for (int k = 0; k < 4; k++) signature[k] = (char) Memory.read8(at + (root & (Kinds.PAGE - 1)) + k);
            long writable = Syscall.call6(Calls.MEMORY_MAP, BootInformation.handle(e), offset, Kinds.PAGE, 0, Protection.READ | Protection.WRITE, 0);
            System.out.println("first: acpi root signature " + new String(signature) + ", writable " + writable);
            return writable == Errors.EPERM;
        }
        System.out.println("first: no acpi tables capability holds the root table");
        return false;
    }

    /** An entry as the kernel logs it ("init: " then this). */
    static String describe(long e) {
        long base = BootInformation.base(e), length = BootInformation.length(e), detail = BootInformation.detail(e);
        String what;
        switch (BootInformation.role(e)) {
            case BootRecord.MODULE -> what = "module " + base + " " + BootInformation.name(RECORD, e) + " (" + detail + " bytes)";
            case BootRecord.FRAMEBUFFER -> what = "framebuffer " + BootInformation.framebufferWidth(RECORD) + "x" + BootInformation.framebufferHeight(RECORD)
                    + ", pitch " + BootInformation.framebufferPitch(RECORD) + ", " + BootInformation.framebufferBpp(RECORD) + " bpp at " + hex(detail) + pages(base, length);
            case BootRecord.IRQ_LINES -> what = "irq lines " + base + "-" + (base + length - 1);
            case BootRecord.UART -> what = BootInformation.kind(e) == Kinds.IO_PORTS ? "uart ports " + hex(base) + "-" + hex(base + length - 1)
                    : "uart mmio " + hex(detail) + pages(base, length);
            default -> what = "acpi tables" + pages(base, length);
        }
        return what + ": handle " + hex(BootInformation.handle(e));
    }

    static String pages(long base, long length) {
        return ", pages " + hex(base) + "+" + hex(length);
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    /** spawn of module path through handle, with no command line and no capabilities. */
    static long spawn(long handle, String path) {
        return Processes.spawn(handle, BootInformation.moduleNumber(RECORD, path), "");
    }
}
