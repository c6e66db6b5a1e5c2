package jos.kernel.boot;

import jos.hw.Memory;
import jos.kernel.boot.limine.BootInfo;
import jos.kernel.boot.limine.Requests;
import jos.kernel.console.Log;
import jos.limine.BootloaderInfoResponse;
import jos.limine.File;
import jos.limine.FirmwareTypeResponse;
import jos.limine.Framebuffer;
import jos.limine.FramebufferResponse;
import jos.limine.HhdmResponse;
import jos.limine.KernelAddressResponse;
import jos.limine.MemoryMapEntry;
import jos.limine.MemoryMapResponse;
import jos.limine.Protocol;
import jos.limine.RsdpResponse;
import jos.limine.SmpResponse;

/**
 * What the loader answered, one line per feature: the base revision granted, then each response the
 * kernel asked for (or "no ... response"). The answers themselves come from
 * {@link jos.kernel.boot.limine.BootInfo}, which resolves the revision differences.
 */
public final class BootReport {
    private BootReport() {
    }

    public static void print() {
        if (BootInfo.baseRevision() == Requests.REQUESTED_REVISION) {
            Log.info("limine: base revision 3 granted");
        } else {
            Log.warn("limine: base revision 3 not granted, running with revision 2");
        }
        bootloader();
        memoryMap();
        hhdm();
        mp();
        framebuffer();
        modules();
        executable();
        rsdp();
        stackSize();
    }

    private static void missing(String feature) {
        Log.begin(Log.WARN);
        Log.print("limine: no ");
        Log.print(feature);
        Log.println(" response");
    }

    private static void bootloader() {
        long r = Requests.response(Requests.BOOTLOADER_INFO);
        if (r == 0) {
            missing("bootloader info");
        } else {
            Log.begin(Log.INFO);
            Log.print("limine: bootloader ");
            Log.cString(BootloaderInfoResponse.name(r));
            Log.print(" ");
            Log.cString(BootloaderInfoResponse.version(r));
            long f = Requests.response(Requests.FIRMWARE_TYPE);
            Log.print(", firmware ");
            if (f == 0) {
                Log.println("unknown (no firmware type response)");
            } else {
                long type = FirmwareTypeResponse.firmwareType(f);
                Log.println(type == FirmwareTypeResponse.X86BIOS ? "bios" : type == FirmwareTypeResponse.UEFI32 ? "uefi32"
                        : type == FirmwareTypeResponse.UEFI64 ? "uefi64" : "unknown");
            }
        }
    }

    private static void memoryMap() {
        long r = Requests.response(Requests.MEMORY_MAP);
        if (r == 0) {
            missing("memory map");
            return;
        }
        long count = MemoryMapResponse.entryCount(r);
        long entries = MemoryMapResponse.entries(r);
        long usable = 0;
        for (long i = 0; i < count; i++) {
            long e = Memory.read64(entries + 8 * i);
            if (MemoryMapEntry.type(e) == MemoryMapEntry.USABLE) usable += MemoryMapEntry.length(e);
        }
        Log.begin(Log.INFO);
        Log.print("limine: memory map ");
        Log.dec(count);
        Log.print(" entries, ");
        Log.dec(usable);
        Log.println(" bytes usable");
    }

    private static void hhdm() {
        long r = Requests.response(Requests.HHDM);
        if (r == 0) {
            missing("hhdm");
            return;
        }
        Log.begin(Log.INFO);
        Log.print("limine: hhdm offset ");
        Log.hex(HhdmResponse.offset(r));
        Log.newline();
    }

    private static void mp() {
        long r = Requests.response(Requests.MP);
        if (r == 0) {
            missing("mp");
            return;
        }
        Log.begin(Log.INFO);
        Log.print("limine: cpus ");
        Log.dec(SmpResponse.cpuCount(r));
        Log.print(", bsp lapic id ");
        Log.dec(SmpResponse.bspLapicId(r));
        Log.println((SmpResponse.flags(r) & SmpResponse.X2APIC) != 0 ? ", x2apic on" : ", x2apic off");
    }

    private static void framebuffer() {
        long r = Requests.response(Requests.FRAMEBUFFER);
        if (r == 0 || FramebufferResponse.framebufferCount(r) == 0) {
            missing("framebuffer");
            return;
        }
        long fb = Memory.read64(FramebufferResponse.framebuffers(r));
        Log.begin(Log.INFO);
        Log.print("limine: framebuffer ");
        Log.dec(Framebuffer.width(fb));
        Log.print("x");
        Log.dec(Framebuffer.height(fb));
        Log.print(", ");
        Log.dec(Framebuffer.bpp(fb));
        Log.print(" bpp, pitch ");
        Log.dec(Framebuffer.pitch(fb));
        Log.newline();
    }

    private static void modules() {
        long r = Requests.response(Requests.MODULES);
        if (r == 0) {
            missing("module");
            return;
        }
        long count = BootInfo.moduleCount();
        if (count == 0) Log.info("limine: modules: none");
        for (long i = 0; i < count; i++) {
            Log.begin(Log.INFO);
            Log.print("limine: module ");
            Log.cString(File.path(BootInfo.module(i)));
            Log.newline();
        }
    }

    private static void executable() {
        long file = BootInfo.executableFile();
        if (file == 0) {
            missing("executable file");
        } else {
            Log.begin(Log.INFO);
            Log.print("limine: executable ");
            Log.cString(File.path(file));
            long a = Requests.response(Requests.EXECUTABLE_ADDRESS);
            if (a == 0) {
                Log.println(" (no executable address response)");
            } else {
                Log.print(", physical base ");
                Log.hex(KernelAddressResponse.physicalBase(a));
                Log.print(", virtual base ");
                Log.hex(KernelAddressResponse.virtualBase(a));
                Log.newline();
            }
            Log.begin(Log.INFO);
            Log.print("limine: executable cmdline \"");
            Log.cString(File.cmdline(file));
            Log.println("\"");
        }
    }

    private static void rsdp() {
        long r = Requests.response(Requests.RSDP);
        if (r == 0) {
            missing("rsdp");
            return;
        }
        Log.begin(Log.INFO);
        Log.print("limine: rsdp ");
        Log.hex(BootInfo.rsdpPhysical(), 8);
        Log.newline();
    }

    private static void stackSize() {
        if (Requests.response(Requests.STACK_SIZE) == 0) {
            missing("stack size");
            return;
        }
        Log.begin(Log.INFO);
        Log.print("limine: stack size ");
        Log.dec(Requests.word(Requests.STACK_SIZE, Requests.STACK_SIZE_WORD));
        Log.newline();
    }
}
