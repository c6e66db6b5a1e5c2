import jos.abi.BootRecord;
import jos.abi.Calls;
import jos.abi.Kinds;
import jos.abi.ProcessStatus;
import jos.abi.Rights;
import jos.sys.BootInformation;
import jos.sys.Syscall;

/**
 * The first process of the authority test (QemuBootIT, the product kernel with init=/boot/first.elf):
 * prints every capability its boot record lists, in the words the kernel logged them, spawns ExitSeven
 * through that module's capability, is refused a spawn through a copy without CONTROL, and spawns
 * NoSpawn with no capabilities, which cannot spawn. Exits 0 if every answer was right.
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
        long status = waitForEnd(seven);
        System.out.println("first: exitseven " + statusText(status));
        ok &= status == ProcessStatus.exited(7);

        long weak = Syscall.call3(Calls.CAP_MINT, BootInformation.module(RECORD, "/boot/exitseven.elf"), Rights.COPY, 0);
        long refused = spawn(weak, "/boot/exitseven.elf");
        System.out.println("first: spawn through a module capability without CONTROL: " + refused);
        ok &= weak > 0 && refused == jos.abi.Errors.EPERM;

        long child = spawn(BootInformation.module(RECORD, "/boot/nospawn.elf"), "/boot/nospawn.elf");
        status = waitForEnd(child);
        System.out.println("first: nospawn " + statusText(status));
        ok &= status == ProcessStatus.exited(0);
        System.exit(ok ? 0 : 1);
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
        return Syscall.call6(Calls.SPAWN, handle, BootInformation.moduleNumber(RECORD, path), 0, 0, 0, 0);
    }

    static long waitForEnd(long handle) {
        for (;;) {
            long status = Syscall.call1(Calls.PROCESS_STATUS, handle);
            if (status != ProcessStatus.RUNNING) return status;
            Syscall.call0(Calls.YIELD);
        }
    }

    static String statusText(long status) {
        if (status < 0) return "status failed: " + status;
        if (status == ProcessStatus.RUNNING) return "is running";
        return "exited with code " + ProcessStatus.code(status);
    }
}
